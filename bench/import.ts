/**
 * Import benchmark: `npm run bench:import -- [--rows N] [--breakdown] [--keep]`.
 *
 * Writes N synthetic harvest rows (default 100,000) as one CSV file, then measures, each in a fresh child
 * process (so that peak RSS is per run and one run's heap cannot slow the next):
 *   - Tessera: `importPaths` into a fresh embedded store (PGlite), and into PostgreSQL when DATABASE_URL is set
 *     (a fresh schema, dropped afterwards); timed from the start of reading the file to the commit.
 *   - the reference: the same file parsed with csv-parse and loaded by the raw driver into a plain table with the
 *     columns of `outcomes` (no indexes), 500-row INSERTs in one transaction; timed the same way.
 * `--breakdown` also times the stages of an import one by one (reading, parsing, header mapping, values, hashing,
 * database writes) to show where the time goes. `--keep` keeps the temp folder (CSV file and stores).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { loadDefaultCodebook } from '../src/domain/codebook.js';
import { packagePath } from '../src/domain/package-path.js';
import { readCsvGrid } from '../src/ingest/csv.js';
import { decodeText } from '../src/ingest/decode.js';
import { countFieldHeaders, mapHeaders } from '../src/ingest/headers.js';
import { importPaths } from '../src/ingest/import.js';
import { tableFromGrid } from '../src/ingest/table.js';
import { readOutcome } from '../src/ingest/values.js';
import {
  type Db,
  type IncomingOutcome,
  openStore,
  outcomeHash,
  recordActivity,
  storedHashes,
  writeOutcomes,
} from '../src/store/index.js';
import { dropSchema, freshSchema } from '../src/test-support/stores.js';
import { fmt, printTable, runChild } from './child.js';
import { HEADERS, writeSyntheticCsv } from './synthetic.js';

type StoreKind = 'embedded' | 'postgres';
type Job = 'tessera' | 'reference' | 'breakdown';

/** What a child process reports back. */
interface Measure {
  job: Job;
  store: StoreKind;
  rows: number;
  seconds: number;
  /**
   * CPU time of this process (user + system) in the same span. For the embedded store, where the database runs
   * inside the process, it hardly changes when other programs load the machine, unlike `seconds`.
   */
  cpuSeconds: number;
  /** CPU time of the PostgreSQL server's processes in the same span, when the server runs on this machine. */
  serverCpuSeconds?: number;
  /** Opening the store and creating its tables, not part of `seconds`. */
  setupSeconds: number;
  /** Highest resident set size of the child process, in bytes. */
  maxRss: number;
  /** Resident set size once the store is open, before the timed part, in bytes. */
  setupRss: number;
  /** Named parts of the run. */
  stages: Stage[];
}

interface Stage {
  name: string;
  seconds: number;
  cpuSeconds: number;
}

const MiB = 2 ** 20;

/** A stopwatch of wall-clock and CPU time. */
function stopwatch(): () => { seconds: number; cpuSeconds: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return () => {
    const cpu = process.cpuUsage(c0);
    return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  };
}

const REFERENCE_ROWS_PER_STATEMENT = 500;

// ---------------------------------------------------------------------------------------------------------------
// Stores

const CLOCK_TICKS = 100;

/** The fields of /proc/<pid>/stat after the command name: [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime. */
function procStat(pid: number | string): string[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * A meter of the CPU seconds a PostgreSQL server on this machine has used: its postmaster and the postmaster's
 * children (backends, WAL writer, checkpointer), including children that have exited. Undefined when the
 * server is elsewhere or /proc does not show it.
 */
async function serverCpuMeter(url: string): Promise<(() => number) | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const [row] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
  const postmaster = row ? procStat(row.pid)?.[1] : undefined; // while the backend runs
  await client.end();
  const comm = (pid: string) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    } catch {
      return '';
    }
  };
  if (!postmaster || !comm(postmaster).startsWith('postgres')) return undefined;
  const ticks = (stat: string[] | undefined, children: boolean) =>
    stat ? [11, 12, ...(children ? [13, 14] : [])].reduce((n, i) => n + Number(stat[i] ?? 0), 0) : 0;
  return () => {
    let total = ticks(procStat(postmaster), true);
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const stat = procStat(pid);
      if (stat?.[1] === postmaster) total += ticks(stat, false);
    }
    return total / CLOCK_TICKS;
  };
}

