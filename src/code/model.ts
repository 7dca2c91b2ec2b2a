/**
 * The coding model. For each coded field, one linear classifier per zone of the text (the whole
 * statement; the opening words of the description), each trained on the outcomes of the store coded in
 * that field. Their scores are combined and calibrated on outcomes they had not seen in training
 * (cross-validation), which also decides how much each zone counts for the field; for types of change a
 * threshold per code, chosen the same way, decides which codes to propose.
 */
import { type Codebook, codeLabel } from '../domain/codebook.js';
import {
  CODED_FIELDS,
  type CodedField,
  type CodedFieldSpec,
  type CodingExample,
  type Suggestion,
} from '../domain/coding.js';
import { bestThreshold, type Combiner, fitCombiner, probabilities } from './calibrate.js';
import { type CodingText, FeatureCounter, FeatureList, type Token, ZONES, zoneTokens } from './features.js';
import { type LinearModel, scoreRow, seededRandom, shuffle, trainLinear } from './linear.js';
import {
  columnOf,
  fitVocabulary,
  type SparseRows,
  type SparseVector,
  sliceColumns,
  stackRows,
  type Vocabulary,
  vectorize,
  zoneStarts,
} from './vectors.js';

/** Changes whenever a stored model could no longer be read or would suggest differently. */
export const MODEL_VERSION = 1;

/** A zone's classifier: over columns [from, from + linear.cols) of the vocabulary. */
export interface ZoneModel {
  zone: number;
  from: number;
  linear: LinearModel;
}

/** What a field's classifiers learned, and how their scores become confidences. */
export interface FieldModel {
  field: CodedField;
  multi: boolean;
  /** Codebook ids, in the order of the classifiers' classes. */
  codes: string[];
  zones: ZoneModel[];
  combiner: Combiner;
  /** Types of change: the confidence from which each code is proposed. */
  thresholds: number[];
  /** How many coded outcomes it learned from. */
  examples: number;
}

export interface CodingModel {
  version: number;
  vocabulary: Vocabulary;
  fields: FieldModel[];
}

