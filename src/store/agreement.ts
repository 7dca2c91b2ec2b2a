import { currentCodes } from '../domain/codebook.js';
import { CODED_FIELDS, type CodedField, type Coding } from '../domain/coding.js';
import type { Outcome } from '../domain/outcome.js';
import { recordActivity } from './activity.js';
import { storeCodebook } from './codebooks.js';
import type { Db, Queryable } from './db.js';
import { filterSql, fromRow, type OutcomeFilter } from './outcomes.js';

/** A coder's codes for one field of a stored outcome. */
export interface CoderCodes {
  outcomeId: string;
  field: CodedField;
  codes: string[];
}

/** Independent codings by one coder, and where they came from (a file, or none when typed in). */
export interface IndependentBatch {
  coder: string;
  file: string | null;
  codings: CoderCodes[];
}

/**
 * Records one coder's independent codings in one transaction, leaving the outcomes as they are: each
 * points at the outcome version that was current, so a later change of the outcome shows. When any id is
 * not stored nothing is written, and the unknown ids are returned.
 */
export async function writeIndependentCodings(
  db: Db,
  batch: IndependentBatch,
): Promise<{ codings: Coding[]; unknown: string[] }> {
  return db.transaction(async (tx) => {
    const ids = [...new Set(batch.codings.map((c) => c.outcomeId))];
    const rows = await tx.query<{ id: string; version: number }>(
      'SELECT id, version FROM outcomes WHERE id = ANY($1) FOR SHARE',
      [ids],
    );
    const versions = new Map(rows.map((r) => [r.id, Number(r.version)]));
    const unknown = ids.filter((id) => !versions.has(id));
    if (unknown.length > 0) return { codings: [], unknown };
    const activityId = await recordActivity(tx, {
      action: 'independent coding',
      file: batch.file,
      added: 0,
      updated: 0,
      unchanged: ids.length,
      rejected: 0,
      details: { coder: batch.coder, codings: batch.codings.length },
    });
    const codings: Coding[] = [];
    for (const c of batch.codings) {
      const version = versions.get(c.outcomeId) ?? 0;
      const [stored] = await tx.query<{ at: Date }>(
        `INSERT INTO codings (outcome_id, field, codes, actor, source, version, activity_id)
         VALUES ($1, $2, $3, $4, 'independent', $5, $6) RETURNING at`,
        [c.outcomeId, c.field, c.codes, batch.coder, version, activityId],
      );
      codings.push({
        ...c,
        previous: [],
        actor: batch.coder,
        at: stored?.at ?? new Date(),
        source: 'independent',
        confidences: null,
        version,
      });
    }
    return { codings, unknown };
  });
}

/** A coder's latest codes for one field of an outcome. */
export interface CoderCoding extends CoderCodes {
  coder: string;
}

/**
 * Each coder's latest codes per outcome and field, from the codings people made: by hand, accepting a
 * suggestion, or independently. Codings from project imports and codebook changes are left out: their
 * actor ran a command and did not code those outcomes. Codes merged or given a new id since are read as
 * the code that replaced them, so codings from before a codebook change compare with those after it.
 */
export async function coderCodings(
  q: Queryable,
  fields: readonly CodedField[],
  coders?: readonly string[],
): Promise<CoderCoding[]> {
  const params: unknown[] = [fields];
  if (coders) params.push(coders);
  const rows = await q.query<{ outcome_id: string; field: CodedField; actor: string; codes: string[] }>(
    `SELECT DISTINCT ON (outcome_id, field, actor) outcome_id, field, actor, codes
     FROM codings
     WHERE source IN ('human', 'suggested', 'independent') AND field = ANY($1)
       ${coders ? 'AND actor = ANY($2)' : ''}
     ORDER BY outcome_id, field, actor, id DESC`,
    params,
  );
  const codebook = await storeCodebook(q);
  return rows.map((r) => ({
    outcomeId: r.outcome_id,
    field: r.field,
    coder: r.actor,
    codes: currentCodes(codebook, CODED_FIELDS.find((f) => f.key === r.field)?.list ?? '', r.codes),
  }));
}

/**
 * A reproducible random sample of the outcomes a filter selects, in id order: outcomes are ranked by a
 * digest of the seed and their id, so the same seed picks the same outcomes on every store and run, and
 * outcomes added later do not displace those picked unless they rank higher.
 */
export async function sampleOutcomeIds(
  q: Queryable,
  filter: OutcomeFilter,
  size: number,
  seed: string,
): Promise<string[]> {
  const { where, params } = filterSql(filter);
  const rows = await q.query<{ id: string }>(
    `SELECT id FROM (
       SELECT id FROM outcomes ${where}
       ORDER BY md5($${params.length + 1} || ':' || id), id LIMIT $${params.length + 2}
     ) AS sample ORDER BY id`,
    [...params, seed, size],
  );
  return rows.map((r) => r.id);
}

/** The stored outcomes with these ids, in id order. */
export async function outcomesById(q: Queryable, ids: readonly string[]): Promise<Outcome[]> {
  const rows = await q.query('SELECT * FROM outcomes WHERE id = ANY($1) ORDER BY id', [ids]);
  return rows.map(fromRow);
}
