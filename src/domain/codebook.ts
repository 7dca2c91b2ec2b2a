import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { packagePath } from './package-path.js';

/** One code of a codebook list: a stable id and the label people see. */
export interface Code {
  id: string;
  label: string;
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

/** Parses a codebook from YAML or JSON text: lists of `{id, label}` or plain strings. */
export function parseCodebook(text: string): Codebook {
  const doc: unknown = parse(text);
  if (!doc || typeof doc !== 'object') throw new Error('a codebook is a mapping of list names to codes');
  const lists: Record<string, Code[]> = {};
  for (const [name, value] of Object.entries(doc)) {
    if (!Array.isArray(value)) continue; // e.g. the frameworks section
    lists[name] = value.map((entry: unknown) => toCode(name, entry));
  }
  return { lists };
}

function toCode(list: string, entry: unknown): Code {
  if (typeof entry === 'string') return { id: entry, label: entry };
  if (entry && typeof entry === 'object' && 'id' in entry) {
    const { id, label } = entry as { id: unknown; label?: unknown };
    return { id: String(id), label: label === undefined ? String(id) : String(label) };
  }
  throw new Error(`codebook list "${list}" has an entry that is neither a string nor {id, label}`);
}

let defaultCodebook: Codebook | undefined;

/** The codebook that ships with Tessera (codebook/default.yaml). */
export function loadDefaultCodebook(): Codebook {
  defaultCodebook ??= parseCodebook(readFileSync(packagePath('codebook', 'default.yaml'), 'utf8'));
  return defaultCodebook;
}

/** Per list, each code under the keys of its id and label; the first code in list order wins a key. */
const codeIndexes = new WeakMap<Code[], Map<string, Code>>();

function codeIndex(codes: Code[]): Map<string, Code> {
  let index = codeIndexes.get(codes);
  if (!index) {
    index = new Map();
    for (const code of codes) {
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
