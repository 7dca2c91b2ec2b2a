/**
 * Search evaluation: `npm run eval:search [-- --verbose]`.
 *
 * Imports the development corpus into a fresh embedded store (../shared/eval/outcomes-dev.jsonl, the outcome
 * records and documents of ../shared/formats, the documents of eval/documents, and the fictional outcomes of
 * eval/search-judgements.json), runs each judged query, and prints nDCG@10 (graded gains 2^g - 1) and
 * recall@20 per language and overall, for Tessera's search and, in the same run, for a plain baseline: the
 * same store searched with PostgreSQL's `simple` configuration (lower case; no stemming, no accent folding,
 * no stop words, no field weights), every word required, ranked by ts_rank.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDefaultCodebook } from '../src/domain/codebook.js';
import { packagePath } from '../src/domain/package-path.js';
import { importPaths } from '../src/ingest/import.js';
import { search } from '../src/search/index.js';
import { type Db, openStore } from '../src/store/index.js';
import { tempDir } from '../src/test-support/stores.js';

interface Judged {
  query: string;
  lang: string;
  /** Outcome ids and `doc:FILE` keys, with their grade (1 to 3). */
  relevant: Record<string, number>;
}

interface Judgements {
  outcomes: Record<string, unknown>[];
  queries: Judged[];
}

const SHARED = packagePath('..', 'shared');

async function buildStore(judgements: Judgements): Promise<Db> {
  const dir = tempDir('tessera-eval-search-');
  const extra = join(dir, 'search-eval-outcomes.jsonl');
  writeFileSync(extra, judgements.outcomes.map((o) => JSON.stringify(o)).join('\n'));
  const db = await openStore({ dataDir: join(dir, 'store') });
  const report = await importPaths(
    db,
    [
      join(SHARED, 'eval', 'outcomes-dev.jsonl'),
      join(SHARED, 'formats'),
      packagePath('eval', 'documents'),
      extra,
    ],
    { codebook: loadDefaultCodebook(), skipInvalid: true },
  );
  console.log(
    `corpus: ${report.outcomes} outcomes, ${report.documents} documents (${report.items} items); ${report.rejected.length} records rejected`,
  );
  return db;
}

/** A ranked list as judged keys: outcome ids, and `doc:FILE` for a passage (each document once). */
function keys(hits: { id: string; document?: { name: string } }[]): string[] {
  const out: string[] = [];
  for (const h of hits) {
    const key = h.document ? `doc:${h.document.name}` : h.id;
    if (!out.includes(key)) out.push(key);
  }
  return out;
}

async function tessera(db: Db, query: string): Promise<string[]> {
  const result = await search(db, {
    query,
    limit: 40,
    facets: [],
    exact: true,
    reader: { role: 'admin', redacted: false },
  });
  return keys(result.hits);
}

/** Every text field of an outcome, and every passage with its document's name: the baseline's corpus. */
const BASELINE_ITEMS = `
  SELECT o.id AS key, concat_ws(' ', o.description, o.significance, o.additional_info, o.contribution_programme,
    o.contribution_others, o.evidence, o.objectives, o.results_framework, o.story_fragment) AS body
  FROM outcomes o
  UNION ALL
  SELECT 'doc:' || d.name, concat_ws(' ', d.title, p.text) FROM passages p JOIN documents d ON d.id = p.document_id`;

async function baseline(db: Db, query: string): Promise<string[]> {
  const rows = await db.query<{ key: string }>(
    `SELECT key FROM (${BASELINE_ITEMS}) items, plainto_tsquery('simple', $1) q
     WHERE to_tsvector('simple', body) @@ q ORDER BY ts_rank(to_tsvector('simple', body), q) DESC, key LIMIT 40`,
    [query.replace(/"/g, ' ')],
  );
  return [...new Set(rows.map((r) => r.key))];
}

function ndcgAt(ranked: string[], relevant: Record<string, number>, k: number): number {
  const gain = (g: number) => 2 ** g - 1;
  const dcg = ranked
    .slice(0, k)
    .reduce((sum, key, i) => sum + gain(relevant[key] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(relevant)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : 0;
}

function recallAt(ranked: string[], relevant: Record<string, number>, k: number): number {
  const wanted = Object.keys(relevant).filter((key) => (relevant[key] ?? 0) > 0);
  const found = ranked.slice(0, k).filter((key) => wanted.includes(key));
  return wanted.length > 0 ? found.length / wanted.length : 0;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const fmt = (n: number) => n.toFixed(3);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
  const judgements = JSON.parse(
    readFileSync(packagePath('eval', 'search-judgements.json'), 'utf8'),
  ) as Judgements;
  const db = await buildStore(judgements);
  try {
    const rows: { lang: string; system: 'tessera' | 'baseline'; ndcg: number; recall: number }[] = [];
    for (const j of judgements.queries) {
      const ranked = { tessera: await tessera(db, j.query), baseline: await baseline(db, j.query) };
      for (const system of ['tessera', 'baseline'] as const) {
        const ndcg = ndcgAt(ranked[system], j.relevant, 10);
        const recall = recallAt(ranked[system], j.relevant, 20);
        rows.push({ lang: j.lang, system, ndcg, recall });
        if (values.verbose && system === 'tessera')
          console.log(
            `${j.lang} ${fmt(ndcg)} ${fmt(recall)} ${j.query} -> ${ranked.tessera.slice(0, 5).join(' ')} (baseline ${fmt(ndcgAt(ranked.baseline, j.relevant, 10))})`,
          );
      }
    }
    const langs = [...new Set(judgements.queries.map((q) => q.lang))];
    console.log('');
    console.log(
      '| queries | n | Tessera nDCG@10 | Tessera recall@20 | baseline nDCG@10 | baseline recall@20 |',
    );
    console.log('|---|--:|--:|--:|--:|--:|');
    for (const lang of [...langs, 'all']) {
      const pick = (system: string) =>
        rows.filter((r) => r.system === system && (lang === 'all' || r.lang === lang));
      const t = pick('tessera');
      const b = pick('baseline');
      console.log(
        `| ${lang} | ${t.length} | ${fmt(mean(t.map((r) => r.ndcg)))} | ${fmt(mean(t.map((r) => r.recall)))} | ${fmt(mean(b.map((r) => r.ndcg)))} | ${fmt(mean(b.map((r) => r.recall)))} |`,
      );
    }
    console.log(
      '\nbaseline: the same store with PostgreSQL\'s "simple" configuration: no stemming, accents or stop words, all words required, no field weights.',
    );
  } finally {
    await db.close();
  }
}

await main();
