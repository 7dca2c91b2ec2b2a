/**
 * From feature counts to the weighted vectors the model multiplies: only features seen in training keep
 * a column; each count is damped (1 + log) and weighted by how rare the feature is (inverse document
 * frequency); each zone's part is scaled to unit length.
 */
import { FEATURE_SPACE, type FeatureCounts, ZONES, zoneOf } from './features.js';

/** The features that have a column, sorted, with their inverse document frequency. */
export interface Vocabulary {
  features: Int32Array;
  idf: Float32Array;
}

/** Rows of weighted feature values, compressed: row r holds indices[indptr[r] .. indptr[r+1]). */
export interface SparseRows {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

export interface VocabularyOptions {
  /** At most this many columns, the most frequent features first. */
  maxColumns: number;
  /** Features in fewer texts than this get no column. */
  minCount: number;
}

/** Chooses the columns from the texts a model learns from. */
export function fitVocabulary(texts: FeatureCounts[], options: VocabularyOptions): Vocabulary {
  const df = new Int32Array(FEATURE_SPACE);
  for (const t of texts) for (const f of t.features) df[f] = (df[f] as number) + 1;
  let kept: number[] = [];
  for (let f = 0; f < FEATURE_SPACE; f++) if ((df[f] as number) >= options.minCount) kept.push(f);
  if (kept.length > options.maxColumns) {
    kept.sort((a, b) => (df[b] as number) - (df[a] as number) || a - b);
    kept = kept.slice(0, options.maxColumns).sort((a, b) => a - b);
  }
  const features = Int32Array.from(kept);
  const idf = new Float32Array(features.length);
  for (let c = 0; c < features.length; c++)
    idf[c] = Math.log((1 + texts.length) / (1 + (df[features[c] as number] as number))) + 1;
  return { features, idf };
}

const columnMaps = new WeakMap<Vocabulary, Int32Array>();

/** Column of each feature bucket, -1 for none; built once per vocabulary. */
function columnMap(vocabulary: Vocabulary): Int32Array {
  let map = columnMaps.get(vocabulary);
  if (!map) {
    map = new Int32Array(FEATURE_SPACE).fill(-1);
    vocabulary.features.forEach((f, c) => {
      (map as Int32Array)[f] = c;
    });
    columnMaps.set(vocabulary, map);
  }
  return map;
}

/** The column of a feature bucket, or -1 when it has none. */
export function columnOf(vocabulary: Vocabulary, feature: number): number {
  return columnMap(vocabulary)[feature] ?? -1;
}

/** One text's weighted vector: columns ascending, with values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export function vectorize(vocabulary: Vocabulary, counts: FeatureCounts): SparseVector {
  const map = columnMap(vocabulary);
  const indices = new Int32Array(counts.features.length);
  const values = new Float32Array(counts.features.length);
  const zones = new Uint8Array(counts.features.length);
  const norms = new Float64Array(ZONES);
  let n = 0;
  for (let i = 0; i < counts.features.length; i++) {
    const feature = counts.features[i] as number;
    const column = map[feature] as number;
    if (column < 0) continue;
    const value = (1 + Math.log(counts.counts[i] as number)) * (vocabulary.idf[column] as number);
    const zone = zoneOf(feature);
    indices[n] = column;
    values[n] = value;
    zones[n++] = zone;
    norms[zone] = (norms[zone] as number) + value * value;
  }
  for (let i = 0; i < n; i++)
    values[i] = (values[i] as number) / Math.sqrt(norms[zones[i] as number] as number);
  return { indices: indices.slice(0, n), values: values.slice(0, n) };
}

/** Stacks vectors into rows. */
export function stackRows(vectors: SparseVector[], cols: number): SparseRows {
  const indptr = new Int32Array(vectors.length + 1);
  vectors.forEach((v, r) => {
    indptr[r + 1] = (indptr[r] as number) + v.indices.length;
  });
  const nnz = indptr[vectors.length] as number;
  const indices = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  vectors.forEach((v, r) => {
    indices.set(v.indices, indptr[r]);
    values.set(v.values, indptr[r]);
  });
  return { rows: vectors.length, cols, indptr, indices, values };
}

/** The first column of each zone, and the end of the last: a zone's columns are contiguous. */
export function zoneStarts(vocabulary: Vocabulary): Int32Array {
  const starts = new Int32Array(ZONES + 1).fill(vocabulary.features.length);
  for (let c = vocabulary.features.length - 1; c >= 0; c--) {
    const zone = zoneOf(vocabulary.features[c] as number);
    for (let z = 0; z <= zone; z++) starts[z] = Math.min(starts[z] as number, c);
  }
  return starts;
}

/** The part of each row in columns [from, to), renumbered from 0; each row's columns ascend. */
export function sliceColumns(data: SparseRows, from: number, to: number): SparseRows {
  const starts = new Int32Array(data.rows);
  const ends = new Int32Array(data.rows);
  const indptr = new Int32Array(data.rows + 1);
  for (let r = 0; r < data.rows; r++) {
    let start = data.indptr[r] as number;
    const rowEnd = data.indptr[r + 1] as number;
    while (start < rowEnd && (data.indices[start] as number) < from) start++;
    let end = start;
    while (end < rowEnd && (data.indices[end] as number) < to) end++;
    starts[r] = start;
    ends[r] = end;
    indptr[r + 1] = (indptr[r] as number) + end - start;
  }
  const nnz = indptr[data.rows] as number;
  const indices = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  for (let r = 0; r < data.rows; r++) {
    const at = indptr[r] as number;
    for (let i = starts[r] as number, j = at; i < (ends[r] as number); i++, j++) {
      indices[j] = (data.indices[i] as number) - from;
      values[j] = data.values[i] as number;
    }
  }
  return { rows: data.rows, cols: to - from, indptr, indices, values };
}
