import { userInfo } from 'node:os';
import type { Queryable } from './db.js';

/** One entry of the activity log: who did what, when, to which file, with what result. */
export interface Activity {
  id: number;
  at: Date;
  actor: string;
  action: string;
  file: string | null;
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  details: Record<string, unknown>;
}

export type NewActivity = Omit<Activity, 'id' | 'at' | 'actor'>;

/** The person acting: TESSERA_USER when set (a shared account), else the operating-system user. */
export function currentActor(): string {
  return process.env.TESSERA_USER || userInfo().username;
}

export async function recordActivity(q: Queryable, entry: NewActivity): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO activity (actor, action, file, added, updated, unchanged, rejected, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id::integer AS id`,
    [
      currentActor(),
      entry.action,
      entry.file,
      entry.added,
      entry.updated,
      entry.unchanged,
      entry.rejected,
      JSON.stringify(entry.details),
    ],
  );
  return row?.id ?? 0;
}

/** The newest entries first. */
export async function listActivity(q: Queryable, limit = 50): Promise<Activity[]> {
  return q.query<Activity>(
    `SELECT id::integer AS id, at, actor, action, file, added, updated, unchanged, rejected, details
     FROM activity ORDER BY id DESC LIMIT $1`,
    [limit],
  );
}
