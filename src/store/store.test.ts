import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { packagePath } from '../domain/package-path.js';
import { storeCases, tempDir } from '../test-support/stores.js';
import { openStore } from './index.js';

/** How often a 10 ms timer fires while the store computes: zero means the event loop was frozen. */
async function ticksDuring(work: Promise<unknown>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  await work;
  clearInterval(timer);
  return ticks;
}

const HEAVY = 'SELECT count(*) FROM generate_series(1, 4000000) AS s(n) WHERE n % 7 = 3';

describe('the embedded store', () => {
  it('keeps the event loop free during long work when it runs on a thread', async () => {
    const threaded = await openStore({ dataDir: join(tempDir(), 'store'), thread: true });
    const onThread = await ticksDuring(threaded.query(HEAVY));
    await threaded.close();
    const inline = await openStore({ dataDir: join(tempDir(), 'store') });
    const inProcess = await ticksDuring(inline.query(HEAVY));
    await inline.close();
    assert.ok(onThread >= 20, `the timer fired ${onThread} times on a thread`);
    assert.ok(inProcess <= 2, `the timer fired ${inProcess} times in process`);
  });

  it('commits or rolls back transactions on the thread like in process', async () => {
    const db = await openStore({ dataDir: join(tempDir(), 'store'), thread: true });
    try {
      await db.transaction((tx) => tx.query("INSERT INTO activity (actor, action) VALUES ('t', 'kept')"));
      await assert.rejects(
        db.transaction(async (tx) => {
          await tx.query("INSERT INTO activity (actor, action) VALUES ('t', 'lost')");
          await tx.query('SELECT * FROM no_such_table');
        }),
        /no_such_table/,
      );
      const rows = await db.query<{ action: string }>('SELECT action FROM activity');
      assert.deepEqual(
        rows.map((r) => r.action),
        ['kept'],
      );
    } finally {
      await db.close();
    }
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = join(tempDir(), 'store');
    (await openStore({ dataDir: dir })).close();
    writeFileSync(
      join(dir, 'tessera.lock'),
      JSON.stringify({ pid: 2 ** 22 + 17, host: (await import('node:os')).hostname() }),
    );
    const db = await openStore({ dataDir: dir });
    await db.close();
  });
});

for (const store of storeCases()) {
  describe(`migrations (${store.name} store)`, () => {
    it('applies each migration once, and refuses a store written by a newer Tessera', async () => {
      const db = await store.open();
      try {
        const applied = await db.query<{ version: number }>(
          'SELECT version FROM schema_migrations ORDER BY version',
        );
        const files = readdirSync(packagePath('src', 'store', 'migrations')).filter((f) =>
          f.endsWith('.sql'),
        );
        assert.deepEqual(
          applied.map((r) => r.version),
          files.map((f) => Number.parseInt(f, 10)).sort((a, b) => a - b),
        );
        await db.query("INSERT INTO schema_migrations (version, name) VALUES (999, '999-future.sql')");
        const { migrate } = await import('./migrate.js');
        await assert.rejects(migrate(db), /written by a newer Tessera \(schema 999, this one knows \d+\)/);
      } finally {
        await db.close();
      }
    });
  });
}
