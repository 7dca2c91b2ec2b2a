import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../domain/package-path.js';
import { TesseraError } from '../errors.js';
import type { Db } from './db.js';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

const DIR = packagePath('src', 'store', 'migrations');

/** The numbered SQL files of src/store/migrations, in order. */
function migrations(): Migration[] {
  return readdirSync(DIR)
    .filter((f) => /^\d+-.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number.parseInt(f, 10), name: f, sql: readFileSync(join(DIR, f), 'utf8') }));
}

/** A constant key for the advisory lock that keeps two processes from migrating a server at once. */
const MIGRATION_LOCK = 7_301_955;

/**
 * Brings the schema up to date in one transaction: every pending migration applies, or none. A store written by a newer
 * Tessera is refused rather than misread.
 */
export async function migrate(db: Db): Promise<void> {
  const all = migrations();
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const applied = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    );
    const newest = Math.max(0, ...applied);
    const known = all.at(-1)?.version ?? 0;
    if (newest > known) {
      throw new TesseraError(
        'store-newer',
        `the store ${db.location} was written by a newer Tessera (schema ${newest}, this one knows ${known}); update Tessera`,
      );
    }
    for (const m of all.filter((m) => !applied.has(m.version))) {
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
  });
}
