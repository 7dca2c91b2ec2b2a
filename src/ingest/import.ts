import type { Codebook } from '../domain/codebook.js';
import type { Problem } from '../domain/problem.js';
import {
  type Db,
  type IncomingOutcome,
  outcomeHash,
  type Queryable,
  recordActivity,
  storedHashes,
  writeOutcomes,
} from '../store/index.js';
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
  /** Called as files are read and written, for a progress bar. */
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
function acceptedOutcomes(read: OutcomeFile, skipInvalid: boolean): IncomingOutcome[] {
  const fileLevel = read.problems.some((p) => p.line === null || p.field === null);
  if (read.problems.length > 0 && (!skipInvalid || fileLevel)) return [];
  return read.outcomes.map(({ outcome, line }) => ({
    outcome,
    hash: outcomeHash(outcome),
    file: read.file,
    line,
  }));
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

/**
 * Imports outcome records from files and folders in one transaction: either every accepted record and
 * its log entry is stored, or (on any failure, crash or kill) nothing is.
 */
export async function importPaths(db: Db, paths: string[], options: ImportOptions): Promise<ImportReport> {
  const files = await listInputs(paths);
  const reads: (OutcomeFile | SkippedFile)[] = [];
  for (const [i, file] of files.entries()) {
    reads.push(
      await readOutcomeFile(file, {
        codebook: options.codebook,
        ...(options.sheet ? { sheet: options.sheet } : {}),
      }),
    );
    options.onProgress?.(i + 1, files.length);
  }
  const accepted = reads.map((read) =>
    'reason' in read ? [] : acceptedOutcomes(read, options.skipInvalid ?? false),
  );
  // Progress counts each file read, then each record written.
  const total = files.length + accepted.reduce((n, a) => n + a.length, 0);
  let done = files.length;
  const onWritten = (rows: number) => {
    done += rows;
    options.onProgress?.(done, total);
  };
  const reports = await db.transaction(async (tx) => {
    const stored: FileReport[] = [];
    for (const [i, read] of reads.entries()) {
      stored.push(
        'reason' in read ? skippedReport(read) : await storeFile(tx, read, accepted[i] ?? [], onWritten),
      );
    }
    return stored;
  });
  const sum = (key: 'added' | 'updated' | 'unchanged') => reports.reduce((n, r) => n + r[key], 0);
  return {
    documents: 0,
    items: 0,
    outcomes: sum('added') + sum('updated') + sum('unchanged'),
    added: sum('added'),
    updated: sum('updated'),
    unchanged: sum('unchanged'),
    rejected: reads.flatMap((r) => ('problems' in r ? r.problems : [])),
    files: reports,
  };
}
