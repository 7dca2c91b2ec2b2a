import { resolve } from 'node:path';
import type { Db } from './db.js';
import { openEmbedded } from './embedded.js';
import { migrate } from './migrate.js';
import { openPostgres } from './postgres.js';

export { type Activity, currentActor, listActivity, recordActivity } from './activity.js';
export {
  type CoderCodes,
  type CoderCoding,
  coderCodings,
  type IndependentBatch,
  outcomesById,
  sampleOutcomeIds,
  writeIndependentCodings,
} from './agreement.js';
export {
  addCode,
  type ChangeResult,
  type CodebookImport,
  codeUsage,
  importCodebook,
  mergeCodes,
  renameCode,
  retireCode,
  splitCode,
  storeCodebook,
} from './codebooks.js';
export {
  type CodingChange,
  codedFingerprint,
  codingExamples,
  codingHistory,
  findOutcome,
  outcomesStamp,
  storeCodingModel,
  storedCodingModel,
  writeCodings,
} from './codings.js';
export type { Db, Queryable } from './db.js';
export {
  columnOf,
  countOutcomes,
  extraKeys,
  filterSql,
  type IncomingOutcome,
  listOutcomes,
  type OutcomeFilter,
  outcomeHash,
  outcomeHistory,
  storedHashes,
  writeOutcomes,
} from './outcomes.js';

/** Where the store is: a PostgreSQL server when a URL is given, else an embedded data folder. */
export interface StoreLocation {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** Keep embedded database work off the calling thread (servers). */
  thread?: boolean;
}

/** The default data folder: TESSERA_DATA, else ./tessera-data (BRIEF, CLI contract). */
export function defaultDataDir(): string {
  return resolve(process.env.TESSERA_DATA || 'tessera-data');
}

/** Opens the store and brings its schema up to date. */
export async function openStore(location: StoreLocation): Promise<Db> {
  const db = location.databaseUrl
    ? await openPostgres(location.databaseUrl)
    : await openEmbedded(location.dataDir ?? defaultDataDir(), { thread: location.thread ?? false });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
