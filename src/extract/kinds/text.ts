import { countryCode } from '../../domain/country.js';
import { countryOfCity, getLexicon } from '../../redact/lexicon.js';
import { listKey } from '../../redact/text.js';

/**
 * The layout words every kind module reads text by: paragraphs (runs of non-blank lines), lines in capitals,
 * list items, label lines. Rules here hold across languages; kind modules add what a kind means.
 */

/** A paragraph: consecutive non-blank lines, each trimmed of surrounding white space (tabs inside kept). */
export interface Paragraph {
  lines: string[];
  /** The lines joined with a newline. */
  text: string;
  /** 1-based line of the paragraph's first line in the normalised text. */
  line: number;
}

/** A paragraph with other lines in the place of its own. */
export function withLines(p: Paragraph, lines: string[]): Paragraph {
  return { ...p, lines, text: lines.join('\n') };
}

/** "--- Slide 3 ---", "Diapositive 3", "Слайд 3": where a deck exported as text starts a slide. */
const SLIDE_MARK =
  /^[-=–—_*#\s]*(?:slide|diapositive|diapositiva|слайд)\s*№?\s*\d{1,3}(?:\s*(?:of|sur|de|из|\/)\s*\d{1,3})?[-=–—_*#\s]*$/iu;

/**
 * Splits text into paragraphs at blank lines (lines of any white space, no-break spaces too, are blank) and
 * at the marks that start a slide, which are no text.
 */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let current: string[] = [];
  let start = 0;
  const lines = text.split(/\r\n?|\n/);
  const flush = () => {
    if (current.length > 0) out.push({ lines: current, text: current.join('\n'), line: start + 1 });
    current = [];
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || SLIDE_MARK.test(line)) flush();
    else {
      if (current.length === 0) start = i;
      current.push(line);
    }
  });
  flush();
  return out;
}

/**
 * Joins a paragraph cut by a page break to its continuation: the first ends without a sentence stop and
 * the next starts in lower case ("... include any relevant" / "data/figures as well ..."). Labels and
 * headings (a few words) are not sentences, so a value in lower case after its label stays apart.
 */
function isCutSentence(text: string): boolean {
  return /[\p{L},;]$/u.test(text) && wordCount(text.slice(text.lastIndexOf('\n') + 1)) >= 8;
}

/** A short line alone with a year: a place and date that sign a text ("г. Ош, 14 марта 2025 г."), no sentence's end. */
function isDated(p: Paragraph): boolean {
  return p.lines.length === 1 && wordCount(p.text) <= 8 && /(?<!\d)(?:19|20)\d\d(?!\d)/u.test(p.text);
}

export function joinBrokenParagraphs(paras: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paras) {
    const last = out[out.length - 1];
    if (last && isCutSentence(last.text) && /^\p{Ll}/u.test(p.text) && !isListItem(p.text) && !isDated(p)) {
      const lines = [
        ...last.lines.slice(0, -1),
        `${last.lines[last.lines.length - 1]} ${p.lines[0]}`,
        ...p.lines.slice(1),
      ];
      out[out.length - 1] = { lines, text: lines.join('\n'), line: last.line };
    } else out.push(p);
  }
  return out;
}

/** A line of three parts or more set apart by dots or bars: a masthead or a portal's bar, not a title. */
export function isMasthead(line: string): boolean {
  return /\s[·|•]\s.*\s[·|•]\s/u.test(line);
}

/** A series or publisher line in capitals set apart by dots or bars: "ZAMBIA CHILD SAFETY COALITION · INSPIRE MAPPING SERIES". */
export function isCapitalsMasthead(line: string): boolean {
  return isCapitals(line) && /\s[·|•]\s/u.test(line);
}

