/**
 * Facets of search results: what hits are counted by and filtered on. Each is a column of search_items
 * (store/migrations/004-search.sql); multi-valued ones (countries, types of change, organisations) count
 * an item once under each of its values.
 */
import { type Codebook, findCode } from '../domain/codebook.js';
import { countryCode } from '../domain/country.js';
import { TesseraError } from '../errors.js';
import { isCode, type Protection, redactTexts } from '../protect/index.js';
import { aliasKey } from '../store/actors.js';
import type { Queryable } from '../store/index.js';

export const FACETS = [
  'kind',
  'country',
  'year',
  'harvest',
  'typesOfChange',
  'cluster',
  'socialActor',
  'scale',
  'ratingSignificance',
  'ratingContribution',
  'status',
  'organisation',
] as const;

export type Facet = (typeof FACETS)[number];

interface FacetSpec {
  /** The column of search_items. */
  column: string;
  /** Holds several values per item. */
  many?: boolean;
  /** The codebook list whose labels filters accept. */
  list?: string;
  /** At most this many values are returned, the most frequent first. */
  top?: number;
  /** Other names people use for it. */
  aliases: string[];
}

const SPECS: Record<Facet, FacetSpec> = {
  kind: { column: 'kind', aliases: ['kinds', 'document kind', 'type of item'] },
  country: { column: 'countries', many: true, top: 40, aliases: ['countries', 'pays', 'país'] },
  year: { column: 'year', aliases: ['years'] },
  harvest: { column: 'harvest', top: 40, aliases: ['harvests', 'round'] },
  typesOfChange: {
    column: 'types_of_change',
    many: true,
    list: 'type_of_change',
    aliases: ['type', 'types', 'type of change', 'types of change', 'change'],
  },
  cluster: {
    column: 'cluster',
    list: 'type_of_change_cluster',
    aliases: ['clusters', 'type of change cluster'],
  },
  socialActor: {
    column: 'social_actor',
    list: 'social_actor',
    aliases: ['actor', 'social actor', 'social actors', 'who changed'],
  },
  scale: { column: 'scale', list: 'scale', aliases: ['scales', 'level'] },
  ratingSignificance: {
    column: 'rating_significance',
    list: 'rating_significance',
    aliases: ['rating significance', 'significance rating', 'significance'],
  },
  ratingContribution: {
    column: 'rating_contribution',
    list: 'rating_contribution',
    aliases: ['rating contribution', 'contribution rating', 'contribution'],
  },
  status: { column: 'status', list: 'outcome_status', aliases: ['outcome status'] },
  organisation: {
    column: 'organisations',
    many: true,
    top: 25,
    aliases: ['organization', 'organisations', 'organizations', 'org', 'partner'],
  },
};

const key = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

const BY_NAME = new Map<string, Facet>(
  FACETS.flatMap((f) => [[key(f), f] as const, ...SPECS[f].aliases.map((a) => [key(a), f] as const)]),
);

/** The facet a name means ("type", "social actor", "organization"), or a usage error listing them all. */
export function facetNamed(name: string): Facet {
  const facet = BY_NAME.get(key(name)) ?? BY_NAME.get(key(name.replace(/([a-z])([A-Z])/g, '$1 $2')));
  if (!facet) throw new TesseraError('usage', `unknown facet "${name}"; choose from ${FACETS.join(', ')}`);
  return facet;
}

/** Filters: per facet, values any of which may match; facets together must all match. */
export type SearchFilter = Partial<Record<Facet, readonly (string | number)[]>>;

/** SQL conditions on search_items `s`, parameters numbered after `offset`. */
export interface FilterSql {
  conditions: string[];
  params: unknown[];
}

/** What a filter value is stored as: codebook ids for coded facets, ISO codes for countries, years. */
function storedValues(facet: Facet, values: readonly (string | number)[], codebook: Codebook): unknown[] {
  const list = SPECS[facet].list;
  return values.map((v) => {
    const text = String(v).trim();
    if (facet === 'year') {
      const year = Number(text);
      if (!Number.isInteger(year))
        throw new TesseraError('usage', `year ${text}: expected a year such as 2023`);
      return year;
    }
    if (facet === 'country') return countryCode(text) ?? text;
    return list ? (findCode(codebook, list, text)?.id ?? text) : text;
  });
}

/** Organisation names, acronyms or ids as the ids of stored actors; a name no actor has matches nothing. */
async function organisationIds(q: Queryable, values: readonly (string | number)[]): Promise<number[]> {
  const names = values.map(String);
  const rows = await q.query<{ id: number }>(
    `SELECT DISTINCT actor_id::integer AS id FROM actor_aliases
     WHERE (alias_kind = 'name' AND alias_key = ANY ($1)) OR (alias_kind = 'acronym' AND alias_key = ANY ($2))
        OR actor_id::text = ANY ($3)`,
    [names.map((n) => aliasKey('name', n)), names.map((n) => aliasKey('acronym', n)), names],
  );
  return rows.map((r) => r.id);
}

