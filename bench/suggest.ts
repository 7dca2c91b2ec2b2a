/**
 * How fast suggestions are: `npm run bench:suggest [-- ROWS]` (default 10,000). Imports ROWS synthetic
 * coded outcomes (bench/synthetic.ts) into a fresh embedded store, then times, in this process:
 * - retraining: the model learned from every coded outcome of the store, read from it and kept in it
 *   (the work `tessera suggest` does after coding changed), against the 30 s;
 * - one suggestion with the model in memory (what the server does per request), against 50 ms, over
 *   200 different outcomes; the median and the 95th percentile are printed;
 * - one suggestion as a new process's first call makes it, reading the model back from the store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suggestFor } from '../src/code/model.js';
import { codingModel, suggest } from '../src/code/suggest.js';
import { loadDefaultCodebook } from '../src/domain/codebook.js';
import { importPaths } from '../src/ingest/import.js';
import { codingExamples, openStore, outcomesStamp } from '../src/store/index.js';
import { writeSyntheticCsv } from './synthetic.js';

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 10_000);
  const codebook = loadDefaultCodebook();
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-suggest-'));
  try {
    const file = join(dir, 'harvest.csv');
    await writeSyntheticCsv(file, rows, codebook);
    const db = await openStore({ dataDir: join(dir, 'store') });
    await importPaths(db, [file], { codebook, skipInvalid: true });
    const outcomes = await codingExamples(db);
    const chars = outcomes.reduce(
      (n, o) =>
        n + o.description.length + (o.significance ?? '').length + (o.contributionProgramme ?? '').length,
      0,
    );
    console.log(
      `Suggestions: ${outcomes.length} synthetic coded outcomes (${Math.round(chars / outcomes.length)} characters of text each), Node ${process.version}`,
    );

    let started = performance.now();
    const model = await codingModel(db, { codebook });
    const retrain = performance.now() - started;
    console.log(
      `retraining (read the coded outcomes, learn ${model.fields.length} fields, keep the model in the store): ${seconds(retrain)} (goal: under 30 s)`,
    );

    const times: number[] = [];
    for (const o of outcomes.slice(0, 200)) {
      started = performance.now();
      await suggest(db, [o], { codebook });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(
      `one suggestion, model in memory: median ${percentile(times, 0.5).toFixed(1)} ms, 95th percentile ${percentile(times, 0.95).toFixed(1)} ms (goal: under 50 ms)`,
    );
    const parts = { check: [] as number[], compute: [] as number[] };
    for (const o of outcomes.slice(0, 200)) {
      started = performance.now();
      await outcomesStamp(db);
      parts.check.push(performance.now() - started);
      started = performance.now();
      suggestFor(model, o, codebook);
      parts.compute.push(performance.now() - started);
    }
    const median = (xs: number[]) =>
      percentile(
        [...xs].sort((a, b) => a - b),
        0.5,
      ).toFixed(1);
    console.log(
      `  of which: checking that coding has not changed ${median(parts.check)} ms, suggesting and explaining ${median(parts.compute)} ms (medians)`,
    );

    // As a new process's first call: the model is read back from the store, not trained again.
    started = performance.now();
    await suggest(db, outcomes.slice(0, 1), { codebook, reuse: false });
    console.log(
      `first suggestion of a new process, model read from the store: ${(performance.now() - started).toFixed(0)} ms`,
    );
    await db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
