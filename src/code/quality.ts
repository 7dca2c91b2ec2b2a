/**
 * Statement quality, as outcome harvesting defines a good outcome statement: a social actor other than
 * the programme changed its behaviour, relationships, actions, policies or practice (not an activity or
 * output of the programme), when and where; why that matters (significance); how the programme
 * contributed. Each flag points at the text it concerns, by UTF-16 offsets into its field. Rules are
 * written by hand (`quality-cues.ts`), per language, for English, French, Spanish, Russian and Arabic.
 */
import { type Code, type Codebook, codeLabel } from '../domain/codebook.js';
import { CODED_FIELDS, codesOf } from '../domain/coding.js';
import { FIELD_BY_KEY, type Outcome, type OutcomeField } from '../domain/outcome.js';
import { findDates } from '../extract/dates.js';
import { detect } from '../redact/index.js';
import { foldText, tokenize } from './features.js';
import { CUES, EMPTY_PHRASES, LATIN_LANGUAGES, type LanguageCues, PARTNER } from './quality-cues.js';

/** The checks of the statement itself, which `checkStatement` makes and `npm run eval:quality` scores. */
export const STATEMENT_CHECKS = [
  'no-social-actor',
  'output-not-outcome',
  'no-date',
  'no-place',
  'no-significance',
  'thin-significance',
  'no-contribution',
  'thin-contribution',
] as const;

/** Every check `tessera check` makes: the statement's, then its coding against the store's codebook. */
export const QUALITY_CHECKS = [...STATEMENT_CHECKS, 'retired-code'] as const;
export type QualityCheck = (typeof QUALITY_CHECKS)[number];

export function isQualityCheck(name: string): name is QualityCheck {
  return (QUALITY_CHECKS as readonly string[]).includes(name);
}

/** One defect of a statement; `start`, `end` (UTF-16, end exclusive) and `text` when it is a span. */
export interface QualityFlag {
  check: QualityCheck;
  reason: string;
  field: OutcomeField;
  start?: number;
  end?: number;
  text?: string;
}

interface Span {
  start: number;
  end: number;
}

/** Who a sentence says acts: someone else, the programme itself, or nobody (an agentless passive). */
interface Subject {
  kind: 'actor' | 'programme' | 'nobody';
  span?: Span;
}

/** Significance and contribution of fewer words than this cannot say why or how. */
const MIN_WORDS = 6;
/** A text whose longer words are this much the description's only repeats it. */
const REPEATED_SHARE = 0.8;
/** Words before a passive for it to be the sentence's main verb rather than one in a long subject. */
const SUBJECT_WORDS = 14;
/** Words before a comma for the words before it to be an introductory clause ("In March 2023,"). */
const INTRODUCTION_WORDS = 10;

/** The first match of a global pattern (`matchAll` leaves the shared pattern's state alone). */
function firstMatch(re: RegExp, text: string): RegExpMatchArray | undefined {
  return text.matchAll(re).next().value;
}

function allMatches(re: RegExp, text: string, offset: number): Span[] {
  return [...text.matchAll(re)].map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * The cues of the languages written in the statement's script: Latin-script statements get English, French
 * and Spanish together, since language detection misreads short statements (a Spanish sentence of
 * fourteen words as French) and the three languages' cues do not collide.
 */
function cuesFor(text: string): LanguageCues[] {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const share = (script: RegExp) => (text.match(script)?.length ?? 0) / Math.max(1, letters);
  if (share(/\p{Script=Cyrillic}/gu) > 0.5) return [CUES.ru];
  if (share(/\p{Script=Arabic}/gu) > 0.5) return [CUES.ar];
  return LATIN_LANGUAGES.map((l) => CUES[l]);
}

/** Sentences with their offsets: a full stop, question or exclamation mark and a space end one. */
function sentences(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?؟]+\s+|\n+/gu)) {
    out.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out.filter((s) => s.text.trim() !== '');
}

/** Where the main clause starts, after an introductory clause such as "In March 2023," or "منذ عام 2022،". */
function clauseStart(sentence: string, cues: LanguageCues): number {
  const comma = sentence.search(/[,،]/u);
  if (comma < 0) return 0;
  const before = sentence.slice(0, comma).trim();
  if (wordCount(before) > INTRODUCTION_WORDS || !cues.introduction.test(before)) return 0;
  return comma + 1 + (/^\s*/u.exec(sentence.slice(comma + 1))?.[0].length ?? 0);
}