export interface TrainingOptions {
  /** Folds of the cross-validation that calibrates the confidences. */
  folds?: number;
  lambda?: number;
  seed?: number;
  /** Called as each field is learned, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** Below this many coded outcomes a field gets no suggestions: there is too little to learn from. */
export const MIN_EXAMPLES = 10;

/**
 * From this many coded outcomes, one quarter held out calibrates the classifiers trained on the rest,
 * which are kept: retraining on all of them would cost more time than it gains.
 */
const HOLD_OUT_FROM = 2000;

const MAX_COLUMNS = 1 << 17;

/** The codes of a field an outcome holds that are in the codebook list. */
export function codesOf(outcome: CodingExample, field: CodedFieldSpec, codebook: Codebook): string[] {
  const ids = new Set((codebook.lists[field.list] ?? []).map((c) => c.id));
  const value = outcome[field.key];
  const values = Array.isArray(value) ? value : value ? [value] : [];
  return values.filter((v) => ids.has(v));
}

/** Enough passes for about 15,000 steps, within 2 to 15: more data needs fewer passes. */
function epochsFor(examples: number): number {
  return Math.min(15, Math.max(2, Math.round(15_000 / Math.max(1, examples))));
}

/** Deals examples into folds so that each fold holds a share of every code, rarest codes first. */
function folds(
  examples: number[],
  classOf: (row: number) => number,
  count: number,
  seed: number,
): number[][] {
  const byClass = new Map<number, number[]>();
  for (const row of shuffle([...examples], seededRandom(seed))) {
    const k = classOf(row);
    const rows = byClass.get(k) ?? [];
    rows.push(row);
    byClass.set(k, rows);
  }
  const out: number[][] = Array.from({ length: count }, () => []);
  let next = 0;
  for (const rows of [...byClass.values()].sort((a, b) => a.length - b.length))
    for (const row of rows) (out[next++ % count] as number[]).push(row);
  return out;
}

function scoreRowOf(model: LinearModel, data: SparseRows, row: number): Float64Array {
  const start = data.indptr[row] as number;
  const end = data.indptr[row + 1] as number;
  return scoreRow(model, data.indices.subarray(start, end), data.values.subarray(start, end));
}

/** The rows of the vectorised outcomes for each zone that has columns. */
interface ZoneData {
  zone: number;
  from: number;
  data: SparseRows;
}

function trainField(
  zoneData: ZoneData[],
  outcomes: CodingExample[],
  field: CodedFieldSpec,
  codebook: Codebook,
  options: Required<Omit<TrainingOptions, 'onProgress'>>,
): FieldModel | undefined {
  const held = outcomes.map((o) => codesOf(o, field, codebook));
  const examples = held.flatMap((codes, row) => (codes.length > 0 ? [row] : []));
  const present = new Set(held.flat());
  const codes = (codebook.lists[field.list] ?? []).map((c) => c.id).filter((id) => present.has(id));
  if (examples.length < MIN_EXAMPLES || codes.length < 2) return undefined;
  const classes = codes.length;
  const targets = new Uint8Array(outcomes.length * classes);
  // A single-select field holds one code; should an outcome hold more, the first counts.
  for (const row of examples)
    for (const code of field.multi ? (held[row] as string[]) : (held[row] as string[]).slice(0, 1))
      targets[row * classes + codes.indexOf(code)] = 1;
  const frequency = codes.map((_, k) => examples.filter((r) => targets[r * classes + k]).length);
  // Stratify on the outcome's rarest code.
  const classOf = (row: number) => {
    let rarest = -1;
    for (let k = 0; k < classes; k++)
      if (
        targets[row * classes + k] &&
        (rarest < 0 || (frequency[k] as number) < (frequency[rarest] as number))
      )
        rarest = k;
    return rarest;
  };
  const train = (rows: number[]) =>
    zoneData.map(({ zone, from, data }) => ({
      zone,
      from,
      linear: trainLinear(data, rows, targets, classes, field.multi ? 'sigmoid' : 'softmax', {
        lambda: options.lambda,
        epochs: epochsFor(rows.length),
        seed: options.seed,
      }),
    }));
  // Scores of each example from classifiers that did not see it.
  const heldOut: number[] = [];
  const heldOutScores: Float64Array[][] = [];
  const large = examples.length >= HOLD_OUT_FROM;
  const parts = large
    ? folds(examples, classOf, 4, options.seed).slice(0, 1)
    : folds(examples, classOf, Math.min(options.folds, examples.length), options.seed);
  let models: ZoneModel[] = [];
  for (const part of parts) {
    const inPart = new Set(part);
    models = train(examples.filter((r) => !inPart.has(r)));
    for (const row of part) {
      heldOut.push(row);
      heldOutScores.push(models.map((m, g) => scoreRowOf(m.linear, (zoneData[g] as ZoneData).data, row)));
    }
  }
  const heldOutTargets = new Uint8Array(heldOut.length * classes);
  heldOut.forEach((row, i) => {
    heldOutTargets.set(targets.subarray(row * classes, (row + 1) * classes), i * classes);
  });
  const combiner = fitCombiner(heldOutScores, heldOutTargets, classes, field.multi);
  const thresholds: number[] = [];
  if (field.multi) {
    const p = heldOutScores.map((s) => probabilities(combiner, true, s));
    for (let k = 0; k < classes; k++)
      thresholds.push(
        bestThreshold(
          p.map((q) => q[k] as number),
          heldOut.map((_, i) => heldOutTargets[i * classes + k] === 1),
        ),
      );
  }
  return {
    field: field.key,
    multi: field.multi,
    codes,
    zones: large ? models : train(examples),
    combiner,
    thresholds,
    examples: examples.length,
  };
}

/** Learns every coded field from the outcomes given; fields with too few coded outcomes are left out. */
export function trainCodingModel(
  outcomes: CodingExample[],
  codebook: Codebook,
  options: TrainingOptions = {},
): CodingModel {
  const settings = { folds: options.folds ?? 3, lambda: options.lambda ?? 3e-5, seed: options.seed ?? 1 };
  const counter = new FeatureCounter();
  const counts = outcomes.map((o) => counter.count(o));
  const vocabulary = fitVocabulary(counts, {
    maxColumns: MAX_COLUMNS,
    minCount: outcomes.length >= 1000 ? 2 : 1,
  });
  const data = stackRows(
    counts.map((c) => vectorize(vocabulary, c)),
    vocabulary.features.length,
  );
  const starts = zoneStarts(vocabulary);
  const zoneData: ZoneData[] = [];
  for (let zone = 0; zone < ZONES; zone++) {
    const from = starts[zone] as number;
    const to = starts[zone + 1] as number;
    if (to > from) zoneData.push({ zone, from, data: sliceColumns(data, from, to) });
  }
  const fields = CODED_FIELDS.flatMap((f, i) => {
    const field = trainField(zoneData, outcomes, f, codebook, settings);
    options.onProgress?.(i + 1, CODED_FIELDS.length);
    return field ?? [];
  });
  return { version: MODEL_VERSION, vocabulary, fields };
}

/** Each zone's scores for a vector whose columns ascend, so that each zone's part is one stretch. */
function zoneScores(field: FieldModel, vector: SparseVector): Float64Array[] {
  return field.zones.map(({ from, linear }) => {
    let start = 0;
    while (start < vector.indices.length && (vector.indices[start] as number) < from) start++;
    let end = start;
    while (end < vector.indices.length && (vector.indices[end] as number) < from + linear.cols) end++;
    const indices = vector.indices.subarray(start, end).map((c) => c - from);
    return scoreRow(linear, indices, vector.values.subarray(start, end));
  });
}

/** The codes proposed: the best for a single-select field; those above their threshold (at least the best) for types of change. */
function proposed(model: FieldModel, p: Float64Array): number[] {
  const order = [...p.keys()].sort((a, b) => (p[b] as number) - (p[a] as number));
  if (!model.multi) return order.slice(0, 1);
  const above = order.filter((k) => (p[k] as number) >= (model.thresholds[k] as number));
  return above.length > 0 ? above : order.slice(0, 1);
}

/** A field's confidence in each of its codes for one text, and the codes proposed. */
export interface FieldScores {
  model: FieldModel;
  probabilities: Float64Array;
  proposed: number[];
}

/** How much one column pushes code k of a field up, per unit of its value. */
function columnWeight(field: FieldModel, column: number, k: number): number {
  const classes = field.codes.length;
  let total = 0;
  field.zones.forEach(({ from, linear }, g) => {
    if (column < from || column >= from + linear.cols) return;
    const base = (column - from) * classes;
    let w = linear.weights[base + k] as number;
    if (!field.multi) {
      // Against the other codes: a word that raises every code explains none of them.
      let mean = 0;
      for (let j = 0; j < classes; j++) mean += linear.weights[base + j] as number;
      w -= mean / classes;
    }
    total += w * (field.combiner.weights[field.multi ? g * classes + k : g] as number);
  });
  return total;
}

/** Each feature occurrence of a text: its column and the words (first, span) of a zone it came from. */
interface Occurrences {
  tokens: Token[][];
  list: { column: number; zone: number; first: number; span: number }[];
  /** How often each column occurs, and its value in the text's vector. */
  count: Map<number, number>;
  value: Map<number, number>;
}

function occurrences(model: CodingModel, text: CodingText, vector: SparseVector): Occurrences {
  const tokens = zoneTokens(text);
  const out: Occurrences = { tokens, list: [], count: new Map(), value: new Map() };
  vector.indices.forEach((c, i) => {
    out.value.set(c, vector.values[i] as number);
  });
  const list = new FeatureList().fill(tokens);
  for (let i = 0; i < list.size; i++) {
    const column = columnOf(model.vocabulary, list.features[i] as number);
    if (column < 0) continue;
    out.list.push({
      column,
      zone: list.zones[i] as number,
      first: list.firsts[i] as number,
      span: list.spans[i] as number,
    });
    out.count.set(column, (out.count.get(column) ?? 0) + 1);
  }
  return out;
}

/** The words that pushed code k up most: each feature's share of the score, split over its words. */
function weighedWords(field: FieldModel, k: number, found: Occurrences, limit = 5): string[] {
  const byWord = new Map<string, { surface: string; weight: number }>();
  for (const o of found.list) {
    const share =
      ((found.value.get(o.column) as number) * columnWeight(field, o.column, k)) /
      (found.count.get(o.column) as number) /
      o.span;
    for (let t = o.first; t < o.first + o.span; t++) {
      const token = found.tokens[o.zone]?.[t];
      if (!token) continue;
      const entry = byWord.get(token.key) ?? { surface: token.surface, weight: 0 };
      entry.weight += share;
      byWord.set(token.key, entry);
    }
  }
  return [...byWord.values()]
    .filter((e) => e.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, limit)
    .map((e) => e.surface);
}

/** Scores a text on every field the model knows, with a way to explain each code. */
export function scoreText(
  model: CodingModel,
  text: CodingText,
  counter = new FeatureCounter(),
): { fields: FieldScores[]; explain: (field: FieldModel, k: number) => string[] } {
  const vector = vectorize(model.vocabulary, counter.count(text));
  const fields = model.fields.map((field) => {
    const p = probabilities(field.combiner, field.multi, zoneScores(field, vector));
    return { model: field, probabilities: p, proposed: proposed(field, p) };
  });
  let found: Occurrences | undefined;
  const explain = (field: FieldModel, k: number) => {
    found ??= occurrences(model, text, vector);
    return weighedWords(field, k, found);
  };
  return { fields, explain };
}

/** Suggestions for one outcome from a trained model, per field, best first. */
export function suggestFor(
  model: CodingModel,
  text: CodingText,
  codebook: Codebook,
  counter = new FeatureCounter(),
): Partial<Record<CodedField, Suggestion[]>> {
  const { fields, explain } = scoreText(model, text, counter);
  const out: Partial<Record<CodedField, Suggestion[]>> = {};
  for (const { model: field, probabilities: p, proposed: codes } of fields) {
    const list = CODED_FIELDS.find((f) => f.key === field.field)?.list ?? '';
    out[field.field] = codes.map((k) => ({
      code: field.codes[k] as string,
      label: codeLabel(codebook, list, field.codes[k] as string),
      confidence: Math.round((p[k] as number) * 1000) / 1000,
      words: explain(field, k),
    }));
  }
  return out;
}
