import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import type { DocumentItem, DocumentText, ExtractedDocument } from '../domain/document.js';
import { splitPassages } from '../extract/passages.js';
import { type ActorMention, resolveActors } from './actors.js';
import type { Queryable } from './db.js';

/** A document on its way into the store: its text as read, what was extracted, and the actors it names. */
export interface IncomingDocument {
  text: DocumentText;
  extracted: ExtractedDocument;
  actors: ActorMention[];
  /** Marked confidential on import; a document once confidential stays so. */
  confidential?: boolean;
}

export interface StoredDocument {
  id: number;
  status: 'added' | 'updated' | 'unchanged';
  items: number;
  passages: number;
}

/** What a document version is: the text it was read as. Equal fingerprints mean nothing changed. */
function fingerprint(text: DocumentText): string {
  return createHash('sha256').update(text.text).digest('hex');
}

/** Everything extracted except what has columns or tables of its own. */
function extractedJson(doc: ExtractedDocument): string {
  const {
    items: _items,
    file: _file,
    kind: _kind,
    language: _language,
    title: _title,
    date: _date,
    ...rest
  } = doc;
  return JSON.stringify(rest);
}

async function keepPreviousVersion(q: Queryable, id: number, activityId: number): Promise<void> {
  await q.query(
    `INSERT INTO document_versions (document_id, version, content_hash, data, valid_from, replaced_by)
     SELECT d.id, d.version, d.content_hash,
            jsonb_build_object('kind', d.kind, 'language', d.language, 'title', d.title, 'date', d.date,
              'extracted', d.extracted,
              'items', coalesce((SELECT jsonb_agg(jsonb_build_object('title', i.title, 'date', i.date, 'text', i.text) ORDER BY i.position)
                                 FROM document_items i WHERE i.document_id = d.id), '[]'::jsonb)),
            d.updated_at, $2
     FROM documents d WHERE d.id = $1`,
    [id, activityId],
  );
  await q.query('DELETE FROM document_items WHERE document_id = $1', [id]);
  await q.query('DELETE FROM document_actors WHERE document_id = $1', [id]);
}

/** A document's items; a document that is not composite is one item, its whole text. */
function itemsOf(incoming: IncomingDocument): DocumentItem[] {
  const { extracted: doc, text } = incoming;
  return doc.items.length > 0 ? doc.items : [{ title: doc.title, date: doc.date, text: text.text }];
}

async function writeItems(
  q: Queryable,
  documentId: number,
  incoming: IncomingDocument,
): Promise<{ items: number; passages: number }> {
  let passages = 0;
  const doc = incoming.extracted;
  const items = itemsOf(incoming);
  for (const [position, item] of items.entries()) {
    const [row] = await q.query<{ id: number }>(
      `INSERT INTO document_items (document_id, position, title, date, text, extracted)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::integer AS id`,
      [
        documentId,
        position,
        item.title,
        item.date,
        item.text,
        JSON.stringify({ entities: item.entities ?? null, figures: item.figures ?? [] }),
      ],
    );
    const pieces = splitPassages(item.text);
    if (!row || pieces.length === 0) continue;
    await q.query(
      `INSERT INTO passages (document_id, item_id, position, start_offset, end_offset, language, text)
       SELECT $1, $2, * FROM unnest($3::int[], $4::int[], $5::int[], $6::text[], $7::text[])`,
      [
        documentId,
        row.id,
        pieces.map((p) => p.position),
        pieces.map((p) => p.start),
        pieces.map((p) => p.end),
        pieces.map(() => doc.language),
        pieces.map((p) => p.text),
      ],
    );
    passages += pieces.length;
  }
  return { items: items.length, passages };
}

/**
 * Stores a document with its items, passages and actors. The same text again changes nothing; a changed
 * text becomes a new version, the previous one kept in document_versions.
 */
export async function storeDocument(
  q: Queryable,
  incoming: IncomingDocument,
  activityId: number,
): Promise<StoredDocument> {
  const source = resolve(incoming.text.file);
  const hash = fingerprint(incoming.text);
  const [existing] = await q.query<{ id: number; content_hash: string }>(
    'SELECT id::integer AS id, content_hash FROM documents WHERE source = $1',
    [source],
  );
  if (existing?.content_hash === hash) {
    if (incoming.confidential)
      await q.query('UPDATE documents SET confidential = true WHERE id = $1', [existing.id]);
    return { id: existing.id, status: 'unchanged', items: 0, passages: 0 };
  }
  const doc = incoming.extracted;
  const values = [
    doc.kind,
    incoming.text.format,
    doc.language,
    doc.title,
    doc.date,
    hash,
    extractedJson(doc),
    Boolean(incoming.confidential),
  ];
  let id: number;
  if (existing) {
    await keepPreviousVersion(q, existing.id, activityId);
    await q.query(
      `UPDATE documents SET kind = $2, format = $3, language = $4, title = $5, date = $6, content_hash = $7, extracted = $8,
       confidential = confidential OR $9, version = version + 1, updated_at = now() WHERE id = $1`,
      [existing.id, ...values],
    );
    id = existing.id;
  } else {
    const [row] = await q.query<{ id: number }>(
      `INSERT INTO documents (source, name, kind, format, language, title, date, content_hash, extracted, confidential)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id::integer AS id`,
      [source, basename(source), ...values],
    );
    id = row?.id ?? 0;
  }
  const written = await writeItems(q, id, incoming);
  const actorIds = await resolveActors(q, incoming.actors);
  if (actorIds.length > 0) {
    await q.query(
      'INSERT INTO document_actors (document_id, actor_id) SELECT $1, unnest($2::bigint[]) ON CONFLICT DO NOTHING',
      [id, actorIds],
    );
  }
  return { id, status: existing ? 'updated' : 'added', ...written };
}
