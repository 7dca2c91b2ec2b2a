import pg from 'pg';
import { TesseraError } from '../errors.js';
import type { Db, Queryable } from './db.js';

function wrap(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends object>(sql: string, params?: unknown[]) {
      return (await target.query(sql, params)).rows as T[];
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  };
}

/** The server part of a connection string, without user or password, for messages. */
function describe(url: string): string {
  try {
    const u = new URL(url);
    return `PostgreSQL at ${u.host}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** Connects to a PostgreSQL server (DATABASE_URL); a team shares one store there. */
export async function openPostgres(url: string): Promise<Db> {
  const location = describe(url);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => {}); // idle client errors surface on the next query instead
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw new TesseraError('store-unavailable', `cannot connect to ${location}: ${(error as Error).message}`);
  }
  return {
    kind: 'postgres',
    location,
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
