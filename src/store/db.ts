/** What every query in Tessera runs on: a PGlite store, a PostgreSQL pool, or a transaction of either. */
export interface Queryable {
  query<T extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs statements separated by semicolons, without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A connection to a store. Both implementations speak the same SQL and pass the same tests. */
export interface Db extends Queryable {
  readonly kind: 'embedded' | 'postgres';
  /** Where the store lives, for messages: a folder, or the server without its password. */
  readonly location: string;
  /** Runs fn in one transaction: all of it is stored, or none of it. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
