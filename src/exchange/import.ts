/**
 * Reading a REFI-QDA project back: text sources named by an outcome id bring their codings to that
 * outcome; sources in Tessera's outcome layout (see mapping.ts) create the outcome when the store lacks
 * it. Everything else is reported, never dropped silently.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { type Codebook, currentCode, findCode } from '../domain/codebook.js';
import { CODED_FIELDS, type CodedField, type CodedFieldSpec, codesOf } from '../domain/coding.js';
import type { Outcome, OutcomeField } from '../domain/outcome.js';
import type { Problem } from '../domain/problem.js';
import { mapHeaders } from '../ingest/headers.js';
import type { FileReport } from '../ingest/import.js';
import { MAX_FILE_BYTES, matchHeader } from '../ingest/index.js';
import type { RawValue } from '../ingest/table.js';
import { readOutcome } from '../ingest/values.js';
import { linkOutcomeActors } from '../store/actors.js';
import {
  type CodingChange,
  type Db,
  findOutcome,
  type IncomingOutcome,
  outcomeHash,
  type Queryable,
  recordActivity,
  storedHashes,
  writeCodings,
  writeOutcomes,
} from '../store/index.js';
import { codeGuid, DOCUMENT_KIND, groupGuid, labelOf, readOutcomeText } from './mapping.js';
import type { QdaCode, QdaCoding, QdaProject, QdaTextSource, QdaVariableValue } from './refi-qda/project.js';
import { readQdpx, UnreadableProject } from './refi-qda/read.js';

/** A REFI-QDA project file, by its extension. */
export function isProjectFile(file: string): boolean {
  return extname(file).toLowerCase() === '.qdpx';
}

/** What a code of the project is to Tessera: a value of a coded field, or why it cannot be one. */
type CodeMeaning = { field: CodedFieldSpec; value: string } | { skip: string };

interface ResolvedCode {
  name: string;
  meaning: CodeMeaning;
}

/** The text source of one outcome, as read from the project. */
export interface OutcomeSource {
  /** Its place among the project's text sources, from 1. */
  index: number;
  /** The outcome id: the source's name. */
  id: string;
  /** The outcome the source describes, when it is in Tessera's layout. */
  outcome: Outcome | null;
  /** The codes of each coded field, in the order of the text. */
  codes: Map<CodedField, string[]>;
  /** Codings that could not be taken: the code's name and why. */
  untaken: { code: string; reason: string }[];
}

/** A project as read, before the store is looked at. */
export interface ProjectInput {
  file: string;
  sources: OutcomeSource[];
  /** Text sources without plain text, Tessera's own partner document items, sources of other kinds. */
  unread: string[];
  documents: string[];
  /** Sources without a name, which cannot name an outcome. */
  nameless: string[];
  otherKinds: string[];
  problems: Problem[];
  /** Rejected whole: a source had a problem and invalid records are not to be skipped. */
  rejected: boolean;
}

function fieldNamed(name: string): CodedFieldSpec | undefined {
  const field = matchHeader(name)?.field;
  return CODED_FIELDS.find((f) => f.key === field);
}

function meaningOf(
  code: QdaCode,
  group: CodedFieldSpec | undefined,
  codebook: Codebook,
  known: Map<string, CodeMeaning>,
): CodeMeaning {
  const ours = known.get(code.guid);
  if (ours) return ours;
  if (!code.isCodable) return { skip: 'a group of codes, not a code' };
  if (!code.name) return { skip: 'a code without a name' };
  if (group) return { field: group, value: currentCode(codebook, group.list, code.name)?.id ?? code.name };
  const lists = CODED_FIELDS.filter((f) => findCode(codebook, f.list, code.name));
  const [only] = lists;
  if (lists.length === 1 && only)
    return { field: only, value: currentCode(codebook, only.list, code.name)?.id ?? code.name };
  return lists.length === 0
    ? { skip: 'in no list of the codebook, and under no group that names a coded field' }
    : { skip: `a code of several lists (${lists.map((f) => f.key).join(', ')}); put it under one's group` };
}

