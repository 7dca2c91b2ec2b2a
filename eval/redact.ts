/**
 * `npm run eval:redact [FILE]`: Tessera's personal-data detection against a labelled set (by default
 * ../shared/eval/pii-dev.jsonl), beside a baseline built on the `compromise` package's people, places,
 * organisations, e-mails, phone numbers, URLs and @mentions, in one table.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { REDACTION_LABELS, type RedactionLabel } from '../src/domain/redaction.js';
import { detect, redact } from '../src/redact/index.js';

interface Labelled {
  start: number;
  end: number;
  label: RedactionLabel;
}

interface Passage {
  id: string;
  lang: string;
  text: string;
  spans: Labelled[];
}

type System = (text: string) => Labelled[];

const tessera: System = (text) => detect(text);
/** What a user runs: detection, then the redacted text. */
const tesseraRedacting: System = (text) => {
  const spans = detect(text);
  redact(text, spans);
  return spans;
};

const COMPROMISE_VIEWS: [string, RedactionLabel][] = [
  ['people', 'PERSON'],
  ['places', 'LOCATION'],
  ['organizations', 'ORGANIZATION'],
  ['emails', 'EMAIL'],
  ['phoneNumbers', 'PHONE'],
  ['urls', 'URL'],
  ['atMentions', 'HANDLE'],
];

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
}
type CompromiseView = { json(options: { offset: boolean }): CompromiseMatch[] };

