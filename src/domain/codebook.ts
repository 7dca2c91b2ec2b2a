import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { TesseraError } from '../errors.js';
import { packagePath } from './package-path.js';

/** One code of a codebook list: a stable id and the label people see. */
export interface Code {
  id: string;
  label: string;
  description?: string;
  /** No longer offered for new coding; outcomes that hold it keep it. */
  retired?: boolean;
  /** The codes that took over from a retired one: one after a merge or a new id, several after a split. */
  replacedBy?: string[];
}

/** A programme's codebook: named lists of codes (types of change, social actors, scales, ratings ...). */
export interface Codebook {
  lists: Record<string, Code[]>;
}

/** Case, spacing and punctuation do not distinguish codes: "Local  authorities" is "local authorities". */
export function codeKey(value: string): string {
  return value
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[\s_\-–—.]+/gu, ' ')
    .trim();
}

/** Sections of a codebook file that are not lists of codes: the frameworks belong to extraction. */
const NOT_LISTS = new Set(['frameworks']);

/** An entry of a list: a plain string is a code whose label is its id. */
const ENTRY = z.preprocess(
  (entry) => (typeof entry === 'string' ? { id: entry } : entry),
  z.strictObject(
    {
      // `code --set` and filters split on commas
      id: z
        .string('the id must be text')
        .trim()
        .min(1, 'the id is empty')
        .regex(/^[^,\n]+$/, 'an id may not hold a comma or a line break'),
      label: z.string('the label must be text').trim().min(1, 'the label is empty').optional(),
      description: z.string('the description must be text').optional(),
      retired: z.boolean('retired must be true or false').optional(),
      replacedBy: z
        .union([z.string(), z.array(z.string())], 'replacedBy must be a code id or a list of them')
        .optional(),
    },
    'expected a code: text, or {id, label}',
  ),
);

function entryName(list: string, index: number, entry: unknown): string {
  const id = typeof entry === 'string' ? entry : (entry as { id?: unknown } | null)?.id;
  return `codebook list "${list}", entry ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
}

function invalid(message: string): TesseraError {
  return new TesseraError('codebook-invalid', message);
}

/** Reads one entry of a list, or says which entry (`name`) is wrong and why. */
function readEntry(entry: unknown, name: string): Code {
  const read = ENTRY.safeParse(entry);
  if (!read.success) {
    const issue = read.error.issues[0];
    const field = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw invalid(`${name}: ${field}${issue?.message ?? 'not a code'}`);
  }
  const { id, label, description, retired, replacedBy } = read.data;
  return {
    id,
    label: label ?? id,
    ...(description ? { description } : {}),
    ...(retired ? { retired } : {}),
    ...(replacedBy?.length ? { replacedBy: [replacedBy].flat() } : {}),
  };
}

/** A code people add to a list, checked as a codebook file's entries are. */
export function newCode(list: string, entry: { id: string; label?: string; description?: string }): Code {
  return readEntry(entry, `new ${list} code "${entry.id}"`);
}

/** Reads one list's entries, or says which entry is wrong and why. */
function readList(list: string, value: unknown): Code[] {
  if (!Array.isArray(value)) throw invalid(`codebook list "${list}" is not a list of codes`);
  const codes = value.map((entry: unknown, index) => readEntry(entry, entryName(list, index, entry)));
  checkList(list, codes);
  return codes;
}

/** Ids are unique in a list, and replacements name codes of the same list. */
function checkList(list: string, codes: Code[]): void {
  const ids = new Map<string, number>();
  for (const [index, code] of codes.entries()) {
    const earlier = ids.get(code.id);
    if (earlier !== undefined)
      throw invalid(
        `codebook list "${list}" has the id "${code.id}" twice (entries ${earlier + 1} and ${index + 1})`,
      );
    ids.set(code.id, index);
  }
  for (const [index, code] of codes.entries())
    for (const other of code.replacedBy ?? [])
      if (!ids.has(other))
        throw invalid(
          `${entryName(list, index, code)}: replacedBy names "${other}", which is not a code of the list`,
        );
}

/** Parses a codebook from YAML or JSON text: lists of `{id, label}` or plain strings. */
export function parseCodebook(text: string): Codebook {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw invalid(`not YAML or JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw invalid('a codebook is a mapping of list names to lists of codes');
  const lists: Record<string, Code[]> = {};
  for (const [name, value] of Object.entries(doc))
    if (!NOT_LISTS.has(name)) lists[name] = readList(name, value);
  return { lists };
}

