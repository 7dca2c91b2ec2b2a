/**
 * Figures and what they count: "11,388 children", "5 870 garçons", "46 complaints", "35%", "USD 20,000",
 * the parts of a breakdown in brackets ("(5,870 boys, 5,518 girls)"), and counts under a heading
 * ("Strategy 1: ... / 6 organisations"). Years, dates, phone numbers, codes, list numbers and numbers inside
 * links are not figures.
 */
import { CURRENCY_CODES } from '../domain/currency.js';
import type { Figure } from '../domain/document.js';
import { asciiDigits, findDates, startsWithMonth } from './dates.js';
import { findContacts, findCountries } from './entities.js';
import { lastBefore } from './sorted.js';

/** Words that end the phrase a number counts, in the languages of the field. */
const PHRASE_STOPS = new Set(
  // English
  (
    'a an the of in on at to from by for with without into onto over under between among about and or but ' +
    'nor than as per were was are is be been being had has have do did does will would could should can may ' +
    'might must who whom which that this these those their them they its it his her our your we you he she ' +
    'not no so if then also only each every all both more less most least many much some any other such ' +
    'while when where after before during since until through across against up down out off aged own one ' +
    // French
    'le la les un une des du de et ou en au aux dans par pour sur sous avec sans entre dont qui que est sont ' +
    'ont été était ils elles ce ces cette leur leurs se sa son ses plus moins ne pas ' +
    // Spanish and Portuguese
    'el los las del y o al con sin por para sobre entre que quien cual es son fue fueron han ha se su sus ' +
    'más menos no os as do da dos das e em no na nos nas um uma com sem foram ' +
    // Russian, Ukrainian, Kyrgyz
    'в во на с со из и или а но по за от до для о об к у не что как это был была были было которые ' +
    'из-за при про без між та і й з із що як був була були які ' +
    'жана менен үчүн болгон жылы жылдын ' +
    // Arabic
    'في من إلى الى على عن مع و أو او ثم التي الذي الذين هذا هذه'
  ).split(' '),
);

/**
 * Number words a figure may be written with. One ("a", "un") is left out, as are words that are also
 * common words elsewhere ("once", "dos", "cent"): they are rarely counts.
 */
// biome-ignore format: a table, a line per language
const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
  quatorze: 14, quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12,
  trece: 13, catorce: 14, quince: 15, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, cien: 100,
  два: 2, две: 2, дві: 2, три: 3, четыре: 4, чотири: 4, пять: 5, шесть: 6, шість: 6, семь: 7, сім: 7, восемь: 8,
  вісім: 8, девять: 9, десять: 10, "п'ять": 5, "дев'ять": 9,
  двух: 2, двох: 2, трёх: 3, трех: 3, трьох: 3, четырёх: 4, четырех: 4, чотирьох: 4, пяти: 5, "п'яти": 5,
  шести: 6, семи: 7, восьми: 8, девяти: 9, "дев'яти": 9, десяти: 10,
};

const MAGNITUDES: [RegExp, number][] = [
  [/^(?:billions?|bn|milliards?|млрд\.?|mil millones|مليار)$/iu, 1e9],
  [
    /^(?:millions?|mln|mn|m|millón|millones|milhão|milhões|млн\.?|мільйон\p{L}*|миллион\p{L}*|مليون|ملايين)$/iu,
    1e6,
  ],
  [/^(?:thousands?|k|mille|mil|тыс\.?|тис\.?|тысяч\p{L}*|тисяч\p{L}*|ألف|آلاف|الف)$/iu, 1e3],
];

/** Currencies written before or after the amount, to their ISO 4217 codes. */
const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  R$: 'BRL',
  'S/': 'PEN',
  'S/.': 'PEN',
  '€': 'EUR',
  '£': 'GBP',
  '₴': 'UAH',
  '₽': 'RUB',
  '₸': 'KZT',
  '₡': 'CRC',
  '₦': 'NGN',
  '₵': 'GHS',
  '₹': 'INR',
  '₱': 'PHP',
  '₾': 'GEL',
  '₺': 'TRY',
};
/** The one-character symbols above, as a character class. */
const SYMBOL = `[${Object.keys(CURRENCY_SYMBOLS)
  .filter((k) => k.length === 1)
  .map((k) => (k === '$' ? '\\$' : k))
  .join('')}]`;
/**
 * Currencies written as words. A word that several countries' currencies share ("pesos", "shillings",
 * "FCFA") is the currency of the first of those countries the text names; with none named, CFA francs
 * are the West African ones and other shared words stay nouns ("20 000 francs").
 */
