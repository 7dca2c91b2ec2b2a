import { type Codebook, codeLabel } from '../domain/codebook.js';
import { FIELD_BY_KEY, type OutcomeField } from '../domain/outcome.js';
import { TesseraError } from '../errors.js';
import { matchHeader } from '../ingest/index.js';
import { columnOf, filterSql, type OutcomeFilter, type Queryable } from '../store/index.js';

/** Fields outcomes can be counted by: every coded, rated, boolean or period field. */
const COUNTABLE: readonly OutcomeField[] = [
  'country',
  'year',
  'harvest',
  'status',
  'typesOfChange',
  'cluster',
  'socialActor',
  'scale',
  'ratingSignificance',
  'ratingContribution',
  'unintended',
  'negative',
  'confidential',
];

/** Resolves what a user typed ("country", "type", "Social actor", "coutnry") to a countable field. */
export function countableField(name: string): OutcomeField {
  const field = name.trim().toLowerCase() === 'type' ? 'typesOfChange' : matchHeader(name)?.field;
  if (!field || !COUNTABLE.includes(field)) {
    throw new TesseraError('usage', `cannot count by "${name}"; choose from ${COUNTABLE.join(', ')}`);
  }
  return field;
}

export type CellValue = string | number | boolean | null;

/** Counts of outcomes per combination of values, with the count per value of each field alone. */
export interface CrossTab {
  by: OutcomeField[];
  /** Outcomes counted (each once, even where a multi-select field counts it under several values). */
  total: number;
  rows: { values: CellValue[]; count: number }[];
  /** Per field: outcomes per value. */
  totals: { value: CellValue; count: number }[][];
  /** What people see for a stored value of each field (codebook labels, the usual name of a country). */
  labels: Map<string, string>[];
}

/** The SQL that reads a field's value from an outcome `o`: countries by code, so "DR Congo" and "DRC" count as one. */
function valueSql(field: OutcomeField): string {
  return field === 'country' ? 'coalesce(o.country_code, o.country)' : `o.${columnOf(field)}`;
}

type Counts = Map<string, { values: CellValue[]; count: number }[]>;

/**
 * Counts rows of `source` (columns k0, k1, ... and name) under several grouping sets in one scan; the
 * result is keyed by the set's columns joined with ",".
 */
async function countSets(
  q: Queryable,
  source: string,
  params: unknown[],
  wanted: string[][],
): Promise<Counts> {
  const sets = [...new Map(wanted.map((set) => [set.join(','), set])).values()];
  const columns = [...new Set(sets.flat())];
  const rows = await q.query<Record<string, CellValue>>(
    `SELECT ${[...columns, 'count(*)::integer AS n', ...(columns.length ? [`GROUPING(${columns.join(', ')})::integer AS g`] : [])].join(', ')}
     FROM (${source}) s GROUP BY GROUPING SETS (${sets.map((set) => `(${set.join(', ')})`).join(', ')})`,
    params,
  );
  const counts: Counts = new Map(sets.map((set) => [set.join(','), []]));
  for (const row of rows) {
    // GROUPING() sets a bit, first column highest, for each column a row is not grouped by
    const grouped = columns.filter((_, i) => !(Number(row.g) & (1 << (columns.length - 1 - i))));
    counts.get(grouped.join(','))?.push({ values: grouped.map((c) => row[c] ?? null), count: Number(row.n) });
  }
  return counts;
}

/**
 * Counts by the fields, by each field alone, in all, and the names used per country code, in at most two
 * scans (a table scan is most of a cross-tab's time): one over outcomes, and one over the values of a
 * multi-select field, where an outcome is a row per value.
 */
