import type { CrossTab } from '../../analyze/crosstab.js';
import type { Outcome } from '../../domain/outcome.js';
import {
  actorAs,
  mustRedact,
  once,
  type Protection,
  protectionFor,
  protectOutcomes,
  type Reader,
  redactCrossTab,
  revealed,
} from '../../protect/index.js';
import { type Db, listOutcomes, type OutcomeFilter } from '../../store/index.js';

/** An outcome as a report shows it, and whether its text was redacted. */
export interface PresentedOutcome {
  outcome: Outcome;
  redacted: boolean;
}

/**
 * The one place that decides what a report's reader sees, through the shared protection (`src/protect`):
 * an outcome's text is redacted when the reader's role (TESSERA_ROLE) may not see it or they asked for
 * `--redacted`; counts' labels drawn from free text are redacted for a reader who may not see
 * confidential text; showing the originals of confidential outcomes is written to the audit log.
 */
export function presenter(db: Db, reader: Reader) {
  const protection: () => Promise<Protection> = once(() => protectionFor(db));
  const redacts = (confidential: boolean) => mustRedact(reader, confidential);
  return {
    reader,
    /** Whether the reader sees a record of this confidentiality redacted. */
    redacts,
    async outcomes(filter: OutcomeFilter): Promise<PresentedOutcome[]> {
      const list: PresentedOutcome[] = [];
      for await (const outcome of protectOutcomes(
        listOutcomes(db, filter),
        (o) => redacts(o.confidential),
        protection,
      ))
        list.push({ outcome, redacted: redacts(outcome.confidential) });
      const shown = list.filter((p) => p.outcome.confidential && !p.redacted).map((p) => p.outcome.id);
      await revealed(db, actorAs(reader.role), { outcomes: shown }, 'report');
      return list;
    },
    /** Counts mix confidential outcomes with the rest: a reader who may not see either gets neither. */
    async crossTab(tab: CrossTab): Promise<CrossTab> {
      return redacts(true) ? redactCrossTab(tab, await protection()) : tab;
    },
  };
}

export type Presenter = ReturnType<typeof presenter>;
