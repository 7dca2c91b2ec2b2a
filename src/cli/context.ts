import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { TesseraError } from '../errors.js';
import { type Db, defaultDataDir, openStore } from '../store/index.js';

/** Options every command takes. */
export interface GlobalOptions {
  data?: string;
  debug?: boolean;
  quiet?: boolean;
}

/** Opens the store the options and environment point at (DATABASE_URL wins), runs fn, and closes it. */
export async function withStore<T>(options: GlobalOptions, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openStore({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: options.data ?? defaultDataDir(),
  });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/**
 * Where a command's output goes: the --out file, or standard output. Binary output to a terminal is
 * refused, since it would only garble the screen.
 */
export async function withOutput(
  out: string | undefined,
  binary: boolean,
  fn: (stream: Writable) => Promise<void>,
): Promise<void> {
  if (!out) {
    if (binary && process.stdout.isTTY) {
      throw new TesseraError(
        'export-binary-to-terminal',
        'this format is binary: give --out FILE, or redirect standard output to a file',
      );
    }
    await fn(process.stdout);
    return;
  }
  const stream = createWriteStream(out);
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error) =>
      reject(new TesseraError('usage', `cannot write ${out}: ${error.message}`)),
    );
  });
  await opened;
  await fn(stream);
  stream.end();
  await finished(stream);
}

/** Splits repeated or comma-separated option values: --country Syria,Iraq --country Yemen. */
export function collect(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}
