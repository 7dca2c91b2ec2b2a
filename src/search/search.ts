/**
 * `tessera search` and `/api/search`: outcomes and document passages that match a query, best first,
 * with facet counts over all matches and highlighted snippets that respect redaction.
 *
 * A search is three or four round trips: the query's words as lexemes in each language the store holds
 * (cached), a probe of the result's size on the 1-in-32 sample (and the 1-in-256 one when that holds too
 * many), then one statement that matches, ranks, counts, facets and fetches the texts of the hits shown;
 * snippets are marked here (snippets.ts). A query that matches more than some hundreds of items (a
 * "broad" query, such as one common word) is counted, faceted and ranked over the 1-in-32 or 1-in-256
 * sample of the store, and says so (`approximate`): that keeps every answer within milliseconds, where
 * ranking and counting every match takes PostgreSQL time in proportion to their number.
 */
import type { Codebook } from '../domain/codebook.js';
import { TesseraError } from '../errors.js';
import {
  actorAs,
  detectTexts,
  mustRedact,
  type Protection,
  protectionFor,
  type Reader,
  redactTexts,
  revealed,
} from '../protect/index.js';
import { type Db, storeCodebook } from '../store/index.js';
import {
  FACETS,
  type Facet,
  facetColumns,
  facetCounts,
  facetSelects,
  filterSql,
  redactFacetValues,
  type SearchFilter,
} from './facets.js';
import { assemble, type Clause, clausesOf, type Lexemes, type ParsedQuery, parseQuery } from './query.js';
import { type Mark, marksOf, outcomeTitle, snippetOf } from './snippets.js';

export interface SearchOptions {
  /** What the user typed. */
  query?: string;
  /** An outcome id: find outcomes and passages like it ("more like this") instead of a query. */
  like?: string;
  filter?: SearchFilter;
  /** Facets to count (all when not given; none with an empty list). */
  facets?: readonly Facet[];
  /** Hits to return, 10 unless given (0 to 100), after skipping `offset`. */
  limit?: number;
  offset?: number;
  /** Who reads: decides whether titles and snippets come from redacted text. */
  reader: Reader;
  /** Count and rank every match even when a query matches thousands (slower). */
  exact?: boolean;
  codebook?: Codebook;
}

export interface SearchHit {
  /** The outcome's id, or `passage:N` for a document passage. */
  id: string;
  /** `outcome`, or the kind of the passage's document. */
  kind: string;
  title: string;
  /** The best fragments of the text, matches between `**`. */
  snippet: string;
  score: number;
  year: number | null;
  /** For passages: the document they are from. */
  document?: { id: number; name: string };
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: Record<string, Record<string, number>>;
  /** True when `total` and the facet counts are estimates from a sample (broad queries). */
  approximate: boolean;
  /** What the query was read as, where it differs from what was typed; why nothing was searched. */
  notices: string[];
}

/** Above this many matches (estimated), a query counts and ranks over a sample. */
const EXACT_UP_TO: Record<Db['kind'], number> = { embedded: 500, postgres: 500 };
const SAMPLES = [32, 256, 2048] as const;
const WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';

function nothing(notices: string[]): SearchResult {
  return { total: 0, hits: [], facets: {}, approximate: false, notices };
}

// ---------------------------------------------------------------------------------------------------------------
// The query as a tsquery

const lexemeCache = new Map<string, Lexemes>();
const configCache = new WeakMap<Db, { at: number; configs: string[] }>();

/** The configurations the store's items are indexed in (search_configs), looked up every few seconds. */
async function configsOf(db: Db): Promise<string[]> {
  const cached = configCache.get(db);
  if (cached && Date.now() - cached.at < 5000) return cached.configs;
  const rows = await db.query<{ config: string }>(
    'SELECT config::text AS config FROM search_configs ORDER BY 1',
  );
  const configs = rows.map((r) => r.config.replace(/^pg_catalog\./, ''));
  configCache.set(db, { at: Date.now(), configs });
  return configs;
}

