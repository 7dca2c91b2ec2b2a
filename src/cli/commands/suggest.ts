import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { suggest } from '../../code/index.js';
import type { Codebook } from '../../domain/codebook.js';
import { CODED_FIELDS, type OutcomeSuggestions } from '../../domain/coding.js';
import { OUTCOME_FIELDS, type Outcome } from '../../domain/outcome.js';
import { describeProblem, type Problem } from '../../domain/problem.js';
import { listInputs, readOutcomeFile } from '../../ingest/index.js';
import { currentRole, mustRedact } from '../../protect/index.js';
import { type Db, listOutcomes, storeCodebook } from '../../store/index.js';
import { type GlobalOptions, withStore } from '../context.js';
import { startProgress } from '../progress.js';

interface SuggestOptions extends GlobalOptions {
  json?: boolean;
}

/** Reads outcome records from a file, or from standard input for "-" (JSON Lines). */
async function readInput(
  file: string,
  codebook: Codebook,
): Promise<{ outcomes: Outcome[]; problems: Problem[] }> {
  if (file !== '-') {
    await listInputs([file]); // says clearly when the file is missing
    const read = await readOutcomeFile(file, { codebook });
    if ('reason' in read)
      return { outcomes: [], problems: [{ file, line: null, field: null, reason: read.reason }] };
    return { outcomes: read.outcomes.map((r) => r.outcome), problems: read.problems };
  }
  // The readers work on files: standard input goes through a private temporary one.
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const dir = await mkdtemp(join(tmpdir(), 'tessera-suggest-'));
  try {
    const path = join(dir, 'stdin.jsonl');
    await writeFile(path, Buffer.concat(chunks));
    const read = await readOutcomeFile(path, { codebook });
    if ('reason' in read) return { outcomes: [], problems: [] };
    const named = (p: Problem) => ({ ...p, file: 'standard input' });
    return { outcomes: read.outcomes.map((r) => r.outcome), problems: read.problems.map(named) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The stored outcomes that miss a code in some coded field. */
async function uncoded(db: Db): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for await (const o of listOutcomes(db)) {
    if (CODED_FIELDS.some((f) => (f.multi ? o.typesOfChange.length === 0 : o[f.key] === null))) out.push(o);
  }
  return out;
}

function renderText(results: OutcomeSuggestions[]): string {
  const label = (key: string) => OUTCOME_FIELDS.find((f) => f.key === key)?.label ?? key;
  return results
    .map((r) => {
      const lines = CODED_FIELDS.flatMap((f) => {
        const list = r.suggestions[f.key];
        if (!list) return [`  ${label(f.key)}: no suggestion (too few coded outcomes to learn from)`];
        const shown = list.map(
          (s) => `${s.label} ${s.confidence.toFixed(2)}${s.words.length ? ` (${s.words.join(', ')})` : ''}`,
        );
        return [`  ${label(f.key)}: ${shown.join('; ')}`];
      });
      return [r.id, ...lines].join('\n');
    })
    .join('\n');
}

export function registerSuggest(program: Command): void {
  program
    .command('suggest')
    .description("suggest codes for outcomes, learned from the store's coded outcomes")
    .argument(
      '[file]',
      'outcome records to suggest for (JSON Lines, or any format import reads; "-" for standard input); default: the stored outcomes that miss a code',
    )
    .option('--json', 'print a JSON array: [{id, suggestions:{field:[{code, label, confidence, words}]}}]')
    .addHelpText(
      'after',
      `
For each coded field (socialActor, scale, typesOfChange, cluster) Tessera proposes codes, best first:
one for a single-select field, one or more for types of change. Each has a confidence from 0 to 1 (of
the suggestions given with confidence 0.8, about 8 in 10 are right) and the words of the outcome that
weighed most. Tessera learns from the outcomes already coded in this store, and learns again when
coding changes; a field with fewer than 10 coded outcomes gets no suggestions.

Examples:
  tessera suggest
  tessera suggest new-outcomes.jsonl --json
  cat outcome.jsonl | tessera suggest - --json
  tessera code SCC-AB1/PHR012 --accept socialActor`,
    )
    .action(async (file: string | undefined, _opts: SuggestOptions, command: Command) => {
      const opts = command.optsWithGlobals<SuggestOptions>();
      const progress = startProgress('Learning from the coded outcomes', Boolean(opts.quiet || opts.json));
      const [results, input] = await withStore(opts, async (db) => {
        const codebook = await storeCodebook(db);
        const read = file ? await readInput(file, codebook) : undefined;
        const suggested = await suggest(db, read ? read.outcomes : await uncoded(db), {
          codebook,
          onTraining: (done, total) => progress.update(done, total),
        });
        return [suggested, read] as const;
      }).finally(() => progress.stop());
      // The words that weighed are the outcome's own words: readers who may not see originals do without them.
      if (mustRedact({ role: currentRole(), redacted: false }, true)) {
        for (const r of results)
          for (const list of Object.values(r.suggestions)) for (const s of list ?? []) s.words = [];
      }
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(results, null, 2)}\n`
          : results.length
            ? `${renderText(results)}\n`
            : '',
      );
      if (!opts.json && results.length === 0 && !opts.quiet)
        process.stderr.write(file ? 'no outcomes read\n' : 'every stored outcome is coded in every field\n');
      for (const p of input?.problems ?? []) process.stderr.write(`${describeProblem(p)}\n`);
      if (input?.problems.length) process.exitCode = 1;
    });
}
