import { createHash } from 'node:crypto';
import { countryCode } from '../domain/country.js';
import { type FieldKind, OUTCOME_FIELDS, type Outcome, type OutcomeField } from '../domain/outcome.js';
import type { Queryable } from './db.js';

/** Column of each canonical field: its name in snake_case. */
export function columnOf(field: OutcomeField): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

const FIELD_COLUMNS = OUTCOME_FIELDS.map((f) => columnOf(f.key));

/** SQL type of each field's column, for reading rows out of a JSON parameter. */
const FIELD_TYPES: Record<FieldKind, string> = {
  id: 'text',
  text: 'text',
  year: 'integer',
  boolean: 'boolean',
  rating: 'text',
  status: 'text',
  coded: 'text',
  codes: 'text[]',
};

/** Every written column with its type: the canonical fields, then what the store adds. */
const WRITE_COLUMN_TYPES: [string, string][] = [
  ...OUTCOME_FIELDS.map((f): [string, string] => [columnOf(f.key), FIELD_TYPES[f.kind]]),
  ['extra', 'jsonb'],
  ['country_code', 'text'],
  ['content_hash', 'text'],
  ['source_file', 'text'],
  ['source_line', 'integer'],
];
const WRITE_COLUMNS = WRITE_COLUMN_TYPES.map(([c]) => c);
const READ_COLUMNS = [...FIELD_COLUMNS, 'extra'].join(', ');

/** A fingerprint of what an outcome says: equal fingerprints mean re-importing it changes nothing. */
export function outcomeHash(outcome: Outcome): string {
  const extra = Object.fromEntries(Object.entries(outcome.extra).sort(([a], [b]) => a.localeCompare(b)));
  const fields = OUTCOME_FIELDS.map((f) => outcome[f.key]);
  return createHash('sha256')
    .update(JSON.stringify([fields, extra]))
    .digest('hex');
}

/** An outcome on its way into the store, with where it was read from. */
export interface IncomingOutcome {
  outcome: Outcome;
  hash: string;
  file: string;
  line: number;
}

/** A row as a JSON object keyed by column: a whole chunk travels as one jsonb parameter. */
function rowObject({ outcome, hash, file, line }: IncomingOutcome): Record<string, unknown> {
  const row: Record<string, unknown> = Object.fromEntries(
    OUTCOME_FIELDS.map((f) => [columnOf(f.key), outcome[f.key]]),
  );
  row.extra = outcome.extra;
  row.country_code = outcome.country ? (countryCode(outcome.country) ?? null) : null;
  row.content_hash = hash;
  row.source_file = file;
  row.source_line = line;
  return row;
}

export function fromRow(row: Record<string, unknown>): Outcome {
  const outcome = Object.fromEntries(
    OUTCOME_FIELDS.map((f) => [f.key, row[columnOf(f.key)] ?? null]),
  ) as unknown as Outcome;
  outcome.typesOfChange ??= [];
  outcome.extra = (row.extra as Record<string, string>) ?? {};
  return outcome;
}

/** Rows per statement: large enough to amortise a round trip, small enough for steady progress. */
const ROWS_PER_STATEMENT = 500;

/** The stored fingerprint and version of each of these ids that exists. */
export async function storedHashes(q: Queryable, ids: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await q.query<{ id: string; content_hash: string }>(
      'SELECT id, content_hash FROM outcomes WHERE id = ANY($1)',
      [ids.slice(i, i + 5000)],
    );
    for (const r of rows) found.set(r.id, r.content_hash);
  }
  return found;
}

/**
 * Inserts new outcomes, or replaces changed ones after keeping their previous version; tells onWritten
 * how many rows each statement wrote, for progress.
 */
