/**
 * Which of the personal-data detector's persons, places and organisations a document names. The detector
 * errs towards finding (for redaction, a name missed is a name leaked); a document's entities are what a
 * reader would list, so each entity must stand up across all its mentions: written as a name, not as a
 * word the text also writes in lower case nor in a heading's title case; a person under a name of two
 * words or more, or with a title; not part of an organisation's name taken alone; one label, the one its
 * mentions give it together. Names are read as written: a person's initials, an organisation's name to
 * its end, a Cyrillic place in the nominative.
 */
import { countryCode, inCountryName } from '../domain/country.js';
import { CURRENCY_CODES } from '../domain/currency.js';
import type { Span } from '../domain/redaction.js';
import { ORG_HEADS_STRONG, ORG_STARTS, PLACE_BEFORE, PLACE_OF, ROLES, TITLES } from '../redact/cues.js';
import { getLexicon } from '../redact/index.js';
import { countriesOfPlace } from '../redact/lexicon.js';
import { keyOf, latinVariants, listKey, tokenize } from '../redact/text.js';
import { ARABIC_NAME_GOES_ON, isOrganisationWord, LEGAL_FORMS } from './institutions.js';
import { ADJECTIVE_ENDINGS, isUkrainian, nominativeAdjective } from './slavic.js';

export type NameLabel = 'PERSON' | 'LOCATION' | 'ORGANIZATION';

/** An entity as a document names it: under its longest mention, "Khalafalla" under "Sawsan Idris Khalafalla". */
export interface NamedEntity {
  label: NameLabel;
  name: string;
  /** Its mentions with that label, in text order (none for a region read from the text alone). */
  mentions: Span[];
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
/** Words that open or head organisations' names, and the same words in languages the cues lack. */
const ORGANISATION_WORDS = new Set([
  ...ORG_STARTS,
  ...ORG_HEADS_STRONG,
  ...'asociatia fundatia centrul casa uniunea reteaua alianta coalitia organizatia institutul platforma universitatea universite universidad university universidade colectiva colectivo coletiva coletivo'.split(
    ' ',
  ),
]);
/** What may not stand before or after a word in lower case standing alone (inside a link, an address, a tag). */
const NOT_BEFORE_WORD = /[\p{L}\p{M}\p{N}_@#./-]/u;
const NOT_AFTER_WORD = /^(?:[\p{L}\p{M}\p{N}_@]|[./-][\p{L}\p{N}])/u;

/**
 * Whether the text writes a word in lower case, standing alone: a common word, whatever capitals a heading
 * gives it. Asked only of the words of names, each once, rather than collecting every word of the text.
 */
function writesInLowerCase(text: string): (word: string) => boolean {
  const known = new Map<string, boolean>();
  const find = (lower: string) => {
    for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
      const end = at + lower.length;
      if (!NOT_BEFORE_WORD.test(text[at - 1] ?? '') && !NOT_AFTER_WORD.test(text.slice(end, end + 2)))
        return true;
    }
    return false;
  };
  return (word) => {
    const lower = word.toLocaleLowerCase();
    let found = known.get(lower);
    if (found === undefined) {
      found = /^\p{Ll}[\p{Ll}\p{M}]*$/u.test(lower) && find(lower);
      known.set(lower, found);
    }
    return found;
  };
}

function isCased(word: string): boolean {
  const first = word[0] ?? '';
  return first.toLocaleLowerCase() !== first.toLocaleUpperCase();
}

function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLocaleLowerCase();
}

/** "GCCS", "ANPC-MD": a word in capitals, a name by its shape wherever it stands. */
function hasAcronym(name: string): boolean {
  return (name.match(WORD) ?? []).some((w) => w.length > 1 && isCased(w) && w === w.toLocaleUpperCase());
}

/**
 * Whether a mention is written as a name: with a capital, unless its script has none, and with a word
 * the text never writes in lower case ("Femmes et gouvernance locale" beside "les femmes"). An acronym,
 * and an organisation's name of several words (often common ones: "Safe Childhood Fund"), count as written.
 */
function writtenAsName(mention: Span, inLowerCase: (word: string) => boolean): boolean {
  const words = mention.text.match(WORD) ?? [];
  const cased = words.filter(isCased);
  if (cased.length === 0) return true;
  const capitalised = cased.filter(isCapitalised);
  if (capitalised.length === 0) return false;
  if (hasAcronym(mention.text)) return true;
  if (mention.label === 'ORGANIZATION' && words.length > 1) return true;
  return !capitalised.every(inLowerCase);
}

/**
 * Whether a mention sits in a heading in title case, where capitals say nothing ("Individual Self
 * Reflection 2019 on World Humanitarian Summit Commitments"): only a sure finding counts there.
 */
