import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);

/** Languages whose country names are recognised, besides the ISO codes themselves. */
const LOCALES = ['en', 'fr', 'es', 'ar', 'ru', 'uk', 'ky', 'de', 'pt', 'tr'] as const;

/** Short forms common in harvests that the ISO name lists lack. */
const COMMON_NAMES: Record<string, string> = {
  syria: 'SY',
  'dr congo': 'CD',
  drc: 'CD',
  'congo kinshasa': 'CD',
  'congo brazzaville': 'CG',
  moldova: 'MD',
  burma: 'MM',
  palestine: 'PS',
  opt: 'PS',
  'occupied palestinian territory': 'PS',
  gaza: 'PS',
  'west bank': 'PS',
  "cote d'ivoire": 'CI',
  laos: 'LA',
  russia: 'RU',
  iran: 'IR',
  bolivia: 'BO',
  venezuela: 'VE',
  tanzania: 'TZ',
  vietnam: 'VN',
  'south korea': 'KR',
  'north korea': 'KP',
  car: 'CF',
  centrafrique: 'CF',
  rca: 'CF',
  uk: 'GB',
  usa: 'US',
  kosovo: 'XK',
  'кыргызская республика': 'KG',
  'киргизская республика': 'KG',
  'кыргыз республикасы': 'KG',
  'kyrgyz republic': 'KG',
};

/** "Republic of Moldova", "Республика Казахстан", "República de Colombia": the country by its short name. */
const REPUBLIC_OF =
  /^(?:the )?(?:republic of|republique (?:du|de la|de|d')|republica (?:de|del)|республика|республики|республіка|республіки) (?:the )?/u;

/** Short forms that name a country in lower case too ("car" does not). */
const SHORT_FORMS_IN_ANY_CASE: Record<string, string> = { uk: 'GB', usa: 'US', drc: 'CD' };

function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

let index: Map<string, string> | undefined;

function buildIndex(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = nameKey(name);
    if (key && !map.has(key)) map.set(key, code);
  };
  for (const locale of LOCALES) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const name of names) {
        add(name, code);
        // "Moldova, Republic of" is also just "Moldova"
        const head = name.split(/,| \(/)[0];
        if (head && head !== name) add(head, code);
      }
    }
  }
  for (const [code3, code2] of Object.entries(countries.getAlpha3Codes())) add(code3, code2);
  for (const [name, code] of Object.entries(COMMON_NAMES)) map.set(nameKey(name), code);
  map.set('xk', 'XK');
  map.set('xkx', 'XK');
  return map;
}

let firstWords: Set<string> | undefined;
let allWords: Set<string> | undefined;

/** Whether a word can open a country's name of several words ("Côte", "South", "Кыргызская", "Republic"). */
export function opensCountryName(word: string): boolean {
  index ??= buildIndex();
  firstWords ??= new Set([
    ...[...index.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] ?? ''),
    ...'the republic republique republica республика республики республіка республіки'.split(' '),
  ]);
  return firstWords.has(nameKey(word));
}

/** Whether a word is a country's name or any word of one ("Tanzanie", "Herzegovina", "Leone"). */
export function inCountryName(word: string): boolean {
  index ??= buildIndex();
  allWords ??= new Set([...index.keys()].flatMap((k) => k.split(' ')));
  return allWords.has(nameKey(word));
}

/**
 * The ISO 3166-1 alpha-2 code for a country named in any of the supported languages, by its ISO code,
 * or by a common short form ("DR Congo" is CD, Kosovo is XK); undefined when the name is not a country.
 */
export function countryCode(name: string): string | undefined {
  index ??= buildIndex();
  const key = nameKey(name);
  // Two- and three-letter forms are codes only in capitals: "AND" is Andorra, "and" is a word.
  if (/^[a-z]{2,3}$/.test(key) && name.trim() !== name.trim().toUpperCase())
    return SHORT_FORMS_IN_ANY_CASE[key];
  if (/^[a-z]{2}$/.test(key) && !COMMON_NAMES[key])
    return countries.isValid(key.toUpperCase()) || key === 'xk' ? key.toUpperCase() : undefined;
  return index.get(key) ?? (REPUBLIC_OF.test(key) ? index.get(key.replace(REPUBLIC_OF, '')) : undefined);
}
