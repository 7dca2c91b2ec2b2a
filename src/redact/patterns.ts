/**
 * Personal data with a shape of its own: e-mail addresses, URLs, phone numbers, social-media handles
 * and hashtags that name a person; and the placeholders of text that arrives already redacted.
 */
import type { RedactionLabel } from '../domain/redaction.js';
import { keyOf, stretchesAround } from './text.js';

export interface PatternMatch {
  start: number;
  end: number;
  label: RedactionLabel;
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const SCHEME_URL = /\b(?:https?|ftp):\/\/[^\s<>"'«»“”]+|\bwww\.[^\s<>"'«»“”]+/giu;
const TLD =
  'com|org|net|info|biz|edu|gov|int|ngo|ong|io|co|me|tv|app|dev|online|site|news|media|world|global|africa|asia|eu|[a-z]{2}';
const BARE_URL = new RegExp(
  `(?<![\\p{L}\\p{N}@._/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLD})(?![\\p{L}\\p{N}-])(?::\\d+)?(?:/[^\\s<>"'«»“”]*)?`,
  'gu',
);
const HANDLE = /(?<![\p{L}\p{N}_@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?/gu;
const HASHTAG = /(?<![\p{L}\p{N}_&#])#[\p{L}\p{M}\p{N}_]+/gu;
const PHONE_INTERNATIONAL = /(?<![\p{L}\p{N}+])\(?\+\d{1,4}\)?(?:[ \t.-]?\(?\d{1,5}\)?){1,7}(?!\d)/gu;
const PHONE_NATIONAL =
  /(?<![\p{L}\p{N}+.,/-])\(?0\d{1,4}\)?(?:[ \t.-]\d{2,5}){1,4}(?![\d.,]\d)|(?<![\p{L}\p{N}+.,/-])0\d{9,11}(?![\d])/gu;
const PLACEHOLDER =
  /<\s*[\p{L}_]+(?:[-_ ]?\d+)?\s*>|\[\s*[\p{L}_ -]*(?:redacted|name|person|location|place|org|organi[sz]ation|email|phone|anonymi[sz]ed|removed|withheld|omitted|deleted|confidential)[\p{L}\p{N}_ -]*\]|█+|\*{3,}/giu;

/** National significant number lengths by country calling code, for the field's countries. */
const NATIONAL_LENGTH: Record<string, [number, number]> = {
  1: [10, 10],
  7: [10, 10],
  20: [9, 10],
  27: [9, 9],
  30: [10, 10],
  31: [9, 9],
  32: [8, 9],
  33: [9, 9],
  34: [9, 9],
  39: [9, 11],
  41: [9, 9],
  44: [9, 10],
  46: [7, 9],
  47: [8, 8],
  49: [7, 11],
  51: [8, 9],
  52: [10, 10],
  53: [8, 8],
  54: [10, 10],
  55: [10, 11],
  56: [9, 9],
  57: [8, 10],
  58: [10, 10],
  60: [9, 10],
  62: [9, 12],
  63: [8, 10],
  64: [8, 10],
  65: [8, 8],
  66: [8, 9],
  81: [9, 10],
  82: [9, 10],
  84: [9, 10],
  86: [10, 11],
  90: [10, 10],
  91: [10, 10],
  92: [9, 10],
  93: [9, 9],
  94: [9, 9],
  95: [7, 10],
  98: [10, 10],
  211: [9, 9],
  212: [9, 9],
  213: [9, 9],
  216: [8, 8],
  218: [9, 9],
  220: [7, 7],
  221: [9, 9],
  222: [8, 8],
  223: [8, 8],
  224: [9, 9],
  225: [10, 10],
  226: [8, 8],
  227: [8, 8],
  228: [8, 8],
  229: [8, 10],
  231: [7, 9],
  232: [8, 8],
  233: [9, 9],
  234: [8, 10],
  235: [8, 8],
  236: [8, 8],
  237: [9, 9],
  240: [9, 9],
  241: [7, 8],
  242: [9, 9],
  243: [9, 9],
  244: [9, 9],
  249: [9, 9],
  250: [9, 9],
  251: [9, 9],
  252: [7, 9],
  253: [8, 8],
  254: [9, 10],
  255: [9, 9],
  256: [9, 9],
  257: [8, 8],
  258: [9, 9],
  260: [9, 9],
  261: [9, 9],
  263: [9, 9],
  265: [9, 9],
  291: [7, 7],
  351: [9, 9],
  352: [8, 11],
  353: [9, 9],
  355: [8, 9],
  359: [8, 9],
  370: [8, 8],
  371: [8, 8],
  372: [7, 8],
  373: [8, 8],
  374: [8, 8],
  375: [9, 9],
  380: [9, 9],
  381: [8, 9],
  382: [8, 8],
  383: [8, 8],
  385: [8, 9],
  386: [8, 8],
  387: [8, 8],
  389: [8, 8],
  420: [9, 9],
  421: [9, 9],
  502: [8, 8],
  503: [8, 8],
  504: [8, 8],
  505: [8, 8],
  506: [8, 8],
  507: [8, 8],
  509: [8, 8],
  591: [8, 8],
  593: [8, 9],
  595: [9, 9],
  598: [8, 8],
  670: [7, 8],
  855: [8, 9],
  856: [8, 10],
  880: [10, 10],
  960: [7, 7],
  961: [7, 8],
  962: [8, 9],
  963: [9, 9],
  964: [10, 10],
  965: [8, 8],
  966: [9, 9],
  967: [9, 9],
  968: [8, 8],
  970: [9, 9],
  971: [8, 9],
  972: [8, 9],
  973: [8, 8],
  974: [8, 8],
  975: [8, 8],
  976: [8, 8],
  977: [8, 10],
  992: [9, 9],
  993: [8, 8],
  994: [9, 9],
  995: [9, 9],
  996: [9, 9],
  998: [9, 9],
};

const DIGIT_GROUP = /\d+/g;

/** Drops trailing digit groups a phone number cannot have ("+249 912 880 431 63 times"). */
function trimInternational(text: string, start: number): PatternMatch | undefined {
  const groups = [...text.matchAll(DIGIT_GROUP)];
  const digits = groups.map((g) => g[0]).join('');
  let range: [number, number] = [7, 12];
  let codeLength = 0;
  for (const n of [1, 2, 3]) {
    const known = NATIONAL_LENGTH[digits.slice(0, n)];
    if (known) {
      range = known;
      codeLength = n;
      break;
    }
  }
  let count = groups.length;
  let total = digits.length;
  while (count > 1 && total - codeLength > range[1]) {
    count -= 1;
    total -= (groups[count]?.[0] ?? '').length;
  }
  if (total < 8 || total > 15) return undefined;
  const lastGroup = groups[count - 1];
  if (!lastGroup) return undefined;
  let end = (lastGroup.index ?? 0) + lastGroup[0].length;
  if (text[end] === ')' && text.slice(0, end).includes('(')) end += 1;
  return { start, end: start + end, label: 'PHONE' };
}

function trimUrl(url: string): string {
  let out = url.replace(/[.,;:!?'"»”’)\]}]+$/u, '');
  // keep a closing bracket that closes one opened inside the URL
  while (
    url.length > out.length &&
    url[out.length] === ')' &&
    out.split('(').length > out.split(')').length
  ) {
    out = url.slice(0, out.length + 1);
  }
  return out;
}

const PERSON_HASHTAG_PREFIX =
  /^(?:justice ?for|justice ?4|justice ?pour|justicia ?para|freedom ?for|free|liberez|libertad ?para|libertad ?a|release|save|bring ?back|stand ?with|i ?stand ?with|we ?are|i ?am|solidarity ?with|where ?is|pray ?for|rip|remember|remembering|svobodu|svoboda|свободу|свобода ?для|волю|الحريه|العداله|الافراج ?عن|انقذوا|كلنا|اين|وين|الحريه ?لل?)\s*/u;

/** A hashtag names a person when it calls for someone ("#JusticeForRima", "#الحرية_لمازن"). */
export function isPersonHashtag(body: string, looksLikeName: (word: string) => boolean): boolean {
  const spaced = keyOf(
    body
      .replace(/_/g, ' ')
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{L})(\d)/gu, '$1 $2'),
  );
  const match = PERSON_HASHTAG_PREFIX.exec(spaced);
  if (!match) return false;
  const rest = spaced
    .slice(match[0].length)
    .replace(/^ل(?=\S{3})/u, '')
    .trim();
  if (rest.length < 3) return false;
  return rest.split(' ').every(looksLikeName);
}

/** Placeholders already in the text: `<person>`, `<LOC-2>`, `[REDACTED]`, `█████`. */
export function findPlaceholders(text: string): { start: number; end: number }[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** What an e-mail, a URL with a scheme, or one without, has in it; cheap to find in a whole text. */
const AT = /@/g;
const SCHEME = /\/\/|www\./giu;
const DOMAIN = /\.[a-z]/g;

/**
 * The matches of `re` (which never spans white space) inside the stretches around `marker`, with offsets
 * into the text: the same as over the whole text.
 */
function matchesWithin(text: string, marker: RegExp, re: RegExp): { index: number; value: string }[] {
  const found: { index: number; value: string }[] = [];
  for (const [start, end] of stretchesAround(text, marker)) {
    for (const m of text.slice(start, end).matchAll(re)) found.push({ index: start + m.index, value: m[0] });
  }
  return found;
}

/** E-mail addresses, URLs, phone numbers, handles and person hashtags, in text order. */
export function findPatterns(text: string, looksLikeName: (word: string) => boolean): PatternMatch[] {
  const found: PatternMatch[] = [];
  const at = text.includes('@');
  for (const m of at ? matchesWithin(text, AT, EMAIL) : [])
    found.push({ start: m.index, end: m.index + m.value.length, label: 'EMAIL' });
  const urls = [...matchesWithin(text, SCHEME, SCHEME_URL), ...matchesWithin(text, DOMAIN, BARE_URL)];
  for (const m of urls) {
    const url = trimUrl(m.value);
    if (url.includes('.')) found.push({ start: m.index, end: m.index + url.length, label: 'URL' });
  }
  for (const m of at ? text.matchAll(HANDLE) : []) {
    if (m[0].length > 2) found.push({ start: m.index, end: m.index + m[0].length, label: 'HANDLE' });
  }
  for (const m of text.includes('#') ? text.matchAll(HASHTAG) : []) {
    if (isPersonHashtag(m[0].slice(1), looksLikeName)) {
      found.push({ start: m.index, end: m.index + m[0].length, label: 'HANDLE' });
    }
  }
  for (const m of text.includes('+') ? text.matchAll(PHONE_INTERNATIONAL) : []) {
    const phone = trimInternational(m[0], m.index);
    if (phone) found.push(phone);
  }
  for (const m of text.matchAll(PHONE_NATIONAL)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 9 && digits <= 12)
      found.push({ start: m.index, end: m.index + m[0].length, label: 'PHONE' });
  }
  return dropOverlaps(found);
}

/** Of overlapping matches, keeps the one that starts first, then the longest (an e-mail over its domain). */
export function dropOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let reach = -1;
  for (const span of sorted) {
    if (span.start >= reach) {
      kept.push(span);
      reach = span.end;
    }
  }
  return kept;
}
