import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { TesseraError } from '../errors.js';

interface LockOwner {
  pid: number;
  host: string;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

/**
 * Takes the store folder for this process alone. PGlite has no guard of its own, and a second writer
 * on the same folder silently loses data. A lock left by a process that no longer runs is taken over.
 * Returns the function that releases the lock.
 */
export function lockFolder(dir: string): () => void {
  const path = join(dir, 'tessera.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname() } satisfies LockOwner));
      closeSync(fd);
      const release = () => {
        process.off('exit', release);
        if (readOwner(path)?.pid === process.pid) unlinkSync(path);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      if (owner && owner.host === hostname() && !isRunning(owner.pid)) {
        unlinkSync(path);
        continue;
      }
      const who = owner ? `process ${owner.pid} on ${owner.host}` : 'another process';
      throw new TesseraError(
        'store-busy',
        `this store is open in another process (${who}): ${dir}. Wait for it to finish, or close it; if no such process runs, delete ${path}`,
      );
    }
  }
  throw new TesseraError('store-busy', `could not lock the store folder ${dir}`);
}
