import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Db, openStore } from '../store/index.js';

/** A store implementation under test; every store test runs once per case. */
export interface StoreCase {
  name: 'embedded' | 'postgres';
  /** Opens a new, empty store of this kind. */
  open(): Promise<Db>;
  /** The environment a CLI process needs to reach the same store. */
  cliEnv(db: Db): Record<string, string>;
}

const serverUrl = process.env.TESSERA_TEST_DATABASE_URL;
const locations = new WeakMap<Db, Record<string, string>>();

/** A fresh folder under the system temp dir, removed when the process exits. */
export function tempDir(prefix = 'tessera-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const embedded: StoreCase = {
  name: 'embedded',
  async open() {
    const dir = join(tempDir(), 'store');
    const db = await openStore({ dataDir: dir });
    locations.set(db, { TESSERA_DATA: dir });
    return db;
  },
  cliEnv: (db) => locations.get(db) ?? {},
};

/**
 * A fresh PostgreSQL schema, and the server URL whose connections use it: tests and benchmarks can then run
 * side by side on one server.
 */
export async function freshSchema(
  url: string,
  prefix: string,
): Promise<{ schema: string; scopedUrl: string }> {
  const schema = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return { schema, scopedUrl: scoped.toString() };
}

/** Drops a schema made by `freshSchema`, with everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
}

/** Each PostgreSQL store is a schema of its own, so that test files can run side by side on one server. */
async function postgresStore(url: string): Promise<Db> {
  const { scopedUrl } = await freshSchema(url, 'test');
  const db = await openStore({ databaseUrl: scopedUrl });
  locations.set(db, { DATABASE_URL: scopedUrl });
  return db;
}

/** The stores to test: always the embedded one, and PostgreSQL when TESSERA_TEST_DATABASE_URL is set. */
export function storeCases(): StoreCase[] {
  if (!serverUrl) return [embedded];
  return [
    embedded,
    { name: 'postgres', open: () => postgresStore(serverUrl), cliEnv: (db) => locations.get(db) ?? {} },
  ];
}

/** Empties a store between tests that need a clean one without paying for a new one. */
export async function emptyStore(db: Db): Promise<void> {
  const tables = await db.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'",
  );
  await db.exec(`TRUNCATE ${tables.map((t) => t.name).join(', ')} CASCADE`);
}