/** Each clause's tsquery in each configuration, from PostgreSQL itself; user text only ever a parameter. */
async function lexemesOf(db: Db, clauses: Clause[], configs: string[]): Promise<Lexemes> {
  const key = `${db.kind}\u0000${configs.join(',')}\u0000${JSON.stringify(clauses)}`;
  const cached = lexemeCache.get(key);
  if (cached) return cached;
  const rows = await db.query<{ i: number; k: number; q: string }>(
    `SELECT c.i::integer AS i, k.k::integer AS k,
       CASE c.kind
         WHEN 'phrase' THEN phraseto_tsquery(k.cfg::regconfig, search_fold(c.text))
         WHEN 'prefix' THEN to_tsquery(k.cfg::regconfig, quote_literal(search_fold(c.text)) || ':*')
         ELSE plainto_tsquery(k.cfg::regconfig, search_fold(c.text))
       END::text AS q
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS c (kind, text, i)
     CROSS JOIN unnest($3::text[]) WITH ORDINALITY AS k (cfg, k)`,
    [
      clauses.map((c) => c.kind),
      clauses.map((c) => (c.kind === 'prefix' ? c.text.replace(/[^\p{L}\p{M}\p{N}]/gu, '') : c.text)),
      configs,
    ],
  );
  const lexemes: Lexemes = clauses.map(() => configs.map(() => ''));
  for (const r of rows) {
    const row = lexemes[r.i - 1];
    if (row) row[r.k - 1] = r.q;
  }
  if (lexemeCache.size >= 2000) lexemeCache.delete(lexemeCache.keys().next().value as string);
  lexemeCache.set(key, lexemes);
  return lexemes;
}

/**
 * For readers who may not see names: the query without the words that name people, places or
 * organisations, which would otherwise tell them which records hold a name they cannot see.
 */
function withoutNames(query: string, protection: Protection): { query: string; dropped: boolean } {
  const [found] = detectTexts([query], protection);
  if (!found?.spans.length) return { query, dropped: false };
  let out = query;
  for (const s of [...found.spans].sort((a, b) => b.start - a.start))
    out = `${out.slice(0, s.start)}${' '.repeat(s.end - s.start)}${out.slice(s.end)}`;
  return { query: out, dropped: true };
}

// ---------------------------------------------------------------------------------------------------------------
// Matching, ranking and counting

interface Plan {
  tsquery: string;
  /** Conditions on search_items `s` beyond the match, and their parameters from $2 on. */
  conditions: string[];
  params: unknown[];
  /** A relaxed search: how many of the query's words an item holds (SQL), the least it must, and all. */
  coverage?: { sql: string; least: number; all: number };
}

function where(plan: Plan, sample: number): string {
  const { coverage } = plan;
  // a relaxed search's items that hold every word are never left out of its sample
  const sampled = coverage
    ? `((s.id % ${sample}) = 0 OR ${coverage.sql} = ${coverage.all})`
    : `(s.id % ${sample}) = 0`;
  return [
    's.tsv @@ $1::tsquery',
    ...(coverage ? [`${coverage.sql} >= ${coverage.least}`] : []),
    ...(sample > 1 ? [sampled] : []),
    ...plan.conditions,
  ].join(' AND ');
}

/** Above this many items holding every word, a search holds to them; below, items short of one follow. */
const RELAX_BELOW = 10;

/**
 * The plan of a relaxed search: items that hold all the query's words but one, those holding more first.
 * Its words are parameters after the plan's own.
 */
function relaxed(plan: Plan, words: string[], anyWord: string): Plan {
  const from = plan.params.length + 2;
  const held = words.map((_, i) => `(s.tsv @@ $${from + i}::tsquery)::integer`).join(' + ');
  return {
    tsquery: anyWord,
    conditions: plan.conditions,
    params: [...plan.params, ...words],
    coverage: { sql: `(${held})`, least: words.length - 1, all: words.length },
  };
}

/**
 * The sample to count and rank over: 1 (all matches) unless the matches are too many; then the largest
 * sample (1 in 32, 256 or 2,048 items) that holds at most EXACT_UP_TO of them. Each sample is probed on
 * the next smaller one: it holds about `smaller count × smaller / larger` matches.
 */
