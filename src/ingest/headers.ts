import { OUTCOME_FIELDS, type OutcomeField } from '../domain/outcome.js';
import type { RawColumn } from './table.js';

/** How one input column was understood: mapped to a field (and how), or kept as an extra. */
export interface HeaderMatch {
  header: string;
  column: number;
  field: OutcomeField | null;
  how: 'name' | 'fuzzy' | 'extra';
}

/** Headers compare without case, accents, spacing or punctuation: "Additional information (use if needed) ". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const NAMES: ReadonlyMap<string, OutcomeField> = new Map(
  OUTCOME_FIELDS.flatMap((f) =>
    [f.key, f.label, ...f.aliases].map((name) => [headerKey(name), f.key] as const),
  ),
);

/** Real column names that sit a typo away from a field's name and mean something else ("County" is not "Country"). */
const OTHER_WORDS = new Set([
  'county',
  'counties',
  'region',
  'regions',
  'province',
  'district',
  'city',
  'date',
  'dates',
  'title',
  'scope',
  'stage',
  'state',
]);

/** Typos allowed for a header of this length: none for short ones, where one letter changes the meaning. */
function typoBudget(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  if (length <= 16) return 2;
  return 3;
}

/** Edit distance counting a swap of two neighbouring letters as one edit ("coutnry" is one from "country"). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The field a header names, exactly (after folding) or within a few typos of one unambiguous name. */
export function matchHeader(header: string): { field: OutcomeField; how: 'name' | 'fuzzy' } | null {
  const key = headerKey(header);
  if (!key) return null;
  const exact = NAMES.get(key);
  if (exact) return { field: exact, how: 'name' };
  if (OTHER_WORDS.has(key)) return null;
  const budget = typoBudget(key.length);
  if (budget === 0) return null;
  let best: OutcomeField | null = null;
  let bestDistance = budget + 1;
  let tie = false;
  for (const [name, field] of NAMES) {
    if (Math.abs(name.length - key.length) > budget) continue;
    const distance = editDistance(key, name);
    if (distance < bestDistance) [best, bestDistance, tie] = [field, distance, false];
    else if (distance === bestDistance && field !== best) tie = true;
  }
  return best && !tie ? { field: best, how: 'fuzzy' } : null;
}

/** Maps every column to a field or keeps it as an extra; a field claimed twice is reported by the caller. */
export function mapHeaders(columns: RawColumn[]): HeaderMatch[] {
  return columns.map((c, column) => {
    const match = c.extra ? null : matchHeader(c.name);
    return match
      ? { header: c.name, column, ...match }
      : { header: c.name, column, field: null, how: 'extra' };
  });
}

/** How many of the names are outcome field headers: used to find the header row below title rows. */
export function countFieldHeaders(names: string[]): number {
  return new Set(names.map((n) => matchHeader(n)?.field).filter(Boolean)).size;
}
