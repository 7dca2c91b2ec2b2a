/**
 * The worker side of a threaded embedded store: owns the PGlite instance and answers queries posted by
 * the main thread, one at a time, so that long database work never blocks the server's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

export interface ThreadRequest {
  id: number;
  op: 'query' | 'exec' | 'close';
  sql?: string;
  params?: unknown[];
}

export type ThreadReply =
  | { id: number; rows?: unknown[] }
  | { id: number; error: { message: string; code?: string } };

const port = parentPort;
if (port) {
  const ready = PGlite.create({ dataDir: (workerData as { dataDir: string }).dataDir });
  port.on('message', async (request: ThreadRequest) => {
    try {
      const db = await ready;
      if (request.op === 'close') {
        await db.close();
        port.postMessage({ id: request.id });
        return;
      }
      if (request.op === 'exec') await db.exec(request.sql ?? '');
      const rows = request.op === 'query' ? (await db.query(request.sql ?? '', request.params)).rows : [];
      port.postMessage({ id: request.id, rows });
    } catch (error) {
      const e = error as Error & { code?: string };
      port.postMessage({
        id: request.id,
        error: { message: e.message, ...(e.code ? { code: e.code } : {}) },
      });
    }
  });
}
