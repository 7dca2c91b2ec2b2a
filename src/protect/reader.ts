import type { Outcome } from '../domain/outcome.js';
import type { Db } from '../store/index.js';
import { actorAs, revealed } from './audit.js';
import { once, protectOutcomes } from './outcome.js';
import { protectionFor } from './protection.js';
import { mustRedact, type Reader } from './roles.js';

/**
 * Outcomes as this reader may read them, for a command that shows them: redacted where the reader must
 * not see originals; for a reader who may, the confidential ones (`confidential`, their ids) are audited
 * before any text goes out.
 */
export async function outcomesFor(
  db: Db,
  reader: Reader,
  outcomes: AsyncIterable<Outcome>,
  confidential: () => Promise<readonly string[]>,
  command: string,
): Promise<AsyncGenerator<Outcome>> {
  if (!mustRedact(reader, true))
    await revealed(db, actorAs(reader.role), { outcomes: await confidential() }, command);
  return protectOutcomes(
    outcomes,
    (o) => mustRedact(reader, o.confidential),
    once(() => protectionFor(db)),
  );
}
