import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { TesseraError } from '../errors.js';
import type { Db, Queryable } from './db.js';
import type { ThreadReply, ThreadRequest } from './embedded-thread.js';
import { lockFolder } from './lock.js';

export interface EmbeddedOptions {
  /**
   * Run PGlite on a worker thread. PGlite computes on the thread that calls it, so a server must use
   * this to keep answering other requests during a long import or count.
   */
  thread?: boolean;
}

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

function prepareFolder(dir: string): () => void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new TesseraError(
      'store-unavailable',
      `cannot create the store folder ${dir}: ${(error as Error).message}`,
    );
  }
  return lockFolder(dir);
}

async function inProcess(dir: string, release: () => void): Promise<Db> {
  const pglite = await PGlite.create({ dataDir: join(dir, 'pg') });
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

/** Serialises work on the one PGlite connection: a transaction holds it until it ends. */
class Turns {
  private last: Promise<unknown> = Promise.resolve();
  take<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.last.then(fn, fn);
    this.last = next.catch(() => {});
    return next;
  }
}

async function onThread(dir: string, release: () => void): Promise<Db> {
  const workerData = { dataDir: join(dir, 'pg') };
  // Run from TypeScript sources (tests), the thread first registers the loader this thread has.
  const worker = import.meta.url.endsWith('.ts')
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./embedded-thread.ts', import.meta.url).href)}); })`,
        { eval: true, workerData },
      )
    : new Worker(new URL('./embedded-thread.js', import.meta.url), { workerData });
  const pending = new Map<number, { resolve: (rows: unknown[]) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  worker.on('message', (reply: ThreadReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply)
      waiting?.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
    else waiting?.resolve(reply.rows ?? []);
  });
  worker.on('error', (error) => {
    for (const w of pending.values()) w.reject(error);
    pending.clear();
  });
  const send = (request: Omit<ThreadRequest, 'id'>) =>
    new Promise<unknown[]>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...request });
    });
  const direct: Queryable = {
    query: async <T extends object>(sql: string, params?: unknown[]) =>
      (await send({ op: 'query', sql, params: params ?? [] })) as T[],
    exec: async (sql: string) => {
      await send({ op: 'exec', sql });
    },
  };
  const turns = new Turns();
  try {
    await direct.query('SELECT 1');
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  return {
    kind: 'embedded',
    location: dir,
    query: (sql, params) => turns.take(() => direct.query(sql, params)),
    exec: (sql) => turns.take(() => direct.exec(sql)),
    transaction: (fn) =>
      turns.take(async () => {
        await direct.exec('BEGIN');
        try {
          const result = await fn(direct);
          await direct.exec('COMMIT');
          return result;
        } catch (error) {
          await direct.exec('ROLLBACK').catch(() => {});
          throw error;
        }
      }),
    async close() {
      try {
        await turns.take(() => send({ op: 'close' }));
        await worker.terminate();
      } finally {
        release();
      }
    },
  };
}

/** Opens (creating when needed) the embedded PGlite store in a data folder, locked for this process. */
export async function openEmbedded(dir: string, options: EmbeddedOptions = {}): Promise<Db> {
  const release = prepareFolder(dir);
  try {
    return await (options.thread ? onThread(dir, release) : inProcess(dir, release));
  } catch (error) {
    release();
    throw new TesseraError(
      'store-unavailable',
      `cannot open the store in ${dir}: ${(error as Error).message}`,
    );
  }
}
