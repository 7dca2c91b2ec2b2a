/**
 * How well Tessera suggests codes: `npm run eval:code [-- FILE.jsonl]` (default
 * ../shared/eval/outcomes-dev.jsonl). Cross-validated: each fold's outcomes are coded by a model trained
 * only on the other folds, beside two baselines in the same run: the most frequent code of the training
 * outcomes, and codebook labels and keywords found in the text. A learning curve retrains on 25, 50, 100
 * and 200 outcomes, tested on outcomes left out of all of them.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, parseDocument } from 'yaml';
import { tokenize } from '../src/code/features.js';
import { seededRandom, shuffle } from '../src/code/linear.js';
import { calibrationError, setF1, singleScores } from '../src/code/metrics.js';
import { codesOf, scoreText, trainCodingModel } from '../src/code/model.js';
import { type Codebook, loadDefaultCodebook } from '../src/domain/codebook.js';
import { CODED_FIELDS, type CodedField, type CodedFieldSpec } from '../src/domain/coding.js';
import type { Outcome } from '../src/domain/outcome.js';
import { packagePath } from '../src/domain/package-path.js';
import { readOutcomeFile } from '../src/ingest/index.js';

/** What a method proposes for a field of one outcome, with a confidence per code when it has one. */
interface FieldPrediction {
  codes: string[];
  confidence: number[];
  /** Types of change: the confidence in every code, proposed or not. */
  all?: Map<string, number>;
}
type Prediction = Partial<Record<CodedField, FieldPrediction>>;
type Method = (train: Outcome[]) => (test: Outcome) => Prediction;

const codebook = loadDefaultCodebook();

function mostFrequent(train: Outcome[], field: CodedFieldSpec): string[] {
  const counts = new Map<string, number>();
  for (const o of train) for (const c of codesOf(o, field, codebook)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

const majority: Method = (train) => {
  const best = Object.fromEntries(CODED_FIELDS.map((f) => [f.key, mostFrequent(train, f).slice(0, 1)]));
  return () =>
    Object.fromEntries(CODED_FIELDS.map((f) => [f.key, { codes: best[f.key] ?? [], confidence: [] }]));
};

/** Each code's words: its label and the examples the codebook's comment gives, folded, short words left out. */
function codebookKeywords(book: Codebook): Map<string, Map<string, string[]>> {
  const doc = parseDocument(readFileSync(packagePath('codebook', 'default.yaml'), 'utf8'));
  const words = (text: string) =>
    tokenize(text)
      .map((t) => t.key)
      .filter((w) => w.length > 3);
  const out = new Map<string, Map<string, string[]>>();
  for (const [list, codes] of Object.entries(book.lists)) {
    const node = doc.get(list);
    const comments = isSeq(node) ? node.items.map((i) => (isMap(i) ? (i.comment ?? '') : '')) : [];
    out.set(
      list,
      new Map(codes.map((c, i) => [c.id, [...new Set(words(`${c.label} ${comments[i] ?? ''}`))]])),
    );
  }
  return out;
}

/** Codes whose label or keywords occur in the text (a word starting with the keyword's first 5 letters). */
const keywords: Method = (train) => {
  const table = codebookKeywords(codebook);
  const fallback = Object.fromEntries(CODED_FIELDS.map((f) => [f.key, mostFrequent(train, f).slice(0, 1)]));
  return (test) => {
    const text = tokenize(
      `${test.description} ${test.significance ?? ''} ${test.contributionProgramme ?? ''}`,
    ).map((t) => t.key);
    const out: Prediction = {};
    for (const f of CODED_FIELDS) {
      const scored = [...(table.get(f.list) ?? new Map<string, string[]>()).entries()]
        .map(([code, words]) => ({
          code,
          hits: words.filter((w) => text.some((t) => t.startsWith(w.slice(0, 5)))).length,
        }))
        .filter((s) => s.hits > 0)
        .sort((a, b) => b.hits - a.hits);
      const codes = scored.slice(0, f.multi ? 2 : 1).map((s) => s.code);
      out[f.key] = { codes: codes.length ? codes : (fallback[f.key] ?? []), confidence: [] };
    }
    return out;
  };
};

const model: Method = (train) => {
  const trained = trainCodingModel(train, codebook);
  return (test) => {
    const out: Prediction = {};
    for (const { model: field, probabilities, proposed } of scoreText(trained, test).fields) {
      out[field.field] = {
        codes: proposed.map((k) => field.codes[k] as string),
        confidence: proposed.map((k) => probabilities[k] as number),
        all: new Map(field.codes.map((c, k) => [c, probabilities[k] as number])),
      };
    }
    return out;
  };
};

const METHODS: [string, Method][] = [
  ['majority', majority],
  ['keywords', keywords],
  ['model', model],
];

/** Runs each method on each split and scores the predictions of all test outcomes together. */
function evaluate(splits: { train: Outcome[]; test: Outcome[] }[], method: Method): Record<string, number> {
  const tested: Outcome[] = [];
  const predicted: Prediction[] = [];
  let seconds = 0;
  for (const { train, test } of splits) {
    const started = performance.now();
    const predict = method(train);
    seconds += (performance.now() - started) / 1000;
    for (const o of test) {
      tested.push(o);
      predicted.push(predict(o));
    }
  }
  return { ...score(tested, predicted), trainSeconds: seconds / splits.length };
}

function score(tested: Outcome[], predicted: Prediction[]): Record<string, number> {
  const rows: Record<string, number> = {};
  const shown: { c: number; right: boolean }[] = [];
  for (const f of CODED_FIELDS) {
    const truth = tested.map((o) => codesOf(o, f, codebook));
    const guess = predicted.map((p) => p[f.key]?.codes ?? []);
    if (f.multi) {
      const codes = (codebook.lists[f.list] ?? []).map((c) => c.id);
      const { micro, macro } = setF1(truth, guess, codes);
      rows[`${f.key} micro F1`] = micro;
      rows[`${f.key} macro F1`] = macro;
      const all = predicted.flatMap((p, i) =>
        [...(p[f.key]?.all ?? new Map<string, number>()).entries()].map(([code, c]) => ({
          c,
          right: (truth[i] as string[]).includes(code),
        })),
      );
      if (all.length)
        rows[`${f.key} calibration error, every code`] = calibrationError(
          all.map((a) => a.c),
          all.map((a) => a.right),
        );
    } else {
      const { accuracy, macroF1 } = singleScores(
        truth.map((t) => t[0] ?? ''),
        guess.map((g) => g[0] ?? ''),
      );
      rows[`${f.key} accuracy`] = accuracy;
      rows[`${f.key} macro F1`] = macroF1;
    }
    predicted.forEach((p, i) => {
      p[f.key]?.confidence.forEach((c, j) => {
        shown.push({ c, right: (truth[i] as string[]).includes(p[f.key]?.codes[j] as string) });
      });
    });
  }
  if (shown.length)
    rows['calibration error, suggestions'] = calibrationError(
      shown.map((s) => s.c),
      shown.map((s) => s.right),
    );
  return rows;
}

function kFolds(outcomes: Outcome[], k: number, seed: number): Outcome[][] {
  const order = shuffle([...outcomes], seededRandom(seed));
  return Array.from({ length: k }, (_, i) => order.filter((_, j) => j % k === i));
}

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows].map((r) => r.map((c) => (typeof c === 'number' ? c.toFixed(3) : c)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] as string).length)));
  return cells
    .map((r) =>
      r.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  '),
    )
    .join('\n');
}