export async function filterSql(
  q: Queryable,
  filter: SearchFilter,
  codebook: Codebook,
  offset: number,
): Promise<FilterSql> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  for (const facet of FACETS) {
    const values = filter[facet];
    if (!values?.length) continue;
    const spec = SPECS[facet];
    const stored =
      facet === 'organisation' ? await organisationIds(q, values) : storedValues(facet, values, codebook);
    params.push(stored);
    const p = `$${offset + params.length}`;
    if (facet === 'organisation') conditions.push(`s.organisations && ${p}::bigint[]`);
    else if (spec.many) conditions.push(`s.${spec.column} && ${p}::text[]`);
    else if (facet === 'year') conditions.push(`s.year = ANY (${p}::integer[])`);
    else conditions.push(`lower(s.${spec.column}) = ANY (${p}::text[])`);
    if (!spec.many && facet !== 'year')
      params[params.length - 1] = (stored as string[]).map((v) => v.toLowerCase());
  }
  return { conditions, params };
}

/**
 * Every facet counted over the matched rows `m`, as rows of (facet, value, n): the single-valued facets
 * in one pass (grouping sets), each multi-valued one by unnesting its values.
 */
export function facetSelects(facets: readonly Facet[]): string {
  const single = facets.filter((f) => !SPECS[f].many);
  const parts: string[] = [];
  if (single.length > 0) {
    const col = (f: Facet) => `m.${SPECS[f].column}`;
    parts.push(`SELECT * FROM (
      SELECT CASE ${single.map((f) => `WHEN GROUPING(${col(f)}) = 0 THEN '${f}'`).join(' ')} END AS facet,
        coalesce(${single.map((f) => `${col(f)}::text`).join(', ')}) AS value, count(*) AS n
      FROM m GROUP BY GROUPING SETS (${single.map((f) => `(${col(f)})`).join(', ')})) g
      WHERE g.value IS NOT NULL`);
  }
  for (const facet of facets.filter((f) => SPECS[f].many)) {
    if (facet === 'organisation')
      parts.push(
        // counted by id, then named: joining every match to actors first costs more than all other facets
        `SELECT 'organisation' AS facet, a.name AS value, x.n FROM (SELECT o.id, count(*) AS n FROM m CROSS JOIN LATERAL unnest(m.organisations) AS o(id) GROUP BY o.id) x JOIN actors a ON a.id = x.id`,
      );
    else
      parts.push(
        `SELECT '${facet}' AS facet, v AS value, count(*) AS n FROM m CROSS JOIN LATERAL unnest(m.${SPECS[facet].column}) AS u(v) GROUP BY v`,
      );
  }
  return parts.join('\nUNION ALL\n');
}

/** The columns of search_items the facets need. */
export function facetColumns(facets: readonly Facet[]): string[] {
  return [...new Set(facets.map((f) => SPECS[f].column))];
}

/** Counts as the contract prints them: per facet, values by count (most first), at most `top` of them. */
export function facetCounts(
  rows: readonly { facet: string; value: string; n: number }[],
  facets: readonly Facet[],
  scale = 1,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const facet of facets) {
    // two organisations of the same name count together
    const summed = new Map<string, number>();
    for (const r of rows)
      if (r.facet === facet) summed.set(r.value, (summed.get(r.value) ?? 0) + Number(r.n));
    const values = [...summed]
      .map(([value, n]) => ({ value, n: Math.round(n * scale) }))
      .sort((a, b) => b.n - a.n || a.value.localeCompare(b.value))
      .slice(0, SPECS[facet].top ?? Number.POSITIVE_INFINITY);
    out[facet] = Object.fromEntries(values.map((v) => [v.value, v.n]));
  }
  return out;
}

/** Facets whose values are never text someone wrote. */
const NEVER_TEXT: ReadonlySet<Facet> = new Set(['kind', 'year', 'ratingSignificance', 'ratingContribution']);

/** Whether a facet value is text someone wrote (a harvest's name, a social actor matching no code). */
function drawnFromText(facet: Facet, value: string, codebook: Codebook): boolean {
  if (NEVER_TEXT.has(facet)) return false;
  if (facet === 'country') return !/^[A-Z]{2}$/u.test(value);
  if (facet === 'harvest' || facet === 'organisation' || facet === 'kind' || facet === 'year') return true;
  return !isCode(codebook, facet, value);
}

/**
 * Facet counts as readers who may not see originals see them: codes kept, values drawn from text
 * redacted (two values redacted alike count together).
 */
export async function redactFacetValues(
  counts: Record<string, Record<string, number>>,
  protection: Protection,
): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [facet, values] of Object.entries(counts)) {
    const entries = Object.entries(values);
    const textual = entries.filter(([v]) => drawnFromText(facet as Facet, v, protection.codebook));
    const redacted = await redactTexts(
      textual.map(([v]) => v),
      protection,
    );
    const renamed = new Map(textual.map(([v], i) => [v, redacted[i] ?? '']));
    const merged: Record<string, number> = {};
    for (const [v, n] of entries) {
      const shown = renamed.get(v) ?? v;
      merged[shown] = (merged[shown] ?? 0) + n;
    }
    out[facet] = merged;
  }
  return out;
}
