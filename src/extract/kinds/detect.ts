import type { DocumentKind } from '../../domain/document.js';
import { countFieldHeaders } from '../../ingest/headers.js';
import { looksLikeKeyValue } from '../../ingest/keyvalue.js';
import {
  breadcrumb,
  COLLECTIVE_OPENING,
  datedTitles,
  isAddresseeAt,
  isContentsEntry,
  isTableRow,
  isWhsHeading,
  isWhsHeadingLine,
  labelCountAt,
  layoutParagraphs,
  type NamedBy,
  namedBy,
  POST_FOOTER,
  postsText,
  RESOLUTION_WORD,
  STRATEGY_IN_CAPTION,
  sentenceCounts,
} from './layout.js';
import { isSinglePost } from './news.js';
import { recommendationTables } from './resolution.js';
import { formAnswers, isListedCommitment } from './selfReport.js';
import { type Paragraph, paragraphs } from './text.js';

/** Counts of the layout marks each kind carries. */
interface Marks {
  whsHeadings: number;
  tableRows: number;
  /** Commitments listed with their labelled core responsibility rather than tabled. */
  listedCommitments: number;
  addressees: number;
  /** A resolution word or a collective "We, participants ..." near the top. */
  resolutionHeading: boolean;
  /** Numbered labels with a count ("Strategy 2: ... / 3 organisations"), for the most used label word. */
  labelCounts: number;
  /** Breadcrumb lines, for the most used root ("News > ..."). */
  breadcrumbs: number;
  /** Short title lines followed by a date line, or date lines followed by one, whichever the page does. */
  datedTitles: number;
}

