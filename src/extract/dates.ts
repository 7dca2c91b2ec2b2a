/**
 * Dates as partner documents write them, in the languages of the field: numeric (`04.12.2015`,
 * `2022-04-30`, `12/2023`), with month names or abbreviations in English, French, Spanish, Portuguese,
 * Russian, Ukrainian, Kyrgyz and Arabic (`Апр 30.2022`, `30 de abril de 2022`, `2022-жылдын 30-апрели`,
 * `30 نيسان 2022`), ranges (`28-30 April, 2022`, `1 January – 31 December 2019`, `March–June 2020`) and
 * years where the words around them say they are years ("in 2020", "Report 2021").
 *
 * No library: chrono-node lacks the Russian, Kyrgyz and Arabic months and reads relative phrases
 * ("last week") that a document's date must not come from (docs/decisions.md).
 */
import { lastResults } from './memo.js';
import { lastBefore } from './sorted.js';

/** A date mentioned in a text: UTF-16 offsets into it, the date, and the end of a range. */
export interface FoundDate {
  text: string;
  start: number;
  end: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  /** The last day (or month, or year) of a range. */
  endDate?: string;
}

/**
 * Month names and abbreviations, as regular-expression alternatives, January first. Russian and Kyrgyz
 * names are stems that take case endings and Kyrgyz suffixes (апреля, апрелинде); Ukrainian ones take
 * their genitive and locative (квітня, квітні). Abbreviations that are also common words need their dot.
 */
const MONTH_FORMS: string[] = [
  'january|jan|janvier|janv|enero|ene|janeiro|январ\\p{L}{0,6}|янв|січ(?:ень|ня|ні|нем)?|يناير|جانفي|كانون الثاني|үчтүн айы',
  'february|feb|février|fevrier|févr|fevr|fév|fev|febrero|fevereiro|феврал\\p{L}{0,6}|февр?|лют(?:ий|ого|ому|ім)?|فبراير|فيفري|شباط|бирдин айы',
  'march|mar|mars|marzo|mzo|março|март\\p{L}{0,6}|мар|берез(?:ень|ня|ні|нем)?|бер|مارس|آذار|اذار|жалган куран',
  'april|apr|avril|avr|abril|abr|апрел\\p{L}{0,6}|апр|квіт(?:ень|ня|ні|нем)?|أبريل|ابريل|إبريل|أفريل|افريل|نيسان|чын куран',
  'may|mai|mayo|maio|ма(?:й|я|е|ю|ем|йы|йда|йында|йдагы)|трав(?:ень|ня|ні|нем)?|مايو|ماي|أيار|ايار|бугу',
  'june|jun|juin|junio|junho|июн\\p{L}{0,6}|черв(?:ень|ня|ні|нем)?|يونيو|يونيه|جوان|حزيران|кулжа',
  'july|jul|juillet|juil|julio|julho|июл\\p{L}{0,6}|лип(?:ень|ня|ні|нем|\\.)|يوليو|يوليه|جويلية|تموز|теке',
  'august|aug|août|aout|agosto|ago\\.|ago(?=\\s+\\d{1,2}\\.\\d{4})|август\\p{L}{0,6}|авг|серп(?:ень|ня|ні|нем|\\.)|أغسطس|اغسطس|أوت|اوت|آب|баш оона',
  'september|sept|sep|septembre|septiembre|setiembre|setembro|set\\.|set(?=\\s+\\d{1,2}\\.\\d{4})|сентябр\\p{L}{0,6}|сент?|верес(?:ень|ня|ні|нем)?|вер|سبتمبر|أيلول|ايلول|аяк оона',
  'october|oct|okt|oktober|oktobar|octobre|octubre|outubro|октябр\\p{L}{0,6}|окт|жовт(?:ень|ня|ні|нем)?|أكتوبر|اكتوبر|تشرين الأول|تشرين الاول|тогуздун айы',
  'november|nov|novembre|noviembre|novembro|ноябр\\p{L}{0,6}|нояб?|листопад(?:а|і|ом)?|лист\\.|نوفمبر|تشرين الثاني|жетинин айы',
  'december|dec|décembre|decembre|déc|diciembre|dic|dezembro|dez|декабр\\p{L}{0,6}|дек|груд(?:ень|ня|ні|нем)?|ديسمبر|كانون الأول|كانون الاول|бештин айы',
];

/** One month's forms, whole; an abbreviation may end in a dot (what must follow a form is not asked here). */
const MONTH_RES = MONTH_FORMS.map(
  (forms) => new RegExp(`^(?:${forms.replace(/\(\?=[^)]*\)/gu, '')})\\.?$`, 'iu'),
);