/** Who acts in a main clause, as one language's cues read it. */
function subjectOf(clause: string, offset: number, cues: LanguageCues): Subject {
  const own = cues.programme.exec(clause);
  const partnerChanged = own && PARTNER.test(own[0]) && !firstMatch(cues.activity, clause);
  if (own && !partnerChanged)
    return { kind: 'programme', span: { start: offset, end: offset + own[0].length } };
  const passive = firstMatch(cues.passive, clause);
  if (!passive || passive.index === undefined) return { kind: 'actor' };
  const before = clause.slice(0, passive.index);
  if (wordCount(before) > SUBJECT_WORDS || firstMatch(cues.relative, before)) return { kind: 'actor' };
  const end = passive.index + (passive[1] ?? passive[0]).length;
  const span = { start: offset + passive.index, end: offset + end };
  const agent = cues.agent.exec(clause.slice(end));
  // "Women were excluded until 2023, when the elders agreed to admit them": someone changes after all
  if (!agent)
    return firstMatch(cues.change, clause.slice(end)) ? { kind: 'actor' } : { kind: 'nobody', span };
  const by = clause.slice(end + agent[0].length);
  return cues.programme.test(by) ? { kind: 'programme', span } : { kind: 'actor' };
}

interface Reading {
  subjects: Subject[];
  activities: Span[];
  changes: Span[];
}

/** A sentence whose subject is not a social actor, as the language that found it reads it. */
interface OwnSentence {
  subject: Subject;
  clause: string;
  offset: number;
  cues: LanguageCues;
}

/** The sentence's reading by the first language that finds a subject other than a social actor. */
function ownSentence(sentence: string, offset: number, languages: LanguageCues[]): OwnSentence | undefined {
  for (const cues of languages) {
    const from = clauseStart(sentence, cues);
    const clause = sentence.slice(from);
    const subject = subjectOf(clause, offset + from, cues);
    if (subject.kind !== 'actor') return { subject, clause, offset: offset + from, cues };
  }
  return undefined;
}

/** The programme's activities a sentence reports: its verbs after the programme, or its passive. */
function sentenceActivities(description: string, own: OwnSentence): Span[] {
  const { subject, cues } = own;
  if (subject.kind === 'programme') return allMatches(cues.activity, own.clause, own.offset);
  if (!subject.span) return [];
  const said = description.slice(subject.span.start, subject.span.end);
  return firstMatch(cues.activity, said) ? [subject.span] : [];
}

/** Each sentence's subject, the programme's activities reported, and the changes reported. */
function read(description: string): Reading {
  const languages = cuesFor(description);
  const reading: Reading = { subjects: [], activities: [], changes: [] };
  for (const s of sentences(description)) {
    const own = ownSentence(s.text, s.start, languages);
    reading.subjects.push(own?.subject ?? { kind: 'actor' });
    if (own) reading.activities.push(...sentenceActivities(description, own));
  }
  for (const cues of languages) reading.activities.push(...allMatches(cues.participation, description, 0));
  reading.activities.sort((a, b) => a.start - b.start);
  const inActivity = (c: Span) => reading.activities.some((a) => c.start < a.end && c.end > a.start);
  reading.changes = languages
    .flatMap((cues) => allMatches(cues.change, description, 0))
    .filter((c) => !inActivity(c));
  return reading;
}