async function main(): Promise<void> {
  const file =
    process.argv[2] ?? fileURLToPath(new URL('../../shared/eval/outcomes-dev.jsonl', import.meta.url));
  const read = await readOutcomeFile(file, { codebook });
  if ('reason' in read || read.problems.length) throw new Error(`cannot read ${file}`);
  const outcomes = read.outcomes.map((r) => r.outcome);
  const folds = kFolds(outcomes, 5, 7);
  const splits = folds.map((test, i) => ({ test, train: folds.filter((_, j) => j !== i).flat() }));
  console.log(
    `Coding suggestions: ${file}\n${outcomes.length} outcomes, 5-fold cross-validation (trained on ${splits[0]?.train.length}, tested on ${splits[0]?.test.length} per fold)\n`,
  );
  const results = METHODS.map(([name, method]) => [name, evaluate(splits, method)] as const);
  const measures = Object.keys(results.at(-1)?.[1] ?? {});
  console.log(
    table(
      ['measure', ...results.map(([name]) => name)],
      measures.map((m) => [m, ...results.map(([, r]) => (m in r ? (r[m] as number) : '-'))]),
    ),
  );

  // Learning curve: six folds of 40 test outcomes; each size is drawn from the other 200.
  const curveFolds = kFolds(outcomes, 6, 11);
  const sizes = [25, 50, 100, 200];
  const curve: (string | number)[][] = [];
  for (const size of sizes) {
    const curveSplits = curveFolds.map((test, i) => ({
      test,
      train: shuffle(curveFolds.filter((_, j) => j !== i).flat(), seededRandom(size + i)).slice(0, size),
    }));
    if ((curveSplits[0]?.train.length ?? 0) < size) continue;
    for (const [name, method] of METHODS) {
      const r = evaluate(curveSplits, method);
      curve.push([
        `${size} ${name}`,
        r['typesOfChange macro F1'] as number,
        r['typesOfChange micro F1'] as number,
        r['cluster accuracy'] as number,
        r['socialActor accuracy'] as number,
        r['scale accuracy'] as number,
        r.trainSeconds as number,
      ]);
    }
  }
  console.log(
    `\nLearning curve (6 folds of ${curveFolds[0]?.length} test outcomes; training outcomes drawn from the rest)\n`,
  );
  console.log(
    table(
      [
        'training method',
        'types macro F1',
        'types micro F1',
        'cluster acc',
        'actor acc',
        'scale acc',
        'train s',
      ],
      curve,
    ),
  );
  const at200 = curve.find((row) => row[0] === '200 model');
  if (!at200) return;
  const check = (name: string, value: number, goal: number) =>
    `${name} ${value.toFixed(3)} (goal ${goal}: ${value >= goal ? 'met' : 'NOT met'})`;
  console.log(
    `\nWith 200 training outcomes: ${check('types-of-change macro F1', at200[1] as number, 0.7)}, ${check('social-actor accuracy', at200[4] as number, 0.8)}`,
  );
}

await main();