async function sampleFor(db: Db, plan: Plan): Promise<number> {
  let chosen = 1;
  for (const sample of SAMPLES) {
    const limit = Math.ceil((EXACT_UP_TO[db.kind] * chosen) / sample);
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM (SELECT 1 FROM search_items s WHERE ${where(plan, sample)} LIMIT ${limit + 1}) x`,
      [plan.tsquery, ...plan.params],
    );
    if ((row?.n ?? 0) <= limit) return chosen;
    chosen = sample;
  }
  return chosen;
}

interface HitRow {
  id: number;
  kind: string;
  config: string;
  score: number;
  year: number | null;
  confidential: boolean;
  outcome_id: string | null;
  document_id: number | null;
  passage_id: number | null;
  description: string | null;
  body: string;
  title: string | null;
  document_name: string | null;
}

const OUTCOME_BODY = `concat_ws(E'\\n', o.description, o.significance, o.contribution_programme, o.contribution_others, o.additional_info, o.evidence)`;
const ORDER = 'coverage DESC, score DESC, year DESC NULLS LAST, substantiated DESC, id';

async function matchRankCount(
  db: Db,
  plan: Plan,
  sample: number,
  facets: readonly Facet[],
  limit: number,
  offset: number,
): Promise<{
  total: number;
  complete: number;
  rows: HitRow[];
  facetRows: { facet: string; value: string; n: number }[];
}> {
  const columns = [
    'id',
    'outcome_id',
    'passage_id',
    'document_id',
    'kind',
    'year',
    'substantiated',
    'confidential',
  ];
  const extra = facetColumns(facets).filter((c) => !columns.includes(c));
  const n = plan.params.length + 2;
  const sql = `WITH m AS MATERIALIZED (
      SELECT ${[...columns, ...extra].map((c) => `s.${c}`).join(', ')}, s.config::text AS config,
        ts_rank('${WEIGHTS}', s.tsv, $1::tsquery, 1) AS score, ${plan.coverage?.sql ?? 0} AS coverage
      FROM search_items s WHERE ${where(plan, sample)}
    ), top AS (SELECT * FROM m ORDER BY ${ORDER} LIMIT $${n} OFFSET $${n + 1})
    SELECT (SELECT count(*) FROM m)::integer AS total,
      ${plan.coverage ? `(SELECT count(*) FROM m WHERE coverage = ${plan.coverage.all})` : '0'}::integer AS complete,
      ${facets.length ? `(SELECT coalesce(json_agg(f), '[]') FROM (${facetSelects(facets)}) f)` : `'[]'::json`} AS facets,
      (SELECT coalesce(json_agg(h ORDER BY ${ORDER}), '[]') FROM (
        SELECT top.id, top.kind, top.config, top.score, top.coverage, top.year, top.substantiated, top.confidential,
          top.outcome_id, top.document_id, top.passage_id, o.description,
          CASE WHEN top.outcome_id IS NOT NULL THEN ${OUTCOME_BODY} ELSE coalesce(p.text, '') END AS body,
          coalesce(i.title, d.title) AS title, d.name AS document_name
        FROM top
        LEFT JOIN outcomes o ON o.id = top.outcome_id
        LEFT JOIN passages p ON p.id = top.passage_id
        LEFT JOIN document_items i ON i.id = p.item_id
        LEFT JOIN documents d ON d.id = top.document_id) h) AS hits`;
  const [row] = await db.query<{
    total: number;
    complete: number;
    facets: { facet: string; value: string; n: number }[];
    hits: HitRow[];
  }>(sql, [plan.tsquery, ...plan.params, limit, offset]);
  return {
    total: row?.total ?? 0,
    complete: row?.complete ?? 0,
    rows: row?.hits ?? [],
    facetRows: row?.facets ?? [],
  };
}

interface Relaxation {
  words: string[];
  anyWord: string;
}

/**
 * Matches, ranks and counts a plan; when fewer than RELAX_BELOW items hold every word of a query of
 * several, searches again for items that hold all but one, after those that hold all, and says so.
 */
async function findMatches(
  db: Db,
  plan: Plan,
  relax: Relaxation | null,
  page: { exact?: boolean; facets: readonly Facet[]; limit: number; offset: number },
  notices: string[],
): Promise<{ found: Awaited<ReturnType<typeof matchRankCount>>; sample: number }> {
  const run = async (p: Plan) => {
    const sample = page.exact ? 1 : await sampleFor(db, p);
    return { sample, found: await matchRankCount(db, p, sample, page.facets, page.limit, page.offset) };
  };
  const strict = await run(plan);
  const few = strict.found.total * strict.sample;
  if (!relax || few >= RELAX_BELOW) return strict;
  const wider = await run(relaxed(plan, relax.words, relax.anyWord));
  if (wider.found.total <= few) return strict;
  const short = relax.words.length === 2 ? 'either word' : 'all the words but one';
  notices.push(
    few === 0
      ? `no item holds every word: shown are items that hold ${short}`
      : `${few === 1 ? 'one item holds' : `${few} items hold`} every word: shown first, then items that hold ${short}`,
  );
  return wider;
}

// ---------------------------------------------------------------------------------------------------------------
// Hits as the reader may see them

/** The text of each hit to cut a title and snippet from: the original, or redacted for readers who must. */
async function visibleTexts(
  rows: HitRow[],
  reader: Reader,
  protection: () => Promise<Protection>,
): Promise<{ title: string; body: string }[]> {
  const originals = rows.map((r) => ({
    title: r.outcome_id ? outcomeTitle(r.description ?? '') : (r.title ?? r.document_name ?? ''),
    body: r.body,
  }));
  const redacting = rows.map((r) => mustRedact(reader, r.confidential));
  if (!redacting.some(Boolean)) return originals;
  try {
    const p = await protection();
    const texts = rows.flatMap((r, i) =>
      redacting[i] ? [r.outcome_id ? '' : (originals[i]?.title ?? ''), r.body] : [],
    );
    const redacted = await redactTexts(texts, p);
    let k = 0;
    return rows.map((r, i) => {
      if (!redacting[i]) return originals[i] as { title: string; body: string };
      const title = redacted[k++] ?? '';
      const body = redacted[k++] ?? '';
      return { title: r.outcome_id ? outcomeTitle(body) : title, body };
    });
  } catch {
    // Fail closed: without the redaction engine, nothing of a text that must be redacted is shown.
    return rows.map((_, i) =>
      redacting[i] ? { title: '', body: '' } : (originals[i] as { title: string; body: string }),
    );
  }
}

async function presentHits(
  db: Db,
  rows: HitRow[],
  query: { tsquery: string; byConfig: Record<string, string> },
  reader: Reader,
  protection: () => Promise<Protection>,
): Promise<SearchHit[]> {
  const texts = await visibleTexts(rows, reader, protection);
  const marks = new Map<string, Mark[]>();
  const marksFor = (config: string) => {
    let found = marks.get(config);
    if (!found) {
      found = marksOf([query.byConfig[config] ?? query.tsquery]);
      marks.set(config, found);
    }
    return found;
  };
  const shownOriginals = rows.filter(
    (r, i) => r.confidential && !mustRedact(reader, r.confidential) && texts[i]?.body,
  );
  if (shownOriginals.length > 0)
    await revealed(
      db,
      actorAs(reader.role),
      {
        outcomes: shownOriginals.flatMap((r) => (r.outcome_id ? [r.outcome_id] : [])),
        documents: [
          ...new Set(shownOriginals.flatMap((r) => (r.document_id ? [Number(r.document_id)] : []))),
        ],
      },
      'search',
    );
  return rows.map((r, i) => {
    const text = texts[i] ?? { title: '', body: '' };
    return {
      id: r.outcome_id ?? `passage:${r.passage_id}`,
      kind: r.kind,
      title: text.title,
      snippet: text.body ? snippetOf(text.body, marksFor(r.config)) : '',
      score: Math.round(Number(r.score) * 10000) / 10000,
      year: r.year,
      ...(r.document_id ? { document: { id: Number(r.document_id), name: r.document_name ?? '' } } : {}),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// More like this

const LIKE_TERMS = 8;

/** An outcome's most telling words, as a query: any two of them, rarer words first. */
async function likeQuery(
  db: Db,
  id: string,
  reader: Reader,
  protection: () => Promise<Protection>,
): Promise<string | null> {
  const [source] = await db.query<{ config: string; text: string; confidential: boolean }>(
    `SELECT s.config::text AS config, concat_ws(E'\\n', o.description, o.significance) AS text, o.confidential
     FROM outcomes o JOIN search_items s ON s.outcome_id = o.id WHERE o.id = $1`,
    [id],
  );
  if (!source) throw new TesseraError('input-not-found', `no outcome "${id}" in the store`);
  const text = mustRedact(reader, source.confidential)
    ? ((await redactTexts([source.text], await protection()))[0] ?? '')
    : source.text;
  const words = await db.query<{ lexeme: string }>(
    `SELECT t.lexeme FROM unnest(to_tsvector($1::regconfig, search_fold($2))) AS t
     WHERE length(t.lexeme) >= 3 AND t.lexeme !~ '^[0-9]+$'
     ORDER BY (SELECT count(*) FROM (SELECT 1 FROM search_items s WHERE s.tsv @@ quote_literal(t.lexeme)::tsquery
                 AND (s.id % ${SAMPLES[1]}) = 0 LIMIT 64) x) / coalesce(array_length(t.positions, 1), 1)::float, t.lexeme
     LIMIT ${LIKE_TERMS}`,
    [source.config, text],
  );
  const quoted = words.map((w) => `'${w.lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`);
  if (quoted.length < 2) return quoted[0] ?? null;
  const pairs: string[] = [];
  for (let a = 0; a < quoted.length; a++)
    for (let b = a + 1; b < quoted.length; b++) pairs.push(`( ${quoted[a]} & ${quoted[b]} )`);
  return pairs.join(' | ');
}

// ---------------------------------------------------------------------------------------------------------------

function checkedLimit(value: number | undefined, fallback: number, max: number, name: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new TesseraError('usage', `${name} must be a whole number from 0 to ${max}, not ${value}`);
  return n;
}

/** Searches outcomes and document passages (see the module's comment). */
export async function search(db: Db, options: SearchOptions): Promise<SearchResult> {
  const limit = checkedLimit(options.limit, 10, 100, 'the limit');
  const offset = checkedLimit(options.offset, 0, 10_000, 'the offset');
  const facets = options.facets ?? FACETS;
  const codebook = options.codebook ?? (await storeCodebook(db));
  const { reader } = options;
  let loaded: Promise<Protection> | undefined;
  const protection = () => {
    loaded ??= protectionFor(db);
    return loaded;
  };
  // Readers who may not see names neither count nor filter by organisation.
  const restricted = mustRedact(reader, true);
  if (restricted && options.filter?.organisation?.length)
    throw new TesseraError(
      'forbidden',
      'your role may not search by organisation: their names are redacted for it',
    );
  const shownFacets = restricted ? facets.filter((f) => f !== 'organisation') : facets;
  const notices: string[] = [];
  let tsquery: string | null;
  let byConfig: Record<string, string> = {};
  let relax: Relaxation | null = null;
  let excludeId: string | null = null;
  if (options.like !== undefined) {
    tsquery = await likeQuery(db, options.like, reader, protection);
    excludeId = options.like;
    if (!tsquery) return nothing([`outcome "${options.like}" has too few words to find others like it`]);
  } else {
    let text = options.query ?? '';
    if (restricted && text.trim()) {
      const cleaned = withoutNames(text, await protection());
      if (cleaned.dropped)
        notices.push(
          'names of people, places and organisations are left out of the query: your role sees them redacted',
        );
      text = cleaned.query;
    }
    const parsed: ParsedQuery = parseQuery(text);
    notices.push(...parsed.notices);
    if (parsed.groups.length === 0)
      return nothing([
        ...notices,
        parsed.excluded.length > 0
          ? 'nothing to search for: give at least one word to find, not only words to leave out'
          : 'nothing to search for: type a word or a "phrase"',
      ]);
    const configs = await configsOf(db);
    if (configs.length === 0) return nothing([...notices, 'the store holds nothing to search yet']);
    const assembled = assemble(parsed, await lexemesOf(db, clausesOf(parsed), configs), configs);
    if (!assembled.tsquery)
      return nothing([
        ...notices,
        `nothing to search for: ${assembled.stopWords.map((w) => `"${w}"`).join(', ')} ${assembled.stopWords.length > 1 ? 'are words' : 'is a word'} too common to search by`,
      ]);
    if (assembled.stopWords.length > 0)
      notices.push(`left out as too common: ${assembled.stopWords.map((w) => `"${w}"`).join(', ')}`);
    tsquery = assembled.tsquery;
    byConfig = assembled.byConfig;
    if (assembled.words.length >= 2 && assembled.anyWord)
      relax = { words: assembled.words, anyWord: assembled.anyWord };
  }
  const filters = await filterSql(db, options.filter ?? {}, codebook, 1);
  const plan: Plan = {
    tsquery,
    conditions: [
      ...filters.conditions,
      ...(excludeId ? [`s.outcome_id IS DISTINCT FROM $${filters.params.length + 2}`] : []),
    ],
    params: [...filters.params, ...(excludeId ? [excludeId] : [])],
  };
  const { found, sample } = await findMatches(
    db,
    plan,
    relax,
    { ...options, facets: shownFacets, limit, offset },
    notices,
  );
  const total = found.complete + (found.total - found.complete) * sample;
  const hits = await presentHits(db, found.rows, { tsquery, byConfig }, reader, protection);
  if (sample > 1)
    notices.push(
      `about ${total.toLocaleString('en-US')} matches: counted and ranked over a sample of 1 in ${sample} items (give --exact to count them all)`,
    );
  const counts = facetCounts(found.facetRows, shownFacets, sample);
  return {
    total,
    hits,
    facets: restricted ? await redactFacetValues(counts, await protection()) : counts,
    approximate: sample > 1,
    notices,
  };
}