/**
 * A codebook as a file in the shipped format: a code whose label is its id and that carries nothing
 * else is written as plain text, as the rating lists are.
 */
export function formatCodebook(codebook: Codebook, format: 'yaml' | 'json'): string {
  const doc = Object.fromEntries(
    Object.entries(codebook.lists).map(([list, codes]) => [
      list,
      codes.map((c) => (Object.keys(c).length === 2 && c.label === c.id ? c.id : c)),
    ]),
  );
  return format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : stringify(doc);
}

let defaultCodebook: Codebook | undefined;

/** The codebook that ships with Tessera (codebook/default.yaml). */
export function loadDefaultCodebook(): Codebook {
  defaultCodebook ??= parseCodebook(readFileSync(packagePath('codebook', 'default.yaml'), 'utf8'));
  return defaultCodebook;
}

/**
 * Per list, each code under the keys of its id and label; the first code in list order wins a key, and
 * codes in use win over retired ones (a renamed code's old label may live on in a retired one).
 */
const codeIndexes = new WeakMap<Code[], Map<string, Code>>();

function codeIndex(codes: Code[]): Map<string, Code> {
  let index = codeIndexes.get(codes);
  if (!index) {
    index = new Map();
    for (const code of [...codes.filter((c) => !c.retired), ...codes.filter((c) => c.retired)]) {
      for (const key of [codeKey(code.id), codeKey(code.label)]) if (!index.has(key)) index.set(key, code);
    }
    codeIndexes.set(codes, index);
  }
  return index;
}

/** Finds the code whose id or label matches the value, ignoring case and spacing. */
export function findCode(codebook: Codebook, list: string, value: string): Code | undefined {
  const codes = codebook.lists[list];
  return codes ? codeIndex(codes).get(codeKey(value)) : undefined;
}

/** The label people see for a stored value: the code's label, or the value itself when it is not a code. */
export function codeLabel(codebook: Codebook, list: string, value: string): string {
  return codebook.lists[list]?.find((c) => c.id === value)?.label ?? value;
}

/** The codes a list offers for new coding: those not retired. */
export function offeredCodes(codebook: Codebook, list: string): Code[] {
  return (codebook.lists[list] ?? []).filter((c) => !c.retired);
}

/** The codebook as suggestions see it: retired codes are never proposed. */
export function offeredCodebook(codebook: Codebook): Codebook {
  return {
    lists: Object.fromEntries(
      Object.keys(codebook.lists).map((list) => [list, offeredCodes(codebook, list)]),
    ),
  };
}

/**
 * The code a value stands for today: a retired code replaced by exactly one other (merged, or given a
 * new id) leads to that one, so that a harvest file from before the change is coded as the store is; a
 * split code has no one successor and stays itself until a person recodes.
 */
export function currentCode(codebook: Codebook, list: string, value: string): Code | undefined {
  let code = findCode(codebook, list, value);
  const seen = new Set<string>();
  while (code?.retired && code.replacedBy?.length === 1 && !seen.has(code.id)) {
    seen.add(code.id);
    code = codebook.lists[list]?.find((c) => c.id === code?.replacedBy?.[0]) ?? code;
  }
  return code;
}

/** The codes values stand for today (`currentCode`), each once: codes merged into one become that one. */
export function currentCodes(codebook: Codebook, list: string, values: readonly string[]): string[] {
  return [...new Set(values.map((v) => currentCode(codebook, list, v)?.id ?? v))];
}
