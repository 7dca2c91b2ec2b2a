import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/index.js';
import { runCli } from '../test-support/cli.js';
import { storeCases, tempDir } from '../test-support/stores.js';

const formats = fileURLToPath(new URL('../../../shared/formats/', import.meta.url));
const csv = join(formats, 'outcomes.csv');

/** No output of the CLI shows a stack trace unless asked with --debug. */
function assertNoStack(text: string): void {
  assert.doesNotMatch(text, /^\s+at /m);
}

describe('the tessera command', () => {
  it('has help with examples for every command', async () => {
    for (const command of [
      'import',
      'outcomes',
      'stats',
      'extract',
      'demo',
      'activity',
      'history',
      'actors',
    ]) {
      const { status, stdout } = await runCli([command, '--help']);
      assert.equal(status, 0, command);
      assert.match(stdout, /Examples?:\n\s+tessera /, command);
    }
  });

  it('rejects a broken CSV with one clear line naming the line, and exit status 1', async () => {
    const dir = tempDir();
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'id,description\nX1,"unterminated\n');
    const { status, stdout, stderr } = await runCli(['import', broken, '--data', join(dir, 'store')]);
    assert.equal(status, 1);
    assert.match(stdout, /broken\.csv, line 2: a quoted cell is never closed/);
    assertNoStack(stdout + stderr);
  });

  it('says which file is missing, and which usage is wrong, with status 1 and 2', async () => {
    const dir = tempDir();
    const missing = await runCli(['import', join(dir, 'nowhere.csv'), '--data', join(dir, 'store')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^tessera: .*nowhere\.csv: no such file or folder\n$/);
    const usage = await runCli(['stats', '--by', 'colour', '--data', join(dir, 'store')]);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /cannot count by "colour"; choose from country, year/);
    assertNoStack(missing.stderr + usage.stderr);
  });

  it('extracts an outcome record file as JSON without touching a store', async () => {
    const { status, stdout } = await runCli(['extract', join(formats, 'outcome-01-syria-2022.md'), '--json']);
    assert.equal(status, 0);
    const [doc] = JSON.parse(stdout);
    assert.equal(doc.kind, 'outcome-records');
    assert.equal(doc.language, 'en');
    assert.deepEqual(doc.entities.countries, ['SY']);
    assert.equal(doc.outcomes[0].confidential, true);
    assert.deepEqual(doc.outcomes[0].typesOfChange, ['dialogue', 'participation']);
    assert.match(doc.outcomes[0].description, /<person>/);
  });

  it('makes a demo store from the shipped sample harvest, and refuses a folder in use', async () => {
    const dir = join(tempDir(), 'demo');
    const { status, stdout } = await runCli(['demo', '--data', dir]);
    assert.equal(status, 0);
    assert.match(stdout, /Loaded 72 outcomes from 3 sample harvest files, and \d+ partner documents/);
    assert.match(stdout, /^Total +12 +15 +21 +16 +8 +72$/m);
    const again = await runCli(['demo', '--data', dir]);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /is not empty; the demo makes a fresh store/);
  });

  it('refuses to open an embedded store that another process has open', async () => {
    const dir = join(tempDir(), 'store');
    const db = await openStore({ dataDir: dir });
    try {
      const { status, stderr } = await runCli(['outcomes', '--data', dir]);
      assert.equal(status, 1);
      assert.match(stderr, /this store is open in another process \(process \d+/);
    } finally {
      await db.close();
    }
    const { status } = await runCli(['outcomes', '--data', dir]);
    assert.equal(status, 0);
  });

  it('leaves the store as it was when an import is killed midway', async () => {
    const dir = tempDir();
    const store = join(dir, 'store');
    await runCli(['import', csv, '--skip-invalid', '--data', store]);
    const big = join(dir, 'big.csv');
    const rows = Array.from(
      { length: 60_000 },
      (_, i) =>
        `K-${i},Yemen,2024,"Row ${i}: the water committee of a district agreed to publish its repair schedule, for the ${i}th time.",Practice change`,
    );
    writeFileSync(big, `FragmentID,Country,Year,Outcome description,MCQType of change\n${rows.join('\n')}\n`);

    const wal = join(store, 'pg', 'pg_wal');
    const walBytes = () => readdirSync(wal).reduce((n, f) => n + statSync(join(wal, f)).size, 0);
    const walBefore = walBytes();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('./bin.ts', import.meta.url)),
        'import',
        big,
        '--data',
        store,
      ],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Kill it once the database is writing the rows (its write-ahead log has grown), before it commits.
    const timer = setInterval(() => {
      if (walBytes() > walBefore + 4 * 2 ** 20) child.kill('SIGKILL');
    }, 20);
    const signal = await exited;
    clearInterval(timer);
    assert.equal(signal, 'SIGKILL', 'the import finished before it could be killed');

    const after = await runCli(['stats', '--by', 'country', '--json', '--data', store]);
    assert.equal(after.status, 0, after.stderr);
    assert.equal(JSON.parse(after.stdout).total, 29);
  });
});

for (const store of storeCases()) {
  describe(`counting and exporting from the command line (${store.name} store)`, () => {
    it('prints a cross-tab with totals as text, JSON and CSV', async () => {
      const db = await store.open();
      const env = store.cliEnv(db);
      await db.close();
      const imported = await runCli(['import', formats, '--skip-invalid', '--json'], env);
      assert.equal(imported.status, 1, imported.stderr);
      assert.equal(JSON.parse(imported.stdout).outcomes, 37);

      const json = JSON.parse((await runCli(['stats', '--by', 'country,year', '--json'], env)).stdout);
      assert.equal(json.total, 37);
      assert.deepEqual(json.totals.year, { 2021: 6, 2022: 11, 2023: 10, 2024: 7, 2025: 3 });
      assert.equal(json.totals.country.Syria, 3);
      assert.deepEqual(
        json.rows.find((r: { country: string; year: number }) => r.country === 'Syria' && r.year === 2022),
        { country: 'Syria', year: 2022, count: 1 },
      );

      const text = (await runCli(['stats', '--by', 'country,year'], env)).stdout;
      assert.match(text, /^Country \\ Year +2021 +2022 +2023 +2024 +2025 +Total$/m);
      assert.match(text, /^Total +6 +11 +10 +7 +3 +37$/m);

      const table = (await runCli(['stats', '--by', 'type', '--format', 'csv', '--country', 'Syria,IQ'], env))
        .stdout;
      assert.match(table, /^Types of change,Outcomes,Share\r\n/);
      assert.match(table, /\r\nTotal,6,100\.0%\r\n$/);

      const exported = await runCli(
        ['outcomes', '--format', 'jsonl', '--year', '2024', '--type', 'Policy change'],
        env,
      );
      const lines = exported.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.equal(lines.length, 2);
      for (const o of lines) {
        assert.equal(o.year, 2024);
        assert.ok(o.typesOfChange.includes('policy-change'));
      }
    });
  });
}
