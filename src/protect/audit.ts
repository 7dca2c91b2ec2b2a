/** The audit of reveals: who saw originals of which confidential records, when, by which command. */
import { currentActor, type Queryable } from '../store/index.js';
import { recordAudit } from '../store/protection.js';
import type { Role } from './roles.js';

/** Who acts: the person (TESSERA_USER, else the system user) and the role they act in. */
export interface Actor {
  actor: string;
  role: Role;
}

export function actorAs(role: Role): Actor {
  return { actor: currentActor(), role };
}

/**
 * Records that `who` is shown the originals of these confidential records, by `command` (`outcomes`,
 * `history`, an API route). Called before the text goes out: no audit entry, no reveal.
 */
export async function revealed(
  q: Queryable,
  who: Actor,
  ids: { outcomes?: readonly string[]; documents?: readonly number[] },
  command: string,
): Promise<void> {
  const outcomeIds = [...(ids.outcomes ?? [])];
  const documentIds = [...(ids.documents ?? [])];
  if (outcomeIds.length === 0 && documentIds.length === 0) return;
  await recordAudit(q, { ...who, action: 'reveal', command, outcomeIds, documentIds, details: {} });
}

/** Records a change to what is protected (settings, allow-list, registry): counts, never the terms. */
export async function protectionChanged(
  q: Queryable,
  who: Actor,
  action: 'settings' | 'allow' | 'register',
  command: string,
  details: Record<string, unknown>,
): Promise<void> {
  await recordAudit(q, { ...who, action, command, outcomeIds: [], documentIds: [], details });
}
