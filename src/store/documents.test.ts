import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DocumentText, type ExtractedDocument, emptyEntities } from '../domain/document.js';
import { storeCases } from '../test-support/stores.js';
import { findActors, resolveActors } from './actors.js';
import type { Db } from './db.js';
import { type IncomingDocument, storeDocument } from './documents.js';
import { recordActivity } from './index.js';

function news(text: string): IncomingDocument {
  const read: DocumentText = {
    file: 'partners/news-forum.txt',
    format: 'txt',
    text,
    declaredTitle: null,
    notes: [],
  };
  const items = text
    .split('\n\n')
    .map((t, i) => ({ title: `Item ${i + 1}`, date: `2024-0${i + 1}-10`, text: t }));
  const extracted: ExtractedDocument = {
    file: read.file,
    kind: 'news',
    language: 'en',
    title: 'Forum news',
    date: '2024-01-10',
    items,
    entities: { ...emptyEntities(), organizations: ["Women's Peace Network"] },
    frameworks: [],
    sections: [],
    recommendations: [],
    figures: [{ value: 46, unit: 'complaints', label: '46 complaints' }],
    details: {},
  };
  return {
    text: read,
    extracted,
    actors: [
      {
        kind: 'organization',
        name: "Women's Peace Network",
        aliases: [
          { kind: 'acronym', value: 'WPN' },
          { kind: 'handle', value: '@wpn_forum' },
        ],
      },
    ],
  };
}

for (const store of storeCases()) {
  describe(`documents in the store (${store.name} store)`, () => {
    let db: Db;
    before(async () => {
      db = await store.open();
    });
    after(() => db.close());

    const activity = () =>
      recordActivity(db, {
        action: 'import',
        file: 'news-forum.txt',
        added: 0,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        details: {},
      });

    it('stores items and passages, keeps versions, and changes nothing for the same text', async () => {
      const first = await storeDocument(
        db,
        news('The council met the forum.\n\nThe forum registered 46 complaints.'),
        await activity(),
      );
      assert.deepEqual([first.status, first.items, first.passages], ['added', 2, 2]);
      const same = await storeDocument(
        db,
        news('The council met the forum.\n\nThe forum registered 46 complaints.'),
        await activity(),
      );
      assert.equal(same.status, 'unchanged');

      const changed = await storeDocument(
        db,
        news('The council met the forum twice.\n\nThe forum registered 46 complaints.\n\nA third item.'),
        await activity(),
      );
      assert.deepEqual([changed.status, changed.id, changed.items], ['updated', first.id, 3]);
      const [doc] = await db.query<{ version: number; title: string }>(
        'SELECT version, title FROM documents WHERE id = $1',
        [first.id],
      );
      assert.equal(doc?.version, 2);
      const [old] = await db.query<{ version: number; data: { items: { text: string }[] } }>(
        'SELECT version, data FROM document_versions WHERE document_id = $1',
        [first.id],
      );
      assert.equal(old?.version, 1);
      assert.equal(old?.data.items[0]?.text, 'The council met the forum.');
      const passages = await db.query<{ text: string; start_offset: number }>(
        'SELECT text, start_offset FROM passages WHERE document_id = $1 ORDER BY item_id, position',
        [first.id],
      );
      assert.deepEqual(
        passages.map((p) => p.text),
        ['The council met the forum twice.', 'The forum registered 46 complaints.', 'A third item.'],
      );
    });

    it('knows an organisation by its name, acronym, handle or e-mail domain as one actor', async () => {
      const [byName] = await resolveActors(db, [
        { kind: 'organization', name: 'The Women’s Peace Network', aliases: [] },
      ]);
      const [byHandle] = await resolveActors(db, [
        {
          kind: 'organization',
          name: 'wpn_forum',
          aliases: [
            { kind: 'handle', value: 'WPN_Forum' },
            { kind: 'domain', value: 'wpn.example.org' },
          ],
        },
      ]);
      const [byDomain] = await resolveActors(db, [
        {
          kind: 'organization',
          name: 'info@wpn',
          aliases: [{ kind: 'domain', value: 'www.wpn.example.org' }],
        },
      ]);
      assert.ok(byName);
      assert.equal(byHandle, byName);
      assert.equal(byDomain, byName);

      const [view] = await findActors(db, 'WPN');
      assert.equal(view?.name, "Women's Peace Network");
      assert.deepEqual(
        view?.documents.map((d) => d.name),
        ['news-forum.txt'],
      );
      assert.ok(view?.aliases.some((a) => a.kind === 'domain' && a.value === 'wpn.example.org'));
    });
  });
}
