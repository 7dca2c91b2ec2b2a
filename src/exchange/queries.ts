/** What a REFI-QDA export reads from the store besides the outcomes: partner documents and who coded. */
import type { Queryable } from '../store/index.js';

/** One item of a partner document, with what the document says about itself. */
export interface DocumentItemRow {
  documentId: number;
  name: string;
  kind: string;
  language: string | null;
  documentTitle: string | null;
  documentDate: string | null;
  confidential: boolean;
  position: number;
  /** How many items the document has. */
  items: number;
  title: string | null;
  date: string | null;
  text: string;
}

/** Every item of every stored document, documents in the order they were stored, items in theirs. */
export function documentItems(q: Queryable): Promise<DocumentItemRow[]> {
  return q.query<DocumentItemRow>(
    `SELECT d.id::integer AS "documentId", d.name, d.kind, d.language, d.title AS "documentTitle",
            d.date AS "documentDate", d.confidential, i.position,
            count(*) OVER (PARTITION BY i.document_id)::integer AS items, i.title, i.date, i.text
     FROM document_items i JOIN documents d ON d.id = i.document_id
     ORDER BY d.id, i.position`,
  );
}

/**
 * Who last coded each field of each outcome, and when: keys are "outcome id\0field". Independent
 * codings are left out: they did not give the outcome its codes.
 */
export async function lastCodings(q: Queryable): Promise<Map<string, { actor: string; at: Date }>> {
  const rows = await q.query<{ outcome_id: string; field: string; actor: string; at: Date }>(
    `SELECT DISTINCT ON (outcome_id, field) outcome_id, field, actor, at
     FROM codings WHERE source <> 'independent' ORDER BY outcome_id, field, id DESC`,
  );
  return new Map(rows.map((r) => [`${r.outcome_id}\0${r.field}`, { actor: r.actor, at: new Date(r.at) }]));
}