const MONTH_AHEAD = new RegExp(`^[\\s-]*(?:${MONTH_FORMS.join('|')})\\.?(?![\\p{L}])`, 'iu');

/** Whether a text goes on with a month name ("15 كانون الثاني", " May"): the number before it is a day. */
export function startsWithMonth(text: string): boolean {
  return MONTH_AHEAD.test(text);
}

function monthNumber(word: string): number | undefined {
  const index = MONTH_RES.findIndex((re) => re.test(word));
  return index < 0 ? undefined : index + 1;
}

// Building blocks of the patterns; each pattern has its own numbered groups.
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const ARABIC_MONTHS = MONTH_FORMS.flatMap((forms) =>
  forms.split('|').filter((form) => /\p{Script=Arabic}/u.test(form)),
).join('|');
/**
 * Arab countries name a month twice, its Syriac and its Latin name ("آذار/مارس", "آذار (مارس)"): the second
 * is read as part of the first. Only Arabic names pair so: "March/April" stays two months.
 */
const SECOND_MONTH = `(?:\\s?/\\s?(?:${ARABIC_MONTHS})|\\s?\\((?:${ARABIC_MONTHS})\\))?`;
/** Where a month's name may start: not inside a word, save after the "and" Arabic writes onto it ("وأيلول"). */
const MONTH_OPENS = `(?:${NOT_AFTER_WORD}|(?<=(?:^|\\s)و))`;
const MONTH = `${MONTH_OPENS}((?:${MONTH_FORMS.join('|')})\\.?)${SECOND_MONTH}(?![\\p{L}])`;
/** A day of the month, with an ordinal ending ("1st", "1er") or in quotes as Russian deeds write it ("«17»"). */
const DAY = `(?<![\\p{L}\\p{N}.,/])(?:[«"“„]\\s?)?(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|er|re|º|°)?(?:\\s?[»"”])?(?![\\p{N}])`;
/** Words that follow a year: "2022 г.", "2022 року", "2022-жылы", "2022م". */
const YEAR_WORD =
  '(?:\\s?-?\\s?(?:гг?\\.|года|году|год|г|р\\.|року|рік|році|жылы|жылдын|жылга|жылдан|ж\\.|م)(?![\\p{L}]))?';
const YEAR = `((?:19|20)\\d{2})(?![\\p{N}])${YEAR_WORD}`;
/** Kyrgyz puts the year first: "2022-жылдын 30-апрели". */
const YEAR_FIRST = `${NOT_AFTER_WORD}((?:19|20)\\d{2})\\s?-?\\s?(?:жылдын|жылы|ж\\.)`;
/** Between a day and its month: "1 de", "1st of", "28th day of", "1.", "1-". */
const DAY_MONTH = '(?:\\s*-\\s*|\\s+de\\s+|\\s+(?:day\\s+)?of\\s+|\\.\\s*|\\s+)';
const MONTH_YEAR = '(?:\\s*[,،]\\s*|\\s+(?:de|del)\\s+|\\s+|(?<=\\.)|-)';
const MONTH_DAY = '(?:\\s+|(?<=\\.)\\s*)';
/** After a month's day, before the year: "March 14, 2025", "Fév 10.2024", "oct. 17 de 2025" (Colombia). */
const DAY_YEAR = '(?:\\s*[,،]\\s*|\\.\\s*|\\s+de\\s+|\\s+)';
const RANGE =
  '(?:\\s*[-–—‐‑‒−]\\s*|\\s+(?:to|till|until|through|and|au|à|et|al|a|ao|hasta|y|e|até|до|по|и|і|та|إلى|الى|حتى)(?:\\s+(?:the|le|la|el))?\\s+)';
const NUMERIC_START = '(?<![\\p{L}\\p{N}./,:-])';

interface Parts {
  y: number;
  m?: number;
  d?: number;
}

type Read = (g: (string | undefined)[]) => [Parts, Parts?] | null;

/**
 * What a pattern opens with, and so the only places it can match: a month name, a day before a month name,
 * a number of one or two digits, or a year.
 */
type Opening = 'month' | 'day' | 'digits' | 'year';

interface Pattern {
  /** The pattern, matching only where `lastIndex` is: tried only where its opening is. */
  sticky: RegExp;
  opens: Opening;
  read: Read;
}

const num = (s: string | undefined): number => Number(s);