/**
 * What each code of the project means: Tessera's own codes by guid; a code under a group that names a
 * coded field ("Social actor", "Who changed") is a value of that field, its label matched to the codebook
 * or kept as given; any other code is matched by name to the one codebook list that has it. A code merged
 * or given a new id since the project was made means the code that replaced it, as in harvest imports.
 */
function resolveCodes(codes: QdaCode[], codebook: Codebook): Map<string, ResolvedCode> {
  const known = new Map<string, CodeMeaning>();
  const groups = new Map<string, CodedFieldSpec>();
  for (const field of CODED_FIELDS) {
    groups.set(groupGuid(field.key), field);
    known.set(groupGuid(field.key), { skip: 'a group of codes, not a code' });
    for (const code of codebook.lists[field.list] ?? [])
      known.set(codeGuid(field, code.id), {
        field,
        value: currentCode(codebook, field.list, code.id)?.id ?? code.id,
      });
  }
  const resolved = new Map<string, ResolvedCode>();
  const walk = (code: QdaCode, group: CodedFieldSpec | undefined) => {
    resolved.set(code.guid, { name: code.name, meaning: meaningOf(code, group, codebook, known) });
    const own = groups.get(code.guid) ?? (code.children.length ? fieldNamed(code.name) : undefined);
    for (const child of code.children) walk(child, own ?? group);
  };
  for (const code of codes) walk(code, undefined);
  return resolved;
}

/** A source's codings in the order of its text, then those of the source as a whole. */
function codingsOf(source: QdaTextSource): QdaCoding[] {
  const selections = [...source.selections].sort((a, b) => a.start - b.start || a.end - b.end);
  return [...selections.flatMap((s) => s.codings), ...source.codings];
}

function sourceCodes(source: QdaTextSource, codes: Map<string, ResolvedCode>) {
  const values = new Map<CodedField, string[]>();
  const untaken: OutcomeSource['untaken'] = [];
  for (const coding of codingsOf(source)) {
    const code = codes.get(coding.code) ?? {
      name: coding.code,
      meaning: { skip: 'refers to no code of the project' },
    };
    const { meaning } = code;
    if ('skip' in meaning) {
      untaken.push({ code: code.name, reason: meaning.skip });
      continue;
    }
    const list = values.get(meaning.field.key) ?? [];
    if (list.includes(meaning.value)) continue;
    if (!meaning.field.multi && list.length > 0) {
      const kept = list[0] as string;
      untaken.push({
        code: code.name,
        reason: `${meaning.field.key} takes one code, and "${kept}" comes first in the text`,
      });
      continue;
    }
    values.set(meaning.field.key, [...list, meaning.value]);
  }
  return { values, untaken };
}

type Variables = [string, RawValue][];

/** The variables given to each source, on the cases that hold it or on itself, by variable name. */
function variablesBySource(project: QdaProject): Map<string, Variables> {
  const names = new Map(project.variables.map((v) => [v.guid, v.name]));
  const bySource = new Map<string, Variables>();
  const add = (guid: string, values: QdaVariableValue[]) => {
    const list = bySource.get(guid) ?? [];
    for (const v of values) {
      const name = names.get(v.variable);
      if (name) list.push([name, v.value]);
    }
    bySource.set(guid, list);
  };
  for (const item of project.cases) for (const guid of item.sources) add(guid, item.variables);
  for (const source of project.sources) add(source.guid, source.variables);
  return bySource;
}

/** The outcome a source in Tessera's layout describes, read as any import reads a record. */
function layoutOutcome(
  source: QdaTextSource,
  sections: Map<OutcomeField, string>,
  variables: Variables,
  codes: Map<CodedField, string[]>,
  codebook: Codebook,
): { outcome: Outcome | null; problems: { field: string; reason: string }[] } {
  // Variables first: the id, the text and the codings of the source win over a variable of the same name.
  const cells: [string, RawValue][] = [
    ...variables,
    ...[...sections].map(([field, text]): [string, RawValue] => [labelOf(field), text]),
    ...[...codes].map(([field, values]): [string, RawValue] => [labelOf(field), values]),
    [labelOf('id'), source.name],
  ];
  const headers = mapHeaders(cells.map(([name]) => ({ name })));
  return readOutcome(
    cells.map(([, value]) => value),
    headers,
    codebook,
  );
}