/** Measures the server's CPU time from now, or gives undefined when it cannot. */
async function serverCpuFrom(store: StoreKind): Promise<() => number | undefined> {
  const meter = store === 'postgres' ? await serverCpuMeter(process.env.DATABASE_URL as string) : undefined;
  const start = meter?.();
  return () => (meter && start !== undefined ? meter() - start : undefined);
}

/** A fresh Tessera store of the kind, opened (and migrated) by openStore, and how to dispose of it. */
async function openTesseraStore(
  store: StoreKind,
  dir: string,
): Promise<{ db: Db; dispose: () => Promise<void> }> {
  if (store === 'embedded') {
    const db = await openStore({ dataDir: join(dir, 'tessera-embedded') });
    return { db, dispose: () => db.close() };
  }
  const url = process.env.DATABASE_URL as string;
  const { schema, scopedUrl } = await freshSchema(url, 'bench_tessera');
  const db = await openStore({ databaseUrl: scopedUrl });
  return {
    db,
    dispose: async () => {
      await db.close();
      if (!process.argv.includes('--keep')) await dropSchema(url, schema);
    },
  };
}

/** The raw driver: PGlite's or pg's `query`, nothing of Tessera's store layer. */
interface RawDb {
  query(sql: string, params?: unknown[]): Promise<unknown[]>;
  exec(sql: string): Promise<void>;
  dispose(): Promise<void>;
}

async function openRawStore(store: StoreKind, dir: string): Promise<RawDb> {
  if (store === 'embedded') {
    const db = await PGlite.create({ dataDir: join(dir, 'reference-embedded') });
    return {
      query: async (sql, params) => (await db.query(sql, params)).rows,
      exec: async (sql) => {
        await db.exec(sql);
      },
      dispose: () => db.close(),
    };
  }
  const url = process.env.DATABASE_URL as string;
  const { schema, scopedUrl } = await freshSchema(url, 'bench_reference');
  const client = new pg.Client({ connectionString: scopedUrl });
  await client.connect();
  return {
    query: async (sql, params) => (await client.query(sql, params)).rows,
    exec: async (sql) => {
      await client.query(sql);
    },
    dispose: async () => {
      await client.end();
      if (!process.argv.includes('--keep')) await dropSchema(url, schema);
    },
  };
}

/**
 * Tessera's schema, from its migration files in order (so that `outcomes` is what Tessera creates), and beside it
 * a plain table with the columns of `outcomes`: no key and no index unless asked for.
 */
async function createReferenceTable(db: RawDb, withIndexes = false): Promise<void> {
  const dir = packagePath('src', 'store', 'migrations');
  for (const name of readdirSync(dir)
    .filter((f) => /^\d+-.+\.sql$/.test(f))
    .sort()) {
    await db.exec(readFileSync(join(dir, name), 'utf8'));
  }
  await db.exec(
    `CREATE TABLE reference_outcomes (LIKE outcomes INCLUDING DEFAULTS${withIndexes ? ' INCLUDING INDEXES' : ''})`,
  );
}

async function countRows(query: (sql: string) => Promise<unknown[]>, table: string): Promise<number> {
  const [row] = (await query(`SELECT count(*)::integer AS n FROM ${table}`)) as { n: number }[];
  return row?.n ?? 0;
}

// ---------------------------------------------------------------------------------------------------------------
// The reference load

/** The columns Tessera writes, in its order; the reference fills them from the CSV by position. */
const REFERENCE_COLUMNS = [
  'id',
  'status',
  'harvest',
  'country',
  'year',
  'description',
  'significance',
  'additional_info',
  'rating_significance',
  'social_actor',
  'scale',
  'contribution_programme',
  'contribution_others',
  'rating_contribution',
  'unintended',
  'evidence',
  'confidential',
  'results_framework',
  'objectives',
  'story_fragment',
  'negative',
  'types_of_change',
  'cluster',
  'extra',
  'country_code',
  'content_hash',
  'source_file',
  'source_line',
];

const col = (header: (typeof HEADERS)[number]) => HEADERS.indexOf(header);

/**
 * One CSV record as the reference's column values: only what the column types need (a year as a number, yes/no
 * as booleans, the types of change as an array, the extra column as JSON); labels stay as written.
 */
