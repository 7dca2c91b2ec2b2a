import { eld } from 'eld/medium';
import { franc, francAll } from 'franc';

/** ISO 639-3 codes franc returns, for the languages this field works in, to their ISO 639-1 codes. */
const ISO_639_1: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  arb: 'ar',
  ary: 'ar',
  arz: 'ar',
  apc: 'ar',
  rus: 'ru',
  ukr: 'uk',
  kir: 'ky',
  kaz: 'kk',
  uzn: 'uz',
  tgk: 'tg',
  tur: 'tr',
  fas: 'fa',
  pes: 'fa',
  prs: 'fa',
  ckb: 'ku',
  kmr: 'ku',
  deu: 'de',
  nld: 'nl',
  ita: 'it',
  swh: 'sw',
  hau: 'ha',
  som: 'so',
  amh: 'am',
  mya: 'my',
  tgl: 'tl',
  ind: 'id',
  srp: 'sr',
  hrv: 'hr',
  bos: 'bs',
  sqi: 'sq',
  als: 'sq',
  kat: 'ka',
  hye: 'hy',
  ron: 'ro',
  pol: 'pl',
  ell: 'el',
  heb: 'he',
  urd: 'ur',
  pbu: 'ps',
};

/**
 * Letters that only some languages of a script use, most telling first. Trigram models confuse short
 * Cyrillic and Arabic-script texts (a Ukrainian sentence read as Serbian, a two-word Arabic title as
 * nothing), while these letters settle them at any length.
 */
const CYRILLIC_MARKERS: [string, RegExp][] = [
  ['tg', /[ӣӯҳҷ]+/g],
  ['kk', /[әқұһ]+/g],
  ['ky', /[ңөү]+/g],
  ['sr', /[ђјљњћџ]+/g],
  ['uk', /[іїєґ]+/g],
];
const RUSSIAN_ONLY = /[ыэъё]+/g;
const ARABIC_SCRIPT_MARKERS: [string, RegExp][] = [
  ['ur', /[ٹڈڑںے]+/g],
  ['ps', /[ټډړږښګڼېۍ]+/g],
  ['ku', /[ڕڵۆێە]+/g],
  ['fa', /[پژگچیک]+/g],
];

/** Short Latin-script texts are read among the field's main languages only, helped by function words. */
const SHORT_LATIN = ['eng', 'fra', 'spa', 'por'];
const FUNCTION_WORDS: Record<string, string[]> = {
  eng: 'the of and to in for with on at from by is are was were this that which their our we they'.split(' '),
  fra: 'le la les des du de et à au aux pour dans en un une est sur par avec qui que nous ils'.split(' '),
  spa: 'el la los las de del y en para con por un una es que al se su sus nosotros'.split(' '),
  por: 'o os as do da dos das de e em no na para com por um uma é que ao'.split(' '),
};
/** Below this many letters a Latin-script text is short; below the minimum it is too short to tell. */
const SHORT_TEXT = 100;
const MIN_LETTERS = 20;

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/**
 * How many characters of the text `run` (a run of one class: /\p{L}+/gu) covers: one match a word rather
 * than one a letter, since this runs over every text. A character beyond the BMP is two UTF-16 units.
 */
function count(text: string, run: RegExp): number {
  const astral = HIGH_SURROGATE.test(text);
  let n = 0;
  for (const m of text.matchAll(run)) n += astral ? [...m[0]].length : m[0].length;
  return n;
}

function bestOf(scores: [string, number][]): string | null {
  const [best] = scores.sort((a, b) => b[1] - a[1]);
  return best ? (ISO_639_1[best[0]] ?? null) : null;
}

/** Function words: a Russian text naming Kazakh or Kyrgyz people and places is still written in Russian. */
const RUSSIAN_WORDS =
  /(?<![\p{L}])(?:и|в|на|что|с|по|не|для|из|от|к|за|это|как|также|при|года)(?![\p{L}])/giu;
const TURKIC_WORDS =
  /(?<![\p{L}])(?:және|жана|мен|менен|бен|пен|бұл|бул|үшін|үчүн|осы|ошол|деп|боюнча|бойынша|жылы|жылдын)(?![\p{L}])/giu;

