/**
 * What protection keeps in the store: the secret redaction key, pseudonym numbers, the allow-list and
 * registry, the settings of what is redacted, and audit events. The key is read here and handed only to
 * the keyed hash; no function returns it to be printed.
 */
import { randomBytes } from 'node:crypto';
import type { PlaceholderStyle, RedactionLabel } from '../domain/redaction.js';
import type { Db, Queryable } from './db.js';
import { filterSql, type OutcomeFilter } from './outcomes.js';

const KEY_NAME = 'redaction-key';

/** The store's redaction key, made once (32 random bytes) when first needed; the same for every process. */
export async function redactionKey(db: Queryable): Promise<Buffer> {
  await db.query('INSERT INTO secret_settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    KEY_NAME,
    randomBytes(32).toString('hex'),
  ]);
  const [row] = await db.query<{ value: string }>('SELECT value FROM secret_settings WHERE name = $1', [
    KEY_NAME,
  ]);
  return Buffer.from(row?.value ?? '', 'hex');
}

/** A constant key for the advisory lock under which new pseudonym numbers are given out on a server. */
const NUMBERING_LOCK = 7_301_956;

/**
 * The number of each digest: those known, and for the others the next free numbers of their label, in
 * the order given (order of first sight), stored before they are returned.
 */
export async function pseudonymNumbers(
  db: Db,
  wanted: readonly { digest: string; label: RedactionLabel }[],
): Promise<[string, number][]> {
  const known = async (q: Queryable) =>
    q.query<{ digest: string; number: number }>(
      'SELECT digest, number FROM pseudonyms WHERE digest = ANY($1)',
      [wanted.map((w) => w.digest)],
    );
  const found = await known(db);
  if (found.length === wanted.length) return found.map((r) => [r.digest, r.number]);
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [NUMBERING_LOCK]);
    const have = new Set((await known(tx)).map((r) => r.digest));
    const missing = wanted.filter((w) => !have.has(w.digest));
    if (missing.length > 0) {
      await tx.query(
        `INSERT INTO pseudonyms (digest, label, number)
         SELECT t.digest, t.label,
                coalesce((SELECT max(p.number) FROM pseudonyms p WHERE p.label = t.label), 0)
                  + row_number() OVER (PARTITION BY t.label ORDER BY t.ord)
         FROM unnest($1::text[], $2::text[], $3::int[]) AS t(digest, label, ord)`,
        [missing.map((m) => m.digest), missing.map((m) => m.label), missing.map((_, i) => i)],
      );
    }
    return (await known(tx)).map((r): [string, number] => [r.digest, r.number]);
  });
}

/** How a term or name is compared: case, spacing and Unicode forms aside. */
export function termKey(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/gu, ' ').trim();
}

export interface AllowedTerm {
  term: string;
  addedBy: string;
  addedAt: Date;
}

export async function allowList(q: Queryable): Promise<AllowedTerm[]> {
  return q.query<AllowedTerm>(
    'SELECT term, added_by AS "addedBy", added_at AS "addedAt" FROM allow_list ORDER BY term_key',
  );
}

/** Adds terms never to redact; a term on the allow-list leaves the registry. */
export async function allowTerms(q: Queryable, terms: readonly string[], who: string): Promise<void> {
  if (terms.length === 0) return;
  const keys = terms.map(termKey);
  await q.query(
    `INSERT INTO allow_list (term_key, term, added_by)
     SELECT DISTINCT ON (k) k, t, $3 FROM unnest($1::text[], $2::text[]) AS e(k, t)
     ON CONFLICT (term_key) DO NOTHING`,
    [keys, terms, who],
  );
  await q.query('DELETE FROM registry WHERE text_key = ANY($1)', [keys]);
}

export type RegistrySource = 'import' | 'review' | 'user';

export interface RegisteredName {
  text: string;
  label: RedactionLabel;
  source: RegistrySource;
  addedBy: string;
  addedAt: Date;
}

export async function registryEntries(q: Queryable): Promise<RegisteredName[]> {
  return q.query<RegisteredName>(
    'SELECT text, label, source, added_by AS "addedBy", added_at AS "addedAt" FROM registry ORDER BY text_key',
  );
}

/**
 * Adds known people and actors. A person's decision (review, user) replaces what was there and takes the
 * name off the allow-list; an import adds only names nobody has decided about.
 */
