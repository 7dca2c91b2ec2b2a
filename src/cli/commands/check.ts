import type { Command } from 'commander';
import {
  checkStatement,
  DEFAULT_DUPLICATE_THRESHOLD,
  type Described,
  type DuplicatePair,
  findDuplicates,
  isQualityCheck,
  QUALITY_CHECKS,
  type QualityCheck,
  type QualityFlag,
  retiredCodeFlags,
} from '../../code/index.js';
import type { Codebook } from '../../domain/codebook.js';
import type { Outcome } from '../../domain/outcome.js';
import { TesseraError } from '../../errors.js';
import { currentRole, outcomesFor } from '../../protect/index.js';
import {
  countOutcomes,
  type Db,
  listOutcomes,
  type OutcomeFilter,
  storeCodebook,
} from '../../store/index.js';
import { confidentialOutcomeIds } from '../../store/protection.js';
import { collect, type GlobalOptions, withStore } from '../context.js';
import { startProgress } from '../progress.js';
import { addFilterOptions, type FilterOptions, filterFrom } from './filters.js';

interface CheckOptions extends GlobalOptions, FilterOptions {
  check?: string[];
  duplicates?: boolean;
  threshold?: string;
  json?: boolean;
}

/** What was asked: the checks, the duplicate threshold (none without --duplicates), no progress bar. */
interface Asked {
  checks: QualityCheck[];
  threshold?: number;
  quiet: boolean;
}

interface CheckReport {
  outcomes: { id: string; flags: QualityFlag[] }[];
  duplicates: DuplicatePair[];
  summary: Partial<Record<QualityCheck, number>>;
}

function checksOf(names: string[] | undefined): QualityCheck[] {
  if (!names) return [...QUALITY_CHECKS];
  const asked = names.flatMap((n) => n.split(',')).map((n) => n.trim());
  for (const name of asked)
    if (!isQualityCheck(name))
      throw new TesseraError('usage', `--check ${name}: choose among ${QUALITY_CHECKS.join(', ')}`);
  return asked as QualityCheck[];
}

function thresholdOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_DUPLICATE_THRESHOLD;
  const threshold = Number(value);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1)
    throw new TesseraError('usage', `--threshold ${value}: expected a similarity from 0 to 1, such as 0.6`);
  return threshold;
}

/**
 * Flags each outcome (its statement, and its codes against the store's codebook), counts the flags per
 * check, and keeps the descriptions duplicates are found in.
 */
async function checkAll(
  outcomes: AsyncIterable<Outcome>,
  asked: Asked,
  codebook: Codebook,
  onChecked: (done: number) => void,
): Promise<{ report: CheckReport; described: Described[] }> {
  const checks = new Set(asked.checks);
  const report: CheckReport = {
    outcomes: [],
    duplicates: [],
    summary: Object.fromEntries(asked.checks.map((c) => [c, 0])),
  };
  const described: Described[] = [];
  let checked = 0;
  for await (const outcome of outcomes) {
    const flags = [...checkStatement(outcome), ...retiredCodeFlags(outcome, codebook)].filter((f) =>
      checks.has(f.check),
    );
    for (const f of flags) report.summary[f.check] = (report.summary[f.check] ?? 0) + 1;
    if (flags.length) report.outcomes.push({ id: outcome.id, flags });
    if (asked.threshold !== undefined) described.push({ id: outcome.id, description: outcome.description });
    onChecked(++checked);
  }
  return { report, described };
}

/** The near-duplicate search, with a bar of its own: at 100,000 outcomes it takes most of a minute. */
function nearDuplicates(described: Described[], threshold: number, quiet: boolean): DuplicatePair[] {
  const progress = startProgress('Finding near-duplicates', quiet);
  try {
    return findDuplicates(described, threshold, (done, total) => progress.update(done, total));
  } finally {
    progress.stop();
  }
}

/**
 * Checks the outcomes a filter selects, as the reader may see them: readers who may not see originals
 * get flags, excerpts and offsets from the redacted text, so no excerpt can carry an original name.
 */
async function checkStore(
  db: Db,
  codebook: Codebook,
  filter: OutcomeFilter,
  asked: Asked,
): Promise<CheckReport> {
  const reader = { role: currentRole(), redacted: false };
  // how many outcomes the filter selects, for the progress bar
  const total = await countOutcomes(db, filter);
  const progress = startProgress('Checking outcomes', asked.quiet);
  const outcomes = await outcomesFor(
    db,
    reader,
    listOutcomes(db, filter),
    () => confidentialOutcomeIds(db, filter),
    'check',
  );
  const { report, described } = await checkAll(outcomes, asked, codebook, (done) =>
    progress.update(done, total),
  ).finally(() => progress.stop());
  if (asked.threshold !== undefined)
    report.duplicates = nearDuplicates(described, asked.threshold, asked.quiet);
  return report;
}

