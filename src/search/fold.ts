/**
 * Case and accent folding, as `search_fold` in `store/migrations/004-search.sql` does it, with where each
 * folded character came from: highlights found in folded text (what the index holds) map back onto the
 * original text that people read. The tests compare this with the SQL function character by character.
 */

/** Each target with the characters folded to it. */
const GROUPS: Record<string, string> = {
  a: 'àáâãäåāăą',
  c: 'çćĉċč',
  d: 'ďđ',
  e: 'èéêëēĕėęě',
  g: 'ĝğġģ',
  h: 'ĥħ',
  i: 'ìíîïĩīĭįı',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺļľŀł',
  n: 'ñńņň',
  o: 'òóôõöøōŏő',
  r: 'ŕŗř',
  s: 'śŝşšș',
  t: 'ţťŧț',
  u: 'ùúûüũūŭůűų',
  w: 'ŵ',
  y: 'ýÿŷ',
  z: 'źżž',
  е: 'ё',
  ا: 'أإآٱ',
  "'": '’ʼ‘',
  oe: 'œ',
  ae: 'æ',
  ss: 'ß',
};

/** Arabic vowel marks and tatweel, soft hyphen, zero-width and direction marks, byte-order mark. */
export const DROPPED =
  '\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640\u00AD\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF';

const TABLE = new Map<string, string>();
for (const [to, from] of Object.entries(GROUPS)) for (const c of from) TABLE.set(c, to);
for (const c of DROPPED) TABLE.set(c, '');

/** The characters folding changes, for tests. */
export const FOLDED_CHARACTERS = [...TABLE.keys()].join('');

function foldChar(c: string): string {
  const lower = c.toLowerCase();
  // JavaScript lowers "İ" to "i" and a combining dot; PostgreSQL to "i".
  const one = lower.length > c.length ? lower.slice(0, c.length) : lower;
  return TABLE.get(one) ?? one;
}

/** Folded text; `origin[i]` is the index in the original of the character that gave folded character i. */
export function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // a surrogate pair stays as it is
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      folded += text.slice(i, i + 2);
      origin.push(i, i + 1);
      i++;
      continue;
    }
    const out = foldChar(text[i] as string);
    folded += out;
    for (let k = 0; k < out.length; k++) origin.push(i);
  }
  return { folded, origin };
}

export function fold(text: string): string {
  return foldWithOrigin(text).folded;
}
