/**
 * Near-duplicate outcomes: pairs whose descriptions report the same change, as when two partners submit
 * the same outcome or a harvest round repeats an earlier one with small edits. Similarity is the cosine
 * of the descriptions' weighted word, word-pair and letter-sequence vectors (the features the coding model
 * reads, `features.ts`), weighted by how rare each feature is among the outcomes compared.
 *
 * Comparing every pair is quadratic (5·10^9 pairs for 100,000 outcomes), so candidates come from an
 * inverted index first: each outcome is looked up by its rarest words and word pairs, and only outcomes
 * that share at least two of them (or the same text) are compared. Outcomes that repeat one another share
 * their rare words: the names, places and particulars of the change.
 */
import { FEATURE_SPACE, FeatureCounter, type FeatureCounts, hashWord, tokenize, zoneOf } from './features.js';

/** What duplicates are found from. */
export interface Described {
  id: string;
  description: string;
}

/** Two outcomes that report the same change, `a` before `b` by id, and how alike they are (0 to 1). */
export interface DuplicatePair {
  a: string;
  b: string;
  similarity: number;
}

/**
 * The similarity from which two outcomes are reported: measured on the labelled pairs of
 * `npm run eval:quality` (docs/evaluation.md, "Statement quality").
 */
export const DEFAULT_DUPLICATE_THRESHOLD = 0.6;

/** How many of an outcome's rarest keys (words, word pairs) it is looked up by. */
const SIGNATURE_KEYS = 8;
/** Keys that outcomes must share, at least, before they are compared. */
const SHARED_KEYS = 2;
/** Keys in more outcomes than this (and than 0.2% of them) say nothing about which outcomes repeat. */
const COMMON_KEYS = 50;
/** Outcomes whose features are counted to weigh how rare each is. */
const DF_SAMPLE = 10_000;
/** Mixes a word pair's first hash so that "a b" and "b a" differ (the golden-ratio constant). */
const PAIR_MIX = 0x9e3779b1;
/** Pairs compared between two reports of progress: there can be millions. */
const PAIRS_PER_REPORT = 4096;

interface Vector {
  features: Int32Array;
  values: Float32Array;
}

/** A description's features, in its own zone only (not the opening, which repeats it). */
function descriptionFeatures(counter: FeatureCounter, description: string): FeatureCounts {
  const counts = counter.count({ description, significance: null, contributionProgramme: null });
  const kept = counts.features.reduce((n, f) => n + (zoneOf(f) === 0 ? 1 : 0), 0);
  // features ascend, and the description's zone comes first
  return { features: counts.features.slice(0, kept), counts: counts.counts.slice(0, kept) };
}

/**
 * Vectors of the outcomes asked for: damped counts weighted by inverse document frequency, scaled to unit
 * length. Document frequencies are counted in the hashed feature space on at most `DF_SAMPLE` outcomes
 * spread evenly: that many estimate how rare a feature is as well as all of them, at a fraction of the cost.
 */
function vectors(outcomes: readonly Described[], wanted: Set<number>): Map<number, Vector> {
  const counter = new FeatureCounter();
  const df = new Int32Array(FEATURE_SPACE);
  const step = Math.max(1, Math.ceil(outcomes.length / DF_SAMPLE));
  let sampled = 0;
  const kept = new Map<number, FeatureCounts>();
  outcomes.forEach((o, i) => {
    if (i % step !== 0 && !wanted.has(i)) return;
    const counts = descriptionFeatures(counter, o.description);
    if (wanted.has(i)) kept.set(i, counts);
    if (i % step !== 0) return;
    sampled++;
    for (const f of counts.features) df[f] = (df[f] as number) + 1;
  });
  const out = new Map<number, Vector>();
  for (const [i, c] of kept) {
    const values = c.features.reduce((v, f, k) => {
      const idf = Math.log((1 + sampled) / (1 + (df[f] as number))) + 1;
      v[k] = (1 + Math.log(c.counts[k] as number)) * idf;
      return v;
    }, new Float32Array(c.features.length));
    const norm = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0));
    out.set(i, { features: c.features, values: values.map((v) => (norm > 0 ? v / norm : 0)) });
  }
  return out;
}

