/**
 * A second coder's work for agreement: a sheet of sampled outcomes to code blind, and the coded sheet
 * brought back as that coder's independent codings, all or nothing.
 */
import { type Codebook, offeredCodes } from '../domain/codebook.js';
import { CODED_FIELDS, type Coding, codesOf } from '../domain/coding.js';
import type { Outcome } from '../domain/outcome.js';
import type { Problem } from '../domain/problem.js';
import { listInputs, type ReadOutcome, readOutcomeFile } from '../ingest/index.js';
import { type CoderCodes, type Db, storedHashes, writeIndependentCodings } from '../store/index.js';

/** An outcome as a second coder gets it: every field but the codes, which they give without seeing. */
export function withoutCodes(outcome: Outcome): Outcome {
  const blank: Partial<Outcome> = Object.fromEntries(CODED_FIELDS.map((f) => [f.key, f.multi ? [] : null]));
  return { ...outcome, ...blank };
}

/** What an import of a coder's sheet did: the codings recorded, or the problems that stopped it. */
export interface IndependentImport {
  file: string;
  coder: string;
  outcomes: number;
  codings: Coding[];
  problems: Problem[];
}

/**
 * The codes a row gives, an empty cell meaning the coder did not code that field; codes that are not in
 * the codebook are problems naming the row and field.
 */
function rowCodings(file: string, read: ReadOutcome, codebook: Codebook) {
  const codings: CoderCodes[] = [];
  const problems: Problem[] = [];
  for (const field of CODED_FIELDS) {
    const codes = codesOf(read.outcome, field.key);
    // as when coding by hand, a retired code is no longer given
    const known = new Set(offeredCodes(codebook, field.list).map((c) => c.id));
    const unknown = codes.filter((code) => !known.has(code));
    for (const code of unknown)
      problems.push({
        file,
        line: read.line,
        field: field.key,
        reason: `"${code}" is not a code of ${field.key}; choose from ${[...known].join(', ')}`,
      });
    if (codes.length > 0 && unknown.length === 0)
      codings.push({ outcomeId: read.outcome.id, field: field.key, codes });
  }
  return { codings, problems };
}

/** Reads a coder's sheet: each row's id and codes, or every problem with its line and field. */
async function readSheet(file: string, codebook: Codebook) {
  const fileProblem = (reason: string) => ({
    rows: [],
    problems: [{ file, line: null, field: null, reason }],
  });
  // listing says clearly when the file is missing
  const listed = await listInputs([file]);
  if (listed.length !== 1 || listed[0] !== file)
    return fileProblem('this is a folder; give one coded sheet (CSV, XLSX, JSON Lines)');
  const read = await readOutcomeFile(file, { codebook, partial: true });
  if (!('format' in read)) return fileProblem(read.reason);
  const problems = [...read.problems];
  const rows = read.outcomes.map((row) => ({ row, ...rowCodings(file, row, codebook) }));
  problems.push(...rows.flatMap((r) => r.problems));
  if (problems.length === 0 && rows.every((r) => r.codings.length === 0))
    problems.push({
      file,
      line: null,
      field: null,
      reason: `no row holds codes; give columns for ${CODED_FIELDS.map((f) => f.key).join(', ')}`,
    });
  return { rows, problems };
}

type SheetRow = Awaited<ReturnType<typeof readSheet>>['rows'][number];

function unknownIds(file: string, rows: readonly SheetRow[], unknown: readonly string[]): Problem[] {
  const missing = new Set(unknown);
  return rows
    .filter((r) => missing.has(r.row.outcome.id))
    .map((r) => ({
      file,
      line: r.row.line,
      field: 'id',
      reason: `no outcome has the id ${r.row.outcome.id}`,
    }));
}

/**
 * Imports a coder's sheet (JSON Lines, CSV, XLSX ... of outcome ids and coded fields) as that coder's
 * independent codings of stored outcomes, in one transaction: a sheet with any problem, an unknown id or
 * code included, is rejected whole.
 */
export async function importIndependent(
  db: Db,
  file: string,
  coder: string,
  codebook: Codebook,
): Promise<IndependentImport> {
  const report: IndependentImport = { file, coder, outcomes: 0, codings: [], problems: [] };
  const { rows, problems } = await readSheet(file, codebook);
  const ids = rows.map((r) => r.row.outcome.id);
  const stored = await storedHashes(db, ids);
  problems.push(
    ...unknownIds(
      file,
      rows,
      ids.filter((id) => !stored.has(id)),
    ),
  );
  if (problems.length > 0) return { ...report, problems };
  const coded = rows.filter((r) => r.codings.length > 0);
  // an outcome removed since the check above is caught by the write, which then writes nothing
  const { codings, unknown } = await writeIndependentCodings(db, {
    coder,
    file,
    codings: coded.flatMap((r) => r.codings),
  });
  const late = unknownIds(file, rows, unknown);
  return late.length > 0 ? { ...report, problems: late } : { ...report, outcomes: coded.length, codings };
}