function inTitleCase(text: string, mention: Span, lines: Map<number, boolean>): boolean {
  if (mention.confidence >= 0.8 || hasAcronym(mention.text)) return false;
  const start = text.lastIndexOf('\n', mention.start - 1) + 1;
  let titleCase = lines.get(start);
  if (titleCase === undefined) {
    const end = text.indexOf('\n', mention.end);
    const long = (text.slice(start, end < 0 ? text.length : end).match(WORD) ?? []).filter(
      (w) => w.length > 3 && isCased(w),
    );
    titleCase = long.length >= 4 && long.every(isCapitalised);
    lines.set(start, titleCase);
  }
  return titleCase;
}

/** Rivers, lakes and valleys are named after countries and towns: "delta intérieur du Niger", "Sinú river". */
const WATER_BEFORE =
  /(?:^|[^\p{L}])(?:river|rivière|fleuve|delta|basin|bassin|lake|lac|río|rio|река|реки|реке|نهر)(?:[ \t]+[\p{Ll}'’]+){0,2}[ \t]+$/iu;
const WATER_AFTER = /^[ \t]+(?:river|delta|basin|lake)(?![\p{L}])/iu;

/** Whether the place named from start to end is a river's, a lake's or a delta's name. */
export function namesWater(text: string, start: number, end: number): boolean {
  return (
    WATER_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    WATER_AFTER.test(text.slice(end, end + 12))
  );
}

/** A mention's strength as evidence: what propagation repeats adds nothing of its own. */
function strength(mention: Span): number {
  return mention.source === 'propagation' ? mention.confidence / 2 : mention.confidence;
}

/** "Dr A. Lado Wani", "Dr J. C. Barrios Mendoza": a name's initials and the given names after them. */
const INITIALS_BEFORE = /(?<![\p{L}\p{N}])(?:\p{Lu}\.[ \t]*)+(?:\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]+)*$/u;

/**
 * A mention as extraction reads it: on one line, the first ("RMDE\nÉdité par") or, for an organisation,
 * the one with the word for an organisation ("Commitment Type Core Responsibility\nMwangaza Amani
 * Collective"); with a person's initials, a place's article.
 */
function asWritten(text: string, span: Span): Span {
  return withArticle(text, withInitials(text, withLastArabicName(text, oneLine(span))));
}

/**
 * "آمنة محمد أوشيك،": an Arabic person's name the detector cut before its last word, when one word more
 * ends the name at a comma, a colon or a full stop.
 */
function withLastArabicName(text: string, span: Span): Span {
  if (span.label !== 'PERSON' || !/\p{Script=Arabic}$/u.test(span.text)) return span;
  const more = /^[ \t]+(\p{Script=Arabic}{3,})(?=[ \t]*[،,:.؛])/u.exec(text.slice(span.end, span.end + 30));
  const word = more?.[1] ?? '';
  // not a word the "and" opens ("… وحيدر"), nor a small word
  if (!more || word.startsWith('و') || getLexicon().stop.has(keyOf(word))) return span;
  return { ...span, end: span.end + more[0].length, text: span.text + more[0] };
}

/** Whether a name has a word that opens or heads organisations' names ("Fundación Wawa Kusisiy"). */
export function hasOrganisationWord(name: string): boolean {
  return (name.match(WORD) ?? []).some((w) => ORGANISATION_WORDS.has(keyOf(w)));
}

function oneLine(span: Span): Span {
  if (!span.text.includes('\n')) return span;
  const lines = [...span.text.matchAll(/[^\n]+/gu)];
  const line = (span.label === 'ORGANIZATION' && lines.find((l) => hasOrganisationWord(l[0]))) || lines[0];
  if (!line) return span;
  const start = span.start + line.index;
  const written = line[0].trim();
  return {
    ...span,
    start: start + line[0].indexOf(written),
    end: start + line[0].indexOf(written) + written.length,
    text: written,
  };
}

/** "in The Hague": an article written with a capital inside a sentence is part of a place's name. */
function withArticle(text: string, span: Span): Span {
  if (
    span.label !== 'LOCATION' ||
    !/[\p{Ll}\p{N},;:] The $/u.test(text.slice(Math.max(0, span.start - 6), span.start))
  )
    return span;
  return { ...span, start: span.start - 4, text: text.slice(span.start - 4, span.end) };
}

function withInitials(text: string, span: Span): Span {
  if (span.label !== 'PERSON') return span;
  const before = INITIALS_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start));
  if (!before) return span;
  const start = span.start - before[0].length;
  return { ...span, start, text: text.slice(start, span.end) };
}

function wordsOf(name: string): string[] {
  return (name.match(WORD) ?? []).map((w) => w.toLocaleLowerCase());
}

/** Where the text names each organisation, so that a place inside one is seen to be part of its name. */
function organisationRanges(text: string, names: Iterable<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      ranges.push([at, at + name.length]);
  }
  return ranges;
}

/** A known given or family name, in any script the name lists can be read in. */
export function isKnownName(word: string, givenOnly = false): boolean {
  const { firstNames, names } = getLexicon();
  return tokenize(word).some((t) =>
    latinVariants(t.latin).some((k) => firstNames.has(k) || (!givenOnly && names.has(k))),
  );
}