/** The cosine of two unit vectors whose features ascend. */
function cosine(x: Vector, y: Vector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < x.features.length && j < y.features.length) {
    const a = x.features[i] as number;
    const b = y.features[j] as number;
    if (a === b) dot += (x.values[i++] as number) * (y.values[j++] as number);
    else if (a < b) i++;
    else j++;
  }
  return Math.min(1, dot);
}

/**
 * Each description's words in order, the keys it is indexed by (its words and neighbouring word pairs,
 * hashed: a pair is rare where both its words are common, "council allocated"), and the outcomes each key
 * occurs in, common keys left out. A hash collision can only add a pair to compare.
 */
function keyIndex(outcomes: readonly Described[]): {
  texts: string[];
  keys: number[][];
  postings: Map<number, number[]>;
} {
  const texts: string[] = [];
  const keys = outcomes.map((o) => {
    const words = tokenize(o.description).map((t) => t.key);
    texts.push(words.join(' '));
    const hashes = words.map(hashWord);
    const pairs = hashes.slice(1).map((h, i) => (Math.imul(hashes[i] as number, PAIR_MIX) ^ h) >>> 0);
    return [...new Set([...hashes, ...pairs])];
  });
  const postings = new Map<number, number[]>();
  keys.forEach((list, i) => {
    for (const k of list) {
      const at = postings.get(k);
      if (at) at.push(i);
      else postings.set(k, [i]);
    }
  });
  const common = Math.max(COMMON_KEYS, Math.ceil(outcomes.length * 0.002));
  for (const [k, at] of postings) if (at.length > common) postings.delete(k);
  return { texts, keys, postings };
}

/**
 * Pairs worth comparing: the same words in the same order, or two of one's rarest keys in the other.
 * `onLookedUp` hears how many outcomes have been looked up.
 */
function candidates(outcomes: readonly Described[], onLookedUp: (done: number) => void): [number, number][] {
  const { texts, keys, postings } = keyIndex(outcomes);
  const pairs = new Set<number>();
  const n = outcomes.length;
  const add = (i: number, j: number) => pairs.add(Math.min(i, j) * n + Math.max(i, j));
  const sameText = new Map<string, number>();
  const shared = new Int32Array(n);
  texts.forEach((text, i) => {
    const twin = sameText.get(text);
    if (twin !== undefined && text !== '') add(twin, i);
    else sameText.set(text, i);
    const signature = (keys[i] ?? [])
      .map((k) => postings.get(k))
      .filter((at): at is number[] => at !== undefined && at.length > 1)
      .sort((a, b) => a.length - b.length)
      .slice(0, SIGNATURE_KEYS);
    const touched: number[] = [];
    for (const at of signature)
      for (const j of at) {
        if (j === i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] = (shared[j] as number) + 1;
      }
    const needed = Math.min(SHARED_KEYS, signature.length);
    for (const j of touched) {
      if ((shared[j] as number) >= needed) add(i, j);
      shared[j] = 0;
    }
    onLookedUp(i + 1);
  });
  return [...pairs].map((p) => [Math.floor(p / n), p % n]);
}

/**
 * The pairs of outcomes at least `threshold` alike, most alike first. Each pair is named once, the
 * smaller id first. `onProgress` hears the work done out of twice the outcomes: each outcome looked up,
 * then the pairs found compared, counted as their share of the outcomes.
 */
export function findDuplicates(
  outcomes: readonly Described[],
  threshold = DEFAULT_DUPLICATE_THRESHOLD,
  onProgress: (done: number, total: number) => void = () => {},
): DuplicatePair[] {
  const n = outcomes.length;
  const pairs = candidates(outcomes, (done) => onProgress(done, 2 * n));
  const vectorOf = vectors(outcomes, new Set(pairs.flat()));
  const found: DuplicatePair[] = [];
  for (const [k, [i, j]] of pairs.entries()) {
    if (k % PAIRS_PER_REPORT === 0) onProgress(n + Math.floor((n * k) / pairs.length), 2 * n);
    const similarity = cosine(vectorOf.get(i) as Vector, vectorOf.get(j) as Vector);
    if (similarity < threshold) continue;
    const [a, b] = [(outcomes[i] as Described).id, (outcomes[j] as Described).id].sort();
    found.push({ a: a as string, b: b as string, similarity: Math.round(similarity * 1000) / 1000 });
  }
  onProgress(2 * n, 2 * n);
  return found.sort(
    (x, y) => y.similarity - x.similarity || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  );
}