async function countAll(q: Queryable, by: OutcomeField[], filter: OutcomeFilter) {
  const { where, params } = filterSql(filter);
  const keys = by.map((_, i) => `k${i}`);
  const multi = by.indexOf('typesOfChange');
  const single = keys.filter((_, i) => i !== multi);
  const country = by.indexOf('country');
  const columns = by.map((f, i) => (i === multi ? 'NULL::text' : valueSql(f)));
  const outcomes = await countSets(
    q,
    `SELECT ${columns.map((c, i) => `${c} AS k${i}`).join(', ')}, o.country AS name FROM outcomes o ${where}`,
    params,
    [
      ...(multi < 0 ? [keys] : []),
      ...single.map((k) => [k]),
      [],
      ...(country < 0 ? [] : [[`k${country}`, 'name']]),
    ],
  );
  const values =
    multi < 0
      ? undefined
      : await countSets(
          q,
          `SELECT ${by
            .map((f, i) => (i === multi ? 'v' : valueSql(f)))
            .map((c, i) => `${c} AS k${i}`)
            .join(', ')}
           FROM outcomes o LEFT JOIN LATERAL (SELECT DISTINCT v FROM unnest(o.types_of_change) v) t ON true ${where}`,
          params,
          [keys, [`k${multi}`]],
        );
  const counts = (set: string[]) => values?.get(set.join(',')) ?? outcomes.get(set.join(',')) ?? [];
  return {
    rows: counts(keys),
    totals: keys.map((k) => counts([k]).map((r) => ({ value: r.values[0] ?? null, count: r.count }))),
    total: counts([])[0]?.count ?? 0,
    countries: countryNames(outcomes.get(`k${country},name`) ?? []),
  };
}

/** The name a store mostly uses for each country code, from counts by code and name. */
function countryNames(counts: { values: CellValue[]; count: number }[]): Map<string, string> {
  const names = new Map<string, { name: string; count: number }>();
  for (const { values, count } of counts) {
    const [code, name] = values.map(String);
    const best = names.get(code as string);
    if (name && (!best || count > best.count)) names.set(code as string, { name, count });
  }
  return new Map([...names].map(([code, best]) => [code, best.name]));
}

function fieldLabels(
  field: OutcomeField,
  values: CellValue[],
  codebook: Codebook,
  countries: Map<string, string>,
): Map<string, string> {
  const list = FIELD_BY_KEY.get(field)?.list;
  return new Map(
    values.map((v) => {
      const key = String(v);
      if (v === null) return [key, '(none)'];
      if (typeof v === 'boolean') return [key, v ? 'yes' : 'no'];
      if (field === 'country') return [key, countries.get(key) ?? key];
      return [key, list ? codeLabel(codebook, list, key) : key];
    }),
  );
}

function compare(a: CellValue, b: CellValue): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

/**
 * How a field's values sort: years and numbers by value; ratings and other coded values in codebook
 * order (low, medium, high), then values outside the codebook by their label; empty values last.
 */
function valueOrder(field: OutcomeField, labels: Map<string, string>, codebook: Codebook) {
  const list = FIELD_BY_KEY.get(field)?.list;
  const rank = new Map((list ? (codebook.lists[list] ?? []) : []).map((c, i) => [c.id, i]));
  const ordinal = FIELD_BY_KEY.get(field)?.kind === 'rating';
  return (a: CellValue, b: CellValue): number => {
    if (ordinal && a !== null && b !== null) {
      const [ra, rb] = [rank.get(String(a)), rank.get(String(b))];
      if (ra !== undefined && rb !== undefined) return ra - rb;
    }
    if (typeof a === 'number' || typeof b === 'number') return compare(a, b);
    return compare(
      a === null ? null : (labels.get(String(a)) ?? a),
      b === null ? null : (labels.get(String(b)) ?? b),
    );
  };
}

/** Counts outcomes by one to three fields, each combination and each field alone, in one consistent view. */
export async function crossTab(
  q: Queryable,
  by: OutcomeField[],
  filter: OutcomeFilter,
  codebook: Codebook,
): Promise<CrossTab> {
  if (by.length < 1 || by.length > 3)
    throw new TesseraError('usage', 'count by one, two or three fields, e.g. --by country,year');
  const { rows, totals, total, countries } = await countAll(q, by, filter);
  const labels = by.map((f, i) =>
    fieldLabels(
      f,
      (totals[i] ?? []).map((t) => t.value),
      codebook,
      countries,
    ),
  );
  const order = (i: number) => valueOrder(by[i] as OutcomeField, labels[i] ?? new Map(), codebook);
  rows.sort((a, b) => {
    for (let i = 0; i < by.length; i++) {
      const c = order(i)(a.values[i] ?? null, b.values[i] ?? null);
      if (c !== 0) return c;
    }
    return 0;
  });
  for (const [i, t] of totals.entries()) t.sort((a, b) => order(i)(a.value, b.value));
  return { by, total, rows, totals, labels };
}
