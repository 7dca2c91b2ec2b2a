/**
 * How a field's confidences come from its zone classifiers: the scores each zone's classifier gives are
 * weighed and summed, then turned into probabilities, with the weights fitted on scores the classifiers
 * gave to outcomes they had not seen in training (cross-validation). For a single-select field this is
 * temperature scaling (Guo et al. 2017) with one temperature per zone; for types of change it is Platt
 * scaling (Platt 1999, with the pulled-in targets of Lin, Lin and Weng 2007) per code, with one input per
 * zone. The same fit decides how much each zone counts for each field: the opening words for who changed,
 * the whole statement for the type of change.
 */
import { link } from './linear.js';
import { minimize } from './optimize.js';

export interface Combiner {
  /** Weight of zone g: weights[g] for a single-select field, weights[g * codes + k] per code otherwise. */
  weights: number[];
  bias: number[];
}

/** Keeps the fit steady on a few dozen outcomes. */
const PENALTY = 0.01;

/** The combined score of each code, before probabilities. */
function combinedScores(
  c: Combiner,
  multi: boolean,
  zoneScores: Float64Array[],
  out: Float64Array,
): Float64Array {
  const codes = c.bias.length;
  for (let k = 0; k < codes; k++) {
    let s = c.bias[k] as number;
    zoneScores.forEach((z, g) => {
      s += (c.weights[multi ? g * codes + k : g] as number) * (z[k] as number);
    });
    out[k] = s;
  }
  return out;
}

function sigmoid(s: number): number {
  return s >= 0 ? 1 / (1 + Math.exp(-s)) : Math.exp(s) / (1 + Math.exp(s));
}

/** Each code's probability: a softmax over codes (single-select), or a sigmoid per code. */
export function probabilities(c: Combiner, multi: boolean, zoneScores: Float64Array[]): Float64Array {
  return link(
    multi ? 'sigmoid' : 'softmax',
    combinedScores(c, multi, zoneScores, new Float64Array(c.bias.length)),
  );
}

/**
 * Fits the combination on held-out scores: examples[i][g] are zone g's scores of example i, and
 * targets[i * codes + k] is 1 when example i has code k.
 */
export function fitCombiner(
  examples: Float64Array[][],
  targets: Uint8Array,
  codes: number,
  multi: boolean,
): Combiner {
  const zones = examples[0]?.length ?? 0;
  return multi ? fitPerCode(examples, targets, codes, zones) : fitShared(examples, targets, codes, zones);
}

function fitShared(examples: Float64Array[][], targets: Uint8Array, codes: number, zones: number): Combiner {
  const s = new Float64Array(codes);
  const objective = (theta: Float64Array, grad: Float64Array) => {
    const c: Combiner = { weights: [...theta.subarray(0, zones)], bias: [...theta.subarray(zones)] };
    grad.fill(0);
    let loss = 0;
    examples.forEach((z, i) => {
      combinedScores(c, false, z, s);
      let max = -Infinity;
      for (const v of s) max = Math.max(max, v);
      let sum = 0;
      for (const v of s) sum += Math.exp(v - max);
      const lse = max + Math.log(sum);
      for (let k = 0; k < codes; k++) {
        const p = Math.exp((s[k] as number) - lse);
        const y = targets[i * codes + k] as number;
        loss -= y * ((s[k] as number) - lse);
        const d = p - y;
        for (let g = 0; g < zones; g++)
          grad[g] = (grad[g] as number) + d * ((z[g] as Float64Array)[k] as number);
        grad[zones + k] = (grad[zones + k] as number) + d;
      }
    });
    for (let j = 0; j < theta.length; j++) {
      loss += (PENALTY / 2) * (theta[j] as number) ** 2;
      grad[j] = (grad[j] as number) + PENALTY * (theta[j] as number);
    }
    return loss;
  };
  const start = new Float64Array(zones + codes).fill(0);
  start.fill(1 / Math.max(1, zones), 0, zones);
  const theta = minimize(objective, start);
  return { weights: [...theta.subarray(0, zones)], bias: [...theta.subarray(zones)] };
}

function fitPerCode(examples: Float64Array[][], targets: Uint8Array, codes: number, zones: number): Combiner {
  const weights = new Array<number>(zones * codes).fill(0);
  const bias = new Array<number>(codes).fill(0);
  for (let k = 0; k < codes; k++) {
    const positives = examples.filter((_, i) => targets[i * codes + k] === 1).length;
    const negatives = examples.length - positives;
    // Targets pulled off 0 and 1 by the counts, so that a few examples cannot claim certainty.
    const hi = (positives + 1) / (positives + 2);
    const lo = 1 / (negatives + 2);
    const objective = (theta: Float64Array, grad: Float64Array) => {
      grad.fill(0);
      let loss = 0;
      examples.forEach((z, i) => {
        let s = theta[zones] as number;
        for (let g = 0; g < zones; g++) s += (theta[g] as number) * ((z[g] as Float64Array)[k] as number);
        const t = targets[i * codes + k] ? hi : lo;
        // -t log σ(s) - (1 - t) log(1 - σ(s)), written to stay finite for large |s|.
        loss += Math.max(s, 0) - t * s + Math.log1p(Math.exp(-Math.abs(s)));
        const d = sigmoid(s) - t;
        for (let g = 0; g < zones; g++)
          grad[g] = (grad[g] as number) + d * ((z[g] as Float64Array)[k] as number);
        grad[zones] = (grad[zones] as number) + d;
      });
      for (let j = 0; j < zones; j++) {
        loss += (PENALTY / 2) * (theta[j] as number) ** 2;
        grad[j] = (grad[j] as number) + PENALTY * (theta[j] as number);
      }
      return loss;
    };
    const start = new Float64Array(zones + 1).fill(1 / Math.max(1, zones));
    start[zones] = Math.log((positives + 1) / (negatives + 1));
    const theta = minimize(objective, start);
    for (let g = 0; g < zones; g++) weights[g * codes + k] = theta[g] as number;
    bias[k] = theta[zones] as number;
  }
  return { weights, bias };
}

/**
 * The probability above which a code is best proposed, the one that maximises F1 on these examples:
 * halfway between the two neighbouring probabilities where F1 peaks.
 */
export function bestThreshold(probabilities: number[], positive: boolean[]): number {
  const order = probabilities.map((p, i) => ({ p, y: positive[i] as boolean })).sort((x, y) => y.p - x.p);
  const positives = order.filter((o) => o.y).length;
  if (positives === 0) return 1;
  let best = -1;
  let threshold = 0.5;
  let truePositives = 0;
  for (let i = 0; i < order.length; i++) {
    const here = order[i] as { p: number; y: boolean };
    if (here.y) truePositives++;
    const next = order[i + 1];
    if (next && next.p === here.p) continue;
    const f1 = (2 * truePositives) / (i + 1 + positives);
    if (f1 > best) {
      best = f1;
      threshold = next ? (here.p + next.p) / 2 : here.p / 2;
    }
  }
  return threshold;
}
