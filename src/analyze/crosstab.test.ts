import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadDefaultCodebook } from '../domain/codebook.js';
import { packagePath } from '../domain/package-path.js';
import { importPaths } from '../ingest/import.js';
import { crossTabText } from '../report/crosstab.js';
import type { Db } from '../store/index.js';
import { storeCases } from '../test-support/stores.js';
import { countableField, crossTab } from './crosstab.js';

const codebook = loadDefaultCodebook();

for (const store of storeCases()) {
  describe(`cross-tabs (${store.name} store)`, () => {
    let db: Db;
    before(async () => {
      db = await store.open();
      await importPaths(db, [packagePath('samples', 'harvests')], { codebook });
    });
    after(() => db.close());

    it('counts a multi-select field once per value, and each outcome once in the totals', async () => {
      const tab = await crossTab(db, ['typesOfChange', 'year'], {}, codebook);
      const perType = tab.totals[0] ?? [];
      assert.ok(
        perType.reduce((n, t) => n + t.count, 0) > tab.total,
        'outcomes with several types count under each',
      );
      assert.equal(tab.total, 72);
      assert.equal(
        (tab.totals[1] ?? []).reduce((n, t) => n + t.count, 0),
        72,
      );
      const [policy] = await db.query<{ n: number }>(
        "SELECT count(*)::integer AS n FROM outcomes WHERE 'policy-change' = ANY(types_of_change)",
      );
      assert.equal(perType.find((t) => t.value === 'policy-change')?.count, policy?.n);
    });

    it('orders ratings as the codebook does, and shows row percentages', async () => {
      const tab = await crossTab(db, ['ratingSignificance', 'ratingContribution'], {}, codebook);
      assert.deepEqual((tab.totals[0] ?? []).map((t) => t.value).slice(0, 3), ['low', 'medium', 'high']);
      assert.deepEqual((tab.totals[1] ?? []).map((t) => t.value).slice(0, 3), [
        'limited',
        'partial',
        'great',
      ]);
      const text = crossTabText(tab, 'row');
      for (const line of text.split('\n').filter((l) => /^(low|medium|high) /.test(l)))
        assert.match(line, /\(100\.0%\)$/);
    });

    it('filters before counting', async () => {
      const tab = await crossTab(db, ['country'], { country: ['Syria', 'XK'] }, codebook);
      assert.deepEqual(tab.rows.map((r) => r.values[0]).sort(), ['SY', 'XK']);
      assert.equal(tab.total, 12);
    });

    it('understands field names as people type them', () => {
      assert.equal(countableField('type'), 'typesOfChange');
      assert.equal(countableField('Social actor'), 'socialActor');
      assert.equal(countableField('coutnry'), 'country');
      assert.throws(() => countableField('description'), /cannot count by "description"/);
    });
  });
}