function referenceValues(record: string[], file: string, line: number): unknown[] {
  const text = (header: (typeof HEADERS)[number]) => record[col(header)] || null;
  const yes = (header: (typeof HEADERS)[number]) => /^y/i.test(record[col(header)] ?? '');
  const year = /\d{4}/.exec(record[col('Year')] ?? '');
  return [
    text('FragmentID'),
    text('Outcome status'),
    text('OH-harvesting period'),
    text('coutnry'),
    year ? Number(year[0]) : null,
    text('Outcome description'),
    text('Significance of the outcome'),
    text('Additional information (use if needed) '),
    text('Rating significance'),
    text('Social actor'),
    text('Scale'),
    text('Contribution of the programme'),
    text('Contribution of other actors and factors'),
    text('Rating contribution'),
    yes('The change was unintended'),
    text('Evidence supporting the outcome statement'),
    yes('Outcome statements is CONFIDENTIAL'),
    text('Link to Outcomes in Results Framework '),
    text('Link to SCC Specific Objectives'),
    null,
    yes('Outcome is negative'),
    (record[col('MCQType of change')] ?? '').split(', '),
    text('TypeOfChangeCluster'),
    JSON.stringify({ Partner: record[col('Partner')] ?? '' }),
    null,
    '',
    file,
    line,
  ];
}

