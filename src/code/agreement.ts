/**
 * Agreement between coders: Cohen's kappa for two coders of a single-label field, Krippendorff's alpha for
 * any number of coders (nominal for single-label fields, the MASI distance for sets of codes), and the
 * items two coders coded differently. Pure functions: the store gathers the codings, the CLI shows them.
 */

/** A pair of codes given by two coders to one item. */
export type CodePair = readonly [string, string];

/**
 * Cohen's kappa of two coders over the same items, nominal: (agreed − expected) / (all − expected), in
 * counts so that perfect agreement is exactly 1. Null when it is undefined: no items, or both coders gave
 * every item the same one code (expected agreement is then total).
 */
export function cohenKappa(pairs: readonly CodePair[]): number | null {
  const n = pairs.length;
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let agreed = 0;
  for (const [a, b] of pairs) {
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
    if (a === b) agreed++;
  }
  let chance = 0;
  for (const [code, count] of first) chance += count * (second.get(code) ?? 0);
  const room = n * n - chance;
  return room === 0 ? null : (n * agreed - chance) / room;
}

/** Nominal distance: codes agree or they do not. */
export function nominalDistance(a: string, b: string): number {
  return a === b ? 0 : 1;
}

/**
 * MASI distance between two sets of codes (Passonneau 2006): 1 − Jaccard × monotonicity, where
 * monotonicity is 1 for equal sets, 2/3 when one holds the other, 1/3 when they overlap otherwise, and 0
 * when they share nothing. It counts a coder who added one code as nearer than one who chose others.
 */
export function masiDistance(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  const shared = [...left].filter((code) => right.has(code)).length;
  const union = left.size + right.size - shared;
  if (union === 0) return 0;
  const monotonicity =
    shared === left.size && shared === right.size
      ? 1
      : shared === left.size || shared === right.size
        ? 2 / 3
        : shared > 0
          ? 1 / 3
          : 0;
  return 1 - (shared / union) * monotonicity;
}

/** How a value is told apart from others (its key) and how far two values are. */
export interface Metric<T> {
  key: (value: T) => string;
  distance: (a: T, b: T) => number;
}

export const NOMINAL: Metric<string> = { key: (v) => v, distance: nominalDistance };

export const MASI: Metric<readonly string[]> = {
  key: (v) => [...v].sort().join('\0'),
  distance: masiDistance,
};

/** The values of a unit that can be paired: a unit coded by fewer than two coders tells nothing. */
function pairable<T>(units: readonly (readonly (T | null)[])[]): T[][] {
  return units.map((unit) => unit.filter((v): v is T => v !== null)).filter((values) => values.length >= 2);
}

/** Sum of the distances between every ordered pair of different positions in a unit. */
function withinUnit<T>(values: readonly T[], metric: Metric<T>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++)
    for (let j = 0; j < values.length; j++)
      if (i !== j) sum += metric.distance(values[i] as T, values[j] as T);
  return sum;
}

/**
 * Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's alpha-reliability"): 1 − observed /
 * expected disagreement, over units (items) each holding one value per coder, null where a coder did not
 * code it. Any number of coders, missing values allowed. Null when undefined: fewer than two pairable
 * values, or every value the same (no disagreement can be expected).
 */