function spanFlag(
  check: QualityCheck,
  reason: string,
  field: OutcomeField,
  text: string,
  span: Span,
): QualityFlag {
  return { check, reason, field, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

function actorFlags(description: string, reading: Reading): QualityFlag[] {
  if (description.trim() === '')
    return [{ check: 'no-social-actor', reason: 'the description is empty', field: 'description' }];
  if (reading.subjects.some((s) => s.kind === 'actor')) return [];
  const programme = reading.subjects.find((s) => s.kind === 'programme');
  const first = (programme ?? reading.subjects[0])?.span;
  const reason = programme
    ? 'the one who acts is the programme itself, not a social actor that changed'
    : 'no one is said to have changed: the sentence is passive, without an actor';
  return first
    ? [spanFlag('no-social-actor', reason, 'description', description, first)]
    : [{ check: 'no-social-actor', reason, field: 'description' }];
}

function outputFlags(description: string, reading: Reading): QualityFlag[] {
  const activity = reading.activities[0];
  if (!activity || reading.changes.length > 0) return [];
  const reason =
    "describes the programme's activity or output (training, workshops, distribution, participation), not a change in what a social actor does";
  return [spanFlag('output-not-outcome', reason, 'description', description, activity)];
}

function dateFlags(outcome: Outcome): QualityFlag[] {
  if (outcome.year !== null || findDates(outcome.description).length > 0) return [];
  return [{ check: 'no-date', reason: 'no date or period in the description, and no year', field: 'year' }];
}

/** Placeholders of redacted places: a reader who sees redacted text still knows a place was named. */
const PLACE_PLACEHOLDER = /<LOC(?:-\d+)?>/u;
/** An organisation named after its place: "Coalition of Gulu", "conseil municipal de Tilwat". */
const NAMED_AFTER_PLACE = /(?:^|\s)(?:of|de|du|des|del|d['’])\s*\p{Lu}[\p{L}'’-]+$/u;

function namesPlace(text: string): boolean {
  if (PLACE_PLACEHOLDER.test(text)) return true;
  return detect(text, { labels: ['LOCATION', 'ORGANIZATION'] }).some(
    (s) => s.label === 'LOCATION' || NAMED_AFTER_PLACE.test(s.text),
  );
}

function placeFlags(outcome: Outcome): QualityFlag[] {
  if (outcome.country?.trim() || namesPlace(outcome.description)) return [];
  return [{ check: 'no-place', reason: 'no place in the description, and no country', field: 'country' }];
}

/** Why a significance or contribution text says too little, or undefined when it says enough. */
function thinness(text: string, description: string): string | undefined {
  const folded = foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (EMPTY_PHRASES.has(folded)) return 'a placeholder or a single judgement word, not an explanation';
  const words = wordCount(text);
  if (words < MIN_WORDS) return `${words} word${words === 1 ? '' : 's'}: too short to explain anything`;
  const own = new Set(description ? tokenize(description).map((t) => t.key) : []);
  const long = tokenize(text).filter((t) => t.key.length > 3);
  const repeated = long.filter((t) => own.has(t.key)).length;
  if (long.length > 0 && repeated / long.length >= REPEATED_SHARE) return 'repeats the description';
  return undefined;
}

const EXPLAINED = [
  {
    field: 'significance',
    missing: 'no-significance',
    thin: 'thin-significance',
    what: 'why the outcome matters',
  },
  {
    field: 'contributionProgramme',
    missing: 'no-contribution',
    thin: 'thin-contribution',
    what: 'how the programme contributed',
  },
] as const;

function explanationFlags(outcome: Outcome): QualityFlag[] {
  return EXPLAINED.flatMap(({ field, missing, thin, what }): QualityFlag[] => {
    const value = outcome[field] ?? '';
    const start = value.search(/\S/u);
    if (start < 0) return [{ check: missing, reason: `no text on ${what}`, field }];
    const reason = thinness(value, outcome.description);
    if (!reason) return [];
    const end = value.trimEnd().length;
    return [spanFlag(thin, `${reason}; say ${what}`, field, value, { start, end })];
  });
}

/** Every quality flag of one outcome statement, in the order of `STATEMENT_CHECKS`. */
export function checkStatement(outcome: Outcome): QualityFlag[] {
  const reading = read(outcome.description);
  return [
    ...actorFlags(outcome.description, reading),
    ...outputFlags(outcome.description, reading),
    ...dateFlags(outcome),
    ...placeFlags(outcome),
    ...explanationFlags(outcome),
  ];
}

/** What became of a retired code, for the one who must recode the outcome. */
function fate(codebook: Codebook, list: string, code: Code): string {
  const [only, ...more] = code.replacedBy ?? [];
  if (only === undefined) return ': recode it';
  if (more.length > 0) return ', which was split: recode it';
  return `, which was merged into "${codeLabel(codebook, list, only)}"`;
}

/**
 * The retired codes an outcome holds: after a split or a retirement they stay on outcomes until a
 * person recodes them (merges and new ids recode outcomes themselves).
 */
export function retiredCodeFlags(outcome: Outcome, codebook: Codebook): QualityFlag[] {
  return CODED_FIELDS.flatMap(({ key, list }) =>
    codesOf(outcome, key).flatMap((value): QualityFlag[] => {
      const code = codebook.lists[list]?.find((c) => c.id === value);
      if (!code?.retired) return [];
      const field = FIELD_BY_KEY.get(key)?.label ?? key;
      return [
        {
          check: 'retired-code',
          reason: `${field} holds the retired code "${code.label}"${fate(codebook, list, code)}`,
          field: key,
        },
      ];
    }),
  );
}