function unreadable(file: string, reason: string): Problem {
  return { file, line: null, field: null, reason };
}

async function loadProject(file: string): Promise<QdaProject | Problem> {
  const size = (await stat(file)).size;
  if (size > MAX_FILE_BYTES)
    return unreadable(
      file,
      `the file is ${Math.round(size / 2 ** 20)} MiB; Tessera reads projects up to 512 MiB`,
    );
  try {
    return await readQdpx(await readFile(file));
  } catch (error) {
    if (error instanceof UnreadableProject) return unreadable(file, error.message);
    throw error;
  }
}

/**
 * Reads a .qdpx file and finds the outcome each text source stands for, with its codings. A source in
 * Tessera's layout that cannot be read as an outcome is a problem: the project is rejected whole unless
 * invalid records are skipped.
 */
export async function readProject(
  file: string,
  options: { codebook: Codebook; skipInvalid?: boolean },
): Promise<ProjectInput | Problem> {
  const project = await loadProject(file);
  if ('reason' in project) return project;
  const codes = resolveCodes(project.codes, options.codebook);
  const variables = variablesBySource(project);
  const sources: OutcomeSource[] = [];
  const problems: Problem[] = [];
  const unread: string[] = [];
  const documents: string[] = [];
  const nameless: string[] = [];
  const layoutIds = new Set<string>();
  for (const [i, source] of project.sources.entries()) {
    if (source.text === null) {
      unread.push(source.name || `source ${i + 1}`);
      continue;
    }
    if (!source.name) {
      nameless.push(`source ${i + 1}`);
      continue;
    }
    const sections = readOutcomeText(source.text);
    const given = variables.get(source.guid) ?? [];
    if (!sections && given.some(([name]) => name === DOCUMENT_KIND)) {
      documents.push(source.name);
      continue;
    }
    const { values, untaken } = sourceCodes(source, codes);
    const read = sections ? layoutOutcome(source, sections, given, values, options.codebook) : null;
    const found = [...(read?.problems ?? [])];
    if (sections && layoutIds.has(source.name))
      found.push({ field: 'id', reason: 'another source has the same name; an outcome id names one source' });
    if (sections) layoutIds.add(source.name);
    for (const p of found)
      problems.push({ file, line: null, field: p.field, reason: `source "${source.name}": ${p.reason}` });
    if (found.length === 0)
      sources.push({ index: i + 1, id: source.name, outcome: read?.outcome ?? null, codes: values, untaken });
  }
  const rejected = problems.length > 0 && !options.skipInvalid;
  return {
    file,
    sources: rejected ? [] : sources,
    unread,
    documents,
    nameless,
    otherKinds: project.otherSources.map((s) => `${s.name || 'unnamed'} (${s.kind})`),
    problems,
    rejected,
  };
}

/** writeCodings opens a transaction of its own; inside the import's, it runs in that one instead. */
function inTransaction(tx: Queryable): Db {
  return {
    kind: 'embedded',
    location: 'the import transaction',
    query: <T extends object>(sql: string, params?: unknown[]) => tx.query<T>(sql, params),
    exec: (sql: string) => tx.exec(sql),
    transaction: (fn) => fn(tx),
    close: async () => {},
  };
}

function sameCodes(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join('\0') === [...b].sort().join('\0');
}

/**
 * The coded fields a source changes. A source in Tessera's layout speaks for every coded field (a field
 * without codings is emptied, as someone uncoded it); another source only for the fields it codes.
 */