/** "The Moroto", "le COFRA", "el Comité": an article opens no person's name (Vietnamese "Le" is a name). */
const ARTICLE = /^(?:the|les?|la|el|los|las)$/iu;
const CONTINENT =
  /^(?:afri[ck]a|áfrica|afrique|am[eé]rica|amérique|asia|asie|ásia|europ[ae]|oceania|océanie|азия|азія|африка|америка|европа|європа)$/iu;

/**
 * Countries whose places a Cyrillic text names: those that write Cyrillic or did, and their neighbours in
 * Central Asia, whose towns share their names (Ishkashim, Aksu).
 */
const CYRILLIC_COUNTRIES = new Set(
  'RU UA BY KZ KG TJ UZ TM AZ AM GE MD MN BG RS MK ME BA AF CN TR IR'.split(' '),
);

/**
 * "Мурда", "Норма": a word in Cyrillic letters that only a village's name far away (in India, in Italy)
 * spells when written in Latin ones; a Cyrillic text names the places of the countries that write it.
 */
function isFarTransliteration(name: string): boolean {
  // (not an acronym: "ГБАО")
  if (!/^[\p{Script=Cyrillic}-]+$/u.test(name) || !/\p{Ll}/u.test(name)) return false;
  const countries = countriesOfPlace(name);
  return countries.length > 0 && !countries.some((c) => CYRILLIC_COUNTRIES.has(c));
}

/** "Western Africa", "South-eastern Asia": a form's region of the world, which no reader lists as a place. */
function isWorldRegion(name: string): boolean {
  const words = name.split(/\s+/u);
  const last = words.pop() ?? '';
  return (
    words.length > 0 &&
    CONTINENT.test(last) &&
    words.every((w) =>
      /^(?:north|south|east|west|central|middle|(?:north|south)-?(?:east|west)ern|eastern|western|northern|southern|sub-saharan)$/iu.test(
        w,
      ),
    )
  );
}

/**
 * A place taken for a person ("the border with Costa Rica", "Latin America", "Sud de Madagascar"): a
 * country's or continent's name in it that is nobody's given or family name (unlike "Jordan" or "Chad").
 */
function namesAPlace(name: string, words: string[]): boolean {
  if (countryCode(name) !== undefined) return true;
  if (ARTICLE.test(words[0] ?? '') && !words.slice(1).some((w) => isKnownName(w))) return true;
  return words.some(
    (w) => isCapitalised(w) && (CONTINENT.test(w) || (countryCode(w) !== undefined && !isKnownName(w))),
  );
}

/**
 * Whether the mentions of a person stand up: not all set off in bold or quotes as a thing's name; a
 * title or a registry entry says so; otherwise the name has two words or more, opens with a capital, and
 * when only the shape of its words found it, one of them is a known name or a double-barrelled one
 * ("Gerrit-Jan", "Kamau-Otieno"), not "Early Warning" or "Подготовлено Общественным".
 */
function isPerson(text: string, mentions: Span[], name: string): boolean {
  if (mentions.every((m) => setOff(text, m))) return false;
  if (mentions.some((m) => m.source === 'title' || m.source === 'registry')) return true;
  const words = name.match(WORD) ?? [];
  const first = words[0] ?? '';
  if (words.length < 2 || namesAPlace(name, words)) return false;
  // a script without capitals (Arabic) names people by cues the detector weighed already
  if (!isCased(first)) return true;
  // a name opens with a capital: not "de Acción Comunal"
  if (!isCapitalised(first)) return false;
  const shapeOnly = mentions.every((m) => ['name-shape', 'proper-noun', 'propagation'].includes(m.source));
  if (!shapeOnly) return true;
  return words.some(
    (w) => (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(w) && !/^(?:al|el)-/iu.test(w)) || isKnownName(w),
  );
}

/**
 * "the association X", "le centre d'écoute X", "the network “X”"; not "the association's president X",
 * nor the place of "le centre d'écoute de X" or "associations from the X".
 */