const CURRENCY_WORDS: [RegExp, string | Record<string, string>][] = [
  [/^(?:euros?|евро|يورو)$/iu, 'EUR'],
  [/^(?:(?:us\s)?dollars?|dólares|долларов|доллар\p{L}*|долар\p{L}*|دولار)$/iu, 'USD'],
  // (and in Kyrgyz cases: "1 миллион сомдон", "сомго", "сомду")
  [/^(?:сом(?:ов|а|ы|дон|го|ду|дун|дук)?)$/iu, 'KGS'],
  [/^(?:грн\.?|гривень|гривн\p{L}*|hryvnias?)$/iu, 'UAH'],
  [/^(?:рубл\p{L}*)$/iu, 'RUB'],
  [/^(?:тенге|tenge)$/iu, 'KZT'],
  [/^(?:сомони|somoni)$/iu, 'TJS'],
  [/^(?:сум(?:ов|а|ы)?|сўм|so['’]m|soums?)$/iu, 'UZS'],
  [/^(?:ле[йяеи]в?)$/iu, 'MDL'],
  [/^(?:драм(?:ов|а|ы)?|drams?)$/iu, 'AMD'],
  [/^(?:злот(?:ых|ый|ые)|zł|złot(?:ych|e|y)|zlotys?)$/iu, 'PLN'],
  [/^(?:лар[иі]|lari)$/iu, 'GEL'],
  // (Bosnia and Herzegovina's convertible marks: "18,500 مارك بوسني", "2.000 maraka")
  [/^(?:مارك|maraka|марак[аи]?)$/iu, 'BAM'],
  [/^(?:gourdes?)$/iu, 'HTG'],
  [/^(?:ariary)$/iu, 'MGA'],
  [/^(?:naira)$/iu, 'NGN'],
  [/^(?:cedis?)$/iu, 'GHS'],
  [/^(?:birr)$/iu, 'ETB'],
  [/^(?:fdj)$/iu, 'DJF'],
  [/^(?:fbu)$/iu, 'BIF'],
  [/^(?:frw|rwf)$/iu, 'RWF'],
  [/^(?:fc|fcd)$/u, 'CDF'],
  [/^(?:gnf|fg)$/u, 'GNF'],
  [/^(?:taka)$/iu, 'BDT'],
  [/^(?:afghanis?)$/iu, 'AFN'],
  [/^(?:soles)$/iu, 'PEN'],
  [/^(?:quetzales)$/iu, 'GTQ'],
  [/^(?:lempiras)$/iu, 'HNL'],
  [/^(?:bolivianos)$/iu, 'BOB'],
  [/^(?:reais|reales)$/iu, 'BRL'],
  [/^(?:meticais|meticals?)$/iu, 'MZN'],
  [/^(?:kwanzas?)$/iu, 'AOA'],
  [/^(?:guaran[íi]es|guaranis?)$/iu, 'PYG'],
  [
    /^(?:fcfa|cfa)$/iu,
    {
      '': 'XOF',
      SN: 'XOF',
      ML: 'XOF',
      BF: 'XOF',
      NE: 'XOF',
      CI: 'XOF',
      BJ: 'XOF',
      TG: 'XOF',
      GW: 'XOF',
      TD: 'XAF',
      CM: 'XAF',
      CF: 'XAF',
      CG: 'XAF',
      GA: 'XAF',
      GQ: 'XAF',
    },
  ],
  [
    /^(?:pesos)$/iu,
    { CO: 'COP', MX: 'MXN', AR: 'ARS', CL: 'CLP', PH: 'PHP', DO: 'DOP', CU: 'CUP', UY: 'UYU' },
  ],
  [/^(?:rupees|roupies|rupias)$/iu, { IN: 'INR', PK: 'PKR', LK: 'LKR', NP: 'NPR', MU: 'MUR' }],
  [/^(?:shillings?)$/iu, { KE: 'KES', UG: 'UGX', TZ: 'TZS', SO: 'SOS' }],
  [/^(?:kwacha)$/iu, { MW: 'MWK', ZM: 'ZMW' }],
  [
    /^(?:dinars?|динар\p{L}*|دينار|دنانير)$/iu,
    { IQ: 'IQD', JO: 'JOD', LY: 'LYD', TN: 'TND', DZ: 'DZD', RS: 'RSD' },
  ],
  [/^(?:riyals?|rials?|ريال)$/iu, { YE: 'YER', SA: 'SAR', QA: 'QAR', OM: 'OMR', IR: 'IRR' }],
  [/^(?:francs?)$/iu, { CD: 'CDF', RW: 'RWF', BI: 'BIF', GN: 'GNF', DJ: 'DJF', KM: 'KMF', CH: 'CHF' }],
  [/^(?:pounds?|جنيه|جنيهات)$/iu, { SD: 'SDG', SS: 'SSP', EG: 'EGP', GB: 'GBP', LB: 'LBP', SY: 'SYP' }],
];
/** The currency a word names in a text, by the countries the text names where the word is shared. */
function currencyOfWord(word: string, context: string): string | undefined {
  if (CURRENCY_CODES.has(word)) return word;
  const byCountry = CURRENCY_WORDS.find(([re]) => re.test(word))?.[1];
  if (typeof byCountry !== 'object') return byCountry;
  const named = findCountries(context).find((c) => byCountry[c.code]);
  return byCountry[named?.code ?? ''];
}
const PERCENT_WORDS =
  /^[ \t\u00a0]?(?:[%٪]|per\s?cent|percent|pour\s?cent|por\s?ciento|por\s?cento|процент\p{L}*|відсот\p{L}*|пайыз|في\s?الما?ئة|بالما?ئة)/iu;

/** Words before a number that make it a reference, not a count: "Strategy 1", "Resolution 1325". */
const CODE_WORDS =
  /(?<![\p{L}])(?:strategy|article|art\.|resolution|unscr|section|chapter|no\.|nº|n°|№|nr|number|page|p\.|pp\.|law|decree|phase|round|step|module|pillar|goal|sdg|target|indicator|objective|annex|table|figure|fig\.|item|episode|ep\.|plan|vol\.|volume|version|стратегия|статья|резолюция|закон|стаття|постанова|قرار|المادة)\s*[#№]?\s*$/iu;
/** Words before a year that make it a modifier, not a count: "the 2020 budget", "its own 2021 plan". */
const YEAR_MODIFIER =
  /(?<![\p{L}])(?:the|its|our|their|this|that|own|his|her|a|an|le|la|les|el|los|las|du|del)\s+$/iu;

const DIGITS = String.raw`\d{1,3}(?:[,\u00a0\u202f\u066c '’]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const WORD_NUMBER = `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|vingt|trente|quarante|cinquante|soixante)(?:-(?:one|two|three|four|five|six|seven|eight|nine|et-un|deux|trois|quatre|cinq|six|sept|huit|neuf))?|${Object.keys(NUMBER_WORDS).join('|')}`;
/** "One" is a count only beside another ("two women and one young person"): else an article or a pronoun. */
const ONE = 'one|un|une|uno|una';
const NUMBER = new RegExp(
  // (Arabic writes "and" onto the number: "و7 قاصرين")
  String.raw`(?:(?<=(?:^|\s)و)|(?<![\p{L}\p{N}_/#№@.,:\-+]))(?:(${DIGITS})|(${WORD_NUMBER})|(${ONE}))(?![\p{L}\p{N}]|[.,:/]\d|-\d)`,
  'giu',
);
const AND_BEFORE = /(?<![\p{L}])(?:and|et|y|и)\s+$/iu;
const PHONE = /(?:\+|\b00)\d[\d\s().-]{6,}\d|\b\d{2,4}(?:[\s.-]\d{2,4}){3,}\b/gu;

const ONE_WORDS = new Set(['one', 'un', 'une', 'uno', 'una', 'один', 'одна', 'одно', 'один']);

/**
 * The count a word states, in digits or in words, "one" included (for counts the layout says are counts:
 * "Strategy 5: only one organisation ..."), or undefined.
 */
export function countOf(word: string): number | undefined {
  // (in Arabic-Indic digits too: "١١ منظمة")
  const digits = asciiDigits(word);
  if (/^\d{1,6}$/u.test(digits)) return Number(digits);
  const lower = word.toLocaleLowerCase();
  if (ONE_WORDS.has(lower)) return 1;
  return WHOLE_NUMBER_WORD.test(lower) ? numberValue(undefined, lower) : undefined;
}

const WHOLE_NUMBER_WORD = new RegExp(`^(?:${WORD_NUMBER})$`, 'iu');

/** The first count in a sentence and the word it counts: "only one organisation works …" → 1, organisation. */
export function countIn(sentence: string): { count: number; unit: string } | null {
  const words = sentence.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  for (let i = 0; i < Math.min(words.length - 1, 6); i++) {
    const count = countOf(words[i] ?? '');
    const unit = words[i + 1] ?? '';
    if (count !== undefined && /^\p{L}/u.test(unit)) return { count, unit };
  }
  return null;
}

/** The value of "11,388", "5 870", "1.284", "2,5", "1,234.5", or of a number word. */
function numberValue(digits: string | undefined, word: string | undefined): number {
  if (word) {
    const [tens, unit] = word.toLocaleLowerCase().split(/-(?:et-)?/u);
    const units: Record<string, number> = { one: 1, un: 1 };
    return (NUMBER_WORDS[tens ?? ''] ?? 0) + (unit ? (units[unit] ?? NUMBER_WORDS[unit] ?? 0) : 0);
  }
  const s = (digits ?? '').replace(/[\u00a0\u202f\u066c '’]/gu, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const other = decimal === '.' ? ',' : '.';
    return Number(s.split(other).join('').replace(decimal, '.'));
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
  if (!sep) return Number(s);
  const groups = s.split(sep);
  // one separator followed by exactly three digits groups thousands ("1.284", "11,388"); else it is decimal
  const thousands = groups.length > 2 || groups[1]?.length === 3;
  return Number(thousands ? groups.join('') : groups.join('.'));
}

interface Span {
  start: number;
  end: number;
}

/**
 * Whether an offset falls inside any of the spans, by binary search over them sorted by start with the
 * furthest end reached so far: a long text has thousands of numbers and of dates, and comparing each
 * with each made figures grow with the square of the text.
 */
function insideAny(spans: Span[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach[reach.length - 1] ?? s.end));
  return (at) => {
    const last = lastBefore(sorted, at + 1); // the last span that starts at or before `at`
    return last >= 0 && (reach[last] as number) > at;
  };
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** After a comma: a list's next noun ("niñas, niños y adolescentes"), or the phrase's end. */
  listed?: boolean;
}

/** "Number of", "N.º de", "Число", "عدد": a header's or caption's words for a count before what it counts. */
export const NUMBER_OF = String.raw`(?<![\p{L}])(?:(?:total\s+)?number\s+of|no\.\s+of|how\s+many|n\.?\s?º\s+de|nombre\s+d['’]|nombre\s+de|combien\s+d['’]|combien\s+de|n[úu]mero\s+de|cantidad\s+de|cu[áa]nt[oa]s|quant[oa]s|число|количество|кол-во|сколько|кількість|скільки|عدد|كم)`;
export const COUNT_OF = new RegExp(`^${NUMBER_OF}\\s*`, 'iu');

/**
 * What a column of counts counts, by its header: "Participants", "Number of participants" → "participants";
 * "عدد المشاركين" → "مشاركين", as an Arabic count writes its noun, without the article.
 */
export function countedByHeader(header: string): string {
  const counted = header.toLocaleLowerCase().replace(COUNT_OF, '');
  return (counted || header.toLocaleLowerCase()).replace(/^ال(?=\p{L}{3,}$)/u, '');
}

/**
 * Whether the line `at` stands in is a row of a table, its cells set apart by tabs, over another row of
 * figures (and not over the units of a row of numbers: "11<tab>7" / "organisations<tab>organisations").
 */
function inTableRow(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const next = text.indexOf('\n', at);
  const end = text.indexOf('\n', next + 1);
  return text.slice(start, at).includes('\t') && /\p{Nd}/u.test(text.slice(next, end < 0 ? undefined : end));
}

// (the next cell of a table's row, after a tab, is no word of a number's)
const WORD_AFTER = /^([ \t\u00a0]*\n[ \t\u00a0]*|[ \u00a0]+|[ \u00a0]*)([\p{L}\p{M}][\p{L}\p{M}'’-]*\.?|%)/u;
const LISTED_WORD =
  /^(,[ \u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*|[ \u00a0]+|[ \u00a0]*)([\p{L}\p{M}][\p{L}\p{M}'’-]*\.?|%)/u;

/**
 * The words after a number up to the end of its phrase, over a line break but not a blank line; with `lists`,
 * over the commas of a list after the first word too.
 */
function wordsAfter(text: string, from: number, max: number, lists = false): Token[] {
  const out: Token[] = [];
  const re = lists ? LISTED_WORD : WORD_AFTER;
  let at = from;
  while (out.length < max) {
    const m = re.exec(text.slice(at, at + 80));
    if (!m || (out.length > 0 && !m[1]) || (out.length === 0 && m[1]?.startsWith(','))) break;
    // a line wrapped inside a sentence ("venus de 11⏎régions") goes on in lower case; a table's row does not
    // go on in the next ("العراق<tab>٢٢⏎كازاخستان<tab>٥")
    if (m[1]?.includes('\n') && (!/^[\p{Ll}\p{Lo}]/u.test(m[2] ?? '') || inTableRow(text, at))) break;
    const word = m[2] ?? '';
    const start = at + (m[1]?.length ?? 0);
    out.push({ text: word, start, end: start + word.length, listed: m[1]?.startsWith(',') });
    at = start + word.length;
    if (word.endsWith('.') && word !== '%') break;
  }
  return out;
}

const lower = (s: string) => s.toLocaleLowerCase().replace(/\.$/u, '');

function isStop(word: string): boolean {
  return PHRASE_STOPS.has(lower(word));
}

/** Lower case, or in a script without case; acronyms ("CSOs") count as nouns too. */
function isNounLike(word: string): boolean {
  if (isStop(word) || /\d/u.test(word) || Object.hasOwn(NUMBER_WORDS, lower(word))) return false;
  const first = word[0] ?? '';
  const cased = first.toLocaleLowerCase() !== first.toLocaleUpperCase();
  return (
    !cased || first === first.toLocaleLowerCase() || /^\p{Lu}{2,}\p{Ll}?$/u.test(word.replace(/\.$/u, ''))
  );
}

/** Plurals without an -s that end a counted phrase ("2,000 people obtain ..."). */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'women', 'men', 'gens', 'gente', 'personnel']);
/** Nouns counted in the singular or used as modifiers ("12 youth groups", "30 police officers"). */
const UNCOUNTED = new Set(['youth', 'staff', 'police', 'livestock', 'cattle', 'sheep', 'media', 'data']);
/** Measures written with the number: "20 km", "300 ha". */
const MEASURES = /^(?:km|m|cm|mm|kg|g|t|ha|l|km²|m²|m2|km2|mw|kw|kwh|mb|gb|h|hrs|min)$/iu;
const AND = /^(?:and|et|y|e|и|і|та|жана)$/iu;

function isLatin(word: string): boolean {
  return /^\p{Script=Latin}/u.test(word);
}

/** An English, French, Spanish or Portuguese plural: "meetings", "garçons", "mujeres", "bureaux". */
function looksPlural(word: string): boolean {
  const w = lower(word);
  if (IRREGULAR_PLURALS.has(w)) return true;
  return (/s$/u.test(w) && !/(?:ss|us|is|['’]s)$/u.test(w)) || /(?:aux|eux)$/u.test(w);
}

/**
 * "31 Juntas", "30 Yemeni women": a capitalised word opens the phrase when it or the word after is a plural,
 * unless a name goes on after it ("16 Days of Activism").
 */
function isCapitalisedNoun(text: string, w: Token, next: Token | undefined): boolean {
  if (!isLatin(w.text) || !/^\p{Lu}\p{Ll}/u.test(w.text) || isStop(w.text)) return false;
  if (/^\s+(?:(?:of|de|du|des|del|for|pour|para)\s+)?\p{Lu}/u.test(text.slice(w.end, w.end + 30)))
    return false;
  return looksPlural(w.text) || (next !== undefined && isNounLike(next.text) && looksPlural(next.text));
}

/**
 * "niñas, | niños y adolescentes", "madres, padres y cuidadores": the one-word plurals a Spanish, French or
 * Portuguese count names its group by, each counted with the number; not a participle after the comma
 * ("personnes, déplacées et résidentes"), nor an English list, whose first noun is what the number counts
 * ("24 practitioners, researchers and policy makers").
 */
function isListOfPlurals(ws: Token[], i: number, taken: Token[]): boolean {
  const [w, and, last] = [ws[i], ws[i + 1], ws[i + 2]];
  const before = taken[taken.length - 1];
  return Boolean(
    before &&
      taken.length === 1 &&
      w?.listed &&
      and &&
      last &&
      !and.listed &&
      !last.listed &&
      looksPlural(before.text) &&
      isNounLike(w.text) &&
      looksPlural(w.text) &&
      !PARTICIPLE.test(w.text) &&
      LIST_AND.test(and.text) &&
      isNounLike(last.text),
  );
}
const LIST_AND = /^(?:y|e|et)$/iu;
const PARTICIPLE = /(?:é|ée|ad[oa]|id[oa])s$/iu;

/**
 * The noun phrase a number counts: in Latin-script languages up to five words ending at the first plural
 * ("12 youth volunteer groups", "women and girls" keeps its "and"), and none when no plural comes (a
 * count above one counts a plural: "2023 crop", "seven now" are not figures); in other scripts the word
 * after the number ("1 250 женщин", "340 امرأة"). Punctuation and small words end it.
 */
function unitAfter(text: string, from: number, plural: boolean): Token | null {
  const ws = wordsAfter(text, from, 6, true);
  const taken: Token[] = [];
  for (let i = 0; i < ws.length && taken.length < 5; i++) {
    const w = ws[i] as Token;
    const next = ws[i + 1];
    // a list of plurals goes on over its commas to its last ("niñas, niños y adolescentes"), else a comma ends it
    if (w.listed && !isListOfPlurals(ws, i, taken)) break;
    if (AND.test(w.text) && taken.length > 0 && taken.length < 3 && next && isNounLike(next.text)) {
      taken.push(w);
      continue;
    }
    if (!isNounLike(w.text) && !(taken.length === 0 && isCapitalisedNoun(text, w, next))) break;
    // a verb ends the phrase ("12 women attending"), not a modifier before the noun ("14 community learning
    // centres", "28 village early warning committees")
    if (
      taken.length > 0 &&
      /(?:ing|ed)\.?$/u.test(w.text) &&
      !(next && isNounLike(next.text) && looksPlural(next.text))
    )
      break;
    taken.push(w);
    if (w.text.endsWith('.') || !isLatin(w.text) || MEASURES.test(w.text)) break;
    if (looksPlural(w.text) && !(next && (AND.test(next.text) || isListOfPlurals(ws, i + 1, [w])))) break;
  }
  while (taken.length > 0 && AND.test(taken[taken.length - 1]?.text ?? '')) taken.pop();
  const first = taken[0];
  const last = taken[taken.length - 1];
  if (!first || !last) return null;
  const head = last.text;
  const counted =
    !plural || !isLatin(head) || looksPlural(head) || UNCOUNTED.has(lower(head)) || MEASURES.test(head);
  if (!counted) return null;
  const phrase = text.slice(first.start, last.end).replace(/\.$/u, '');
  return { text: phrase, start: first.start, end: first.start + phrase.length };
}

/**
 * "three to nine neighbourhoods", "between 11 and 15 residents", "6 of the 41 board members", "9 из 57 членов":
 * the first number counts what the second does.
 */
const TO_NUMBER = new RegExp(
  String.raw`^\s*(?:to|-|–|à|a|al|до|and|et|y|и|of(?:\s+the)?|out of|sur|de(?:\s+l[oa]s)?|des|из|з)\s*(?:${DIGITS}|${WORD_NUMBER})(?![\p{L}\p{N}])`,
  'iu',
);
/**
 * "four of the participants", "five of them women", "58 were suggestions", "2 гана кылмыш иши" (Kyrgyz "only"
 * after the number), "5 таких случаях": words between a count and its noun.
 */
const TO_NOUN =
  /^\s+(?:of\s+(?:the|these|those|them|its|their|our)|were|are|des|d['’]entre\s+(?:eux|elles)|de\s+(?:los|las|estos|estas|esos|esas|ellos|ellas|sus|nuestros|nuestras)|гана|таких|этих|тех|подобных|цих|тих|подібних)\s+/iu;
/** "27 participants out of 32": a number after these counts what the figure just before it counts. */
const OUT_OF = /(?<![\p{L}])(?:out of|sur|من أصل|من بين)\s*$/iu;
/** "Salma, 38 years, lawyer", "سلمى، ٣٨ عاماً، محامية": an age between commas after a name is not a count. */
/** "a girl of two years old", "une fille de 14 ans révolus": an age wherever it stands. */
const YEARS_OLD = /^[\s-]*(?:years?[\s-]+old|year-old|ans révolus|años de edad|лет от роду)(?![\p{L}])/iu;
const AGE_BEFORE = /[,،]\s*(?:de|aged|âgée?)?\s*$/iu;
/** "١٢ رمضان ١٤٤٥ هـ": a day of a Hijri month, and its year. */
const HIJRI_AFTER = /^\s*(?:محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|ذو\s+(?:القعدة|الحجة)|هـ)(?![\p{L}])/u;
/** A number right after another, or after an ellipsis, is one of a list of pages. */
const PAGE_BEFORE = /(?:\d|\.\.\.|…) +$/u;
const AGE =
  /^\s*(?:years?(?:\s+old)?|ans|años|anos|лет|года|рок(?:ів|и)|жаш(?:та)?|عاماً|عامًا|عاما|سنة)\s*[,،)]/iu;

/** The noun a number counts, past a range's second number and words that come between ("four of the ..."). */
function countedAfter(text: string, from: number, plural: boolean): Token | null {
  const range = TO_NUMBER.exec(text.slice(from, from + 40));
  const at = range ? from + range[0].length : from;
  const between = TO_NOUN.exec(text.slice(at, at + 40));
  return unitAfter(text, between ? at + between[0].length : at, plural || Boolean(range));
}

/** "18 millions de FCFA", "6 millones de personas", "2 million of them": the partitive after a magnitude. */
const MAGNITUDE_OF = /^\s+(?:(?:de|of|de\s+l[oa]s)\s+|d['’]\s*)(?=\S)/iu;

function magnitude(text: string, from: number): { factor: number; end: number } {
  const w = wordsAfter(text, from, 1)[0];
  const found = w ? MAGNITUDES.find(([re]) => re.test(w.text)) : undefined;
  if (!found || !w) return { factor: 1, end: from };
  const of = MAGNITUDE_OF.exec(text.slice(w.end, w.end + 12));
  return { factor: found[1], end: w.end + (of?.[0].length ?? 0) };
}

const SYMBOL_BEFORE = new RegExp(String.raw`(US\$|R\$|S\/\.?|${SYMBOL}|\b[A-Z]{3})\s?$`, 'u');
const SYMBOL_AFTER = new RegExp(String.raw`^\s?(${SYMBOL})`, 'u');

function currencyBefore(text: string, start: number): { code: string; start: number } | null {
  const m = SYMBOL_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
  if (!m) return null;
  const token = m[1] ?? '';
  const code = CURRENCY_SYMBOLS[token] ?? (CURRENCY_CODES.has(token) ? token : undefined);
  return code ? { code, start: start - m[0].length } : null;
}

function currencyAfter(text: string, from: number, context: string): { code: string; end: number } | null {
  const w = wordsAfter(text, from, 2);
  const first = w[0];
  if (!first) {
    const symbol = SYMBOL_AFTER.exec(text.slice(from, from + 2));
    return symbol?.[1]
      ? { code: CURRENCY_SYMBOLS[symbol[1]] ?? symbol[1], end: from + symbol[0].length }
      : null;
  }
  const second = w[1];
  // "US dollars", "francs CFA": the second word names the currency
  if (second && /^(?:us|francs?)$/iu.test(first.text)) {
    const code = currencyOfWord(second.text.replace(/\.$/u, ''), context);
    if (code) return { code, end: second.end - (second.text.endsWith('.') ? 1 : 0) };
  }
  const code = currencyOfWord(first.text.replace(/\.$/u, ''), context);
  return code ? { code, end: first.end - (first.text.endsWith('.') ? 1 : 0) } : null;
}

interface Found extends Figure {
  start: number;
  end: number;
}

/** "(702 women and girls, 582 men and boys)" right after a figure: the parts take its phrase as label. */
function labelBreakdowns(text: string, figures: Found[]): void {
  for (const parent of figures) {
    const open = /^\s*\(/u.exec(text.slice(parent.end, parent.end + 5));
    if (!open) continue;
    const from = parent.end + open[0].length;
    const close = text.indexOf(')', from);
    if (close < 0) continue;
    for (const part of figures) {
      if (part.start >= from && part.end <= close) part.label = parent.label;
    }
  }
}

/**
 * The heading a figure stands under, when the figure is all its line says ("Strategy 1: Implementation
 * and enforcement of laws" above "4 organisations") or ends a line after it ("Strategy 1: ... – 4
 * organisations", or a tab).
 */
function headingOf(text: string, f: Found): string | null {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const lineEnd = text.indexOf('\n', f.end);
  const rest = text.slice(f.end, lineEnd < 0 ? text.length : lineEnd);
  if (!/^[\s.;]*$/u.test(rest)) return null;
  const lead = text.slice(lineStart, f.start);
  const inline = /^\s*(.{3,120}?)\s*(?:[:\t–—]|\s-)\s*$/u.exec(lead);
  if (inline?.[1]) return inline[1].trim();
  if (!/^\s*$/u.test(lead)) return null;
  const heading = previousLine(text, lineStart);
  const isHeading = heading.length > 0 && heading.length <= 120 && !/[.;,]$/u.test(heading);
  return isHeading && !NUMBER_LINE.test(heading) ? heading : null;
}

/** The last non-blank line before `lineStart`, trimmed ('' when there is none). */
function previousLine(text: string, lineStart: number): string {
  for (let end = lineStart - 1; end > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line) return line;
    end = start - 1;
  }
  return '';
}

/** A line that is itself a figure ("3 organisations") heads nothing. */
const NUMBER_LINE = /^\d[\d,.\s]*\p{L}+$/u;

const cellsOf = (line: string) => line.split('\t').map((c) => c.trim());

/**
 * "Women mediators trained<TAB>412": a number alone in a cell of a tab-separated table counts what its
 * column's header names ("Organizaciones") or else what its row's nearest cell in words does.
 */
function tableCell(
  text: string,
  start: number,
  end: number,
  context: string,
): { unit: string; label: string } | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const before = text.slice(lineStart, start);
  if (!/\t *$/u.test(before) || !/^ *(?:\t|$)/u.test(text.slice(end, lineEnd))) return null;
  const row = cellsOf(before);
  if (!/^\p{L}/u.test(row[0] ?? '')) return null;
  // the nearest cell in words before it: "Protection<tab>Safe houses operating<tab>3" counts safe houses
  // (without the words that make it part of the row above: "of which GBV incidents")
  const rowName = (row.findLast((c) => /^\p{L}/u.test(c)) ?? '').replace(PART_OF_ABOVE, '');
  // the table's first line, above the run of tab-separated lines, is its header
  let top = lineStart;
  while (top > 0) {
    const above = text.lastIndexOf('\n', top - 2) + 1;
    if (!text.slice(above, top - 1).includes('\t')) break;
    top = above;
  }
  const header = top < lineStart ? cellsOf(text.slice(top, text.indexOf('\n', top))) : [];
  const column = header[row.length - 1] ?? '';
  // a column of sums in the currency its header names: "Valor (R$)", "Amount (USD)", "Montant en FCFA"
  const symbol = /[\s(]([^\s()]{1,6})\)?$/u.exec(column)?.[1] ?? '';
  const currency = CURRENCY_SYMBOLS[symbol] ?? (symbol ? currencyOfWord(symbol, context) : undefined);
  if (currency) return { unit: currency, label: rowName };
  // (columns summed in a total over rows whose labels have no heading, "<tab>Eráti<tab>Memba<tab>Total", are
  // where or when the row's count was made)
  const summed = header[0] === '' && header.some((c) => TOTAL.test(c));
  const counts = /^\p{L}[\p{L} '’-]*$/u.test(column) && !summed;
  return { unit: counts ? countedByHeader(column) : rowName, label: rowName };
}

/** "of which", "dont", "из них": a row's label that counts part of the row above. */
const PART_OF_ABOVE =
  /^(?:of which|of whom|including|dont|parmi eux|parmi elles|de los cuales|de las cuales|dos quais|das quais|из них|в том числе|з них|у тому числі|منها|منهم)\s+/iu;

/** "Total", "Всього", "المجموع": a column of the sums of the others. */
const TOTAL = /^(?:totals?|sub-?totals?|итого|всего|усього|всього|разом|жалпы|бардыгы|المجموع|الإجمالي)$/iu;

/** "· 2 comentarios": a post's count of comments among its details, which counts nothing it tells of. */
const DETAIL_BEFORE = /[·|•]\s*$/u;
const COMMENTS =
  /^(?:comments?|comentarios?|comentários?|commentaires?|комментари\p{L}*|коментар\p{L}*|تعليق\p{L}*)$/iu;

/**
 * Every figure in the text, in order, with its unit (ISO currency code, "%", or the noun) and label.
 * `context` is the whole document when the text is part of it: the countries it names tell which
 * currency a shared word names ("FCFA" in a report from Chad).
 */
export function findFigures(text: string, context: string = text): Figure[] {
  const skipped = insideAny([
    ...findDates(text),
    ...findContacts(text),
    ...[...text.matchAll(PHONE)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ]);
  const found: Found[] = [];
  // numbers are read in ASCII digits, the text around them as written (one character a digit either way)
  for (const m of asciiDigits(text).matchAll(NUMBER)) {
    const start = m.index;
    const digits = m[1];
    if (skipped(start)) continue;
    if (digits && /^\d{5,}$/u.test(digits)) continue; // an identifier: counts this large are written with separators
    const lead = text.slice(Math.max(0, start - 20), start);
    if (CODE_WORDS.test(lead)) continue;
    if (digits && /^(?:19|20)\d\d$/u.test(digits) && YEAR_MODIFIER.test(lead)) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (/^\s*$/u.test(text.slice(lineStart, start)) && /^[.)]\s/u.test(text.slice(m.index + m[0].length)))
      continue;
    const after = text.slice(start + m[0].length, start + m[0].length + 30);
    if ((AGE_BEFORE.test(lead) && AGE.test(after)) || YEARS_OLD.test(after)) continue;
    // "15 كانون الثاني", "3 May": a day and month without a year, or a Hijri date; "1 2 3 ... 12 Next": pages
    if (startsWithMonth(after) || HIJRI_AFTER.test(after) || PAGE_BEFORE.test(lead)) continue;
    const previous = found[found.length - 1];
    const one = m[3] !== undefined;
    if (one && !(previous && AND_BEFORE.test(lead) && start - previous.end <= 8)) continue;
    const base = one ? 1 : numberValue(digits, m[2]);
    const { factor, end: afterMagnitude } = magnitude(text, start + m[0].length);
    const value = Math.round(base * factor * 1e6) / 1e6;
    const before = currencyBefore(text, start);
    const percent = PERCENT_WORDS.exec(text.slice(afterMagnitude, afterMagnitude + 20));
    let unit: string;
    let phraseStart = start;
    let cell: { unit: string; label: string } | null = null;
    let end: number;
    if (percent) {
      unit = '%';
      end = afterMagnitude + percent[0].length;
      const of = /^\s+(?:of|de|des|del|от|від)\s+(?:(?:the|its|our|their|la|le|les|el|los|las)\s+)?/iu.exec(
        text.slice(end),
      );
      const counted = of ? unitAfter(text, end + of[0].length, true) : null;
      if (counted) end = counted.end;
    } else if (before) {
      unit = before.code;
      phraseStart = before.start;
      end = afterMagnitude;
    } else if (OUT_OF.test(lead) && previous && start - previous.end <= 20) {
      unit = previous.unit;
      end = afterMagnitude;
    } else {
      const after = currencyAfter(text, afterMagnitude, context);
      const counted = after ? null : countedAfter(text, afterMagnitude, value !== 1);
      cell = after || counted ? null : tableCell(text, start, afterMagnitude, context);
      if ((!after && !counted && !cell) || (counted && skipped(counted.start))) continue;
      unit = after ? after.code : (counted?.text ?? cell?.unit ?? '');
      end = after ? after.end : (counted?.end ?? afterMagnitude);
      if (cell) phraseStart = end;
    }
    if (DETAIL_BEFORE.test(lead) && COMMENTS.test(unit)) continue;
    const label = cell?.label ?? text.slice(phraseStart, end).replace(/\s+/gu, ' ');
    found.push({ value, unit, label, start: phraseStart, end });
  }
  for (const f of found) f.label = headingOf(text, f) ?? f.label;
  labelBreakdowns(text, found);
  return found.map(({ value, unit, label }) => ({ value, unit, label }));
}
