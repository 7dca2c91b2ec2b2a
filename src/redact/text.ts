/**
 * Words of a text with their UTF-16 offsets into the original, and the normalised forms the lexicons
 * are looked up by. Nothing here changes the text: invisible characters, line-break hyphens and
 * diacritics are removed from the lookup keys only, so offsets stay true.
 */

export type Script = 'latin' | 'cyrillic' | 'arabic' | 'other';
export type Casing = 'title' | 'caps' | 'lower' | 'none';

export interface Token {
  /** Whether the word is a common word or stop word; filled in by the detector on first use. */
  common?: boolean;
  /** Whether the word is a given name, any name; filled in by the detector on first use. */
  firstName?: boolean;
  knownName?: boolean;
  start: number;
  /** End of the word, without a possessive 's (kept in `raw`). */
  end: number;
  raw: string;
  /** Lower case, without diacritics, invisible characters, apostrophes, hyphens at line breaks. */
  key: string;
  /** The key in Latin letters (Cyrillic transliterated), for gazetteers and name lists kept in Latin. */
  latin: string;
  script: Script;
  casing: Casing;
  /** The text between the previous word and this one. */
  gap: string;
  /** First word of a sentence, line, heading or list item: its capital says little. */
  sentenceStart: boolean;
}

// A word: letters, marks and digits, with apostrophes and hyphens inside, invisible format characters
// (zero-width joiners, soft hyphens, bidi marks) inside, and a hyphen at a line break joining two halves.
const WORD =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}\p{Cf}]*(?:(?:['’ʼ]|-|-[ \t]*\r?\n[ \t]*|\p{Cf}+)[\p{L}\p{N}][\p{L}\p{M}\p{N}\p{Cf}]*)*/gu;
const TRAILING_FORMAT = /\p{Cf}+$/u;
const FORMAT_CHAR = /\p{Cf}/u;
const ELISION = /^(?:[dljnsc]|qu)['’](?=\p{L})/iu;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);
// What ends a sentence or opens a new one: end punctuation, a line break, a bullet, an opening quote.
const SENTENCE_BREAK = /[.!?…:;]["'”’»)\]]*\s|[\n\r]|^\s*[•·▪*]\s|["“«„]\s*$/u;

export function scriptOf(word: string): Script {
  const c = word.codePointAt(0) ?? 0;
  if (c < 0x250 || (c >= 0x1e00 && c < 0x1f00)) return 'latin';
  if (c >= 0x400 && c < 0x530) return 'cyrillic';
  if ((c >= 0x600 && c < 0x700) || (c >= 0x750 && c < 0x780) || (c >= 0xfb50 && c < 0xfe00)) return 'arabic';
  return 'other';
}

function casingOf(word: string, script: Script): Casing {
  if (script === 'arabic' || script === 'other') return 'none';
  // "al-Harbi", "el-Sayed", "bin-Laden": a lower-case particle joined to a capitalised name
  const hyphen = word.includes('-') || word.includes('‐');
  const name = hyphen && PARTICLE_PREFIX.test(word) ? word.slice(word.search(/[-‐]/u) + 1) : word;
  const first = name[0] ?? '';
  const lower = first.toLowerCase();
  if (lower === first.toUpperCase()) return 'none';
  if (first === lower) return 'lower';
  // a lower-case second letter settles most words without upper-casing all of them
  const second = name[1] ?? '';
  if (second !== second.toUpperCase()) return 'title';
  return name.length > 1 && name === name.toUpperCase() && name !== name.toLowerCase() ? 'caps' : 'title';
}

const PARTICLE_PREFIX =
  /^(?:al|el|ad|ar|as|at|az|an|ash|ez|es|et|ed|ul|ur|un|bin|ben|ibn|abu|ould|wuld|dela|de|di|da|van|von)[-‐]\p{Lu}/u;

/**
 * Lower case, no diacritics, no invisible characters; Arabic alef forms and teh marbuta folded (alef
 * maqsura is kept: على "on" and علي "Ali" must stay apart).
 */
export function keyOf(text: string): string {
  const plain = asciiKey(text);
  if (plain !== undefined) return plain;
  let key = slowKeys.get(text);
  if (key === undefined) {
    key = foldKey(text);
    if (slowKeys.size > 100_000) slowKeys.clear();
    slowKeys.set(text, key);
  }
  return key;
}

/** Keys of words outside ASCII, remembered: folding them takes ten passes. */
const slowKeys = new Map<string, string>();

/**
 * `keyOf`, not remembered: for the word lists, read once, whose hundreds of thousands of names would
 * only crowd the words of texts out of `slowKeys` (and keep the list files' text alive through them).
 */
export function listKey(text: string): string {
  return asciiKey(text) ?? foldKey(text);
}

/** The key of a word in ASCII, without the ten passes; undefined for any other. */
function asciiKey(text: string): string | undefined {
  if (/^[A-Za-z]+$/.test(text)) return text.toLowerCase();
  if (!/^[\x20-\x7e]*$/.test(text)) return undefined;
  return text
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[-\s]+/g, ' ');
}

function foldKey(text: string): string {
  return (
    text
      .replace(/-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu, '')
      .replace(/\p{Cf}/gu, '')
      .normalize('NFKD')
      // diacritics go, but not from Cyrillic letters: й is not и, ї is not і
      .replace(/(?<![\u0400-\u04ff])[\p{M}\u0640]/gu, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ة/g, 'ه')
      .replace(/[ʼ’`']/g, '')
      .replace(/[-\s]+/g, ' ')
  );
}

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ғ: 'gh',
  қ: 'q',
  ң: 'ng',
  ө: 'o',
  ү: 'u',
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
};

/** Cyrillic to Latin letters (a lookup key, not a standard romanisation); other text unchanged. */
export function transliterate(key: string): string {
  if (!/[\u0400-\u04ff]/.test(key)) return key;
  return key.replace(/дж/g, 'j').replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c);
}

/** Ukraine's national romanisation where it differs from the key's, within a word and at its start. */
const UKRAINIAN: Record<string, string> = {
  г: 'h',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  є: 'ie',
  ю: 'iu',
  я: 'ia',
};
const UKRAINIAN_INITIAL: Record<string, string> = { ї: 'yi', й: 'y', є: 'ye', ю: 'yu', я: 'ya' };

/**
 * Cyrillic as Ukraine's national romanisation spells it, as place lists do: "Київ" kyiv, "Хмельницький"
 * khmelnytskyi (the key's spelling gives "kiyiv", "khmelnitskiy").
 */
export function ukrainianLatin(key: string): string {
  if (!/[\u0400-\u04ff]/.test(key)) return key;
  const chars = [...key];
  let out = '';
  for (const [i, c] of chars.entries()) {
    const start = i === 0 || !/\p{L}/u.test(chars[i - 1] ?? '');
    out += (start ? UKRAINIAN_INITIAL[c] : undefined) ?? UKRAINIAN[c] ?? CYRILLIC[c] ?? c;
  }
  return out;
}

/** The other spellings a transliterated key may have in Latin lists (Ukrainian г is h, х often h). */
export function latinVariants(latin: string): string[] {
  const variants = [latin];
  if (latin.includes('kh')) variants.push(latin.replace(/kh/g, 'h'));
  if (latin.includes('g')) variants.push(latin.replace(/g/g, 'h'));
  if (latin.includes('zh')) variants.push(latin.replace(/zh/g, 'j'));
  return variants;
}

/** What a word's letters alone tell: the same for every occurrence of it. */
interface WordForm {
  key: string;
  latin: string;
  script: Script;
  casing: Casing;
}

/**
 * Forms of the words met, remembered: a text repeats its words (a few hundred make most of any text), and
 * working out each one's key, script and casing again was a third of the time it takes to find names.
 */
const forms = new Map<string, WordForm>();

function formOf(word: string): WordForm {
  let form = forms.get(word);
  if (form === undefined) {
    const script = scriptOf(word);
    const key = keyOf(word);
    form = {
      key,
      latin: script === 'cyrillic' ? transliterate(key) : key,
      script,
      casing: casingOf(word, script),
    };
    if (forms.size > 200_000) forms.clear();
    forms.set(word, form);
  }
  return form;
}

/** The words of a text, in order, with their offsets and lookup keys. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    let raw = match[0];
    let start = match.index;
    // French and Italian elision: "d'Uvira", "l'Association" are two words
    if (raw.length > 2 && (raw[1] === "'" || raw[1] === '’' || raw[2] === "'" || raw[2] === '’')) {
      const elision = ELISION.exec(raw);
      if (elision) {
        start += elision[0].length;
        raw = raw.slice(elision[0].length);
      }
    }
    // no format character is below U+00AD (the soft hyphen): most words need no look
    if (raw.charCodeAt(raw.length - 1) >= 0xad && FORMAT_CHAR.test(raw[raw.length - 1] ?? ''))
      raw = raw.replace(TRAILING_FORMAT, '');
    const possessive =
      raw.length > 3 && raw[raw.length - 1] === 's' && APOSTROPHES.has(raw[raw.length - 2] ?? '');
    const end = start + raw.length - (possessive ? 2 : 0);
    const word = possessive ? raw.slice(0, -2) : raw;
    const { key, latin, script, casing } = formOf(word);
    const gap = text.slice(last, start);
    tokens.push({
      start,
      end,
      raw,
      key,
      latin,
      script,
      casing,
      gap,
      sentenceStart: tokens.length === 0 || (gap !== ' ' && SENTENCE_BREAK.test(gap)),
      // filled in later by the detector; present from the start so that every token has one shape,
      // which keeps V8's property lookups on tokens fast
      common: undefined,
      firstName: undefined,
      knownName: undefined,
    });
    last = start + raw.length;
  }
  return tokens;
}

const WHITE_SPACE = /\s/u;

/**
 * The stretches without white space around each match of `marker` (which holds none), as [start, end).
 * E-mails and links never span white space: a pattern for them tried only in the stretches around a
 * cheap marker (an @, a dot before a letter) finds what it finds over the whole text, without being tried
 * at every word of it.
 */
export function stretchesAround(text: string, marker: RegExp): [number, number][] {
  const found: [number, number][] = [];
  let reach = 0;
  for (const m of text.matchAll(marker)) {
    if (m.index < reach) continue;
    let start = m.index;
    while (start > 0 && !WHITE_SPACE.test(text[start - 1] ?? '')) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !WHITE_SPACE.test(text[end] ?? '')) end++;
    found.push([start, end]);
    reach = end;
  }
  return found;
}
