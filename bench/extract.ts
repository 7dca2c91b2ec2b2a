/**
 * Extraction benchmark: `npm run bench:extract -- [--mib N] [--big]`.
 *
 * Writes synthetic documents of each kind (self-report, resolution, factsheet, news, document) in memory,
 * shaped like the examples in ../shared/formats (their layout, several languages, varied names and numbers;
 * a seeded generator makes every run the same text), about N MiB of each (default 2) in documents of a
 * realistic size, and measures the CPU time it takes on one core (the machine may be busy), after a warm-up:
 *   - Tessera: `extractText` (kind, layout, language, entities, figures, framework codes, per item too);
 *   - its layout part alone: `detectKind` and the kind's reader;
 *   - the generic entity extractor alone (`findEntities` over the whole text), where most of the time goes;
 *   - the reference: one pass of a Unicode word regex over the same text, the least any extraction does.
 * `--big` also puts each kind's text through as one document, to show that time grows with size, not faster.
 */
import { parseArgs } from 'node:util';
import { extractText } from '../src/extract/document.js';
import { findEntities } from '../src/extract/entities.js';
import { detectKind, readKind } from '../src/extract/kinds/index.js';

const MiB = 2 ** 20;

/** A seeded generator (mulberry32), so that runs are comparable. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(20240601);
const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
const n = (max: number) => 1 + Math.floor(rnd() * max);

const PEOPLE = [
  'Amina Diallo',
  'Olena Kovalenko',
  'Jorge Pérez Ruiz',
  'Айгуль Токтогулова',
  'Nadia Al-Absi',
  'Issa Traoré',
];
const PLACES = ['Aden', 'Mopti', 'Osh', 'Goma', 'Montería', 'Kharkiv', 'Taiz', 'Batken', 'Sévaré'];
const COUNTRIES = ['Yemen', 'Mali', 'Kyrgyzstan', 'DR Congo', 'Colombia', 'Ukraine', 'Senegal'];
const ORGS = [
  'Qamariya Foundation',
  'Association Tilwat',
  'Harbour Network for Civic Space',
  'Saule Dialogue Centre',
];
const NOUNS = ['women', 'children', 'mediators', 'meetings', 'families', 'volunteers', 'cases', 'villages'];
const SENTENCES = [
  () =>
    `In ${2015 + n(9)} the ${pick(ORGS)} trained ${n(400)} ${pick(NOUNS)} in ${pick(PLACES)}, ${pick(COUNTRIES)}.`,
  () =>
    `${pick(PEOPLE)} said that ${n(90)}% of the ${pick(NOUNS)} reported fewer disputes after ${n(12)} months.`,
  () =>
    `Between 1 January and 31 December ${2016 + n(7)}, ${n(2000).toLocaleString('en')} ${pick(NOUNS)} received support.`,
  () =>
    'Les comités ont traité des conflits liés à l’accès aux pâturages et aux points d’eau, avec les autorités locales.',
  () =>
    `Участники форума из ${pick(['Оша', 'Баткена', 'Бишкека'])} обсудили ${n(30)} споров о воде и пастбищах.`,
  () =>
    `See https://example.org/report-${n(999)} or write to info@example.org; follow @Partner${n(99)} #Peace${n(9)}.`,
];
const sentence = () => pick(SENTENCES)();
const paragraph = (k = 4) => Array.from({ length: n(k) + 1 }, sentence).join(' ');
const paragraphs = (k: number) => Array.from({ length: k }, () => paragraph()).join('\n\n');

const WHS = [
  '1D Develop solutions with and for people',
  '2D Take concrete steps to improve compliance and accountability',
  '3A Reduce and address displacement',
  '3D Empower and protect women and girls',
  '4B Anticipate, do not wait, for crises',
  '5A Invest in local capacities',
];

function selfReport(): string {
  const sections = WHS.map((heading) =>
    [
      heading,
      'Individual Commitments',
      `Commitment\tCommitment Type\tCore Responsibility\n${pick(ORGS)} commits to ${sentence().toLowerCase()}\tOperational\tLeave No One Behind`,
      'Core Commitments',
      `Commitment\tCore Responsibility\nCommit to ${sentence().toLowerCase()}\tInvest in Humanity`,
      '1. A. Highlight concrete actions taken between 1 January – 31 December 2020 to implement the commitments.',
      paragraphs(3),
      'Keywords',
      'Protection, Local action',
    ].join('\n\n'),
  );
  const head = `Individual Self Reflection 2021 on World Humanitarian Summit Commitments - ${pick(ORGS)}\n\nStakeholder Information\n\nOrganisation Name\n\n${pick(ORGS)}\n\nCity and Country where Headquartered\n\n${pick(PLACES)}, ${pick(COUNTRIES)}\n\nTwitter ID\n\n@Partner${n(99)}`;
  return [head, ...sections].join('\n\n\n');
}

function resolution(): string {
  const addressee = (name: string) =>
    `${name}\n\n${Array.from({ length: n(5) + 1 }, () => `  • ${sentence()}`).join('\n')}`;
  const testimonial = () => {
    const person = pick(PEOPLE);
    return `${person.toLocaleUpperCase()}\n\n${person.toLocaleUpperCase()}\n\nA headline of the story\n\n${person}, ${n(60)}, paralegal in ${pick(PLACES)}: “${paragraph(2)}”`;
  };
  return [
    'Resolution of participants of the Regional Conference “Water and Peace”',
    'Ноя 17.2023',
    'Resolution',
    'of participants of the Regional Conference',
    '“Water and Peace”.',
    `${pick(PLACES)}, ${pick(COUNTRIES)}. 14-16 November, 2023`,
    `We, participants of the conference, ${sentence()}`,
    paragraphs(2),
    addressee('MINISTRIES OF JUSTICE AND THE INTERIOR'),
    addressee('LOCAL AUTHORITIES:'),
    addressee('INTERNATIONAL AND DONOR ORGANIZATIONS'),
    paragraph(),
    testimonial(),
    testimonial(),
    'Partners',
  ].join('\n\n');
}

function factsheet(): string {
  const strategies = [
    'Implementation and enforcement of laws',
    'Norms and values',
    'Safe environments',
    'Parent and care giver support',
    'Income and economic strengthening',
    'Response and support services',
    'Education and life skills',
  ];
  return [
    'INSPIRE Strategies to End Violence Against Children Country Factsheet',
    pick(COUNTRIES).toLocaleUpperCase(),
    'INTRODUCTION',
    paragraphs(2),
    `Results based on information provided by ${n(12)} organisations`,
    ...strategies.map((s, i) => `Strategy ${i + 1}: ${s}\n\n${n(9)} organisations`),
    ...strategies.map(
      (s, i) =>
        `STRATEGY ${i + 1}: ${s.toLocaleUpperCase()}\n\n${paragraphs(2)}\n\n- ${sentence()}\n- ${sentence()}`,
    ),
    'LINKS AND REFERENCES',
    ...ORGS.map((o) => `${o} - <https://example.org/${n(99)}>`),
    'Responses were gathered from March to June 2020.',
    `Edited by: ${pick(PEOPLE)}, Executive Director – GCCS`,
  ].join('\n\n');
}

function news(): string {
  return Array.from({ length: 10 }, () => {
    const day = String(n(28)).padStart(2, '0');
    const month = String(n(12)).padStart(2, '0');
    return `News > ...\n\nA title about ${pick(PLACES)} and ${pick(NOUNS)}\n\n${day}.${month}.2023\n\n${paragraphs(4)}\n\nphoto ${n(9999)} web\n\n  • ${sentence()}\n  • ${sentence()}`;
  }).join('\n\n');
}

function plainDocument(): string {
  return `Report on the ${pick(NOUNS)} of ${pick(PLACES)}\n\n${pick(PLACES)}, ${n(28)} March 2024\n\n${paragraphs(20)}`;
}

const KINDS: [string, () => string][] = [
  ['self-report', selfReport],
  ['resolution', resolution],
  ['factsheet', factsheet],
  ['news', news],
  ['document', plainDocument],
];

function documents(make: () => string, bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const text = make();
    out.push(text);
    size += Buffer.byteLength(text);
  }
  return out;
}

/** Seconds of CPU the runs take: on a machine shared with other work, the time on the clock says little. */
function time(texts: string[], run: (text: string) => unknown): number {
  const start = process.cpuUsage();
  for (const text of texts) run(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

function main(): void {
  const { values } = parseArgs({
    options: { mib: { type: 'string', default: '2' }, big: { type: 'boolean', default: false } },
  });
  const bytes = Number(values.mib) * MiB;
  const rows: string[][] = [
    ['kind', 'docs', 'MiB', 'Tessera MiB/s', 'ms/doc', 'layout MiB/s', 'entities MiB/s', 'reference MiB/s'],
  ];
  for (const [kind, make] of KINDS) {
    const texts = documents(make, bytes);
    const mib = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / MiB;
    const detected = detectKind(texts[0] ?? '');
    if (detected !== kind) console.warn(`warning: synthetic ${kind} detected as ${detected}`);
    time(texts.slice(0, 5), (t) => extractText('bench.txt', t)); // warm-up
    const full = time(texts, (t) => extractText('bench.txt', t));
    const layout = time(texts, (t) => readKind(detectKind(t), t));
    const entities = time(texts, findEntities);
    const reference = time(texts, words);
    const rate = (seconds: number) => (mib / seconds).toFixed(seconds > mib ? 2 : 1);
    rows.push([
      kind,
      String(texts.length),
      mib.toFixed(1),
      rate(full),
      ((1000 * full) / texts.length).toFixed(1),
      rate(layout),
      rate(entities),
      rate(reference),
    ]);
    if (values.big) {
      const big = texts.join('\n\n');
      const seconds = time([big], (t) => extractText('bench.txt', t));
      rows.push([
        `${kind}, as one document`,
        '1',
        mib.toFixed(1),
        rate(seconds),
        (1000 * seconds).toFixed(0),
        '',
        '',
        '',
      ]);
    }
  }
  const widths = rows[0]?.map((_c, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  console.log(
    `\nExtraction throughput, MiB of text per CPU second on one core (Node ${process.version}), synthetic text\n`,
  );
  for (const r of rows)
    console.log(
      r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '),
    );
}

main();
