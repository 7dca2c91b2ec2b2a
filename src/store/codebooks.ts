/**
 * The store's codebook (store/migrations/006-codebooks.sql): read, cached per store, and changed without
 * losing what was coded. Codes are never deleted, only retired; outcomes recoded by a change go through
 * the coding path (a new version, a coding with source 'codebook') under one activity entry per change.
 */
import { isDeepStrictEqual } from 'node:util';
import { type Code, type Codebook, codeKey, findCode, loadDefaultCodebook } from '../domain/codebook.js';
import { CODED_FIELDS, type CodedFieldSpec } from '../domain/coding.js';
import { OUTCOME_FIELDS } from '../domain/outcome.js';
import { TesseraError } from '../errors.js';
import { recordActivity } from './activity.js';
import { codeInTransaction } from './codings.js';
import type { Db, Queryable } from './db.js';
import { columnOf } from './outcomes.js';

interface CodeRow {
  list: string;
  id: string;
  label: string;
  position: number;
  description: string | null;
  retired: boolean;
  replaced_by: string[];
}

/** The newest codebook change in the activity log: while it stays the same, a kept codebook is current. */
async function codebookStamp(q: Queryable): Promise<string> {
  const [row] = await q.query<{ stamp: string | null }>(
    "SELECT max(id)::text AS stamp FROM activity WHERE action = 'codebook'",
  );
  return row?.stamp ?? '';
}

const cache = new WeakMap<Queryable, { stamp: string; codebook: Codebook }>();

/**
 * The store's codebook: the shipped one until people change it (written into the store the first time
 * it is read). Kept in memory per store and read again when the activity log shows a codebook change,
 * made by this process or another one sharing the server.
 */
export async function storeCodebook(q: Queryable): Promise<Codebook> {
  const stamp = await codebookStamp(q);
  const cached = cache.get(q);
  if (cached?.stamp === stamp) return cached.codebook;
  let rows = await codeRows(q);
  if (rows.length === 0) {
    await insertCodes(q, Object.entries(loadDefaultCodebook().lists), 0);
    rows = await codeRows(q);
  }
  const codebook = toCodebook(rows);
  cache.set(q, { stamp, codebook });
  return codebook;
}

async function codeRows(q: Queryable): Promise<CodeRow[]> {
  return q.query<CodeRow>(
    'SELECT list, id, label, position, description, retired, replaced_by FROM codebook_codes ORDER BY list, position, id',
  );
}