export async function registerNames(
  q: Queryable,
  entries: readonly { text: string; label: RedactionLabel }[],
  who: string,
  source: RegistrySource,
): Promise<number> {
  if (entries.length === 0) return 0;
  const keys = entries.map((e) => termKey(e.text));
  const decided = source !== 'import';
  if (decided) await q.query('DELETE FROM allow_list WHERE term_key = ANY($1)', [keys]);
  const rows = await q.query<{ text_key: string }>(
    `INSERT INTO registry (text_key, text, label, added_by, source)
     SELECT DISTINCT ON (k) k, t, l, $4, $5 FROM unnest($1::text[], $2::text[], $3::text[]) AS e(k, t, l)
     WHERE NOT EXISTS (SELECT 1 FROM allow_list a WHERE a.term_key = e.k)
     ${
       decided
         ? 'ON CONFLICT (text_key) DO UPDATE SET text = EXCLUDED.text, label = EXCLUDED.label, added_by = EXCLUDED.added_by, added_at = now(), source = EXCLUDED.source'
         : 'ON CONFLICT (text_key) DO NOTHING'
     }
     RETURNING text_key`,
    [keys, entries.map((e) => e.text), entries.map((e) => e.label), who, source],
  );
  return rows.length;
}

export interface ProtectSettings {
  labels: RedactionLabel[];
  style: PlaceholderStyle;
}

const STORE_SCOPE = 'store';

/** The store's settings, or undefined when nobody has set them. */
export async function storedProtectSettings(q: Queryable): Promise<ProtectSettings | undefined> {
  const [row] = await q.query<ProtectSettings>(
    'SELECT labels, style FROM protect_settings WHERE scope = $1',
    [STORE_SCOPE],
  );
  return row;
}

export async function storeProtectSettings(
  q: Queryable,
  settings: ProtectSettings,
  who: string,
): Promise<void> {
  await q.query(
    `INSERT INTO protect_settings (scope, labels, style, updated_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (scope) DO UPDATE SET labels = EXCLUDED.labels, style = EXCLUDED.style,
       updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [STORE_SCOPE, settings.labels, settings.style, who],
  );
}

/** The ids of the confidential outcomes a filter selects. */
export async function confidentialOutcomeIds(q: Queryable, filter: OutcomeFilter): Promise<string[]> {
  const { where, params } = filterSql(filter);
  const rows = await q.query<{ id: string }>(
    `SELECT id FROM outcomes ${where ? `${where} AND` : 'WHERE'} confidential ORDER BY id`,
    params,
  );
  return rows.map((r) => r.id);
}

/** Which of these outcomes and documents are confidential. */
export async function confidentialAmong(
  q: Queryable,
  ids: { outcomes: readonly string[]; documents: readonly number[] },
): Promise<{ outcomes: string[]; documents: number[] }> {
  const [outcomes, documents] = await Promise.all([
    q.query<{ id: string }>('SELECT id FROM outcomes WHERE confidential AND id = ANY($1) ORDER BY id', [
      [...ids.outcomes],
    ]),
    q.query<{ id: number }>(
      'SELECT id::integer AS id FROM documents WHERE confidential AND id = ANY($1) ORDER BY id',
      [[...ids.documents]],
    ),
  ]);
  return { outcomes: outcomes.map((r) => r.id), documents: documents.map((r) => r.id) };
}

/** One audit event: who did what to which records, when; ids and counts, never text. */
export interface AuditEvent {
  id: number;
  at: Date;
  actor: string;
  role: string;
  action: string;
  command: string;
  outcomeIds: string[];
  documentIds: number[];
  details: Record<string, unknown>;
}

export type NewAuditEvent = Omit<AuditEvent, 'id' | 'at'>;

export async function recordAudit(q: Queryable, event: NewAuditEvent): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO audit_events (actor, role, action, command, outcome_ids, document_ids, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::integer AS id`,
    [
      event.actor,
      event.role,
      event.action,
      event.command,
      event.outcomeIds,
      event.documentIds,
      JSON.stringify(event.details),
    ],
  );
  return row?.id ?? 0;
}

/** The newest events first. */
export async function listAudit(q: Queryable, limit = 50): Promise<AuditEvent[]> {
  return q.query<AuditEvent>(
    `SELECT id::integer AS id, at, actor, role, action, command, outcome_ids AS "outcomeIds",
            document_ids::integer[] AS "documentIds", details
     FROM audit_events ORDER BY id DESC LIMIT $1`,
    [limit],
  );
}
