import {
  CODED_FIELDS,
  type CodedField,
  type Coding,
  type CodingExample,
  type CodingSource,
} from '../domain/coding.js';
import type { Outcome } from '../domain/outcome.js';
import { TesseraError } from '../errors.js';
import { currentActor, recordActivity } from './activity.js';
import type { Db, Queryable } from './db.js';
import { columnOf, fromRow, outcomeHash, writeOutcomes } from './outcomes.js';

const CODED = `(${CODED_FIELDS.map((f) => (f.multi ? `cardinality(${columnOf(f.key)}) > 0` : `${columnOf(f.key)} IS NOT NULL`)).join(' OR ')})`;

/**
 * A fingerprint of the outcomes that hold a code in any coded field, and how many there are: while it
 * stays the same, a model trained on them stays current. A sum of hashes needs no sorting, so that it
 * is cheap enough to check before every suggestion.
 */
export async function codedFingerprint(q: Queryable): Promise<{ key: string; outcomes: number }> {
  const [row] = await q.query<{ key: string; outcomes: number }>(
    `SELECT count(*)::integer || ':' || coalesce(sum(hashtext(id || ':' || content_hash)::bigint), 0) AS key,
            count(*)::integer AS outcomes
     FROM outcomes WHERE ${CODED}`,
  );
  return row ?? { key: '', outcomes: 0 };
}

/**
 * A mark of the whole outcomes table that changes whenever an outcome is added, changed or removed
 * (their count, newest change and sum of versions): cheaper than the fingerprint, to check first.
 */
export async function outcomesStamp(q: Queryable): Promise<string> {
  const [row] = await q.query<{ stamp: string }>(
    `SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(version), 0) AS stamp
     FROM outcomes`,
  );
  return row?.stamp ?? '';
}

const EXAMPLE_FIELDS = [
  'id',
  'description',
  'significance',
  'contributionProgramme',
  ...CODED_FIELDS.map((f) => f.key),
] as const;

/** What coding learns from: the outcomes that hold a code in any coded field, in id order. */
export async function codingExamples(q: Queryable): Promise<CodingExample[]> {
  const rows = await q.query<Record<string, unknown>>(
    `SELECT ${EXAMPLE_FIELDS.map(columnOf).join(', ')} FROM outcomes WHERE ${CODED} ORDER BY id`,
  );
  return rows.map(
    (row) =>
      Object.fromEntries(
        EXAMPLE_FIELDS.map((f) => [f, row[columnOf(f)] ?? null]),
      ) as unknown as CodingExample,
  );
}

/** The stored coding model for this fingerprint, if one was kept. */
export async function storedCodingModel(q: Queryable, key: string): Promise<Uint8Array | undefined> {
  const [row] = await q.query<{ model: Uint8Array }>('SELECT model FROM coding_models WHERE key = $1', [key]);
  return row?.model;
}

/** Keeps a trained model in place of any earlier one. */
export async function storeCodingModel(
  q: Queryable,
  key: string,
  model: Uint8Array,
  outcomes: number,
): Promise<void> {
  await q.query('DELETE FROM coding_models WHERE key <> $1', [key]);
  await q.query(
    'INSERT INTO coding_models (key, model, outcomes) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING',
    [key, model, outcomes],
  );
}

/** The stored outcome with this id, if any. */
export async function findOutcome(q: Queryable, id: string): Promise<Outcome | undefined> {
  const [row] = await q.query('SELECT * FROM outcomes WHERE id = $1', [id]);
  return row ? fromRow(row) : undefined;
}

/** New codes for one field of an outcome, and where they came from. */
export interface CodingChange {
  field: CodedField;
  codes: string[];
  source: CodingSource;
  /** One per code, when they were accepted from a suggestion. */
  confidences: number[] | null;
}

function codesIn(outcome: Outcome, field: CodedField): string[] {
  const value = outcome[field];
  return Array.isArray(value) ? [...value] : value ? [value] : [];
}

/**
 * Codes one outcome in one transaction: the previous version is kept in outcome_versions (when anything
 * changes), the outcome takes the new codes, each field's coding is recorded with who and when, and the
 * activity log says what happened. Codes equal to the stored ones are recorded as a confirmation
 * without a new version.
 */
export async function writeCodings(db: Db, id: string, changes: CodingChange[]): Promise<Coding[]> {
  return db.transaction((tx) => codeInTransaction(tx, id, changes));
}

/**
 * writeCodings inside a transaction already open. A codebook change that recodes many outcomes gives
 * its own activity entry, logged once; otherwise each coding gets one.
 */
export async function codeInTransaction(
  tx: Queryable,
  id: string,
  changes: CodingChange[],
  activity?: number,
): Promise<Coding[]> {
  const [row] = await tx.query('SELECT * FROM outcomes WHERE id = $1 FOR UPDATE', [id]);
  if (!row) throw new TesseraError('input-not-found', `no outcome has the id ${id}`);
  const before = fromRow(row);
  const after: Outcome = { ...before, typesOfChange: [...before.typesOfChange] };
  for (const change of changes) {
    const multi = CODED_FIELDS.find((f) => f.key === change.field)?.multi;
    if (multi) after.typesOfChange = [...change.codes];
    else (after[change.field] as string | null) = change.codes[0] ?? null;
  }
  const hash = outcomeHash(after);
  const changed = hash !== row.content_hash;
  const activityId =
    activity ??
    (await recordActivity(tx, {
      action: 'code',
      file: null,
      added: 0,
      updated: changed ? 1 : 0,
      unchanged: changed ? 0 : 1,
      rejected: 0,
      details: {
        outcome: id,
        codings: changes.map((c) => ({ ...c, previous: codesIn(before, c.field) })),
      },
    }));
  if (changed)
    // The source file and line stay as the import stored them (null included).
    await writeOutcomes(
      tx,
      [{ outcome: after, hash, file: row.source_file as string, line: row.source_line as number }],
      true,
      activityId,
    );
  const version = Number(row.version) + (changed ? 1 : 0);
  const codings: Coding[] = [];
  for (const change of changes) {
    const [stored] = await tx.query<{ at: Date }>(
      `INSERT INTO codings (outcome_id, field, codes, previous, actor, source, confidences, version, activity_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING at`,
      [
        id,
        change.field,
        change.codes,
        codesIn(before, change.field),
        currentActor(),
        change.source,
        change.confidences,
        version,
        activityId,
      ],
    );
    codings.push({
      outcomeId: id,
      field: change.field,
      codes: change.codes,
      previous: codesIn(before, change.field),
      actor: currentActor(),
      at: stored?.at ?? new Date(),
      source: change.source,
      confidences: change.confidences,
      version,
    });
  }
  return codings;
}

/** Every coding of an outcome, oldest first. */
export async function codingHistory(q: Queryable, id: string): Promise<Coding[]> {
  const rows = await q.query<Omit<Coding, 'outcomeId'>>(
    `SELECT field, codes, previous, actor, at, source, confidences, version
     FROM codings WHERE outcome_id = $1 ORDER BY id`,
    [id],
  );
  return rows.map((r) => ({ outcomeId: id, ...r }));
}
