/**
 * `npm run eval:quality`: statement-quality checks and near-duplicate detection against our own labelled
 * fictional statements (eval/quality/statements.jsonl: each with the defects expected, written from each
 * check's definition before the rules) and pairs (eval/quality/pairs.jsonl: the same change reworded, or
 * a different change by the same actor), and on statements written after the rules were fixed and never
 * used to change them (eval/quality/statements-fresh.jsonl). Beside each, a baseline in the same run: for the checks, a flag
 * whenever the field a check concerns is empty; for duplicates, the same words in the same order.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DUPLICATE_THRESHOLD, findDuplicates } from '../src/code/duplicates.js';
import { tokenize } from '../src/code/features.js';
import { checkStatement, type QualityCheck, STATEMENT_CHECKS } from '../src/code/quality.js';
import { emptyOutcome, type Outcome } from '../src/domain/outcome.js';

interface Statement {
  id: string;
  lang: string;
  description: string;
  significance: string | null;
  contributionProgramme: string | null;
  country: string | null;
  year: number | null;
  expected: QualityCheck[];
}

interface Pair {
  a: string;
  b: string;
  duplicate: boolean;
}

function readJsonl<T>(name: string): T[] {
  const path = fileURLToPath(new URL(`quality/${name}`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function outcomeOf(s: Statement): Outcome {
  return {
    ...emptyOutcome(s.id, s.description),
    significance: s.significance,
    contributionProgramme: s.contributionProgramme,
    country: s.country,
    year: s.year,
  };
}

/** Flags only what an empty field shows. */
function emptyFields(o: Outcome): QualityCheck[] {
  const blank = (v: string | null) => !v?.trim();
  return [
    ...(o.year === null ? (['no-date'] as const) : []),
    ...(blank(o.country) ? (['no-place'] as const) : []),
    ...(blank(o.significance) ? (['no-significance'] as const) : []),
    ...(blank(o.contributionProgramme) ? (['no-contribution'] as const) : []),
  ];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(2));
const pr = (t: Tally) => `${ratio(t.tp, t.tp + t.fp)} / ${ratio(t.tp, t.tp + t.fn)}`;

function tally(
  statements: Statement[],
  flagged: (s: Statement) => QualityCheck[],
  showErrors = false,
): Map<string, Tally> {
  const out = new Map<string, Tally>(
    [...STATEMENT_CHECKS, 'overall'].map((c) => [c, { tp: 0, fp: 0, fn: 0 }]),
  );
  const misses: string[] = [];
  for (const s of statements) {
    const got = new Set(flagged(s));
    for (const check of STATEMENT_CHECKS) {
      const expected = s.expected.includes(check);
      const kind = expected && got.has(check) ? 'tp' : got.has(check) ? 'fp' : expected ? 'fn' : undefined;
      if (!kind) continue;
      (out.get(check) as Tally)[kind]++;
      (out.get('overall') as Tally)[kind]++;
      if (kind !== 'tp') misses.push(`  ${kind === 'fp' ? 'extra' : 'missed'} ${check}: ${s.id}`);
    }
  }
  if (showErrors && process.argv.includes('--errors')) console.log(misses.join('\n'));
  return out;
}

function evaluateChecks(file: string, title: string): void {
  const statements = readJsonl<Statement>(file);
  const languages = new Map<string, number>();
  for (const s of statements) languages.set(s.lang, (languages.get(s.lang) ?? 0) + 1);
  console.log(
    `\n${title}: ${statements.length} statements (${[...languages].map(([l, n]) => `${l} ${n}`).join(', ')})\n`,
  );
  const rules = tally(statements, (s) => checkStatement(outcomeOf(s)).map((f) => f.check), true);
  const baseline = tally(statements, (s) => emptyFields(outcomeOf(s)));
  console.log('| check | expected | baseline P / R | Tessera P / R |');
  console.log('|---|---|---|---|');
  for (const check of [...STATEMENT_CHECKS, 'overall']) {
    const t = rules.get(check) as Tally;
    console.log(`| ${check} | ${t.tp + t.fn} | ${pr(baseline.get(check) as Tally)} | ${pr(t)} |`);
  }
}

function sameWords(a: string, b: string): boolean {
  const words = (t: string) =>
    tokenize(t)
      .map((w) => w.key)
      .join(' ');
  return words(a) === words(b);
}

/** The pairs' descriptions compared together with `background` ones, as a store's are compared. */
function evaluateDuplicates(background: string[]): void {
  const pairs = readJsonl<Pair>('pairs.jsonl');
  const texts = [...new Set([...pairs.flatMap((p) => [p.a, p.b]), ...background])];
  const ids = new Map(texts.map((t, i) => [t, `D${String(i).padStart(3, '0')}`]));
  const found = findDuplicates(
    texts.map((description) => ({ id: ids.get(description) as string, description })),
    0,
  );
  const similarity = new Map(found.map((f) => [`${f.a} ${f.b}`, f.similarity]));
  const scoreOf = (p: Pair) => similarity.get([ids.get(p.a), ids.get(p.b)].sort().join(' ')) ?? 0;
  const positives = pairs.filter((p) => p.duplicate).length;
  const at = (predict: (p: Pair) => boolean): Tally => {
    const t = { tp: 0, fp: 0, fn: 0 };
    for (const p of pairs) {
      if (predict(p) && p.duplicate) t.tp++;
      else if (predict(p)) t.fp++;
      else if (p.duplicate) t.fn++;
    }
    return t;
  };
  console.log(
    `\nNear-duplicates: ${pairs.length} labelled pairs (${positives} duplicates, ${pairs.length - positives} different changes by the same actor), ${texts.length} descriptions compared together\n`,
  );
  console.log('| method | precision / recall |');
  console.log('|---|---|');
  console.log(`| baseline: same words in the same order | ${pr(at((p) => sameWords(p.a, p.b)))} |`);
  for (const threshold of [0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8]) {
    const mark = threshold === DEFAULT_DUPLICATE_THRESHOLD ? ' (default)' : '';
    console.log(`| cosine ≥ ${threshold}${mark} | ${pr(at((p) => scoreOf(p) >= threshold))} |`);
  }
  const scores = (dup: boolean) =>
    pairs
      .filter((p) => p.duplicate === dup)
      .map(scoreOf)
      .sort((a, b) => a - b)
      .map((s) => s.toFixed(2))
      .join(' ');
  console.log(`\nsimilarity of duplicates:      ${scores(true)}`);
  console.log(`similarity of different changes: ${scores(false)}`);
}

evaluateChecks('statements.jsonl', 'Statement quality, the set written with the rules');
evaluateChecks('statements-fresh.jsonl', 'Statement quality, a set written after the rules were fixed');
evaluateDuplicates([]);
// the statements' descriptions beside them, as in a store: how rare each word is changes the weights
evaluateDuplicates(
  ['statements.jsonl', 'statements-fresh.jsonl'].flatMap((f) =>
    readJsonl<Statement>(f).map((s) => s.description),
  ),
);