function twoDigitYear(s: string): number {
  const n = num(s);
  if (s.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/** Day first, as most of the field writes it; month first only when the day cannot be a month (04/30/2022). */
function dayMonth(a: number, b: number): [number, number] {
  return b > 12 && a <= 12 ? [b, a] : [a, b];
}

function month(word: string | undefined): number {
  return word ? (monthNumber(word) ?? 0) : 0;
}

function pattern(source: string, read: Read): Pattern {
  const opens: Opening = source.startsWith(MONTH)
    ? 'month'
    : source.startsWith(DAY)
      ? 'day'
      : source.startsWith(`${NUMERIC_START}(\\d{1,2})`)
        ? 'digits'
        : 'year';
  return { sticky: new RegExp(source, 'iuy'), opens, read };
}

/**
 * Where a month name starts. Scanning a text for a pattern that opens with one of the 200 month forms
 * costs as much at every word; the five such patterns are tried only here, found by one scan.
 */
const MONTH_START = new RegExp(
  `(?=[${monthInitials()}])${MONTH_OPENS}(?=(?:${MONTH_FORMS.join('|')})\\.?(?![\\p{L}]))`,
  'giu',
);

/** The letters month forms begin with: a scan tries the 200 forms only where one of them is. */
function monthInitials(): string {
  const initials = new Set(
    MONTH_FORMS.flatMap((forms) => forms.split('|').map((form) => form[0] ?? '')).filter((c) =>
      /\p{L}/u.test(c),
    ),
  );
  return [...initials].flatMap((c) => [c, c.toLocaleUpperCase()]).join('');
}

/** Numbers, and opening quotes before one («17» апреля): every other pattern opens at one of these. */
const NUMBER_START = /[«"“„](?=\s?\d)|(?<!\d)\d+/g;
/** How far after a day its month name may start ("du 6 au 8 février"). */
const DAY_REACH = 100;

/**
 * Where each opening is, in order: a text has many numbers, and each pattern is tried only where its
 * opening can be (a day only with a month name soon after it), rather than at every number or character.
 */
function openings(text: string): Record<Opening, number[]> {
  const month = [...text.matchAll(MONTH_START)].map((m) => m.index);
  const found: Record<Opening, number[]> = { month, day: [], digits: [], year: [] };
  let nextMonth = 0;
  for (const m of text.matchAll(NUMBER_START)) {
    const digits = m[0].length;
    while (nextMonth < month.length && (month[nextMonth] as number) < m.index) nextMonth++;
    const monthSoon = nextMonth < month.length && (month[nextMonth] as number) - m.index <= DAY_REACH;
    if (digits <= 2 && monthSoon) found.day.push(m.index);
    if (digits <= 2 && /\d/.test(m[0])) found.digits.push(m.index);
    if (digits === 4 && (m[0].startsWith('19') || m[0].startsWith('20'))) found.year.push(m.index);
  }
  return found;
}

/** What `text.matchAll` finds for a sticky pattern, trying it only at `starts` (in order). */
function matchesAt(text: string, sticky: RegExp, starts: number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m) continue;
    found.push(m);
    from = start + m[0].length;
  }
  return found;
}

/** The patterns, most specific first: where two match the same stretch the longer wins, then the earlier. */
const PATTERNS: Pattern[] = [
  // 1 January – 31 December 2019; 28 April to 2 May 2022
  pattern(`${DAY}${DAY_MONTH}${MONTH}${RANGE}${DAY}${DAY_MONTH}${MONTH}${MONTH_YEAR}${YEAR}`, (g) => [
    { y: num(g[5]), m: month(g[2]), d: num(g[1]) },
    { y: num(g[5]), m: month(g[4]), d: num(g[3]) },
  ]),
  // 28-30 April, 2022; du 6 au 9 février 2024; с 6 по 9 февраля 2024 г.
  pattern(`${DAY}${RANGE}${DAY}${DAY_MONTH}${MONTH}${MONTH_YEAR}${YEAR}`, (g) => [
    { y: num(g[4]), m: month(g[3]), d: num(g[1]) },
    { y: num(g[4]), m: month(g[3]), d: num(g[2]) },
  ]),
  // بين ١٠ كانون الثاني/يناير و٢٨ شباط/فبراير ٢٠٢٥: two days of two months joined by the Arabic "and"
  pattern(
    `${DAY}${DAY_MONTH}${MONTH}\\s+و\\s?(0?[1-9]|[12]\\d|3[01])(?![\\p{N}])${DAY_MONTH}${MONTH}${MONTH_YEAR}${YEAR}`,
    (g) => [
      { y: num(g[5]), m: month(g[2]), d: num(g[1]) },
      { y: num(g[5]), m: month(g[4]), d: num(g[3]) },
    ],
  ),
  // ١٤ و١٥ مايو ٢٠٢٤: two days joined by the Arabic "and" written onto the second
  pattern(
    `${DAY}\\s+و\\s?(0?[1-9]|[12]\\d|3[01])(?![\\p{N}])${DAY_MONTH}${MONTH}${MONTH_YEAR}${YEAR}`,
    (g) => [
      { y: num(g[4]), m: month(g[3]), d: num(g[1]) },
      { y: num(g[4]), m: month(g[3]), d: num(g[2]) },
    ],
  ),
  // April 28 – May 2, 2022
  pattern(`${MONTH}${MONTH_DAY}${DAY}${RANGE}${MONTH}${MONTH_DAY}${DAY}${DAY_YEAR}${YEAR}`, (g) => [
    { y: num(g[5]), m: month(g[1]), d: num(g[2]) },
    { y: num(g[5]), m: month(g[3]), d: num(g[4]) },
  ]),
  // April 28–30, 2022
  pattern(`${MONTH}${MONTH_DAY}${DAY}${RANGE}${DAY}${DAY_YEAR}${YEAR}`, (g) => [
    { y: num(g[4]), m: month(g[1]), d: num(g[2]) },
    { y: num(g[4]), m: month(g[1]), d: num(g[3]) },
  ]),
  // March–June 2020; between June and December 2020
  pattern(`${MONTH}${RANGE}${MONTH}${MONTH_YEAR}${YEAR}`, (g) => [
    { y: num(g[3]), m: month(g[1]) },
    { y: num(g[3]), m: month(g[2]) },
  ]),
  // 4–6.12.2015
  pattern(
    `${NUMERIC_START}(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2})([./])(\\d{1,2})\\3((?:19|20)\\d{2})(?![\\p{N}])`,
    (g) => [
      { y: num(g[5]), m: num(g[4]), d: num(g[1]) },
      { y: num(g[5]), m: num(g[4]), d: num(g[2]) },
    ],
  ),
  // 30 April 2022; 1er mai 2021; 30 de abril de 2022; 30 апреля 2022 г.; 30-апрели, 2022-жылы
  pattern(`${DAY}${DAY_MONTH}${MONTH}${MONTH_YEAR}${YEAR}`, (g) => [
    { y: num(g[3]), m: month(g[2]), d: num(g[1]) },
  ]),
  // April 30, 2022; Апр 30.2022
  pattern(`${MONTH}${MONTH_DAY}${DAY}${DAY_YEAR}${YEAR}`, (g) => [
    { y: num(g[3]), m: month(g[1]), d: num(g[2]) },
  ]),
  // 2024-жылдын 14–16-майы
  pattern(`${YEAR_FIRST}\\s+${DAY}${RANGE}${DAY}\\s?-?\\s?${MONTH}`, (g) => [
    { y: num(g[1]), m: month(g[4]), d: num(g[2]) },
    { y: num(g[1]), m: month(g[4]), d: num(g[3]) },
  ]),
  // 2025-жылдын 3-февралынан 14-мартына чейин: from one day to another of the year
  pattern(`${YEAR_FIRST}\\s+${DAY}\\s?-?\\s?${MONTH}\\s+${DAY}\\s?-?\\s?${MONTH}\\s+чейин`, (g) => [
    { y: num(g[1]), m: month(g[3]), d: num(g[2]) },
    { y: num(g[1]), m: month(g[5]), d: num(g[4]) },
  ]),
  // 2022-жылдын 30-апрели
  pattern(`${YEAR_FIRST}\\s+${DAY}\\s?-?\\s?${MONTH}`, (g) => [
    { y: num(g[1]), m: month(g[3]), d: num(g[2]) },
  ]),
  // March 2022; marzo de 2022; в марте 2022 года
  pattern(`${MONTH}${MONTH_YEAR}${YEAR}`, (g) => [{ y: num(g[2]), m: month(g[1]) }]),
  // 2025-жылдын февраль–март айларында
  pattern(`${YEAR_FIRST}\\s+${MONTH}${RANGE}${MONTH}(?:\\s+ай\\p{L}*)?`, (g) => [
    { y: num(g[1]), m: month(g[2]) },
    { y: num(g[1]), m: month(g[3]) },
  ]),
  // 2022-жылдын апрель айында, 2025-жылдын май айы
  pattern(`${YEAR_FIRST}\\s+${MONTH}(?:\\s+ай\\p{L}*)?`, (g) => [{ y: num(g[1]), m: month(g[2]) }]),
  // 2022-04-30, 2022/04/30, with an ISO time after it
  pattern(
    `${NUMERIC_START}((?:19|20)\\d{2})([./-])(\\d{1,2})\\2(\\d{1,2})(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\p{N}]|[./-]\\d)`,
    (g) => [{ y: num(g[1]), m: num(g[3]), d: num(g[4]) }],
  ),
  // 04.12.2015, 04/12/2015, 4-12-2015, 04.12.15
  pattern(
    `${NUMERIC_START}(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)\\d{2}|\\d{2})(?![\\p{N}]|[./-]\\d)`,
    (g) => {
      if (g[4]?.length === 2 && g[2] !== '.') return null;
      const [d, m] =
        monthFirst && g[2] === '/' ? dayMonth(num(g[3]), num(g[1])) : dayMonth(num(g[1]), num(g[3]));
      return [{ y: twoDigitYear(g[4] ?? ''), m, d }];
    },
  ),
  // 12/2023, 03.2022
  pattern(`${NUMERIC_START}(\\d{1,2})[./]((?:19|20)\\d{2})(?![\\p{N}]|[./]\\d)`, (g) => [
    { y: num(g[2]), m: num(g[1]) },
  ]),
  // 2019–2021, 2019-20, 2019/2020
  pattern(`${NUMERIC_START}((?:19|20)\\d{2})\\s*[-–—/]\\s*((?:19|20)?\\d{2})(?![\\p{N}]|[./-]\\d)`, (g) => {
    const start = num(g[1]);
    const end = g[2]?.length === 2 ? Math.floor(start / 100) * 100 + num(g[2]) : num(g[2]);
    return end > start && end - start <= 50 ? [{ y: start }, { y: end }] : null;
  }),
  // between 2010 and 2020, from 2019 to 2021, de 2019 a 2021, с 2019 по 2021
  pattern(
    `(?<=(?:between|from|entre|du|de|desde|с|від|з|من|بين)\\s+)((?:19|20)\\d{2})${RANGE}((?:19|20)\\d{2})(?![\\p{N}])${YEAR_WORD}`,
    (g) => (num(g[2]) > num(g[1]) ? [{ y: num(g[1]) }, { y: num(g[2]) }] : null),
  ),
];

/** A day and its month without a year ("17 березня", "8 de marzo", "March 17"), as a feed dates this year's posts. */
const YEARLESS = new RegExp(`^(?:${DAY}${DAY_MONTH}${MONTH}|${MONTH}${MONTH_DAY}${DAY})`, 'iu');

/** Where a line's day and month without a year stand, from `at`, and the year they lack put after them. */
export function yearlessDate(line: string, at: number): { end: number; month: number; day: number } | null {
  const m = YEARLESS.exec(line.slice(at));
  if (!m) return null;
  const [day, monthWord] = m[1] !== undefined ? [m[1], m[2]] : [m[4], m[3]];
  const d = { y: 2000, m: month(monthWord), d: num(day) };
  return valid(d) ? { end: at + m[0].length, month: d.m, day: d.d } : null;
}

/** Words after which a lone four-digit number is a year: "in 2020", "depuis 2019", "в 2021 году". */
const YEAR_CUES = new Set(
  (
    'in since from until till by of for during before after year years circa early mid late end spring summer ' +
    'autumn fall winter en desde hasta durante año dès depuis année avant après fin début jusqu em ano ' +
    'в во с со до по к году год за от у з із від протягом після жылы عام سنة في منذ خلال حتى ©'
  ).split(' '),
);

/** A lone year, kept when the words around it say it is one (see `isYear`). */
const LONE_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}./,:'’#@&-])((?:19|20)\\d{2})(?![\\p{N}]|[.,]\\d|\\s?%)${YEAR_WORD}`,
  'uy',
);