/** True when a line is written in capitals: most of its letters upper case, at least two of them. */
export function isCapitals(line: string): boolean {
  // one pass, leaving as soon as there are more lower-case letters than any line in capitals has
  const most = Math.max(1, line.length * 0.08);
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c > 127) {
      // letters of scripts without case (Arabic) are neither, so a line of them is not "in capitals"
      const ch = line[i] as string;
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
    if (lower > most) return false;
  }
  return upper >= 2 && lower <= Math.max(1, upper * 0.08);
}

/**
 * `• text`, `- text`, `* text`, `– text`, `1. text`, `٢) text`, `a) text`, `a. Text`, `أ) text`, `1- text`, `أ- text`,
 * and an outline's `1.1 Text`:
 * the marker and the rest.
 */
const LIST_ITEM =
  /^(?:[•●▪◦○■□‣⁃∙·*+\-–—]|\(?[\d٠-٩]{1,2}(?:\.[\d٠-٩]{1,2})*[.)]|[\d٠-٩]{1,2}(?:\.[\d٠-٩]{1,2})+(?=\s+\p{Lu})|\(?[a-z\u0621-\u064a][)]|[a-z]\.(?=\s+\p{Lu})|(?:[\d٠-٩]{1,2}|[\u0621-\u064a])\s?[-–](?=\s+[^\s\d٠-٩]))\s+(?=\S)/u;

/**
 * "1. Правительству Республики Молдова:" above "1.1. …": a numbered line heading the items numbered under
 * it, as outlines number addressees and their recommendations.
 */
export function isOutlineHeading(lines: readonly string[], i: number): boolean {
  const n = /^(\d{1,2})[.)]\s+\p{Lu}.{0,200}$/u.exec(lines[i] ?? '')?.[1];
  return n !== undefined && (lines[i + 1] ?? '').startsWith(`${n}.1`);
}

/** A heading without the number or letter an outline gives it: "1. To the Government:" is "To the Government:". */
export function withoutEnumerator(text: string): string {
  return text.replace(ENUMERATOR, '');
}

/**
 * "1.", "IV)", "B.", and the Arabic ordinals "أولاً:", "ثانياً:" before a heading; or a table's number cell and
 * code letter cell before the title's ("1<tab>I<tab>Внедрение …").
 */
const ENUMERATOR =
  /^(?:(?:[\d٠-٩]{1,2}|[IVX]{1,4}|[A-Z])[.)]\s+|(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)اً?\s*[:：.–—-]\s+|\d{1,2}\t(?:[A-Z]\t)?)/u;

export function isListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

/** The text of a list item without its marker. */
export function listItemText(line: string): string {
  return line.replace(LIST_ITEM, '').trim();
}

