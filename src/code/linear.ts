/**
 * Linear classifiers over sparse rows, trained by stochastic gradient descent on the logistic loss with
 * an L2 penalty: one softmax over the codes of a single-select field, or one sigmoid per code (one versus
 * the rest) for a multi-select field. The penalty shrinks every weight by a common factor kept apart from
 * the weights (Bottou's trick), so that a step costs the row's length, not the model's. The result is the
 * average of the iterates of the later epochs, which is steadier than the last one.
 */
import type { SparseRows } from './vectors.js';

export type LinkKind = 'softmax' | 'sigmoid';

export interface LinearModel {
  link: LinkKind;
  classes: number;
  cols: number;
  /** Column-major by feature: the weight of column c for class k is weights[c * classes + k]. */
  weights: Float32Array;
  bias: Float32Array;
}

export interface LinearOptions {
  /** Strength of the L2 penalty on the mean loss. */
  lambda: number;
  epochs: number;
  seed: number;
}

/** mulberry32: a small seeded generator, so that training the same data gives the same model. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** Turns raw scores into probabilities in place: a softmax, or a sigmoid per class. */
export function link(kind: LinkKind, scores: Float64Array): Float64Array {
  if (kind === 'sigmoid') {
    for (let k = 0; k < scores.length; k++) scores[k] = 1 / (1 + Math.exp(-(scores[k] as number)));
    return scores;
  }
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  for (let k = 0; k < scores.length; k++) {
    scores[k] = Math.exp((scores[k] as number) - max);
    sum += scores[k] as number;
  }
  for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] as number) / sum;
  return scores;
}

/**
 * Trains on the given rows; targets[r * classes + k] is 1 when row r has class k. For a softmax each
 * row has exactly one class.
 */
export function trainLinear(
  data: SparseRows,
  rows: number[],
  targets: Uint8Array,
  classes: number,
  kind: LinkKind,
  options: LinearOptions,
): LinearModel {
  const { indptr, indices, values } = data;
  const v = new Float64Array(data.cols * classes);
  const bias = new Float64Array(classes);
  const average = new Float64Array(data.cols * classes);
  const averageBias = new Float64Array(classes);
  const z = new Float64Array(classes);
  let scale = 1;
  let averaged = 0;
  // A first step that the largest rows can take without overshooting.
  let squared = 0;
  for (const r of rows)
    for (let i = indptr[r] as number; i < (indptr[r + 1] as number); i++)
      squared += (values[i] as number) ** 2;
  const eta0 = 1 / Math.max(1e-6, squared / Math.max(1, rows.length));
  const random = seededRandom(options.seed);
  const order = [...rows];
  let t = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const r of order) {
      const start = indptr[r] as number;
      const end = indptr[r + 1] as number;
      for (let k = 0; k < classes; k++) z[k] = 0;
      for (let i = start; i < end; i++) {
        const base = (indices[i] as number) * classes;
        const x = values[i] as number;
        for (let k = 0; k < classes; k++) z[k] = (z[k] as number) + x * (v[base + k] as number);
      }
      for (let k = 0; k < classes; k++) z[k] = (z[k] as number) * scale + (bias[k] as number);
      link(kind, z);
      const eta = eta0 / (1 + eta0 * options.lambda * t++);
      scale *= 1 - eta * options.lambda;
      if (scale < 1e-6) {
        for (let j = 0; j < v.length; j++) v[j] = (v[j] as number) * scale;
        scale = 1;
      }
      // z now holds the gradient of the loss with respect to each score.
      for (let k = 0; k < classes; k++) {
        z[k] = (z[k] as number) - (targets[r * classes + k] as number);
        bias[k] = (bias[k] as number) - eta * (z[k] as number);
      }
      const step = eta / scale;
      for (let i = start; i < end; i++) {
        const base = (indices[i] as number) * classes;
        const x = (values[i] as number) * step;
        for (let k = 0; k < classes; k++) v[base + k] = (v[base + k] as number) - x * (z[k] as number);
      }
    }
    if (epoch >= Math.floor(options.epochs / 2)) {
      for (let j = 0; j < v.length; j++) average[j] = (average[j] as number) + (v[j] as number) * scale;
      for (let k = 0; k < classes; k++) averageBias[k] = (averageBias[k] as number) + (bias[k] as number);
      averaged++;
    }
  }
  const weights = new Float32Array(v.length);
  for (let j = 0; j < v.length; j++) weights[j] = (average[j] as number) / averaged;
  return {
    link: kind,
    classes,
    cols: data.cols,
    weights,
    bias: Float32Array.from(averageBias, (b) => b / averaged),
  };
}

/** Raw scores of one row: the weighted sum of its values per class, plus the class's bias. */
export function scoreRow(model: LinearModel, indices: Int32Array, values: Float32Array): Float64Array {
  const { classes, weights } = model;
  const z = Float64Array.from(model.bias);
  for (let i = 0; i < indices.length; i++) {
    const base = (indices[i] as number) * classes;
    const x = values[i] as number;
    for (let k = 0; k < classes; k++) z[k] = (z[k] as number) + x * (weights[base + k] as number);
  }
  return z;
}