export function krippendorffAlpha<T>(
  units: readonly (readonly (T | null)[])[],
  metric: Metric<T>,
): number | null {
  const coded = pairable(units);
  const n = coded.reduce((sum, values) => sum + values.length, 0);
  if (n < 2) return null;
  let observed = 0;
  const values = new Map<string, { value: T; count: number }>();
  for (const unit of coded) {
    observed += withinUnit(unit, metric) / (unit.length - 1);
    for (const value of unit) {
      const key = metric.key(value);
      const seen = values.get(key);
      if (seen) seen.count++;
      else values.set(key, { value, count: 1 });
    }
  }
  let expected = 0;
  for (const a of values.values())
    for (const b of values.values()) expected += a.count * b.count * metric.distance(a.value, b.value);
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

/** Landis and Koch's (1977) reading of a kappa. */
export function landisKoch(kappa: number | null): string {
  if (kappa === null) return 'undefined';
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost perfect';
}

/** Krippendorff's (2004) reading of an alpha: rely on ≥ 0.800, draw tentative conclusions from ≥ 0.667. */
export function alphaReading(alpha: number | null): string {
  if (alpha === null) return 'undefined';
  if (alpha >= 0.8) return 'reliable';
  if (alpha >= 0.667) return 'tentative';
  return 'unreliable';
}

/** One item both coders coded: the outcome id and each coder's codes. */
export interface CodedPair {
  id: string;
  a: string[];
  b: string[];
}

/** Kappa on whether one code was given, for a multi-label field. */
export interface CodeAgreement {
  observed: number;
  kappa: number | null;
}

/** How two coders agree on one field. */
export interface FieldAgreement {
  /** Items both coded. */
  n: number;
  /** Share of items given exactly the same codes. */
  observed: number;
  /** Single-label fields only. */
  kappa?: number | null;
  alpha: number | null;
  /** Multi-label fields only: per code, agreement on its presence. */
  perCode?: Record<string, CodeAgreement>;
  disagreements: CodedPair[];
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return MASI.key(a) === MASI.key(b);
}

/** Presence and absence of each code either coder used, as pairs of "1" and "0". */
function perCode(items: readonly CodedPair[]): Record<string, CodeAgreement> {
  const codes = [...new Set(items.flatMap((item) => [...item.a, ...item.b]))].sort();
  return Object.fromEntries(
    codes.map((code) => {
      const pairs = items.map(
        (item): CodePair => [item.a.includes(code) ? '1' : '0', item.b.includes(code) ? '1' : '0'],
      );
      const agreed = pairs.filter(([a, b]) => a === b).length;
      return [code, { observed: agreed / pairs.length, kappa: cohenKappa(pairs) }];
    }),
  );
}

/**
 * Two coders' agreement on one field over the items both coded. A single-label item without a code on
 * either side is left out (it was not coded); a multi-label item compares the two sets of codes.
 */
export function pairAgreement(given: readonly CodedPair[], multi: boolean): FieldAgreement {
  const items = multi ? [...given] : given.filter((item) => item.a.length > 0 && item.b.length > 0);
  const disagreements = items.filter((item) => !sameCodes(item.a, item.b));
  const n = items.length;
  const observed = n === 0 ? 0 : (n - disagreements.length) / n;
  if (multi)
    return {
      n,
      observed,
      alpha: krippendorffAlpha(
        items.map((item) => [item.a, item.b]),
        MASI,
      ),
      perCode: perCode(items),
      disagreements,
    };
  const pairs = items.map((item): CodePair => [item.a[0] as string, item.b[0] as string]);
  return {
    n,
    observed,
    kappa: cohenKappa(pairs),
    alpha: krippendorffAlpha(pairs, NOMINAL),
    disagreements,
  };
}

/**
 * Alpha over every coder of a field: units are items, each with one set of codes per coder (null where
 * that coder did not code it). Single-label fields use the nominal distance on their one code.
 */
export function groupAlpha(
  units: readonly (readonly (string[] | null)[])[],
  multi: boolean,
): { n: number; alpha: number | null } {
  if (multi) return { n: pairable(units).length, alpha: krippendorffAlpha(units, MASI) };
  const single = units.map((unit) => unit.map((codes) => codes?.[0] ?? null));
  return { n: pairable(single).length, alpha: krippendorffAlpha(single, NOMINAL) };
}

/** One coder's latest codes for one field of an outcome. */
export interface CoderCodes {
  outcomeId: string;
  field: string;
  coder: string;
  codes: string[];
}

/** Two coders and how they agree on each field both coded. */
export interface PairReport {
  coders: [string, string];
  fields: Record<string, FieldAgreement>;
}

/** Agreement of every pair of coders, and alpha over all coders per field. */
export interface AgreementReport {
  coders: string[];
  fields: Record<string, { n: number; alpha: number | null }>;
  pairs: PairReport[];
}

/** field → outcome id → coder → codes. */
type Coded = Map<string, Map<string, Map<string, string[]>>>;

function byField(codings: readonly CoderCodes[]): Coded {
  const coded: Coded = new Map();
  for (const c of codings) {
    const outcomes = coded.get(c.field) ?? new Map<string, Map<string, string[]>>();
    coded.set(c.field, outcomes);
    const coders = outcomes.get(c.outcomeId) ?? new Map<string, string[]>();
    outcomes.set(c.outcomeId, coders);
    coders.set(c.coder, c.codes);
  }
  return coded;
}

function pairReport(coded: Coded, pair: [string, string], multi: (field: string) => boolean): PairReport {
  const fields: Record<string, FieldAgreement> = {};
  for (const [field, outcomes] of coded) {
    const items: CodedPair[] = [];
    for (const [id, coders] of [...outcomes].sort(([x], [y]) => x.localeCompare(y))) {
      const [a, b] = [coders.get(pair[0]), coders.get(pair[1])];
      if (a && b) items.push({ id, a, b });
    }
    const agreement = pairAgreement(items, multi(field));
    if (agreement.n > 0) fields[field] = agreement;
  }
  return { coders: pair, fields };
}

/**
 * How coders agree, from each coder's latest codes: every pair of the coders given (else of every coder
 * found) that coded some field of the same outcomes, and alpha over all of them. `multi` tells which
 * fields take several codes.
 */
export function agreementReport(
  codings: readonly CoderCodes[],
  multi: (field: string) => boolean,
  only?: readonly string[],
): AgreementReport {
  const coded = byField(codings);
  const coders = only ? [...only] : [...new Set(codings.map((c) => c.coder))].sort();
  const pairs: PairReport[] = [];
  for (let i = 0; i < coders.length; i++)
    for (let j = i + 1; j < coders.length; j++) {
      const pair = pairReport(coded, [coders[i] as string, coders[j] as string], multi);
      if (Object.keys(pair.fields).length > 0) pairs.push(pair);
    }
  const fields: AgreementReport['fields'] = {};
  for (const [field, outcomes] of coded) {
    const units = [...outcomes.values()].map((byCoder) => coders.map((c) => byCoder.get(c) ?? null));
    const group = groupAlpha(units, multi(field));
    if (group.n > 0) fields[field] = group;
  }
  return { coders, fields, pairs };
}
