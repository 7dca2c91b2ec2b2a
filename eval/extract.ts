/**
 * How well Tessera extracts the structure of documents: `npm run eval:extract [-- DIR] [--misses]` (default
 * eval/expected). Each `NAME.json` there is the hand-written answer for one file: `source` (its path, from
 * the JSON's folder) and any part of what `tessera extract --json` says of it, in the same shape; arrays of
 * objects may give only some keys of each object. The file goes through `extractFile`, as the CLI does.
 *
 * Scores, per file and in total:
 *   - exact matches: kind; dates (`date`, item dates, and `start`, `end`, `published` in details); section
 *     codes; counts (items, sections, commitments per section, recommendations per addressee, outcomes,
 *     testimonials, strategies and their counts); addressees (in order); other fields given (titles,
 *     languages, keywords, stakeholder block ...);
 *   - precision and recall: entities (every list, each name compared without case or spacing) and figures
 *     (the same value, and units where one starts with the other: "requests" finds "requests to ...").
 * Beside it, a baseline from the same run: the generic extractors alone (language, main date, entities,
 * figures, framework codes over the whole text) with every file taken as a plain document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDefaultCodebook } from '../src/domain/codebook.js';
import { extractTextAs } from '../src/extract/document.js';
import { type Extraction, extractFile } from '../src/extract/index.js';
import { readDocument } from '../src/ingest/documents/index.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Exact = 'kind' | 'dates' | 'codes' | 'counts' | 'addressees' | 'fields';
const EXACT: Exact[] = ['kind', 'dates', 'codes', 'counts', 'addressees', 'fields'];

interface Tally {
  exact: Record<Exact, { ok: number; all: number }>;
  entities: { found: number; right: number; expected: number };
  figures: { found: number; right: number; expected: number };
  misses: string[];
}

function newTally(): Tally {
  return {
    exact: Object.fromEntries(EXACT.map((e) => [e, { ok: 0, all: 0 }])) as Tally['exact'],
    entities: { found: 0, right: 0, expected: 0 },
    figures: { found: 0, right: 0, expected: 0 },
    misses: [],
  };
}

function addTally(into: Tally, from: Tally): void {
  for (const e of EXACT) {
    into.exact[e].ok += from.exact[e].ok;
    into.exact[e].all += from.exact[e].all;
  }
  for (const k of ['entities', 'figures'] as const)
    for (const f of ['found', 'right', 'expected'] as const) into[k][f] += from[k][f];
}

function check(t: Tally, group: Exact, path: string, expected: unknown, actual: unknown): void {
  const ok = JSON.stringify(expected) === JSON.stringify(actual ?? null);
  t.exact[group].all++;
  if (ok) t.exact[group].ok++;
  else
    t.misses.push(
      `${group} ${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual ?? null)}`,
    );
}

const DATE_KEYS = new Set(['date', 'start', 'end', 'published']);
/** Arrays whose length is a count the evaluation scores; others' lengths are just fields. */
const COUNTED = new Set([
  'items',
  'sections',
  'commitments',
  'recommendations',
  'outcomes',
  'testimonials',
  'strategies',
]);
const COUNT_KEYS = new Set(['count', 'respondents']);

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Walks the expected answer beside the actual one, scoring every leaf and every counted length. */
function compare(t: Tally, expected: Json, actual: unknown, path: string, key: string): void {
  if (Array.isArray(expected)) {
    const got = Array.isArray(actual) ? actual : [];
    if (expected.every((e) => e === null || typeof e !== 'object')) {
      check(t, path === 'sections[].code' ? 'codes' : 'fields', path, expected, got);
      return;
    }
    check(t, COUNTED.has(key) ? 'counts' : 'fields', `${path}.length`, expected.length, got.length);
    expected.forEach((e, i) => {
      compare(t, e, got[i], `${path}[${i}]`, key);
    });
    return;
  }
  if (expected && typeof expected === 'object') {
    const got = asRecord(actual);
    for (const [k, v] of Object.entries(expected)) {
      if (path === '' && (k === 'source' || k === 'entities' || k === 'figures' || k === 'recommendations'))
        continue;
      compare(t, v, got[k], path ? `${path}.${k}` : k, k);
    }
    return;
  }
  const group: Exact =
    path === 'kind'
      ? 'kind'
      : DATE_KEYS.has(key)
        ? 'dates'
        : key === 'code' && path.startsWith('sections')
          ? 'codes'
          : COUNT_KEYS.has(key)
            ? 'counts'
            : 'fields';
  check(t, group, path, expected, actual);
}

function norm(value: string): string {
  return value
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[<>]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s/.,;:]+$/u, '')
    .trim();
}

