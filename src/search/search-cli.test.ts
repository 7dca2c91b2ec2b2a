import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Db } from '../store/index.js';
import { runCli } from '../test-support/cli.js';
import { storeCases, tempDir } from '../test-support/stores.js';

const HARVEST = [
  {
    id: 'C-1',
    country: 'Syria',
    year: 2023,
    description: "In 2023, women's coalitions in Idlib joined the water committee.",
    typesOfChange: ['participation'],
  },
  {
    id: 'C-2',
    country: 'Iraq',
    year: 2022,
    description: 'In 2022, the council of Mosul published its budget for the first time.',
    typesOfChange: ['policy-change'],
  },
];

for (const store of storeCases()) {
  describe(`tessera search (${store.name} store)`, () => {
    let db: Db;
    let env: Record<string, string>;
    const cli = (...args: string[]) => runCli(['search', ...args], env);

    before(async () => {
      db = await store.open();
      env = store.cliEnv(db);
      await db.close();
      const file = join(tempDir(), 'harvest.jsonl');
      writeFileSync(file, HARVEST.map((o) => JSON.stringify(o)).join('\n'));
      const imported = await runCli(['import', file, '--quiet'], env);
      assert.equal(imported.status, 0, imported.stderr);
    });

    it('prints the contract JSON: total, hits and facets', async () => {
      const { status, stdout } = await cli('coalition', '--country', 'Syria', '--year', '2023', '--json');
      assert.equal(status, 0);
      const result = JSON.parse(stdout);
      assert.equal(result.total, 1);
      assert.deepEqual(Object.keys(result.hits[0]).slice(0, 5), ['id', 'kind', 'title', 'snippet', 'score']);
      assert.equal(result.hits[0].id, 'C-1');
      assert.match(result.hits[0].snippet, /\*\*coalitions\*\*/);
      assert.deepEqual(result.facets.country, { SY: 1 });
      assert.deepEqual(result.facets.typesOfChange, { participation: 1 });
    });

    it('filters by type label and kind, and on any facet with --filter', async () => {
      const byType = JSON.parse(
        (await cli('council OR coalition', '--type', 'Policy change', '--json')).stdout,
      );
      assert.deepEqual(
        byType.hits.map((h: { id: string }) => h.id),
        ['C-2'],
      );
      const byFilter = JSON.parse(
        (await cli('council OR coalition', '--filter', 'country=Iraq', '--kind', 'outcome', '--json')).stdout,
      );
      assert.equal(byFilter.total, 1);
    });

    it('prints readable text with the matches marked', async () => {
      const { status, stdout } = await cli('water');
      assert.equal(status, 0);
      assert.match(stdout, /1 match\n/);
      assert.match(stdout, /\*\*water\*\*/);
    });

    it('says what is wrong with bad input, without a stack trace', async () => {
      const unknown = await cli('water', '--filter', 'colour=blue');
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /unknown facet "colour"; choose from kind, country/);
      const facets = await cli('water', '--facets', 'country,flavour');
      assert.equal(facets.status, 2);
      assert.match(facets.stderr, /unknown facet "flavour"/);
      const limit = await cli('water', '--limit', 'ten');
      assert.equal(limit.status, 2);
      assert.match(limit.stderr, /--limit ten: expected a whole number/);
      const empty = await cli('');
      assert.equal(empty.status, 2);
      assert.match(empty.stderr, /give a query/);
      for (const r of [unknown, facets, limit, empty]) assert.doesNotMatch(r.stderr, /\n\s+at /);
    });

    it('answers stop words, open quotes, query syntax and a 10,000-character query', async () => {
      const stop = JSON.parse((await cli('the and of', '--json')).stdout);
      assert.equal(stop.total, 0);
      assert.match(stop.notices.join(' '), /nothing to search for/);
      for (const q of [
        '"water committee',
        "water' & !council | :* <-> ; DROP TABLE outcomes",
        'x'.repeat(10_000),
      ]) {
        const r = await cli(q, '--json');
        assert.equal(r.status, 0, r.stderr);
        assert.ok(Array.isArray(JSON.parse(r.stdout).hits));
      }
      const like = await cli('--like', 'C-1', '--json');
      assert.equal(like.status, 0, like.stderr);
      const missing = await cli('--like', 'NOPE');
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /no outcome "NOPE"/);
    });
  });
}