function afterOrganisationWord(text: string, mention: Span): boolean {
  const before = text.slice(Math.max(0, mention.start - 60), mention.start).replace(/["“«‘']$/u, '');
  if (!/[ \t]$/u.test(before)) return false;
  const words = before
    .split(/[ \t]+/u)
    .slice(-5, -1)
    .reverse();
  for (const word of words) {
    if (!/^\p{Ll}/u.test(word)) return false;
    const key = keyOf(word);
    if (ORGANISATION_WORDS.has(key)) return true;
    if (PLACE_BEFORE.has(key) || ROLES.has(key) || TITLES.has(key)) return false;
  }
  return false;
}

/**
 * Whether a person's name is an organisation's: it opens with a word such as "Asociația", "Centrul" or
 * "Université", or follows one in lower case ("the association Prietenii Copiilor Bălți").
 */
function namesOrganisation(text: string, mentions: Span[], name: string): boolean {
  return (
    ORGANISATION_WORDS.has(keyOf(name.match(WORD)?.[0] ?? '')) ||
    mentions.some((m) => afterOrganisationWord(text, m))
  );
}

/** "**Raíz Viva**", "“Voces del Río”": set off in bold or quotes, the name of a thing or a group. */
function setOff(text: string, mention: Span): boolean {
  return (
    /(?:\*\*|__|["“«])$/u.test(text.slice(Math.max(0, mention.start - 2), mention.start)) &&
    /^(?:\*\*|__|["”»])/u.test(text.slice(mention.end, mention.end + 2))
  );
}

const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** Small words inside organisations' names, in the languages of partner documents ("&" too). */
const JOINERS = `(?:of|for|on|the|de|du|des|la|le|les|pour|pentru|para|a|o|os|as|del|los|las|el|da|do|dos|das|für|&|[ld]['’])`;
/**
 * "au Kivu", "and Development": a place or a second noun, part of a name built with small words ("in"
 * is left out: "the Centre for Social Work in Prizren" is as often one centre of many).
 */
const LATE_JOINERS = '(?:au|aux|and|et|y|e)';
const CONTINUATION = new RegExp(
  String.raw`^(?:[ \t]+(${LATE_JOINERS}[ \t]+)?((?:${JOINERS}[ \t]*)*)(${CAPITALISED}(?:[ \t]+${CAPITALISED})*))`,
  'u',
);
const HAS_JOINER = new RegExp(String.raw`[ \t]${JOINERS}[ \t]`, 'iu');

/**
 * An organisation's name as far as it goes: over small words and the capitalised words after them ("…
 * pour les Droits de l'Enfant"); over "au", "and" and the like only in a name built with small words
 * ("Institut de Recherche pour la Paix au Kivu", "Foundation for Peace and Development"), not from one
 * organisation to the next ("Ninewa Bridges and UNICEF"); an Arabic one over its "and the …", "for the …"
 * and adjectives.
 */
function extendOrganisation(text: string, mention: Span): Span {
  if (/\p{Script=Arabic}/u.test(mention.text)) {
    const more = ARABIC_NAME_GOES_ON.exec(text.slice(mention.end, mention.end + 80))?.[0] ?? '';
    return more ? { ...mention, end: mention.end + more.length, text: mention.text + more } : mention;
  }
  let end = mention.end;
  for (;;) {
    const next = CONTINUATION.exec(text.slice(end, end + 120));
    if (!next) break;
    const [whole, late, joiners, words] = next;
    const named = text.slice(mention.start, end);
    // after "and", "au": one or two more words, with an article at most, in a name built with small words
    // ("… para a Paz e o Desenvolvimento Comunitário")
    const one =
      /^(?:(?:le|la|les|el|l['’]|o|a|os|as)[ \t]*)?$/u.test(joiners ?? '') &&
      !/\s\S+\s|\p{Lu}{2}/u.test(words ?? '');
    // "… e o Coletivo Terra …": another organisation's name starts
    const another = ORGANISATION_WORDS.has(keyOf(words?.split(/\s/u)[0] ?? ''));
    if (late && (!HAS_JOINER.test(` ${named} `) || !one || another)) break;
    // straight after the name: one word ending the phrase ("Universidad del Caribe Sur –"), or a country
    // code ("Peace Generation NL"), not a word before its noun ("Alliance INSPIRE mapping survey")
    const after = text.slice(end + (whole ?? '').length);
    const last = /^[ \t]*(?:\n|$|[^\p{L}\p{N}\s])/u.test(after) || /^\p{Lu}{2,3}$/u.test(words ?? '');
    if (!late && !joiners && !(/^[ \t]\S+$/u.test(whole ?? '') && last)) break;
    end += (whole ?? '').length;
  }
  return end === mention.end ? mention : { ...mention, end, text: text.slice(mention.start, end) };
}

/** Endings of Russian and Kyrgyz place names in another case, each with the nominative endings to try. */
const CASE_ENDINGS = (
  [
    // Kyrgyz locative and ablative: "Бишкекте", "Оштон"
    ...'да де до дө та те то тө дан ден дон дөн тан тен тон төн'
      .split(' ')
      .map((e): [string, string[]] => [e, ['']]),
    ['ой', ['а', 'я']],
    ['ей', ['я', 'ь']],
    ['ом', ['']],
    ['ем', ['', 'ь']],
    ['е', ['', 'а', 'я', 'ь']],
    ['ы', ['а']],
    ['и', ['я', 'а', 'ь']],
    ['а', ['']],
    ['я', ['ь', 'й']],
    ['у', ['', 'а']],
    ['ю', ['я', 'ь']],
    // Ukrainian locatives and genitives: "Ізюмі", "Балаклії", "Херсонщини"
    ['ії', ['ія']],
    ['і', ['', 'ь', 'а', 'я', 'о']],
    ['ому', ['е', 'ий']],
    ['ї', ['я']],
    ['ини', ['ина']],
    // plural places: "в Сумах", "у Чернівцях"; Ukrainian "к" before the locative's "і": "у Шостці"
    ['ах', ['и', 'ы']],
    ['ях', ['і', 'и']],
    ['ці', ['ка']],
  ] as [string, string[]][]
).sort((a, b) => b[0].length - a[0].length);

function isKnownPlace(word: string): boolean {
  const places = getLexicon().places;
  const known = (w: string) => tokenize(w).every((t) => latinVariants(t.latin).some((k) => places.has(k)));
  // Ukrainian "и" is Latin "y" ("Суми" is Sumy, "Кривий Ріг" Kryvyy Rih), as Russian "ы" is
  return known(word) || (/и/iu.test(word) && known(word.replace(/и/gu, 'ы').replace(/И/gu, 'Ы')));
}

/** A Ukrainian stem as its closed syllable writes it: "Харків" for "Харкова", "Миколаїв" for "Миколаєва". */
function ukrainianClosed(stem: string): string {
  return stem.replace(/[оеє](?=[^аеєиіїоуюяь'’]$)/u, (v) => (v === 'є' ? 'ї' : 'і'));
}

/** Arabic places whose names start with "و": a valley, Wasit, Oran, Wajir. */
const ARABIC_PLACES_WITH_WAW = /^(?:واد|واسط|وهران|وجدة|وجير|ود\s)/u;

/**
 * A place under its own name: a Cyrillic one in the nominative when the gazetteer knows it, "Бишкек" for "в
 * Бишкеке", "Исфара" for "из Исфары"; an Arabic one without the "and" written onto it.
 */
function nominative(name: string): string {
  // "وسنجار", "والموصل": a place with "and" written onto it, in a list of places (not "وادي …", "واسط")
  const arabic = /^و(\p{Script=Arabic}{3,})$/u.exec(name)?.[1];
  if (arabic && !ARABIC_PLACES_WITH_WAW.test(name)) return arabic;
  if (!/^\p{Script=Cyrillic}[\p{Script=Cyrillic}'’-]+$/u.test(name) || isKnownPlace(name)) return name;
  // the longest the gazetteer knows: "Караганде" is "Караганда", not the "Караган" of a Kyrgyz locative
  let found = name;
  for (const [ending, nominatives] of CASE_ENDINGS) {
    if (!name.endsWith(ending) || name.length - ending.length < 2) continue;
    const stem = name.slice(0, -ending.length);
    // a soft sign before а, о, у or after a vowel is no spelling: "Судьи" is not "Судьа", "России" not "Россиь"
    const known = nominatives
      .flatMap((n) => [stem + n, ukrainianClosed(stem) + n])
      .find((n) => !/ь[аоуыэь]$|[аеёиоуыэюяіїє]ь$/u.test(n) && isKnownPlace(n));
    if (known && (found === name || known.length > found.length)) found = known;
  }
  return found;
}

/** Words after which a Russian place stands in the genitive: "из Комрата", "города Термеза", "до Шерабада". */
const GENITIVE_BEFORE = new Set([
  'из',
  'до',
  'от',
  'около',
  'возле',
  'вокруг',
  'для',
  'города',
  'жителей',
  'района',
]);

/**
 * A place under its own name: in the nominative when the gazetteer knows it, or, a town it does not know
 * written after a word that asks the genitive, without the masculine genitive's "а" ("из Комрата").
 */
function placeName(text: string, e: NamedEntity): string {
  const name = nominative(e.name);
  if (name !== e.name || !/^\p{Script=Cyrillic}[\p{Script=Cyrillic}-]*[бвгджзклмнпрстфхцчшщ]а$/u.test(name))
    return name;
  // right after such a word, or in a list it opens ("из Баку, Гянджи, Сумгайыта")
  const genitive = e.mentions.every((m) => {
    const opener = LISTED_AFTER.exec(text.slice(Math.max(0, m.start - 120), m.start))?.[1];
    return opener !== undefined && GENITIVE_BEFORE.has(opener.toLocaleLowerCase());
  });
  return e.mentions.length > 0 && genitive ? name.slice(0, -1) : name;
}

/**
 * Regions named by a compass word or a landform or the word for a state: "the Central Sahel", "Southern
 * Kazakhstan", "North Kivu", "Sud-Kivu", "the Ferghana Valley", "Karen State", "Lanao del Sur", "Ферганской
 * долины" (as "Ферганская долина"). The detector reads their capitals as two names or as a person's.
 */
const COMPASS =
  '(Central|Southern|Northern|Eastern|Western|Upper|Lower|North|South|East|West|Nord|Sud|Est|Ouest|Haut|Bas)(?:[ \\t]+|-)(\\p{Lu}\\p{Ll}+)';
const REGION_WORD = new RegExp(
  `(?<![\\p{L}])(?:${COMPASS}|(Valley|Highlands|Mountains|Plateau|State|Canton|Delta|Kingdom|del[ \\t]+(?:Sur|Norte))|(долин[аыеуой]{1,2}))(?![\\p{L}\\p{M}])`,
  'gu',
);
/** The capitalised word before a landform (hyphenated: "Una-Sana"), and whatever capitalised word stands before it. */
const LANDFORM_NAME = /(\p{Lu}[\p{L}\p{M}'’-]*[ \t]+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)[ \t]+$/u;

interface Region {
  name: string;
  start: number;
  end: number;
}

/** A region at a compass word or a landform, unless a longer name goes on around it. */
function regionAt(text: string, m: RegExpMatchArray): Region | undefined {
  const [whole, , compassed, landform, russian] = m;
  const at = m.index ?? 0;
  let start = at;
  let place = compassed;
  if (landform || russian) {
    const before = LANDFORM_NAME.exec(text.slice(Math.max(0, at - 60), at));
    if (!before?.[2] || before[1]) return undefined;
    start = at - before[0].length + (before[1]?.length ?? 0);
    place = before[2];
    if (russian && !/(?:ая|ой|ую)$/u.test(place)) return undefined;
  } else if (/\p{Lu}[\p{L}\p{M}'’-]*[ \t]+$/u.test(text.slice(Math.max(0, at - 40), at))) return undefined;
  const end = at + whole.length;
  // "Central Bank", "Upper House": a common word is no region; "Central African Republic" goes on; "South
  // Sudan", "United Kingdom" are countries
  if (!place || getLexicon().common.has(place.toLocaleLowerCase())) return undefined;
  if (countryCode(text.slice(start, end))) return undefined;
  if (/^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) return undefined;
  const name = russian
    ? `${place.replace(/(?:ой|ую)$/u, 'ая')} долина`
    : text.slice(start, end).replace(/\s+/gu, ' ');
  return { name, start, end };
}

// "Иссык-Кульской", "Джети-Огузского": a hyphen may join two capitalised parts
const ADJECTIVE = `\\p{Lu}\\p{Ll}[\\p{Ll}'’]*(?:-\\p{Lu}?[\\p{Ll}'’]+)*(?:${ADJECTIVE_ENDINGS})`;
/** The word for a region, district or community in any case, abbreviated too: "области", "р-н", "громаді". */
const REGION_NOUN =
  /(?<![\p{L}-])(обл\.|обл(?=$|[^\p{L}.])|област(?:ь|и|ью|ей|ях|ям|і|ю)|р-н[аеуі]?|район(?:а|у|е|ом|ы|ов|ах|ам|і|ів)?|кра(?:й|я|ю|е|ем)|округ(?:а|у|е|ом|и|ов|ів)?|громад(?:а|и|і|у|ою|ах|ам|ами))(?![\p{L}])/gu;
/**
 * "Алматинской области", "Алатауского и Наурызбайского районов", "у Снігурівській громаді": the adjectives
 * that name a region, district or community, coordinated or not, right before the word for it (sought
 * only before such a word: the pattern is costly where it would be tried at every capital).
 */
const ADJECTIVES_BEFORE = new RegExp(
  `(?<![\\p{L}])(${ADJECTIVE}(?:(?:,[ \\t]*|[ \\t]+(?:и|та|і|й)[ \\t]+)${ADJECTIVE})*)[ \\t]+$`,
  'u',
);
/** How far before the word for a region its adjectives may start. */
const ADJECTIVES_REACH = 160;
const REGION_NOUNS = ['область', 'район', 'край', 'округ', 'громада'];
const FEMININE_NOUNS = new Set(['область', 'громада']);
/** "Миколаївщини", "Харківщину": a Ukrainian historical region, in the nominative. */
const UKRAINIAN_REGION = /(?<![\p{L}'’])(\p{Lu}\p{Ll}+щин)(?:а|и|і|у|ою)(?![\p{L}])/gu;

/** Each adjective of a region's name as the nominative of its noun: "Алматинская область", "Ізюмський район". */
function administrativeRegions(text: string, m: RegExpMatchArray): Region[] {
  const noun = m[0];
  const at = m.index ?? 0;
  const from = Math.max(0, at - ADJECTIVES_REACH);
  const before = ADJECTIVES_BEFORE.exec(text.slice(from, at));
  const adjectives = before?.[1] ?? '';
  const start = from + (before?.index ?? 0);
  const end = at + noun.length;
  const ukrainian = isUkrainian(adjectives) || /^(?:област[ію]|район[іи]|районів|округів)$/u.test(noun);
  // "обл.", "р-н": the words abbreviated
  const head = noun.startsWith('р-н')
    ? 'район'
    : (REGION_NOUNS.find((n) => noun.startsWith(n.slice(0, 3))) ?? noun);
  const gender = FEMININE_NOUNS.has(head) ? 'feminine' : 'masculine';
  const regions: Region[] = [];
  for (const a of adjectives.matchAll(new RegExp(ADJECTIVE, 'gu'))) {
    const name = `${nominativeAdjective(a[0], gender, ukrainian)} ${head}`;
    regions.push({ name, start: start + (a.index ?? 0), end });
  }
  return regions;
}

function findRegions(text: string): Region[] {
  const regions: Region[] = [];
  for (const m of text.matchAll(REGION_WORD)) {
    const region = regionAt(text, m);
    if (region) regions.push(region);
  }
  for (const m of text.matchAll(REGION_NOUN)) regions.push(...administrativeRegions(text, m));
  if (text.includes('щин'))
    for (const m of text.matchAll(UKRAINIAN_REGION))
      regions.push({ name: `${m[1]}а`, start: m.index, end: m.index + m[0].length });
  return regions;
}

/** The label its mentions give an entity, each as strong as the evidence for it: "Aden, Yemen" is a place. */
function strongestLabel(mentions: Span[]): NameLabel {
  const weight = new Map<string, number>();
  for (const m of mentions) weight.set(m.label, (weight.get(m.label) ?? 0) + strength(m));
  return [...weight.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0] as NameLabel;
}

function longest(mentions: Span[]): string {
  return mentions.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text.replace(/\s+/gu, ' ');
}

/** The mentions of each entity, by the detector's entity key, in order of first mention. */
function byEntity(text: string, spans: readonly Span[]): NamedEntity[] {
  const lower = writesInLowerCase(text);
  const titleCaseLines = new Map<number, boolean>();
  const groups = new Map<string, Span[]>();
  for (const span of spans) {
    // no name runs from one table cell into the next ("Eficiencia<tab>Media<tab>Retrasos")
    if (span.text.includes('\t')) continue;
    if (!writtenAsName(span, lower) || inTitleCase(text, span, titleCaseLines)) continue;
    if (span.label === 'LOCATION' && namesWater(text, span.start, span.end)) continue;
    const list = groups.get(span.entity) ?? [];
    list.push(asWritten(text, span));
    groups.set(span.entity, list);
  }
  return [...groups.values()].map((all) => {
    const label = strongestLabel(all);
    const mentions = all.filter((m) => m.label === label);
    return { label, name: longest(mentions), mentions };
  });
}

function asOrganisation(text: string, entity: NamedEntity): NamedEntity {
  const mentions = entity.mentions.map((m) => extendOrganisation(text, m));
  return { label: 'ORGANIZATION', name: longest(mentions), mentions };
}

/**
 * "Al Buraiqa", "El Fasher": the article and one word, without a given name or a title before them, name
 * a place (or a family, whose members the text names in full).
 */
function articleAndName(e: NamedEntity): boolean {
  return (
    /^(?:Al|El)[ -]\p{Lu}[\p{L}\p{M}'’]+$/u.test(e.name) &&
    !e.mentions.some((m) => m.source === 'title' || m.source === 'registry')
  );
}

/**
 * "Nationale" of "ONG - Nationale", "Civil" of a table cut short, "FCFA": one word that is a common word or a
 * currency's name, not in capitals, names no organisation.
 */
/** Words of an organisation's scope or legal form, which name none alone: "Nacional", "ННО", "NGO". */
const NOT_ORGANISATIONS_ALONE = new Set([
  ...'nacional nationale national internacional international internationale local locale regional regionale provincial municipal comunitaria communautaire'.split(
    ' ',
  ),
  ...[...LEGAL_FORMS].map(keyOf),
]);

function commonWord(name: string): boolean {
  const words = name.match(WORD) ?? [];
  const word = words[0] ?? '';
  return (
    words.length === 1 &&
    (CURRENCY_NAMES.has(word.toUpperCase()) ||
      NOT_ORGANISATIONS_ALONE.has(keyOf(word)) ||
      (!hasAcronym(word) && getLexicon().common.has(word.toLocaleLowerCase())) ||
      getLexicon().common.has(keyOf(word).replace(/e$/u, '')))
  );
}

const CURRENCY_NAMES = new Set([...CURRENCY_CODES, 'FCFA', 'CFA']);

/**
 * Capitalised names in a list that a word for "in", "at" or "from" opens ("à Kourgui et à Limani", "in the
 * Nduta and Nyarugusu", "de Mopti, Sévaré et Socoura"), up to the mention, read backwards from it.
 */
const LISTED_AFTER =
  /(?:^|[\s(])([\p{L}]+)\s+(?:(?:the|le|la|les|el|los|las)\s+|l['’])?(?:\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*(?:\s*,\s*(?:(?:and|et|y|e|и|і|та)\s+)?|\s+(?:and|et|y|e|и|і|та)\s+)(?:(?:à|a|au|de|du|in|at)\s+)?)*$/u;

/** "de", "du": words for "of" that open places' names as often as things' ("Conseil de Paix"). */
const OF_WORDS = new Set(['de', 'des', 'du', 'del', 'd']);

/**
 * One word the detector took for a person, which is nobody's given name and stands where places
 * do: after a word for "in", "at" or "from", or in a list one opens. Or a place the gazetteer knows.
 */
function placeNamedAlone(text: string, e: NamedEntity): boolean {
  const words = e.name.match(WORD) ?? [];
  if (words.length !== 1 || !isCapitalised(e.name) || isKnownName(e.name, true) || inCountryName(e.name))
    return false;
  if (isKnownPlace(e.name)) return true;
  return (
    /^\p{Script=Latin}/u.test(e.name) &&
    e.mentions.some((m) => {
      const before = text.slice(Math.max(0, m.start - 120), m.start);
      const listed = LISTED_AFTER.exec(before);
      const opener = keyOf(listed?.[1] ?? '');
      if (!PLACE_BEFORE.has(opener)) return false;
      // "de" opens a thing's name as often ("Conseil de Paix"): only after a place's noun or beside a known place
      if (!OF_WORDS.has(opener)) return true;
      const noun = keyOf(/([\p{L}]+)\s*$/u.exec(before.slice(0, listed?.index ?? 0))?.[1] ?? '');
      return (
        PLACE_OF.has(noun) || (listed?.[0].match(WORD) ?? []).some((w) => isCapitalised(w) && isKnownPlace(w))
      );
    })
  );
}

/** The small words inside a place's name: "Santiago de los Caballeros", "San Pedro de Macorís". */
const PLACE_JOINER = /^[ \t]+(?:de|del|de la|de las|de los|do|da|dos|das|du|des)[ \t]+$/u;

/** Two names the detector took apart, which the gazetteer knows as one place's name, as one place. */
function joinedPlaces(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    const joined =
      last && PLACE_JOINER.test(text.slice(last.end, span.start)) ? text.slice(last.start, span.end) : '';
    if (last && joined && getLexicon().places.has(listKey(joined).trim())) {
      const key = joined.toLocaleLowerCase();
      out[out.length - 1] = { ...last, end: span.end, text: joined, label: 'LOCATION', entity: key };
    } else out.push(span);
  }
  return out;
}

/** The persons, places and organisations of a text, from the detector's spans, in order of first mention. */
export function reportedEntities(text: string, detected: readonly Span[]): NamedEntity[] {
  const spans = joinedPlaces(text, detected);
  const entities = byEntity(text, spans).map((e) =>
    e.label === 'ORGANIZATION' || (e.label === 'PERSON' && namesOrganisation(text, e.mentions, e.name))
      ? asOrganisation(text, e)
      : e,
  );
  const organisations = entities.filter((e) => e.label === 'ORGANIZATION');
  const orgWords = organisations.map((o) => new Set(wordsOf(o.name)));
  const inOrganisation = organisationRanges(
    text,
    new Set(organisations.flatMap((o) => o.mentions.map((m) => m.text))),
  );
  const regions = findRegions(text);
  // "Sahel" of "the Central Sahel", "Ферганской" of "Ферганской долины": part of a region's name
  const inRegion = (e: NamedEntity) =>
    e.mentions.every((m) => regions.some((r) => m.start >= r.start && m.end <= r.end));
  // "Qamariya believes", "Qamariya Foundation" beside "Qamariya Foundation for Peace and Development": the
  // organisation's short name
  const shortName = (e: NamedEntity) => {
    const words = wordsOf(e.name);
    const longer = e.label === 'ORGANIZATION' ? 1 : 0;
    return orgWords.some((set) => set.size >= words.length + longer && words.every((w) => set.has(w)));
  };
  const named = entities.flatMap((e): NamedEntity[] => {
    if (e.label === 'ORGANIZATION') {
      // "l'Agence nationale …" is the Agence's name; "O Brasil" is a country after its article
      const name = e.name.replace(/^[LlDd]['’](?=\p{Lu})/u, '');
      const bare = name.replace(/^(?:the|o|a|le|la|el|al)\s+/iu, '');
      // (nor is "la Colectiva" alone, the word for one, a name)
      const lone = wordsOf(bare).length === 1 && hasOrganisationWord(bare);
      return shortName(e) || commonWord(name) || lone || countryCode(bare) !== undefined
        ? []
        : [{ ...e, name }];
    }
    // "Фонду" of "Фонду громадянської солідарності": the word for an organisation names no place
    if (inRegion(e) || e.mentions.every((m) => m.text.length > 4 && isOrganisationWord(m.text))) return [];
    if (e.label === 'PERSON' && articleAndName(e)) return shortName(e) ? [] : [{ ...e, label: 'LOCATION' }];
    if (e.label === 'PERSON' && shortName(e)) return [];
    if (e.label === 'PERSON' && isPerson(text, e.mentions, e.name)) return [e];
    if (e.label === 'PERSON') return placeNamedAlone(text, e) ? [{ ...e, label: 'LOCATION' }] : [];
    // "Youth Futures Network Mtskheta": a place named only inside an organisation's name
    const inside = e.mentions.every((m) => inOrganisation.some(([s, end]) => m.start >= s && m.end <= end));
    if (inside || isWorldRegion(e.name)) return [];
    const name = placeName(text, e);
    return isFarTransliteration(name) ? [] : [{ ...e, name }];
  });
  for (const r of regions)
    if (!isWorldRegion(r.name)) named.push({ label: 'LOCATION', name: r.name, mentions: [] });
  return named;
}