/** Lists in the order of the shipped codebook, then the store's own lists by name. */
function toCodebook(rows: CodeRow[]): Codebook {
  const shipped = Object.keys(loadDefaultCodebook().lists);
  const rank = (list: string) => (shipped.includes(list) ? shipped.indexOf(list) : shipped.length);
  const names = [...new Set(rows.map((r) => r.list))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const lists: Record<string, Code[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const r of rows)
    lists[r.list]?.push({
      id: r.id,
      label: r.label,
      ...(r.description ? { description: r.description } : {}),
      ...(r.retired ? { retired: true } : {}),
      ...(r.replaced_by.length ? { replacedBy: r.replaced_by } : {}),
    });
  return { lists };
}

/** Writes codes list by list, numbered from `from` in the order given; codes already there stay. */
async function insertCodes(q: Queryable, lists: [string, Code[]][], from: number): Promise<void> {
  const rows = lists.flatMap(([list, codes]) =>
    codes.map((c, i) => ({
      list,
      id: c.id,
      label: c.label,
      position: from + i,
      description: c.description ?? null,
      retired: c.retired ?? false,
      replaced_by: c.replacedBy ?? [],
    })),
  );
  await q.query(
    `INSERT INTO codebook_codes (list, id, label, position, description, retired, replaced_by)
     SELECT list, id, label, position, description, retired, replaced_by
     FROM jsonb_to_recordset($1::jsonb) AS r(list text, id text, label text, position integer,
       description text, retired boolean, replaced_by text[])
     ON CONFLICT (list, id) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

/** The fields that hold a list's codes (or, for the status list, its labels). */
function fieldsOf(list: string) {
  return OUTCOME_FIELDS.filter((f) => f.list === list);
}

/** Per list, how many outcomes hold each code (by id; values that are no code under themselves). */
export async function codeUsage(q: Queryable, codebook: Codebook): Promise<Map<string, Map<string, number>>> {
  const usage = new Map<string, Map<string, number>>();
  for (const list of Object.keys(codebook.lists)) {
    const counts = new Map<string, number>();
    for (const field of fieldsOf(list)) {
      const column = columnOf(field.key);
      const value = field.kind === 'codes' ? `unnest(${column})` : column;
      const rows = await q.query<{ value: string | null; n: number }>(
        `SELECT value, count(DISTINCT id)::integer AS n FROM (SELECT id, ${value} AS value FROM outcomes) v
         WHERE value IS NOT NULL GROUP BY value`,
      );
      for (const { value, n } of rows) {
        const id = findCode(codebook, list, value ?? '')?.id ?? (value as string);
        counts.set(id, (counts.get(id) ?? 0) + n);
      }
    }
    usage.set(list, counts);
  }
  return usage;
}

/** An outcome holding some of the given codes in a coded field, with everything that field holds. */
interface Holder {
  id: string;
  field: CodedFieldSpec;
  codes: string[];
}

/**
 * The outcomes whose coded fields of this list hold any of these codes, in id order, locked until the
 * change's transaction ends so that what they hold stays what is recoded.
 */
async function holders(q: Queryable, list: string, codes: string[]): Promise<Holder[]> {
  const found: Holder[] = [];
  for (const field of CODED_FIELDS.filter((f) => f.list === list)) {
    const column = columnOf(field.key);
    const rows = await q.query<{ id: string; held: string[] | string }>(
      `SELECT id, ${column} AS held FROM outcomes
       WHERE ${field.multi ? `${column} && $1::text[]` : `${column} = ANY($1)`} ORDER BY id FOR UPDATE`,
      [codes],
    );
    for (const r of rows) found.push({ id: r.id, field, codes: [r.held].flat() });
  }
  return found;
}

/** What a change did to outcomes: those recoded, and those that hold a code a person must recode. */
export interface ChangeResult {
  recoded: string[];
  holding: string[];
}

interface ChangeWork {
  /** The list changed, when one is. */
  list?: string;
  /** What the activity log says. */
  details: Record<string, unknown>;
  /** Outcomes to recode: those holding these codes of the list get `into` in their place. */
  recode?: { from: string[]; into: string };
  /** Outcomes to name as still holding these codes of the list. */
  held?: string[];
  apply: (tx: Queryable) => Promise<void>;
}

/** A constant key for the advisory lock that keeps two codebook changes on a server apart. */
const CODEBOOK_LOCK = 7_301_957;

/**
 * Runs one codebook change in one transaction: the codebook is read and the change checked (plan),
 * logged, applied, and the outcomes it concerns recoded or listed. A plan that finds nothing to change
 * returns no work, and nothing is logged.
 */
async function change(
  db: Db,
  plan: (codebook: Codebook, tx: Queryable) => ChangeWork | undefined | Promise<ChangeWork | undefined>,
): Promise<ChangeResult> {
  const result = await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [CODEBOOK_LOCK]);
    const work = await plan(await storeCodebook(tx), tx);
    if (!work) return { recoded: [], holding: [] };
    const { recode, list = '' } = work;
    const recoding = recode ? await holders(tx, list, recode.from) : [];
    const activity = await recordActivity(tx, {
      action: 'codebook',
      file: null,
      added: 0,
      updated: ids(recoding).length,
      unchanged: 0,
      rejected: 0,
      details: { ...(work.list ? { list } : {}), ...work.details },
    });
    await work.apply(tx);
    if (recode) for (const h of recoding) await recodeHolder(tx, h, recode, activity);
    const holding = work.held ? await holders(tx, list, work.held) : [];
    return { recoded: ids(recoding), holding: ids(holding) };
  });
  cache.delete(db);
  return result;
}

/** The codes of a list, or a clear error when the codebook has no such list. */
function listOf(codebook: Codebook, list: string): Code[] {
  const codes = codebook.lists[list];
  if (!codes)
    throw new TesseraError(
      'usage',
      `the codebook has no list "${list}"; its lists are ${Object.keys(codebook.lists).join(', ')}`,
    );
  return codes;
}

function ids(found: Holder[]): string[] {
  return [...new Set(found.map((h) => h.id))].sort();
}

/** Gives an outcome `into` in place of the old codes, once (multi-select fields hold each code once). */
async function recodeHolder(
  tx: Queryable,
  holder: Holder,
  recode: { from: string[]; into: string },
  activity: number,
): Promise<void> {
  const codes = [...new Set(holder.codes.map((c) => (recode.from.includes(c) ? recode.into : c)))];
  await codeInTransaction(
    tx,
    holder.id,
    [{ field: holder.field.key, codes, source: 'codebook', confidences: null }],
    activity,
  );
}

/** The code of the list with this id (retired or not), else with this label, or a clear error. */
function codeOf(codebook: Codebook, list: string, value: string): Code {
  const code = listOf(codebook, list).find((c) => c.id === value) ?? findCode(codebook, list, value);
  if (!code) throw new TesseraError('usage', `"${value}" is not a code of the list ${list}`);
  return code;
}

/** Refuses a list whose outcomes would need recoding when no coded field uses it (ratings, status). */
function codedList(list: string, what: string): void {
  if (CODED_FIELDS.some((f) => f.list === list)) return;
  const coded = CODED_FIELDS.map((f) => f.list).join(', ');
  throw new TesseraError('usage', `${what} recodes outcomes, which only the coded lists allow (${coded})`);
}

/** Refuses an id or label that another code of the list already answers to. */
function checkFree(codebook: Codebook, list: string, values: string[], except?: string): void {
  for (const value of values) {
    const taken = (codebook.lists[list] ?? []).find(
      (c) => c.id !== except && (c.id === value || (!c.retired && codeKey(c.label) === codeKey(value))),
    );
    if (taken)
      throw new TesseraError('usage', `"${value}" is already the id or label of ${list} code ${taken.id}`);
  }
}

async function nextPosition(tx: Queryable, list: string): Promise<number> {
  const [row] = await tx.query<{ next: number }>(
    'SELECT coalesce(max(position) + 1, 0)::integer AS next FROM codebook_codes WHERE list = $1',
    [list],
  );
  return row?.next ?? 0;
}

async function positionOf(tx: Queryable, list: string, id: string): Promise<number> {
  const [row] = await tx.query<{ position: number }>(
    'SELECT position FROM codebook_codes WHERE list = $1 AND id = $2',
    [list, id],
  );
  return row?.position ?? 0;
}

/** Makes room for `count` codes at a position, moving the codes from there on down. */
async function makeRoom(tx: Queryable, list: string, position: number, count: number): Promise<number> {
  await tx.query('UPDATE codebook_codes SET position = position + $3 WHERE list = $1 AND position >= $2', [
    list,
    position,
    count,
  ]);
  return position;
}

async function retire(tx: Queryable, list: string, codes: string[], replacedBy: string[]): Promise<void> {
  await tx.query(
    'UPDATE codebook_codes SET retired = true, replaced_by = $3 WHERE list = $1 AND id = ANY($2)',
    [list, codes, replacedBy],
  );
}

/** Adds a code at the end of a list. */
export async function addCode(db: Db, list: string, code: Code): Promise<ChangeResult> {
  return change(db, (codebook) => {
    listOf(codebook, list);
    checkFree(codebook, list, [code.id, code.label]);
    return {
      list,
      details: { change: 'add', code: code.id, label: code.label },
      apply: async (tx) => insertCodes(tx, [[list, [code]]], await nextPosition(tx, list)),
    };
  });
}

/**
 * Gives a code a new label, or a new id: the code under the new id takes the old one's place, every
 * outcome holding the old id is recoded, and the old id stays, retired and replaced by the new one, so
 * that earlier versions and files from before still read.
 */
export async function renameCode(
  db: Db,
  list: string,
  value: string,
  to: { label?: string; id?: string },
): Promise<ChangeResult> {
  return change(db, (codebook) => {
    const code = codeOf(codebook, list, value);
    const label = to.label ?? code.label;
    const details = {
      change: 'rename',
      code: code.id,
      from: code.label,
      label,
      ...(to.id ? { id: to.id } : {}),
    };
    if (!to.id || to.id === code.id) {
      checkFree(codebook, list, [label], code.id);
      return {
        list,
        details,
        apply: async (tx) => {
          await tx.query('UPDATE codebook_codes SET label = $3 WHERE list = $1 AND id = $2', [
            list,
            code.id,
            label,
          ]);
        },
      };
    }
    codedList(list, 'a new id');
    checkFree(codebook, list, [to.id, label], code.id);
    const renamed: Code = {
      id: to.id,
      label,
      ...(code.description ? { description: code.description } : {}),
    };
    return {
      list,
      details,
      recode: { from: [code.id], into: to.id },
      apply: async (tx) => {
        await insertCodes(
          tx,
          [[list, [renamed]]],
          await makeRoom(tx, list, await positionOf(tx, list, code.id), 1),
        );
        await retire(tx, list, [code.id], [to.id as string]);
      },
    };
  });
}

/**
 * Merges codes into one: every outcome holding any of them holds the one instead (once), and they are
 * retired, replaced by it.
 */
export async function mergeCodes(db: Db, list: string, from: string[], into: string): Promise<ChangeResult> {
  codedList(list, 'merging');
  return change(db, (codebook) => {
    const target = codeOf(codebook, list, into);
    if (target.retired)
      throw new TesseraError('usage', `${list} code ${target.id} is retired; merge into a code in use`);
    const merged = [...new Set(from.map((v) => codeOf(codebook, list, v).id))].filter(
      (id) => id !== target.id,
    );
    if (merged.length === 0) throw new TesseraError('usage', `nothing to merge into ${target.id}`);
    return {
      list,
      details: { change: 'merge', codes: merged, into: target.id },
      recode: { from: merged, into: target.id },
      apply: (tx) => retire(tx, list, merged, [target.id]),
    };
  });
}

/**
 * Splits a code into several (new ones added after it, existing ones reused). Which of them an outcome
 * gets is a person's judgement, so outcomes keep the old code, now retired, and are listed to be
 * recoded; filters and checks keep finding them by it.
 */
export async function splitCode(db: Db, list: string, value: string, into: Code[]): Promise<ChangeResult> {
  codedList(list, 'splitting');
  return change(db, (codebook) => {
    const code = codeOf(codebook, list, value);
    if (code.retired) throw new TesseraError('usage', `${list} code ${code.id} is already retired`);
    const known = into.filter((c) => findCode(codebook, list, c.id));
    const added = into.filter((c) => !known.includes(c));
    checkFree(codebook, list, [...added.map((c) => c.id), ...added.map((c) => c.label)]);
    const targets = into.map((c) => (known.includes(c) ? codeOf(codebook, list, c.id).id : c.id));
    if (targets.length < 2 || targets.includes(code.id))
      throw new TesseraError('usage', `split ${code.id} into two or more other codes`);
    return {
      list,
      details: { change: 'split', code: code.id, into: targets },
      held: [code.id],
      apply: async (tx) => {
        const after = (await positionOf(tx, list, code.id)) + 1;
        await insertCodes(tx, [[list, added]], await makeRoom(tx, list, after, added.length));
        await retire(tx, list, [code.id], targets);
      },
    };
  });
}

/** Retires a code: no longer offered for coding or suggested; the outcomes holding it keep it. */
export async function retireCode(db: Db, list: string, value: string): Promise<ChangeResult> {
  return change(db, (codebook) => {
    const code = codeOf(codebook, list, value);
    if (code.retired) throw new TesseraError('usage', `${list} code ${code.id} is already retired`);
    return {
      list,
      details: { change: 'retire', code: code.id },
      held: [code.id],
      apply: (tx) => retire(tx, list, [code.id], []),
    };
  });
}

/** What importing a codebook changed, code by code ("list/id"). */
export interface CodebookImport {
  added: string[];
  relabelled: string[];
  /** Codes the file leaves out that no outcome holds (or, with retireMissing, that some do). */
  retired: string[];
  /** Codes the file leaves out that outcomes hold, kept in use, with how many outcomes hold them. */
  kept: { code: string; outcomes: number }[];
  /** False when the file says what the codebook already says: nothing was written or logged. */
  changed: boolean;
}

/**
 * Brings a codebook file (another programme's, or an edited export) into the store in one change. For
 * each list the file has, its codes take the file's labels, order and state, and new ones are added;
 * codes the file leaves out are never deleted: retired when no outcome holds them (or with
 * retireMissing), else kept and reported. Lists the file does not have stay as they are.
 */
export async function importCodebook(
  db: Db,
  incoming: Codebook,
  options: { retireMissing?: boolean } = {},
): Promise<CodebookImport> {
  const report: CodebookImport = { added: [], relabelled: [], retired: [], kept: [], changed: false };
  await change(db, async (codebook, tx) => {
    const usage = await codeUsage(tx, codebook);
    const lists = Object.entries(incoming.lists).map(([list, codes]): [string, Code[]] => [
      list,
      mergedList(list, codes, codebook.lists[list] ?? [], usage.get(list) ?? new Map(), options, report),
    ]);
    report.changed = lists.some(([list, codes]) => !isDeepStrictEqual(codes, codebook.lists[list]));
    if (!report.changed) return undefined;
    const { changed: _, ...details } = report;
    return {
      details: { change: 'import', ...details },
      apply: async (tx) => {
        await tx.query('DELETE FROM codebook_codes WHERE list = ANY($1)', [lists.map(([list]) => list)]);
        for (const entry of lists) await insertCodes(tx, [entry], 0);
      },
    };
  });
  return report;
}

/** A list as the file gives it, followed by the stored codes it leaves out; fills the report. */
function mergedList(
  list: string,
  given: Code[],
  stored: Code[],
  usage: Map<string, number>,
  options: { retireMissing?: boolean },
  report: CodebookImport,
): Code[] {
  for (const code of given) {
    const before = stored.find((c) => c.id === code.id);
    if (!before) report.added.push(`${list}/${code.id}`);
    else if (before.label !== code.label) report.relabelled.push(`${list}/${code.id}`);
  }
  const missing = stored.filter((c) => !given.some((g) => g.id === c.id));
  const left = missing.map((code) => {
    const outcomes = usage.get(code.id) ?? 0;
    if (code.retired) return code;
    if (outcomes > 0 && !options.retireMissing) {
      report.kept.push({ code: `${list}/${code.id}`, outcomes });
      return code;
    }
    report.retired.push(`${list}/${code.id}`);
    return { ...code, retired: true };
  });
  return [...given, ...left];
}