function codingChanges(stored: Outcome, source: OutcomeSource): CodingChange[] {
  return CODED_FIELDS.flatMap((field) => {
    const codes = source.codes.get(field.key) ?? (source.outcome ? [] : undefined);
    if (!codes || sameCodes(codes, codesOf(stored, field.key))) return [];
    return [{ field: field.key, codes, source: 'import' as const, confidences: null }];
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function listed(names: string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

/** What was read and not imported, each as a skipped entry of the import report. */
function skippedReports(input: ProjectInput, notOutcomes: string[], taken: OutcomeSource[]): FileReport[] {
  const entry = (what: string, reason: string): FileReport => ({
    file: `${input.file} › ${what}`,
    status: 'skipped',
    reason,
    headers: [],
    added: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
  });
  const reports: FileReport[] = [];
  if (notOutcomes.length)
    reports.push(
      entry(
        plural(notOutcomes.length, 'source'),
        `not outcomes (no outcome has the name as id, and the text is not in Tessera's outcome layout): ${listed(notOutcomes)}`,
      ),
    );
  if (input.documents.length)
    reports.push(
      entry(
        plural(input.documents.length, 'document item'),
        `partner documents come in from their files (tessera import FILE), not from a project: ${listed(input.documents)}`,
      ),
    );
  if (input.unread.length)
    reports.push(
      entry(
        plural(input.unread.length, 'source'),
        `no plain text inside the project file: ${listed(input.unread)}`,
      ),
    );
  if (input.otherKinds.length)
    reports.push(
      entry(plural(input.otherKinds.length, 'source'), `not text sources: ${listed(input.otherKinds)}`),
    );
  const untaken = new Map<string, { reason: string; outcomes: Set<string>; codings: number }>();
  for (const source of taken)
    for (const u of source.untaken) {
      const key = `${u.code}\0${u.reason}`;
      const seen = untaken.get(key) ?? { reason: u.reason, outcomes: new Set<string>(), codings: 0 };
      seen.outcomes.add(source.id);
      seen.codings++;
      untaken.set(key, seen);
    }
  for (const [key, u] of untaken) {
    const code = key.split('\0')[0];
    reports.push(
      entry(
        `code "${code}"`,
        `${u.reason}; ${plural(u.codings, 'coding')} of ${listed([...u.outcomes])} not imported`,
      ),
    );
  }
  return reports;
}

/**
 * Stores what a project brings, in the import's transaction: outcomes the store lacks are added with
 * their codes; stored outcomes take the codings that differ, each recorded as a coding from an import
 * (their previous version kept). Returns the project's report, then what was skipped.
 */
export async function storeProject(
  tx: Queryable,
  input: ProjectInput,
  onWritten: (count: number) => void,
): Promise<FileReport[]> {
  const stored = await storedHashes(
    tx,
    input.sources.map((s) => s.id),
  );
  const added: IncomingOutcome[] = [];
  const adding = new Set<string>();
  const coded: { id: string; changes: CodingChange[] }[] = [];
  const notOutcomes: string[] = [];
  const taken: OutcomeSource[] = [];
  let unchanged = 0;
  for (const source of input.sources) {
    const outcome = stored.has(source.id) ? await findOutcome(tx, source.id) : undefined;
    if (outcome) {
      const changes = codingChanges(outcome, source);
      if (changes.length) coded.push({ id: source.id, changes });
      else unchanged++;
    } else if (source.outcome && !adding.has(source.id)) {
      adding.add(source.id);
      added.push({
        outcome: source.outcome,
        hash: outcomeHash(source.outcome),
        file: input.file,
        line: source.index,
      });
    } else {
      notOutcomes.push(source.id);
      continue;
    }
    taken.push(source);
  }
  const skipped = skippedReports(input, [...input.nameless, ...notOutcomes], taken);
  const report: FileReport = {
    file: input.file,
    format: 'qdpx',
    status: input.rejected ? 'rejected' : 'imported',
    headers: [],
    added: added.length,
    updated: coded.length,
    unchanged,
    rejected: input.problems.length,
  };
  const activityId = await recordActivity(tx, {
    action: 'import',
    file: input.file,
    added: report.added,
    updated: report.updated,
    unchanged: report.unchanged,
    rejected: report.rejected,
    details: {
      format: 'qdpx',
      status: report.status,
      problems: input.problems,
      skipped: skipped.map((s) => `${s.file}: ${s.reason}`),
    },
  });
  await writeOutcomes(tx, added, false, activityId, onWritten);
  const db = inTransaction(tx);
  for (const { id, changes } of coded) {
    await writeCodings(db, id, changes);
    onWritten(1);
  }
  onWritten(unchanged + notOutcomes.length);
  if (added.length) await linkOutcomeActors(tx, { outcomeIds: added.map((a) => a.outcome.id) });
  return [report, ...skipped];
}