function scoreEntities(t: Tally, expected: Json, actual: Extraction): void {
  for (const [list, names] of Object.entries(asRecord(expected))) {
    const want = new Set((names as string[]).map(norm));
    const got = new Set(((actual.entities as unknown as Record<string, string[]>)[list] ?? []).map(norm));
    t.entities.expected += want.size;
    t.entities.found += got.size;
    for (const g of got) if (want.has(g)) t.entities.right++;
    for (const w of want) if (!got.has(w)) t.misses.push(`entity ${list}: missed ${w}`);
    for (const g of got) if (!want.has(g)) t.misses.push(`entity ${list}: extra ${g}`);
  }
}

function sameUnit(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

function scoreFigures(t: Tally, expected: Json, actual: Extraction): void {
  const want = (expected as { value: number; unit: string }[]) ?? [];
  const left = [...actual.figures];
  t.figures.expected += want.length;
  t.figures.found += left.length;
  for (const w of want) {
    const i = left.findIndex((f) => f.value === w.value && sameUnit(f.unit, w.unit));
    if (i >= 0) {
      t.figures.right++;
      left.splice(i, 1);
    } else t.misses.push(`figure: missed ${w.value} ${w.unit}`);
  }
  for (const f of left) t.misses.push(`figure: extra ${f.value} ${f.unit}`);
}

/** Addressees in order of first mention, and how many recommendations each has. */
function scoreRecommendations(t: Tally, expected: Json, actual: Extraction): void {
  const tally = (recs: { addressee?: unknown }[]) => {
    const counts = new Map<string, number>();
    for (const r of recs) counts.set(String(r.addressee), (counts.get(String(r.addressee)) ?? 0) + 1);
    return counts;
  };
  const want = tally((expected as { addressee?: unknown }[]) ?? []);
  const got = tally(actual.recommendations);
  check(t, 'addressees', 'addressees', [...want.keys()], [...got.keys()]);
  for (const [addressee, n] of want)
    check(t, 'counts', `recommendations to ${addressee}`, n, got.get(addressee) ?? 0);
}

function score(expected: Record<string, Json>, actual: Extraction): Tally {
  const t = newTally();
  compare(t, expected, actual, '', '');
  if ('entities' in expected) scoreEntities(t, expected.entities ?? null, actual);
  if ('figures' in expected) scoreFigures(t, expected.figures ?? null, actual);
  if ('recommendations' in expected) scoreRecommendations(t, expected.recommendations ?? null, actual);
  return t;
}

const pct = (a: number, b: number) => (b === 0 ? '-' : `${Math.round((100 * a) / b)}%`);
const frac = (x: { ok: number; all: number }) => (x.all === 0 ? '-' : `${x.ok}/${x.all}`);

function row(name: string, t: Tally): string[] {
  return [
    name,
    ...EXACT.map((e) => frac(t.exact[e])),
    pct(t.entities.right, t.entities.found),
    pct(t.entities.right, t.entities.expected),
    pct(t.figures.right, t.figures.found),
    pct(t.figures.right, t.figures.expected),
  ];
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_c, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '))
    .join('\n');
}

/** The baseline: the generic extractors over the whole text, every file a plain document. */
async function baseline(file: string, tessera: Extraction): Promise<Extraction> {
  if (tessera.kind === 'outcome-records') return { ...tessera, kind: 'document', outcomes: [] };
  const doc = await readDocument(file);
  return { ...extractTextAs('document', file, doc.text, doc.declaredTitle), outcomes: [], problems: [] };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = resolve(
    args.find((a) => !a.startsWith('--')) ?? join(dirname(fileURLToPath(import.meta.url)), 'expected'),
  );
  const verbose = args.includes('--misses');
  const codebook = loadDefaultCodebook();
  const rows: string[][] = [
    ['file', 'kind', 'dates', 'codes', 'counts', 'addressees', 'fields', 'ent P', 'ent R', 'fig P', 'fig R'],
  ];
  const total = newTally();
  const base = newTally();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const expected = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, Json>;
    const file = resolve(dir, String(expected.source));
    const actual = await extractFile(file, codebook);
    const t = score(expected, actual);
    addTally(total, t);
    addTally(base, score(expected, await baseline(file, actual)));
    rows.push(row(basename(file), t));
    if (verbose) for (const m of t.misses) console.log(`${basename(file)}: ${m}`);
  }
  rows.push(row('Tessera, all files', total), row('baseline: generic extractors only', base));
  console.log(`\nExtraction against ${rows.length - 3} hand-written answers in ${dir}\n`);
  console.log(table(rows));
  console.log(
    '\nExact matches as right/checked; entity and figure precision (P) and recall (R). --misses lists each miss.',
  );
}

await main();
