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

/** An expression per field; a multi-select field is unnested so that each value counts once per outcome. */
function groupExpression(field: OutcomeField, alias: string): { select: string; from: string } {
  if (field === 'typesOfChange') {
    return {
      select: `${alias}.v`,
      from: `LEFT JOIN LATERAL unnest(o.types_of_change) AS ${alias}(v) ON true`,
    };
  }
  if (field === 'country') return { select: 'coalesce(o.country_code, o.country)', from: '' };
  return { select: `o.${columnOf(field)}`, from: '' };
}

async function grouped(q: Queryable, fields: OutcomeField[], filter: OutcomeFilter) {
  const { where, params } = filterSql(filter);
  const parts = fields.map((f, i) => groupExpression(f, `g${i}`));
  const cols = parts.map((p, i) => `${p.select} AS k${i}`);
  const rows = await q.query<Record<string, CellValue>>(
    `SELECT ${cols.join(', ')}, count(DISTINCT o.id)::integer AS n FROM outcomes o ${parts.map((p) => p.from).join(' ')}
     ${where.replace(/\b(country_code|country|year|harvest|types_of_change)\b/g, 'o.$1')} GROUP BY ${fields.map((_, i) => i + 1).join(', ')}`,
    params,
  );
  return rows.map((r) => ({ values: fields.map((_, i) => r[`k${i}`] ?? null), count: Number(r.n) }));
}

/** The name a store mostly uses for each country code, so that "DR Congo" and "DRC" count as one. */
async function countryNames(q: Queryable): Promise<Map<string, string>> {
  const rows = await q.query<{ code: string; name: string }>(
    `SELECT country_code AS code, mode() WITHIN GROUP (ORDER BY country) AS name FROM outcomes WHERE country_code IS NOT NULL GROUP BY 1`,
  );
  return new Map(rows.map((r) => [r.code, r.name]));
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
  const rows = await grouped(q, by, filter);
  const totals = await Promise.all(
    by.map(async (f) =>
      (await grouped(q, [f], filter)).map((r) => ({ value: r.values[0] ?? null, count: r.count })),
    ),
  );
  const { where, params } = filterSql(filter);
  const [all] = await q.query<{ n: number }>(`SELECT count(*)::integer AS n FROM outcomes ${where}`, params);
  const countries = by.includes('country') ? await countryNames(q) : new Map<string, string>();
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
  return { by, total: Number(all?.n ?? 0), rows, totals, labels };
}