export async function writeOutcomes(
  q: Queryable,
  incoming: IncomingOutcome[],
  changed: boolean,
  activityId: number,
  onWritten?: (rows: number) => void,
): Promise<void> {
  for (let i = 0; i < incoming.length; i += ROWS_PER_STATEMENT) {
    const chunk = incoming.slice(i, i + ROWS_PER_STATEMENT);
    if (changed)
      await keepPreviousVersions(
        q,
        chunk.map((c) => c.outcome.id),
        activityId,
      );
    const sets = WRITE_COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = EXCLUDED.${c}`);
    // One jsonb parameter per chunk: binding thousands of separate parameters costs PGlite more than the insert.
    await q.query(
      `INSERT INTO outcomes (${WRITE_COLUMNS.join(', ')})
       SELECT ${WRITE_COLUMNS.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${WRITE_COLUMN_TYPES.map(([c, t]) => `${c} ${t}`).join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${sets.join(', ')}, version = outcomes.version + 1, updated_at = now()`,
      [JSON.stringify(chunk.map(rowObject))],
    );
    onWritten?.(chunk.length);
  }
}

async function keepPreviousVersions(q: Queryable, ids: string[], activityId: number): Promise<void> {
  const data = `jsonb_build_object(${OUTCOME_FIELDS.map((f) => `'${f.key}', ${columnOf(f.key)}`).join(', ')}, 'extra', extra)`;
  await q.query(
    `INSERT INTO outcome_versions (outcome_id, version, data, content_hash, valid_from, replaced_by)
     SELECT id, version, ${data}, content_hash, updated_at, $2 FROM outcomes WHERE id = ANY($1)`,
    [ids, activityId],
  );
}

/** Which outcomes a listing or export covers; every filter takes several values, any of which may match. */
export interface OutcomeFilter {
  /** Country names or ISO codes. */
  country?: string[];
  year?: number[];
  harvest?: string[];
  /** Type-of-change codes (ids or labels, already resolved to ids by the caller). */
  type?: string[];
}

/** SQL conditions for a filter, with their parameters numbered from 1. */
export function filterSql(filter: OutcomeFilter): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (filter.country?.length) {
    const codes = filter.country.map((c) => countryCode(c) ?? c);
    add(
      (p) => `(country_code = ANY(${p}) OR lower(country) = ANY(${p}))`,
      [...codes, ...filter.country.map((c) => c.toLowerCase())],
    );
  }
  if (filter.year?.length) add((p) => `year = ANY(${p})`, filter.year);
  if (filter.harvest?.length)
    add(
      (p) => `lower(harvest) = ANY(${p})`,
      filter.harvest.map((h) => h.toLowerCase()),
    );
  if (filter.type?.length) add((p) => `types_of_change && ${p}::text[]`, filter.type);
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** How many outcomes a filter selects. */
export async function countOutcomes(q: Queryable, filter: OutcomeFilter = {}): Promise<number> {
  const { where, params } = filterSql(filter);
  const [row] = await q.query<{ n: number }>(`SELECT count(*)::integer AS n FROM outcomes ${where}`, params);
  return Number(row?.n ?? 0);
}

const PAGE = 1000;

/** Streams the outcomes a filter selects, in id order, a page at a time so that exports stay small in memory. */
export async function* listOutcomes(q: Queryable, filter: OutcomeFilter = {}): AsyncGenerator<Outcome> {
  const { where, params } = filterSql(filter);
  let after = '';
  for (;;) {
    const keyset = `${where ? `${where} AND` : 'WHERE'} id > $${params.length + 1}`;
    const rows = await q.query(`SELECT ${READ_COLUMNS} FROM outcomes ${keyset} ORDER BY id LIMIT ${PAGE}`, [
      ...params,
      after,
    ]);
    for (const row of rows) yield fromRow(row);
    if (rows.length < PAGE) return;
    after = String(rows.at(-1)?.id);
  }
}

/** Earlier versions of an outcome, newest first. */
export async function outcomeHistory(
  q: Queryable,
  id: string,
): Promise<{ version: number; replacedAt: Date; outcome: Outcome }[]> {
  const rows = await q.query<{ version: number; replaced_at: Date; data: Outcome }>(
    'SELECT version, replaced_at, data FROM outcome_versions WHERE outcome_id = $1 ORDER BY version DESC',
    [id],
  );
  return rows.map((r) => ({ version: r.version, replacedAt: r.replaced_at, outcome: r.data }));
}

/** Headers of the extra columns that the selected outcomes carry, in alphabetical order. */
export async function extraKeys(q: Queryable, filter: OutcomeFilter = {}): Promise<string[]> {
  const { where, params } = filterSql(filter);
  const rows = await q.query<{ key: string }>(
    `SELECT DISTINCT jsonb_object_keys(extra) AS key FROM outcomes ${where} ORDER BY 1`,
    params,
  );
  return rows.map((r) => r.key);
}