/** Whether a four-digit number at `start` is a year by what surrounds it, not by its value alone. */
function isYear(text: string, start: number, match: string): boolean {
  if (match.length > 4) return true; // a year word follows
  const before = text.slice(Math.max(0, start - 40), start);
  // it starts the text, a line, a sentence or a parenthesis
  if (/^\s*$/u.test(before) && before.length === start) return true;
  if (/(?:[\n(«"“]|[.!?]\s)\s*$/u.test(before)) return true;
  // it ends a title or a line: "Rapport annuel 2021"
  if (/^[ \t]*(?:\n|$)/u.test(text.slice(start + match.length, start + match.length + 20))) return true;
  const word = /([\p{L}©]+)['’]?\s*[,،]?\s*$/u.exec(before)?.[1];
  if (!word) return false;
  // "Reflection 2021", "Taiz, 2023": a capitalised word before it, as in titles and datelines
  if (/^\p{Lu}\p{Ll}/u.test(word)) return true;
  return YEAR_CUES.has(word.toLocaleLowerCase());
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(p: Parts): boolean {
  if (p.y < 1900 || p.y > 2099) return false;
  if (p.m === undefined) return p.d === undefined;
  if (p.m < 1 || p.m > 12) return false;
  if (p.d === undefined) return true;
  const leap = p.y % 4 === 0 && (p.y % 100 !== 0 || p.y % 400 === 0);
  return p.d >= 1 && p.d <= (p.m === 2 && !leap ? 28 : (DAYS_IN_MONTH[p.m - 1] ?? 0));
}

function format(p: Parts): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (p.m === undefined) return String(p.y);
  return p.d === undefined ? `${p.y}-${pad(p.m)}` : `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

/** Eastern Arabic and Persian digits as ASCII, one character each so that offsets stay true. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) & 0xf));
}

interface Candidate extends FoundDate {
  rank: number;
}

function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const starts = openings(text);
  PATTERNS.forEach(({ sticky, opens, read }, rank) => {
    for (const m of matchesAt(text, sticky, starts[opens])) {
      const parts = read([...m]);
      if (!parts?.every((p) => p === undefined || valid(p))) continue;
      const [first, last] = parts;
      const date = format(first);
      const endDate = last ? format(last) : undefined;
      if (endDate !== undefined && endDate < date) continue;
      const start = m.index;
      found.push({
        text: m[0],
        start,
        end: start + m[0].length,
        date,
        ...(endDate ? { endDate } : {}),
        rank,
      });
    }
  });
  for (const m of matchesAt(text, LONE_YEAR, starts.year)) {
    if (!isYear(text, m.index, m[0])) continue;
    found.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      date: m[1] ?? '',
      rank: PATTERNS.length,
    });
  }
  return found;
}

/**
 * Longer mentions first, then the more specific pattern; none may overlap another kept one. The kept ones
 * stay in order of start, so that only the one starting last before a candidate's end can overlap it (a
 * long text has thousands of candidates: comparing each with each grew with the square of the text).
 */
function withoutOverlaps(found: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const order = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  for (const c of order) {
    const before = lastBefore(kept, c.end);
    if (before >= 0 && (kept[before] as Candidate).end > c.start) continue;
    kept.splice(before + 1, 0, c);
  }
  return kept;
}

/** What joins two dates into a range: "1 January 2019 – 31 December 2019", "March 2020 to June 2021". */
const RANGE_GAP = /^(?:\s*[-–—‐‑‒−]\s*|\s+(?:to|till|until|au|à|al|a|hasta|до|по|إلى|الى|حتى)\s+)$/iu;
const BETWEEN_GAP = /^\s+(?:and|et|y|и|і|та|و)(?:\s+(?:the|le|la|el))?\s+$/iu;
const BETWEEN = /(?:between|entre|между|між|بين)\s+$/iu;

function joinRanges(text: string, dates: Candidate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i] as Candidate;
    const b = dates[i + 1];
    const gap = b ? text.slice(a.end, b.start) : '';
    const joined =
      b &&
      !a.endDate &&
      !b.endDate &&
      (RANGE_GAP.test(gap) || (BETWEEN_GAP.test(gap) && BETWEEN.test(text.slice(0, a.start)))) &&
      b.date > a.date;
    const { rank: _rank, ...date } = a;
    if (joined) {
      out.push({
        text: text.slice(a.start, b.end),
        start: a.start,
        end: b.end,
        date: a.date,
        endDate: b.date,
      });
      i++;
    } else out.push(date);
  }
  return out;
}

/** Weekdays by their first letters, Sunday 0: a date's weekday says which of "04/08/2025" is the month. */
const WEEKDAYS = new Map(
  [
    'sun mon tue wed thu fri sat',
    'dim lun mar mer jeu ven sam',
    'dom lun mar mié jue vie sáb',
    'dom lun mar mie jue vie sab',
    'dom seg ter qua qui sex sáb',
    'вс пн вт ср чт пт сб',
  ].flatMap((week) => week.split(' ').map((day, n) => [day, n] as const)),
);

/** The days of the week in full, in the languages served: a dateline's weekday is no place. */
const WEEKDAY_NAME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|п['’]ятниця|субота|неділя|дүйшөмбү|шейшемби|шаршемби|бейшемби|жума|ишемби|жекшемби|(?:ال)?(?:اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت|أحد|احد))$/iu;

export function isWeekdayName(word: string): boolean {
  return WEEKDAY_NAME.test(word.trim());
}

/**
 * "Tue, 04/08/2025": a date in digits whose day and month could be either way round, read the way its
 * weekday agrees with (8 April 2025 was a Tuesday; 4 August a Monday), as sites that write month first do.
 */
function byWeekday(text: string, d: FoundDate): FoundDate {
  const m = /^(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})$/u.exec(text.slice(d.start, d.end));
  const a = Number(m?.[1]);
  const b = Number(m?.[2]);
  if (!m || a > 12 || b > 12 || a === b) return d;
  const word = /(\p{L}+)\.?,?\s*$/u.exec(text.slice(Math.max(0, d.start - 16), d.start))?.[1] ?? '';
  const weekday = WEEKDAYS.get(word.toLocaleLowerCase().slice(0, /\p{Script=Cyrillic}/u.test(word) ? 2 : 3));
  if (weekday === undefined) return d;
  const year = Number(m[3]);
  const on = (month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const [, month, day] = d.date.split('-').map(Number);
  if (on(month ?? 0, day ?? 0) === weekday || on(day ?? 0, month ?? 0) !== weekday) return d;
  return { ...d, date: format({ y: year, m: day ?? 0, d: month ?? 0 }) };
}

function datesOf(text: string): readonly FoundDate[] {
  const ascii = asciiDigits(text);
  const dates = joinRanges(ascii, withoutOverlaps(candidates(ascii))).map((d) => byWeekday(ascii, d));
  return dates.map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
}

/** Whether the document being read writes dates in digits month first ("03/31/2025"), as US tools do. */
let monthFirst = false;

/** A date in digits with slashes: its first two numbers tell the order where one of them is over 12. */
const SLASH_DATE = /(?<![\d./-])(\d{1,2})\/(\d{1,2})\/(?:19|20)\d{2}(?![\d/])/gu;

/** Whether a text writes some slash dates month first ("03/31/2025") and none day first ("31/03/2025"). */
function writesMonthFirst(text: string): boolean {
  let dayFirst = 0;
  let monthLed = 0;
  for (const m of text.matchAll(SLASH_DATE)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthLed++;
  }
  return monthLed > 0 && dayFirst === 0;
}

/**
 * Reads a document with its dates in digits in the order it writes them: "04/11/2025" is 11 April in a
 * document that also writes "03/31/2025", and 4 November otherwise.
 */
export function inDateOrder<T>(text: string, read: () => T): T {
  const before = monthFirst;
  monthFirst = writesMonthFirst(text);
  try {
    return read();
  } finally {
    monthFirst = before;
  }
}

/** A line's length, below which a text is one of the many lines a reader's rules ask about, several times each. */
const LINE = 200;

/** The dates of the last few documents, and of the lines read in them, for one order of day and month. */
function rememberedDates(): (text: string) => readonly FoundDate[] {
  const documents = lastResults(datesOf, 4);
  const lines = lastResults(datesOf, 20_000);
  return (text) => (text.length < LINE ? lines(text) : documents(text));
}

const dayFirstDates = rememberedDates();
const monthFirstDates = rememberedDates();

/**
 * Every date and range the text mentions, in order, with UTF-16 offsets into it. One pass per text: the
 * kind's reader, `mainDate` and figures ask the same text, and get the same (shared, read-only) list.
 */
export const findDates = (text: string): readonly FoundDate[] =>
  monthFirst ? monthFirstDates(text) : dayFirstDates(text);

/**
 * The date a string states ('YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; the start of a range), or null. Besides
 * every style `findDates` reads, a whole-string ISO month ("2022-03") is one: inside running text it is
 * too often a pair of years.
 */
export function parseDate(s: string): string | null {
  const trimmed = asciiDigits(s.trim());
  const iso = /^((?:19|20)\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) {
    const parts = { y: Number(iso[1]), m: Number(iso[2]) };
    return valid(parts) ? format(parts) : null;
  }
  return findDates(trimmed)[0]?.date ?? null;
}

/** Lines that name the date they head: "Date: 4 March 2024", "Fecha:", "Дата:", "التاريخ:". */
const DATE_LABEL =
  /^\s*(?:(?:date|dated|fecha|data|дата|датасы|التاريخ|تاريخ)\s*[:：-]|(?:published(?: on)?|date of publication|publication date|issued(?: on)?|publi[ée]e?(?: le)?|date de publication|publicado(?: el)?|fecha de publicaci[óo]n|опубликовано|дата публикации|опубліковано|дата публікації|تاريخ النشر|نُ?شر(?: في)?|(?:last\s+)?updated(?: on)?|mise à jour|mis à jour le|actualizad[oa](?: el)?|actualizaci[óo]n|atualizad[oa](?: em)?|обновлено|оновлено|تم التحديث|آخر تحديث)(?![\p{L}])\s*[:：-]?)/iu;
/** How many non-blank lines make a document's opening. */
const OPENING_LINES = 12;

function isDay(date: string): boolean {
  return date.length === 10;
}

/**
 * "Dakar, Senegal. 6-9 February, 2024", "Pristina, March 2023": a date alone on its line, or after places;
 * or so in one part of a line set apart by dots or bars ("Belgrade, February 2024 · Coalition (SCCV)").
 */
function onDateline(text: string, d: FoundDate, line: { start: number; end: number } | undefined): boolean {
  if (!line) return false;
  // (a byline or a category after a bar, a dot or a slash: "9 septiembre, 2025 / Por Comunicaciones"; a
  // masthead set wide apart from its day, "WOMEN, PEACE AND SECURITY · MAPPING<tab>October 2025", not a range)
  const before = text
    .slice(line.start, d.start)
    .replace(/^.*\s[·|/]\s/su, '')
    .replace(d.endDate ? /^$/u : /^.*\t/su, '');
  const after = text.slice(d.end, line.end).replace(/\s[·|/]\s.*$/su, '');
  // (a place in a script without capitals, as Arabic, after its comma: "الرباط، مايو ٢٠٢٤")
  return /^[\s\p{P}]*$/u.test(after) && /^\s*(?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’ -]*[,.،]\s*)*$/u.test(before);
}

/** The date of a dateline in the opening lines ("Pristina, March 2023"), to the month at least, or null. */
export function openingDateline(text: string): string | null {
  const lines = [...text.matchAll(/[^\n]*\S[^\n]*/g)].slice(0, OPENING_LINES);
  for (const m of lines) {
    const line = { start: 0, end: m[0].length };
    const found = findDates(m[0]).find((d) => d.date.length >= 7 && onDateline(m[0], d, line));
    if (found) return found.date;
  }
  return null;
}

/** A date on a line labelled as the document's ("Date: 4 March 2024", "Published: November 2023"), or null. */
export function labelledDate(text: string): string | null {
  for (const d of findDates(text)) {
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    if (DATE_LABEL.test(text.slice(lineStart, d.start))) return d.date;
  }
  return null;
}

/**
 * The document's own date ('YYYY-MM-DD', 'YYYY-MM' or 'YYYY'), or null; chosen in this order:
 * 1. a labelled date line anywhere ("Date: 4 March 2024");
 * 2. the first full date (a day, not a range of them) in the opening lines;
 * 3. the first line that is a date or a dateline ("Dakar, Senegal. 6-9 February, 2024") further on;
 * 4. the start of the first range of days, the first month ("March 2022"), the first year ("Self
 *    Reflection 2021") in the opening lines.
 * Dates deeper in the running text describe events, not the document, and are not taken.
 */
export function mainDate(text: string): string | null {
  const dates = findDates(text);
  const lines = [...text.matchAll(/[^\n]*\S[^\n]*/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const openingEnd = lines[Math.min(OPENING_LINES, lines.length) - 1]?.end ?? 0;
  const lineOf = (d: FoundDate) => {
    const line = lines[lastBefore(lines, d.start + 1)];
    return line && d.start < line.end ? line : undefined;
  };
  const opening = dates.filter((d) => d.end <= openingEnd);

  const labelled = labelledDate(text);
  if (labelled) return labelled;
  // a range ("Reporting period: 1 January – 31 December 2023") is what a report covers, not its date
  const full = opening.find((d) => isDay(d.date) && !d.endDate);
  if (full) return full.date;
  const dateline = dates.find((d) => isDay(d.date) && onDateline(text, d, lineOf(d)));
  if (dateline) return dateline.date;
  return (
    opening.find((d) => isDay(d.date))?.date ??
    opening.find((d) => d.date.length === 7)?.date ??
    opening.find((d) => d.date.length === 4)?.date ??
    null
  );
}