function mostOf(counts: Map<string, number>): number {
  return Math.max(0, ...counts.values());
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * A collective author speaking ("We, participants of ..."). Arabic resolutions also open with the
 * participants ("المشاركون في ...") or with "we recommend" / "they recommend" ("نوصي", "يوصي", "يوصون").
 */
/** A report's own sections: its summary, method and findings, which a resolution has none of. */
const REPORT_SECTION =
  /^(?:\d{1,2}\.?\s+)?(?:(?:executive\s+)?summary|methodology|key findings|findings|r[ée]sum[ée](?: ex[ée]cutif)?|m[ée]thodologie|principaux (?:r[ée]sultats|constats)|resumen(?: ejecutivo)?|metodolog[íi]a|hallazgos(?: principales)?|resumo(?: executivo)?|principais (?:resultados|constata[çc][õo]es)|резюме|методология|методологія|основные (?:выводы|результаты)|основні (?:висновки|результати)|(?:ال)?ملخص(?: التنفيذي)?|(?:ال)?منهجية|أبرز النتائج|النتائج الرئيسية)\s*:?$/iu;

const WE_OPENING = new RegExp(
  `${COLLECTIVE_OPENING.source}|^(?:إن\\s+)?(?:ال)?مشارك(?:ون|ين|ات)\\s|^و?(?:نوصي|يوصي|يوصون|توصي)(?![\\p{L}])`,
  'iu',
);

/** A strategy named with its number, the only paragraphs whose sentences can tell counts per strategy. */

/**
 * A results framework's rows ("Outcome 1: … <tab> 2 <tab> 12 <tab> 7"), in a donor report: counts under
 * numbered labels that are no survey's strategies.
 */
const RESULTS_LABEL =
  /^(?:outcomes?|outputs?|results?|objectives?|indicators?|activit(?:y|ies)|goals?|r[ée]sultats?|objectifs?|produits?|resultados?|objetivos?|productos?|результат\p{L}*|цел\p{L}*|задач\p{L}*|мета|ціл\p{L}*)$/iu;

/** Only the start of very long texts is read: the marks of a kind show early, and detection stays fast. */
const DETECT_CHARS = 400_000;

function layoutMarks(paras: Paragraph[], byName: NamedBy): Marks {
  const labels = new Map<string, number>();
  const roots = new Map<string, number>();
  const m: Marks = {
    whsHeadings: 0,
    tableRows: 0,
    listedCommitments: 0,
    addressees: 0,
    resolutionHeading: false,
    labelCounts: 0,
    breadcrumbs: 0,
    datedTitles: 0,
  };
  let reported = false;
  paras.forEach((p, i) => {
    for (const line of p.lines) {
      if (isWhsHeadingLine(line) || isWhsHeading(p)) m.whsHeadings++;
      if (isTableRow(line)) m.tableRows++;
      if (isListedCommitment(line)) m.listedCommitments++;
      const crumb = breadcrumb(line);
      if (crumb) bump(roots, crumb.root);
    }
    if (isAddresseeAt(paras, i)) m.addressees++;
    // (a report's recommendations, under its summary, method and findings, make no resolution)
    if (REPORT_SECTION.test(p.text.trim())) reported = true;
    if (i < 20 && !reported && (RESOLUTION_WORD.test(p.text) || WE_OPENING.test(p.text)))
      m.resolutionHeading = true;
    // (a contents line's page number is no count: "3. Peace platforms ........ 3", unless a strategy's)
    const count = labelCountAt(paras, i);
    const paged =
      count?.unit === '' &&
      isContentsEntry(p.text) &&
      !STRATEGY_IN_CAPTION.test(`${count.label} ${count.title}`) &&
      !/inspire|1325|pillar|pilier|pilar|направлени|напрям/iu.test(`${count.label} ${count.title}`);
    if (count && !paged && !RESULTS_LABEL.test(count.label)) bump(labels, count.label.toLocaleLowerCase());
  });
  // counts told in sentences, where labels give too few
  m.labelCounts = mostOf(labels);
  if (m.labelCounts < 3) m.labelCounts = Math.max(m.labelCounts, sentenceCounts(paras, byName).length);
  const { titleFirst, dateFirst, mixed, inline, named } = datedTitles(paras);
  // (or the posts of a blog whose platform dates each at its foot)
  const feet = paras.filter((p) => POST_FOOTER.test(p.text)).length;
  m.datedTitles = Math.max(
    titleFirst.length,
    dateFirst.length,
    mixed.length,
    inline.length,
    named.length,
    feet,
  );
  m.breadcrumbs = mostOf(roots);
  return m;
}

/** A spreadsheet export of outcomes: a first line of delimited headers, three or more naming outcome fields. */
function looksLikeOutcomeTable(text: string): boolean {
  const first = text.slice(0, 4000).trimStart().split(/\r?\n/, 1)[0] ?? '';
  const cells = first.split(/[,;\t]/).map((c) => c.replace(/^["']|["']$/g, '').trim());
  return cells.length >= 4 && countFieldHeaders(cells) >= 3;
}

/**
 * The kind of a document from its text alone: the layout each kind carries, not its wording, so that other
 * documents of a kind, in other languages, are told apart too. Outcome records are `**Field**: value` lines or
 * a table whose headers name outcome fields.
 */
export function detectKind(text: string): DocumentKind {
  if (looksLikeKeyValue(text) || looksLikeOutcomeTable(text)) return 'outcome-records';
  const start = text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text;
  const m = layoutMarks(
    layoutParagraphs(paragraphs(recommendationTables(formAnswers(postsText(start))))),
    namedBy(start),
  );
  const commitments = m.tableRows >= 2 || m.listedCommitments >= 1;
  if ((m.whsHeadings >= 1 && commitments) || m.whsHeadings >= 3) return 'self-report';
  if (m.labelCounts >= 3) return 'factsheet';
  const resolution = m.addressees >= 1 && m.resolutionHeading;
  // a resolution's publication, event and signature lines are dated too: its addressees outnumber them
  if (resolution && m.addressees > Math.max(1, m.datedTitles)) return 'resolution';
  if (m.breadcrumbs >= 2 || m.datedTitles >= 3) return 'news';
  if (resolution) return 'resolution';
  // (or a blog platform's page of one post)
  if (isSinglePost(start)) return 'news';
  return 'document';
}
