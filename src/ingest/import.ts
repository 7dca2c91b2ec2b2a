import type { Codebook } from '../domain/codebook.js';
import type { DocumentKind } from '../domain/document.js';
import type { Problem } from '../domain/problem.js';
import { TesseraError } from '../errors.js';
import { isProjectFile, type ProjectInput, readProject, storeProject } from '../exchange/index.js';
import { extractText } from '../extract/document.js';
import { organisationAliases } from '../extract/entities.js';
import { growRegistry, marksConfidential, textsOfOutcomes } from '../protect/index.js';
import { type ActorMention, linkOutcomeActors } from '../store/actors.js';
import { type IncomingDocument, storeDocument } from '../store/documents.js';
import {
  currentActor,
  type Db,
  type IncomingOutcome,
  outcomeHash,
  type Queryable,
  recordActivity,
  storedHashes,
  writeOutcomes,
} from '../store/index.js';
import { isDocumentFile, readDocument } from './documents/index.js';
import {
  type HeaderMatch,
  listInputs,
  type OutcomeFile,
  readOutcomeFile,
  type SkippedFile,
} from './index.js';

export interface ImportOptions {
  codebook: Codebook;
  /** Import a file's valid records and list the others, instead of rejecting the whole file. */
  skipInvalid?: boolean;
  sheet?: string;
  /** Mark every outcome and document of this import confidential. */
  confidential?: boolean;
  /** Called as files are read and records written, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** What happened to one file. */
export interface FileReport {
  file: string;
  format?: string;
  status: 'imported' | 'rejected' | 'skipped';
  /** Why a file was skipped. */
  reason?: string;
  headers: HeaderMatch[];
  /** For documents: the kind found, and how many items and passages were stored. */
  kind?: DocumentKind;
  items?: number;
  passages?: number;
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** The import report: per file, and the totals of the CLI contract. */
export interface ImportReport {
  documents: number;
  items: number;
  /** Outcomes the import accepted: added, updated or already stored unchanged. */
  outcomes: number;
  added: number;
  updated: number;
  unchanged: number;
  rejected: Problem[];
  files: FileReport[];
}

function skippedReport(s: SkippedFile): FileReport {
  return {
    file: s.file,
    status: 'skipped',
    reason: s.reason,
    headers: [],
    added: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
  };
}

/** Records a file contributes, or none when it is rejected whole. */
function acceptedOutcomes(read: OutcomeFile, skipInvalid: boolean, confidential: boolean): IncomingOutcome[] {
  const fileLevel = read.problems.some((p) => p.line === null || p.field === null);
  if (read.problems.length > 0 && (!skipInvalid || fileLevel)) return [];
  return read.outcomes.map(({ outcome: given, line }) => {
    const outcome = confidential ? { ...given, confidential: true } : given;
    return { outcome, hash: outcomeHash(outcome), file: read.file, line };
  });
}

/** The text of an import's confidential records and documents, whose names grow the registry. */
function* confidentialTexts(inputs: Input[], codebook: Codebook): Generator<string> {
  for (const input of inputs) {
    if (input.type === 'records')
      yield* textsOfOutcomes(
        input.accepted.map((a) => a.outcome).filter((o) => o.confidential),
        codebook,
      );
    if (input.type === 'document' && input.incoming.confidential) yield input.incoming.text.text;
  }
}

/** Splits a file's outcomes by what the store already holds, writes them, and logs the file. */
async function storeFile(
  tx: Queryable,
  read: OutcomeFile,
  accepted: IncomingOutcome[],
  onWritten: (rows: number) => void,
): Promise<FileReport> {
  const stored = await storedHashes(
    tx,
    accepted.map((a) => a.outcome.id),
  );
  const added = accepted.filter((a) => !stored.has(a.outcome.id));
  const changed = accepted.filter((a) => stored.has(a.outcome.id) && stored.get(a.outcome.id) !== a.hash);
  const report: FileReport = {
    file: read.file,
    format: read.format,
    status: accepted.length > 0 || read.problems.length === 0 ? 'imported' : 'rejected',
    headers: read.headers,
    added: added.length,
    updated: changed.length,
    unchanged: accepted.length - added.length - changed.length,
    rejected: read.problems.length,
  };
  const activityId = await recordActivity(tx, {
    action: 'import',
    file: read.file,
    added: report.added,
    updated: report.updated,
    unchanged: report.unchanged,
    rejected: report.rejected,
    details: { format: read.format, status: report.status, headers: read.headers, problems: read.problems },
  });
  onWritten(report.unchanged);
  await writeOutcomes(tx, added, false, activityId, onWritten);
  await writeOutcomes(tx, changed, true, activityId, onWritten);
  return report;
}

/** One input file as read: outcome records, a document, or a file that is neither. */
type Input =
  | { type: 'records'; read: OutcomeFile; accepted: IncomingOutcome[] }
  | { type: 'document'; incoming: IncomingDocument }
  | { type: 'project'; read: ProjectInput }
  | { type: 'unreadable'; problem: Problem }
  | { type: 'skipped'; skipped: SkippedFile };

function actorMentions(text: string): ActorMention[] {
  return organisationAliases(text).map((o) => ({
    kind: 'organization',
    name: o.name,
    aliases: [
      ...(o.acronym ? [{ kind: 'acronym' as const, value: o.acronym }] : []),
      ...o.handles.map((value) => ({ kind: 'handle' as const, value })),
      ...o.domains.map((value) => ({ kind: 'domain' as const, value })),
    ],
  }));
}

/** Reads a file as outcome records when it holds them, else as a partner document when it is one. */
async function readInput(file: string, options: ImportOptions): Promise<Input> {
  if (isProjectFile(file)) {
    const read = await readProject(file, options);
    return 'reason' in read ? { type: 'unreadable', problem: read } : { type: 'project', read };
  }
  const read = await readOutcomeFile(file, {
    codebook: options.codebook,
    ...(options.sheet ? { sheet: options.sheet } : {}),
  });
  if (!('reason' in read))
    return {
      type: 'records',
      read,
      accepted: acceptedOutcomes(read, options.skipInvalid ?? false, options.confidential ?? false),
    };
  if (!isDocumentFile(file)) return { type: 'skipped', skipped: read };
  try {
    const text = await readDocument(file);
    const extracted = extractText(file, text.text, text.declaredTitle, text.furniture, text.declaredDate);
    const confidential = Boolean(options.confidential) || marksConfidential(text.text);
    return {
      type: 'document',
      incoming: { text, extracted, actors: actorMentions(text.text), confidential },
    };
  } catch (error) {
    if (!(error instanceof TesseraError)) throw error;
    return { type: 'unreadable', problem: { file, line: null, field: null, reason: error.message } };
  }
}

async function storeInput(
  tx: Queryable,
  input: Input,
  onWritten: (units: number) => void,
): Promise<FileReport | FileReport[]> {
  switch (input.type) {
    case 'project':
      return storeProject(tx, input.read, onWritten);
    case 'records':
      return storeFile(tx, input.read, input.accepted, onWritten);
    case 'skipped':
      return skippedReport(input.skipped);
    case 'unreadable':
      return {
        file: input.problem.file,
        status: 'rejected',
        headers: [],
        added: 0,
        updated: 0,
        unchanged: 0,
        rejected: 1,
      };
    case 'document': {
      const { incoming } = input;
      const activityId = await recordActivity(tx, {
        action: 'import',
        file: incoming.text.file,
        added: 0,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        details: { format: incoming.text.format, kind: incoming.extracted.kind },
      });
      const stored = await storeDocument(tx, incoming, activityId);
      const counts = {
        added: Number(stored.status === 'added'),
        updated: Number(stored.status === 'updated'),
        unchanged: Number(stored.status === 'unchanged'),
      };
      await tx.query(
        'UPDATE activity SET added = $2, updated = $3, unchanged = $4, details = details || $5 WHERE id = $1',
        [
          activityId,
          counts.added,
          counts.updated,
          counts.unchanged,
          JSON.stringify({ items: stored.items, passages: stored.passages }),
        ],
      );
      onWritten(1);
      return {
        file: incoming.text.file,
        format: incoming.text.format,
        status: 'imported',
        headers: [],
        kind: incoming.extracted.kind,
        items: stored.items,
        passages: stored.passages,
        ...counts,
        rejected: 0,
      };
    }
  }
}

function units(input: Input): number {
  if (input.type === 'project') return input.read.sources.length;
  return input.type === 'records' ? input.accepted.length : input.type === 'document' ? 1 : 0;
}

/**
 * Imports outcome records and partner documents from files and folders in one transaction: either every
 * accepted record and document, with its log entry, is stored, or (on any failure, crash or kill) nothing
 * is. Outcomes are then linked to the actors their text names.
 */
export async function importPaths(db: Db, paths: string[], options: ImportOptions): Promise<ImportReport> {
  const files = await listInputs(paths);
  const inputs: Input[] = [];
  for (const [i, file] of files.entries()) {
    inputs.push(await readInput(file, options));
    options.onProgress?.(i + 1, files.length);
  }
  // Progress counts each file read, then each record or document written.
  const total = files.length + inputs.reduce((n, input) => n + units(input), 0);
  let done = files.length;
  const onWritten = (count: number) => {
    done += count;
    options.onProgress?.(done, total);
  };
  const reports = await db.transaction(async (tx) => {
    const stored: FileReport[] = [];
    for (const input of inputs) stored.push(...[await storeInput(tx, input, onWritten)].flat());
    const outcomeIds = inputs.flatMap((input) =>
      input.type === 'records' ? input.accepted.map((a) => a.outcome.id) : [],
    );
    await linkOutcomeActors(tx, { outcomeIds });
    if (stored.some((r) => r.kind && (r.added || r.updated))) await linkOutcomeActors(tx, {});
    await growRegistry(tx, confidentialTexts(inputs, options.codebook), currentActor());
    return stored;
  });
  const outcomeReports = reports.filter((r) => !r.kind);
  const documentReports = reports.filter((r) => r.kind);
  const sum = (list: FileReport[], key: 'added' | 'updated' | 'unchanged') =>
    list.reduce((n, r) => n + r[key], 0);
  return {
    documents: documentReports.length,
    items: documentReports.reduce((n, r) => n + (r.items ?? 0), 0),
    outcomes:
      sum(outcomeReports, 'added') + sum(outcomeReports, 'updated') + sum(outcomeReports, 'unchanged'),
    added: sum(outcomeReports, 'added'),
    updated: sum(outcomeReports, 'updated'),
    unchanged: sum(outcomeReports, 'unchanged'),
    rejected: inputs.flatMap((input) =>
      input.type === 'records' || input.type === 'project'
        ? input.read.problems
        : input.type === 'unreadable'
          ? [input.problem]
          : [],
    ),
    files: reports,
  };
}
