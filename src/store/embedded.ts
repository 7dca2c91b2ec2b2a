import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { TesseraError } from '../errors.js';
import type { Db, Queryable } from './db.js';
import { lockFolder } from './lock.js';

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<T extends object>(sql: string, params?: unknown[]) {
      return (await target.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/** Opens (creating when needed) the embedded PGlite store in a data folder, locked for this process. */
export async function openEmbedded(dir: string): Promise<Db> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new TesseraError(
      'store-unavailable',
      `cannot create the store folder ${dir}: ${(error as Error).message}`,
    );
  }
  const release = lockFolder(dir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir: join(dir, 'pg') });
  } catch (error) {
    release();
    throw new TesseraError(
      'store-unavailable',
      `cannot open the store in ${dir}: ${(error as Error).message}`,
    );
  }
  return {
    kind: 'embedded',
    location: dir,
    ...wrap(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(wrap(tx))),
    async close() {
      try {
        await pglite.close();
      } finally {
        release();
      }
    },
  };
}