function flagLine(f: QualityFlag): string {
  const excerpt = f.text === undefined ? '' : ` [${f.field} ${f.start}-${f.end}: "${f.text}"]`;
  return `  ${f.check}: ${f.reason}${excerpt}`;
}

/** Each flagged outcome and its flags, the count per check, and the near-duplicates when asked for. */
function renderText(report: CheckReport, threshold: number | undefined): string {
  const lines = report.outcomes.flatMap((o) => [o.id, ...o.flags.map(flagLine)]);
  const width = Math.max(...Object.keys(report.summary).map((c) => c.length));
  const flagged = report.outcomes.length;
  lines.push(
    `${lines.length ? '\n' : ''}Flags by check (${flagged} outcome${flagged === 1 ? '' : 's'} flagged):`,
    ...Object.entries(report.summary).map(([check, n]) => `  ${check.padEnd(width)}  ${n}`),
  );
  if (threshold !== undefined) {
    lines.push(`\nNear-duplicates (similarity ≥ ${threshold}): ${report.duplicates.length}`);
    for (const d of report.duplicates) lines.push(`  ${d.a}  ${d.b}  ${d.similarity.toFixed(2)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function registerCheck(program: Command): void {
  addFilterOptions(
    program
      .command('check')
      .description(
        'flag outcome statements that miss who changed, what, when, where, significance or contribution, and retired codes; find near-duplicates',
      )
      .option(
        '--check <names>',
        `only these checks, comma-separated or repeated: ${QUALITY_CHECKS.join(', ')}`,
        collect,
      )
      .option('--duplicates', 'also list pairs of outcomes that report the same change')
      .option(
        '--threshold <similarity>',
        `with --duplicates, the similarity (0 to 1) from which two outcomes are reported (default ${DEFAULT_DUPLICATE_THRESHOLD})`,
      )
      .option(
        '--json',
        'print JSON: {outcomes:[{id, flags:[{check, reason, field, start, end, text}]}], duplicates:[{a, b, similarity}], summary:{check: count}}',
      ),
  )
    .addHelpText(
      'after',
      `
An outcome statement says who (a social actor other than the programme) changed what in their
behaviour, relationships, actions, policies or practice, when and where; why it matters; and how the
programme contributed. The checks:
  no-social-actor     no actor changed: the programme is the one acting ("we", "our team", "the project"),
                      or a passive sentence names nobody ("30 women were trained")
  output-not-outcome  an activity or output of the programme ("organised a workshop", "distributed
                      leaflets", "attended our training"), not a change in what an actor does
  no-date, no-place   no date or period in the description and no year; no place and no country
  no-significance, thin-significance      missing, or too short, a placeholder ("N/A", "Important"),
  no-contribution, thin-contribution      or a repeat of the description
  retired-code        a code the codebook has retired (after a split, say: the outcome keeps the old
                      code until someone recodes it), with the code that replaced it when there is one
Rules read English, French and Spanish, Russian and Arabic. Only outcomes with flags are listed; flags
with an excerpt give its field and UTF-16 offsets in it. Near-duplicates compare descriptions (words and
letter sequences, rare ones weighing more); ${DEFAULT_DUPLICATE_THRESHOLD} separated reworded repeats from different changes by
the same actor in our evaluation (docs/evaluation.md); progress bars on standard error show long runs
(none with --quiet or --json). Reviewers and viewers (TESSERA_ROLE) are checked on the redacted text:
excerpts and offsets are those of the text they may see. The exit status is 0 whatever is flagged.

Examples:
  tessera check
  tessera check --country Syria --year 2023 --check no-social-actor,output-not-outcome
  tessera check --harvest "Harvest 2024" --duplicates --json
  tessera check --duplicates --threshold 0.7 --check thin-significance
  tessera check --check retired-code`,
    )
    .action(async (_opts: CheckOptions, command: Command) => {
      const opts = command.optsWithGlobals<CheckOptions>();
      const threshold = thresholdOf(opts.threshold);
      const asked: Asked = {
        checks: checksOf(opts.check),
        ...(opts.duplicates ? { threshold } : {}),
        quiet: Boolean(opts.quiet || opts.json),
      };
      const report = await withStore(opts, async (db) => {
        const codebook = await storeCodebook(db);
        return checkStore(db, codebook, filterFrom(opts, codebook), asked);
      });
      process.stdout.write(
        opts.json ? `${JSON.stringify(report, null, 2)}\n` : renderText(report, asked.threshold),
      );
    });
}