/** True when a paragraph is a sentence or more of prose rather than a heading or a label. */
export function isProse(text: string): boolean {
  return text.length > 80 || /[.!?;:…]["'”»)]*$/u.test(text);
}

/**
 * Two lines of a text wrapped by hand as one: a word hyphenated at the line's end goes on without its hyphen
 * ("гуманитар-" / "ного"), a compound's name with it ("Guiné-" / "Bissau"), other lines join with a space.
 */
export function joinLines(first: string, next: string): string {
  if (!/\p{L}-$/u.test(first)) return `${first} ${next}`;
  if (/^\p{Lu}/u.test(next)) return `${first}${next}`;
  return /\p{Ll}-$/u.test(first) && /^\p{Ll}/u.test(next)
    ? `${first.slice(0, -1)}${next}`
    : `${first} ${next}`;
}

/** Lines wrapped by hand as one line, each joined to the one before as `joinLines` does. */
export function asOneLine(lines: string[]): string {
  return lines
    .map((line) => line.trim())
    .reduce((all, line) => (all && line ? joinLines(all, line) : all || line), '');
}

/** Words of a text, in any script. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** A heading-like line: short, no sentence stop at its end. */
export function isHeading(text: string, maxWords = 14): boolean {
  // a word takes at least two characters with its space: longer text cannot be this short
  if (text.length > maxWords * 40 || text.includes('\n') || /[.;,]$/.test(text)) return false;
  const words = wordCount(text);
  return words > 0 && words <= maxWords;
}

/** "Word Word" from "WORD WORD", keeping short joining words lower case after the first. */
export function titleCase(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/(^|[\s\-'’(“"«])(\p{Ll}[\p{Ll}\p{M}]*)/gu, (_m, before: string, word: string) =>
      // small words stay small inside a name ("Bosnia and Herzegovina", "Côte d’Ivoire")
      before !== '' && SMALL_WORDS.has(word)
        ? before + word
        : before + word[0]?.toLocaleUpperCase() + word.slice(1),
    );
}

const SMALL_WORDS = new Set(
  'and of the for in on to de du des la le les d l et y e del da do dos das и в на для та і و'.split(' '),
);

/** Values split on commas, semicolons or dots and bars between spaces, trimmed, empty ones dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;،]|\s[·•|]\s/u)
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter(Boolean);
}

/** Appends the values not yet present, keeping the order of first mention. */
export function addUnique(list: string[], values: Iterable<string>): string[] {
  const seen = new Set(list.map((v) => v.toLocaleLowerCase()));
  for (const v of values) {
    const key = v.toLocaleLowerCase();
    if (v && !seen.has(key)) {
      seen.add(key);
      list.push(v);
    }
  }
  return list;
}

/** Text between the first pair of quotation marks of any style, if any. */
export function quoted(text: string): string | null {
  const m = /[“"«„‘]([^“”"«»„]{3,})[”"»“’]/u.exec(text);
  return m?.[1]?.trim() ?? null;
}

/** The paragraphs' text without the lines in capitals (headings, addressees, names the layout reads). */
export function withoutCapitalLines(paras: Paragraph[]): string {
  return paras
    .map((p) => p.lines.filter((line) => !isCapitals(line)).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A region named as one: "… State", "… Region", "… Province", "… облусу", "Хатлонская область", "محافظة …",
 * "إقليم النيل الأزرق", "АТО Гагаузия".
 */
const REGION_NAMED =
  /(?:^|\s)(?:state|region|province|county|district|department|governorate|r[ée]gion|provincia|prov[íi]ncia|departamento|d[ée]partement|область|облусу|облысы|області|район|край|ато|محافظة|ولاية|إقليم)(?:\s|$)/iu;

/** An organisation's name without the town or country a list gives after it ("Foyer Fanilo, Toamasina"). */
export function withoutPlace(name: string): string {
  const comma = name.lastIndexOf(', ');
  const place = name.slice(comma + 2);
  // (a town of a name several countries give, "Lima", is a place all the same)
  const town =
    /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?$/u.test(place) && getLexicon().places.has(listKey(place).trim());
  return comma > 0 && (town || countryOfCity(place) || countryCode(place)) ? name.slice(0, comma) : name;
}

/** The country a place's last word or two name ("إقليم كوردستان العراق"), or null. */
function endingCountry(place: string): string | null {
  const words = place.split(/\s+/u);
  return (
    countryCode(words.slice(-1).join(' ')) ??
    (words.length > 2 ? countryCode(words.slice(-2).join(' ')) : null) ??
    null
  );
}

/** The country of a city the gazetteer knows, with or without the word "City" its name carries ("Cotabato City"). */
function cityCountry(city: string): string | null {
  return countryOfCity(city) ?? (/\sCity$/u.test(city) ? countryOfCity(city.replace(/\s+City$/u, '')) : null);
}

/** "Aden, Yemen", "г. Ош, Кыргызстан", "عمّان، الأردن": the city (without the word for city) and the country with its code. */
export function placeParts(place: string): {
  city: string | null;
  country: string | null;
  countryCode: string | null;
} {
  // "г. Ош", "с. Кара-Суу", "мун. Бельцы", "ville de Mopti", "Баткен шаары", "Ош ш.": the word for city or village around
  // the name
  const named = place.replace(
    /^(?:г|с|м|мун|пгт|c|mun|city of|ville de|ciudad de|город|місто|مدينة)\.?\s+/u,
    '',
  );
  const parts = named
    .split(/\s*[,،]\s*|\s+[–—]\s+/u)
    .map((p) => p.replace(/\s+(?:шаары|шаарында|айылы|айылында|ш\.?)$/u, ''));
  const last = parts[parts.length - 1] ?? '';
  // "دهوك، إقليم كوردستان العراق": a region named with its country, after the city
  const code = countryCode(last) ?? (parts.length > 1 ? endingCountry(last) : null);
  if (code && !countryCode(last)) return { city: parts[0] ?? null, country: last, countryCode: code };
  // "El Carmen de Bolívar, Bolívar": a city the gazetteer knows, then its region; "Wau, Western Bahr el
  // Ghazal State", "Кара-Суу, Ош облусу": a city, then a region so named
  const first = parts[0] ?? '';
  const known = !code && parts.length > 1 ? cityCountry(first) : null;
  if (known || (!code && parts.length === 2 && REGION_NAMED.test(last)))
    return { city: first, country: null, countryCode: known };
  // "Nueva Loja (Lago Agrio)": the name the city goes by in brackets is left out, as is a region named as one
  // between the city and its country ("Wau, Western Bahr el Ghazal State, South Sudan")
  const before = code ? parts.slice(0, -1) : parts;
  while (before.length > 1 && REGION_NAMED.test(before[before.length - 1] ?? '')) before.pop();
  // "Tapachula, Chiapas, México": a city of that country, then its region by its bare name
  if (code && before.length > 1 && cityCountry(first) === code) before.splice(1);
  const city = before.join(', ').replace(/\s*\([^)]*\)/gu, '') || null;
  return {
    city,
    country: code ? last : null,
    // a city alone names its country when no other country has a city of that name
    countryCode: code ?? (city && parts.length === 1 ? cityCountry(city) : null),
  };
}

/** Small words inside a person's name: "de", "do", "van", "bin", the Kyrgyz "уулу" (son of) and "кызы". */
export const NAME_PARTICLES = 'de|del|da|do|dos|das|du|di|van|von|al|el|bin|ibn|уулу|кызы|uulu|kyzy';
const PERSON_NAME = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|${NAME_PARTICLES})){1,4}$`,
  'u',
);

/** A person's name as forms write it: two to five capitalised words ("Luz Dary Ortega Pineda"). */
export function isPersonName(text: string): boolean {
  return PERSON_NAME.test(text);
}

/** "Georgian Coalition for Children's Safety (GCCS)": the name, and the acronym it goes by. */
export function nameAndAcronym(name: string): string[] {
  const m = /^(.+?)\s*\(([\p{Lu}\d&-]{2,12})\)$/u.exec(name);
  return m ? [m[1] ?? name, m[2] ?? ''] : [name];
}

/**
 * An organisation under the name in its guillemets, without the words for what it is before them:
 * "ГО «Світанок громад»", "Центр поддержки семьи «Оила таянчи»" are "Світанок громад", "Оила таянчи".
 */
export function quotedName(name: string): string {
  const trimmed = name.trim();
  return /^[^«»]{1,40}«([^«»]+)»$/u.exec(trimmed)?.[1]?.trim() ?? trimmed;
}

/** A rule drawn with characters ("ـــــ", "-----", "=====", "_____"), no text. */
export const RULE_LINE = /^[ \t]*[-_=ـ─━═~*·.➖▬]{5,}[ \t]*$/u;

/**
 * A line of two parts set wide apart, or in two cells of a PDF's line: a letterhead or a masthead ("ОО «Водии
 * Сулҳ»      Для внутреннего пользования").
 */
export function isSetWideApart(line: string): boolean {
  return /\S(?: {5,}|\t\s*)\S/u.test(line);
}