function writtenInRussian(text: string): boolean {
  const russian = text.match(RUSSIAN_WORDS)?.length ?? 0;
  return russian > 3 * (text.match(TURKIC_WORDS)?.length ?? 0) + 3;
}

function cyrillicLanguage(text: string, letters: number): string | null {
  const share = (pattern: RegExp) => count(text, pattern) / letters;
  for (const [code, pattern] of CYRILLIC_MARKERS) {
    const s = share(pattern);
    // Half a percent keeps a Russian text quoting one Kyrgyz or Ukrainian word Russian.
    if (s < 0.005 || (code === 'uk' && s <= share(RUSSIAN_ONLY))) continue;
    if ((code === 'kk' || code === 'ky') && writtenInRussian(text)) continue;
    return code;
  }
  return bestOf(francAll(text, { minLength: 5, only: ['rus', 'kir'] }));
}

function arabicScriptLanguage(text: string, letters: number): string {
  for (const [code, pattern] of ARABIC_SCRIPT_MARKERS) {
    if (count(text, pattern) / letters >= 0.01) return code;
  }
  return 'ar';
}

function shortLatinLanguage(text: string): string | null {
  const words = text.toLocaleLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = francAll(text, { minLength: 5, only: SHORT_LATIN }).map(
    ([code, score]): [string, number] => {
      const list = FUNCTION_WORDS[code] ?? [];
      const hits = words.filter((w) => list.includes(w)).length;
      return [code, score + 0.1 * hits];
    },
  );
  return bestOf(scores);
}

/** N-gram statistics settle a language well within this many characters (ELD reads no more). */
const SAMPLE = 1_000;
const WINDOWS = 3;

/**
 * The text itself when short, else windows from its start, middle and end, cut at white space: a long
 * report's title page or annex in another language does not decide alone.
 */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE) return text;
  const size = SAMPLE / WINDOWS;
  const step = (text.length - size) / (WINDOWS - 1);
  const windows: string[] = [];
  for (let w = 0; w < WINDOWS; w++) {
    const from = Math.round(w * step);
    const start = w === 0 ? 0 : text.indexOf(' ', from) + 1;
    const end = text.lastIndexOf(' ', start + size);
    windows.push(text.slice(start, end > start ? end : start + size));
  }
  return windows.join('\n');
}

/**
 * The ISO 639-1 language of a text, or null when it is too short or not one of the languages above.
 * The script decides first: Cyrillic and Arabic-script texts by the letters particular to each
 * language, Latin-script ones by n-grams (short ones among en, fr, es and pt only, by franc's trigrams
 * and function words).
 */
export function detectLanguage(text: string): string | null {
  const sample = sampleOf(text);
  const letters = count(sample, /\p{L}+/gu);
  const cyrillic = count(sample, /\p{Script=Cyrillic}+/gu);
  const arabic = count(sample, /\p{Script=Arabic}+/gu);
  const latin = count(sample, /\p{Script=Latin}+/gu);
  if (cyrillic > letters / 2) return cyrillicLanguage(sample, cyrillic);
  if (arabic > letters / 2) return arabicScriptLanguage(sample, arabic);
  if (letters < MIN_LETTERS) return null;
  if (latin > letters / 2 && letters < SHORT_TEXT) return shortLatinLanguage(sample);
  return ngramLanguage(sample);
}

const REPORTED = new Set(Object.values(ISO_639_1));

/**
 * ELD first, ten times faster than franc, when it is sure of a language we report; franc otherwise,
 * which knows the languages ELD lacks (Swahili, Hausa, Somali, Indonesian, Uzbek: ELD's guesses for them
 * are unsure).
 */
function ngramLanguage(sample: string): string | null {
  const fast = eld.detect(sample);
  if (fast.isReliable() && REPORTED.has(fast.language)) return fast.language;
  return ISO_639_1[franc(sample, { minLength: MIN_LETTERS, only: Object.keys(ISO_639_1) })] ?? null;
}