function placeholders(rows: number, width: number): string {
  return Array.from(
    { length: rows },
    (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`,
  ).join(',\n');
}

/** Reads, parses and inserts the file; returns the time of parsing and of inserting. */
async function referenceLoad(db: RawDb, file: string): Promise<Stage[]> {
  const parsing = stopwatch();
  const records = parse(await readFile(file, 'utf8'), { bom: true, from_line: 2 }) as string[][];
  const parsed = parsing();
  const inserting = stopwatch();
  const width = REFERENCE_COLUMNS.length;
  const insert = (rows: number) =>
    `INSERT INTO reference_outcomes (${REFERENCE_COLUMNS.join(', ')}) VALUES ${placeholders(rows, width)}`;
  const fullStatement = insert(REFERENCE_ROWS_PER_STATEMENT);
  await db.query('BEGIN');
  for (let i = 0; i < records.length; i += REFERENCE_ROWS_PER_STATEMENT) {
    const chunk = records.slice(i, i + REFERENCE_ROWS_PER_STATEMENT);
    const sql = chunk.length === REFERENCE_ROWS_PER_STATEMENT ? fullStatement : insert(chunk.length);
    await db.query(
      sql,
      chunk.flatMap((record, j) => referenceValues(record, file, i + j + 2)),
    );
  }
  await db.query('COMMIT');
  return [
    { name: 'read + csv-parse', ...parsed },
    { name: 'INSERT + COMMIT', ...inserting() },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Child jobs

async function runTessera(store: StoreKind, file: string, dir: string, rows: number): Promise<Measure> {
  const codebook = loadDefaultCodebook();
  const s0 = performance.now();
  const { db, dispose } = await openTesseraStore(store, dir);
  const setupSeconds = (performance.now() - s0) / 1000;
  const setupRss = process.memoryUsage.rss();
  try {
    const server = await serverCpuFrom(store);
    const watch = stopwatch();
    const report = await importPaths(db, [file], { codebook });
    const { seconds, cpuSeconds } = watch();
    const serverCpuSeconds = server();
    if (report.added !== rows || report.rejected.length > 0) {
      throw new Error(
        `expected ${rows} added and none rejected, got ${report.added} added, ${report.rejected.length} rejected: ${JSON.stringify(report.rejected.slice(0, 3))}`,
      );
    }
    const stored = await countRows((sql) => db.query(sql), 'outcomes');
    if (stored !== rows) throw new Error(`expected ${rows} stored outcomes, found ${stored}`);
    return {
      job: 'tessera',
      store,
      rows,
      seconds,
      cpuSeconds,
      serverCpuSeconds,
      setupSeconds,
      maxRss: 0,
      setupRss,
      stages: [],
    };
  } finally {
    await dispose();
  }
}

async function runReference(
  store: StoreKind,
  file: string,
  dir: string,
  rows: number,
  withIndexes = false,
): Promise<Measure> {
  const s0 = performance.now();
  const db = await openRawStore(store, dir);
  try {
    await createReferenceTable(db, withIndexes);
    const setupSeconds = (performance.now() - s0) / 1000;
    const setupRss = process.memoryUsage.rss();
    const server = await serverCpuFrom(store);
    const watch = stopwatch();
    const stages = await referenceLoad(db, file);
    const { seconds, cpuSeconds } = watch();
    const serverCpuSeconds = server();
    const stored = await countRows((sql) => db.query(sql), 'reference_outcomes');
    if (stored !== rows) throw new Error(`expected ${rows} reference rows, found ${stored}`);
    return {
      job: 'reference',
      store,
      rows,
      seconds,
      cpuSeconds,
      serverCpuSeconds,
      setupSeconds,
      maxRss: 0,
      setupRss,
      stages,
    };
  } finally {
    await db.dispose();
  }
}

/**
 * The stages of `importPaths` run one by one with the same functions it calls (readOutcomeFile's steps, then
 * storeFile's), each timed. Their sum is close to an import's time; the split shows where that time goes.
 */
async function runBreakdown(store: StoreKind, file: string, dir: string, rows: number): Promise<Measure> {
  const codebook = loadDefaultCodebook();
  const stages: Stage[] = [];
  let watch = stopwatch();
  const stage = (name: string) => {
    stages.push({ name, ...watch() });
    watch = stopwatch();
  };
  const { db, dispose } = await openTesseraStore(store, dir);
  const setupRss = process.memoryUsage.rss();
  try {
    const total = stopwatch();
    watch = stopwatch();
    const { text } = decodeText(await readFile(file));
    stage('read + decode (readFile, decodeText)');
    const grid = readCsvGrid(text);
    stage('CSV parse (readCsvGrid)');
    const table = tableFromGrid(file, 'line', grid, countFieldHeaders);
    stage('table (tableFromGrid)');
    const headers = mapHeaders(table.columns);
    stage('header mapping (mapHeaders)');
    const outcomes = table.records.map((r) => ({
      line: r.line,
      outcome: readOutcome(r.cells, headers, codebook).outcome,
    }));
    stage('values (readOutcome per record)');
    const incoming: IncomingOutcome[] = outcomes.map(({ line, outcome }) => {
      if (!outcome) throw new Error(`line ${line} was not read`);
      return { outcome, hash: outcomeHash(outcome), file, line };
    });
    stage('hashing (outcomeHash)');
    await db.transaction(async (tx) => {
      watch = stopwatch();
      await storedHashes(
        tx,
        incoming.map((a) => a.outcome.id),
      );
      stage('db: storedHashes');
      const activityId = await recordActivity(tx, {
        action: 'import',
        file,
        added: rows,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        details: {},
      });
      await writeOutcomes(tx, incoming, false, activityId);
      stage('db: writeOutcomes');
    });
    stage('db: COMMIT');
    return { job: 'breakdown', store, rows, ...total(), setupSeconds: 0, maxRss: 0, setupRss, stages };
  } finally {
    await dispose();
  }
}

async function child(
  job: Job,
  store: StoreKind,
  file: string,
  dir: string,
  rows: number,
  indexes: boolean,
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  let measure: Measure;
  if (job === 'tessera') measure = await runTessera(store, file, dir, rows);
  else if (job === 'reference') measure = await runReference(store, file, dir, rows, indexes);
  else measure = await runBreakdown(store, file, dir, rows);
  measure.maxRss = process.resourceUsage().maxRSS * 1024;
  process.send?.(measure);
}

// ---------------------------------------------------------------------------------------------------------------
// The parent: generate, run the children, print

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      breakdown: { type: 'boolean', default: false },
      'reference-indexes': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      child: { type: 'string' },
      store: { type: 'string' },
      file: { type: 'string' },
      dir: { type: 'string' },
    },
  });
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1)
    throw new Error(`--rows takes a positive whole number, not ${values.rows}`);

  if (values.child) {
    await child(
      values.child as Job,
      values.store as StoreKind,
      values.file as string,
      values.dir as string,
      rows,
      values['reference-indexes'],
    );
    return;
  }

  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-'));
  try {
    const file = join(dir, 'harvest-synthetic.csv');
    const g0 = performance.now();
    const bytes = await writeSyntheticCsv(file, rows, loadDefaultCodebook());
    console.log(
      `CSV: ${fmt(rows)} rows, ${fmt(bytes / MiB, 1)} MiB (${fmt(bytes / rows)} bytes a row), written in ${fmt((performance.now() - g0) / 1000, 1)} s: ${file}`,
    );
    console.log(
      `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`,
    );

    const stores: StoreKind[] = process.env.DATABASE_URL ? ['embedded', 'postgres'] : ['embedded'];
    if (!process.env.DATABASE_URL) console.log('DATABASE_URL is not set: embedded store only.');
    const summary: string[][] = [];
    /** CPU time of the run: this process, plus the server's when it was measured. */
    const cpu = (m: Measure) => m.cpuSeconds + (m.serverCpuSeconds ?? 0);
    const time = (m: Measure) =>
      m.serverCpuSeconds === undefined
        ? `${fmt(m.seconds, 1)} s (CPU ${fmt(m.cpuSeconds, 1)} s)`
        : `${fmt(m.seconds, 1)} s (CPU ${fmt(cpu(m), 1)} s: ${fmt(m.cpuSeconds, 1)} s here, ${fmt(m.serverCpuSeconds, 1)} s in the server)`;
    const memory = (m: Measure) =>
      `peak RSS ${fmt(m.maxRss / MiB)} MiB (${fmt(m.setupRss / MiB)} MiB with the store open)`;
    for (const store of stores) {
      const args = (job: Job, extra: string[] = []) => [
        job,
        '--store',
        store,
        '--file',
        file,
        '--dir',
        join(dir, `${store}-${job}${extra.length ? '-indexed' : ''}`),
        '--rows',
        String(rows),
        ...extra,
        ...(values.keep ? ['--keep'] : []),
      ];
      const tessera = await runChild<Measure>(import.meta.url, args('tessera'));
      console.log(
        `${store} Tessera:   ${time(tessera)}, ${fmt(rows / tessera.seconds)} rows/s, ${memory(tessera)}; opening the store took ${fmt(tessera.setupSeconds, 1)} s, not counted`,
      );
      const reference = await runChild<Measure>(import.meta.url, args('reference'));
      console.log(
        `${store} reference: ${time(reference)}, ${fmt(rows / reference.seconds)} rows/s, ${memory(reference)}; ${reference.stages.map((st) => `${st.name} ${fmt(st.seconds, 1)} s`).join(', ')}`,
      );
      const ratio = reference.seconds / tessera.seconds;
      const cpuRatio = cpu(reference) / cpu(tessera);
      console.log(`${store} ratio Tessera/reference: ${fmt(ratio, 2)} (by CPU time: ${fmt(cpuRatio, 2)})`);
      summary.push([
        store,
        fmt(rows),
        fmt(tessera.seconds, 1),
        fmt(rows / tessera.seconds),
        fmt(rows / reference.seconds),
        fmt(ratio, 2),
        fmt(cpu(tessera), 1),
        fmt(cpu(reference), 1),
        fmt(cpuRatio, 2),
        fmt(tessera.maxRss / MiB),
        fmt(reference.maxRss / MiB),
      ]);
      if (values.breakdown) {
        const breakdown = await runChild<Measure>(import.meta.url, args('breakdown'));
        console.log(`${store} breakdown (the stages of an import run one by one): ${time(breakdown)} in all`);
        for (const st of breakdown.stages) {
          const share = fmt((100 * st.seconds) / breakdown.seconds).padStart(3);
          console.log(
            `  ${st.name.padEnd(38)} ${fmt(st.seconds, 2).padStart(6)} s ${share} %   CPU ${fmt(st.cpuSeconds, 2).padStart(6)} s`,
          );
        }
        const indexed = await runChild<Measure>(import.meta.url, args('reference', ['--reference-indexes']));
        console.log(
          `${store} reference into a table with the indexes of outcomes: ${time(indexed)}, ${fmt(rows / indexed.seconds)} rows/s`,
        );
      }
    }
    console.log('');
    const header = [
      'store',
      'rows',
      'seconds',
      'rows/s',
      'reference rows/s',
      'ratio',
      'CPU s',
      'reference CPU s',
      'CPU ratio',
      'peak RSS MiB',
      'reference peak RSS MiB',
    ];
    printTable(header, summary);
    console.log(
      'ratio: Tessera rows/s over reference rows/s. CPU s: user + system time of the benchmark process, plus for PostgreSQL its server processes when they run on this machine; CPU ratio: reference CPU s over Tessera CPU s. Peak RSS: the benchmark process.',
    );
  } finally {
    if (values.keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