const baseline: System = (text) => {
  const doc = nlp(text) as unknown as Record<string, () => CompromiseView>;
  const spans: Labelled[] = [];
  for (const [view, label] of COMPROMISE_VIEWS) {
    for (const match of doc[view]?.().json({ offset: true }) ?? []) {
      // compromise keeps trailing punctuation in a match's text ("a.b@x.org,")
      const trimmed = match.text.replace(/[\s.,;:!?)"'»]+$/u, '');
      const start = match.offset.start;
      spans.push({ start, end: start + trimmed.length, label });
    }
  }
  return spans;
};

interface Counts {
  gold: number;
  predicted: number;
  exactHits: number;
  overlapGold: number;
  overlapPredicted: number;
}

const overlaps = (a: Labelled, b: Labelled) => a.start < b.end && b.start < a.end;

function count(passages: Passage[], predictions: Labelled[][], label?: RedactionLabel): Counts {
  const c: Counts = { gold: 0, predicted: 0, exactHits: 0, overlapGold: 0, overlapPredicted: 0 };
  passages.forEach((p, n) => {
    const gold = p.spans.filter((s) => !label || s.label === label);
    const predicted = (predictions[n] ?? []).filter((s) => !label || s.label === label);
    c.gold += gold.length;
    c.predicted += predicted.length;
    c.exactHits += gold.filter((g) =>
      predicted.some((s) => s.label === g.label && s.start === g.start && s.end === g.end),
    ).length;
    c.overlapGold += gold.filter((g) => predicted.some((s) => s.label === g.label && overlaps(s, g))).length;
    c.overlapPredicted += predicted.filter((s) =>
      gold.some((g) => s.label === g.label && overlaps(s, g)),
    ).length;
  });
  return c;
}

function scores(hitsP: number, predicted: number, hitsR: number, gold: number) {
  const p = predicted === 0 ? (gold === 0 ? 1 : 0) : hitsP / predicted;
  const r = gold === 0 ? 1 : hitsR / gold;
  const f = (beta: number) => (p + r === 0 ? 0 : ((1 + beta * beta) * p * r) / (beta * beta * p + r));
  return { p, r, f1: f(1), f2: f(2) };
}

/** Share of gold personal-data characters that no predicted span of any label covers. */
function leakRate(passages: Passage[], predictions: Labelled[][], labels?: RedactionLabel[]): number {
  let total = 0;
  let visible = 0;
  passages.forEach((p, n) => {
    const covered = new Uint8Array(p.text.length);
    for (const s of predictions[n] ?? []) covered.fill(1, s.start, s.end);
    for (const g of p.spans) {
      if (labels && !labels.includes(g.label)) continue;
      total += g.end - g.start;
      for (let i = g.start; i < g.end; i++) if (!covered[i]) visible += 1;
    }
  });
  return total === 0 ? 0 : visible / total;
}

/**
 * MiB of UTF-8 text per second of this process's CPU time (one core: the work is single-threaded), so
 * that other processes on a shared machine do not count against it. After a warm-up that loads the lists.
 */
function throughput(system: System, texts: string[]): number {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  for (const text of texts) system(text);
  let rounds = 0;
  const started = process.cpuUsage();
  let seconds = 0;
  while (seconds < 3 || rounds < 3) {
    for (const text of texts) system(text);
    rounds += 1;
    const used = process.cpuUsage(started);
    seconds = (used.user + used.system) / 1e6;
  }
  return (bytes * rounds) / seconds / (1024 * 1024);
}

const fmt = (x: number) => x.toFixed(3);

function report(name: string, passages: Passage[], predictions: Labelled[][], mibs: number): string[] {
  const rows: string[] = [];
  for (const label of [...REDACTION_LABELS, undefined]) {
    const c = count(passages, predictions, label);
    const exact = scores(c.exactHits, c.predicted, c.exactHits, c.gold);
    const overlap = scores(c.overlapPredicted, c.predicted, c.overlapGold, c.gold);
    const leak = leakRate(passages, predictions, label ? [label] : undefined);
    rows.push(
      [
        name,
        label ?? 'ALL',
        String(c.gold),
        String(c.predicted),
        fmt(exact.p),
        fmt(exact.r),
        fmt(exact.f1),
        fmt(exact.f2),
        fmt(overlap.p),
        fmt(overlap.r),
        fmt(overlap.f1),
        fmt(overlap.f2),
        fmt(leak),
        label ? '' : mibs.toFixed(2),
      ].join(' | '),
    );
  }
  return rows;
}

function main(): void {
  const file = resolve(process.argv[2] ?? '../shared/eval/pii-dev.jsonl');
  const passages = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Passage);
  const texts = passages.map((p) => p.text);
  const ours = passages.map((p) => tessera(p.text));
  const theirs = passages.map((p) => baseline(p.text));
  const oursSpeed = throughput(tesseraRedacting, texts);
  const theirSpeed = throughput(baseline, texts);
  console.log(
    `${file}: ${passages.length} passages, ${passages.reduce((n, p) => n + p.spans.length, 0)} labelled spans\n`,
  );
  console.log(
    '| system | label | gold | found | P exact | R exact | F1 exact | F2 exact | P overlap | R overlap | F1 overlap | F2 overlap | leak | MiB/s |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of [
    ...report('tessera', passages, ours, oursSpeed),
    ...report('compromise', passages, theirs, theirSpeed),
  ]) {
    console.log(`| ${row} |`);
  }
  const contacts: RedactionLabel[] = ['EMAIL', 'PHONE', 'URL'];
  console.log(
    `\ncontact characters left visible (e-mail, phone, URL): tessera ${fmt(leakRate(passages, ours, contacts))}, compromise ${fmt(leakRate(passages, theirs, contacts))}`,
  );
  if (process.env.EVAL_ERRORS) printErrors(passages, ours);
}

/** With EVAL_ERRORS=1: each missed and each spurious span, to read the kinds of failure. */
function printErrors(passages: Passage[], predictions: Labelled[][]): void {
  passages.forEach((p, n) => {
    const predicted = predictions[n] ?? [];
    for (const g of p.spans) {
      const hit = predicted.find((s) => overlaps(s, g));
      if (!hit || hit.label !== g.label || hit.start !== g.start || hit.end !== g.end) {
        console.log(
          `${p.id} gold ${g.label} ${JSON.stringify(p.text.slice(g.start, g.end))} got ${hit ? `${hit.label} ${JSON.stringify(p.text.slice(hit.start, hit.end))}` : 'nothing'}`,
        );
      }
    }
    for (const s of predicted) {
      if (!p.spans.some((g) => overlaps(s, g)))
        console.log(`${p.id} spurious ${s.label} ${JSON.stringify(p.text.slice(s.start, s.end))}`);
    }
  });
}

main();
