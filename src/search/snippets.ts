/**
 * Highlighted snippets. The words to mark are the query's lexemes as PostgreSQL stemmed them; a word of
 * the text is marked when, folded like the index folds it, it is the lexeme, or the lexeme and a short
 * ending ("coalit" in "coalitions", "женск" in "женские"), or starts with a prefix the user asked for.
 * This is done here rather than with ts_headline, which costs a millisecond a hit on the embedded store,
 * as much as the whole search besides; a word the stemmer relates irregularly ("was" for "be") is found
 * but not marked.
 */
import { DROPPED, foldWithOrigin } from './fold.js';

/** A lexeme to mark, and whether any word that starts with it counts (word*). */
export interface Mark {
  lexeme: string;
  prefix: boolean;
}

/** How a snippet marks what matched: Markdown bold, readable in a terminal and in reports. */
export const MARK_OPEN = '**';
export const MARK_CLOSE = '**';
const ELLIPSIS = '…';
/** A stem and at most this many more letters is the same word ("coalit" + "ions", "educ" + "ation"); fewer after a short stem. */
const ENDING = 6;
const SHORT_STEM_ENDING = 3;
const WINDOW = 32;

/** The lexemes of tsquery texts as PostgreSQL writes them ('coalit' & 'women':* | !'armed'), but those after a !. */
export function marksOf(tsqueries: readonly string[]): Mark[] {
  const marks = new Map<string, Mark>();
  for (const q of tsqueries)
    for (const m of q.matchAll(/(!\s*\(?\s*)?'((?:[^']|'')+)'(:[*A-D]+)?/g)) {
      if (m[1]) continue;
      const lexeme = (m[2] ?? '').replace(/''/g, "'").replace(/\\(.)/g, '$1');
      const prefix = (m[3] ?? '').includes('*');
      const key = `${lexeme}${prefix ? '*' : ''}`;
      if (lexeme) marks.set(key, { lexeme, prefix });
    }
  return [...marks.values()];
}

/** Arabic words carry their conjunction, preposition and article in front: و ف ب ك ل and ال. */
const ARABIC_PREFIX = /^(?:[وف])?(?:[بكل])?(?:ال|لل)?/u;

function matches(word: string, marks: readonly Mark[]): boolean {
  const bare = word.replace(ARABIC_PREFIX, '');
  const forms = bare.length >= 2 && bare !== word ? [word, bare] : [word];
  return marks.some((m) =>
    forms.some(
      (w) =>
        w.startsWith(m.lexeme) &&
        (m.prefix || w.length - m.lexeme.length <= (m.lexeme.length > 3 ? ENDING : SHORT_STEM_ENDING)),
    ),
  );
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * The part of `original` with the most marked words (about 32 words), those words between `**`; the
 * text's start when nothing is marked.
 */
export function snippetOf(original: string, marks: readonly Mark[], maxWords = WINDOW): string {
  const { folded, origin } = foldWithOrigin(original);
  const words = [...folded.matchAll(WORD)].map((m) => ({
    start: origin[m.index] ?? 0,
    end: endOf(original, origin, m.index + m[0].length),
    marked: matches(m[0], marks),
  }));
  if (words.length === 0) return '';
  // the window of maxWords words with the most marks, the earliest of equals
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i]?.marked) count++;
    if (i >= maxWords && words[i - maxWords]?.marked) count--;
    const start = Math.max(0, i - maxWords + 1);
    if (count > bestCount) {
      bestCount = count;
      // start the window a few words before its first mark, for context
      const first = words.slice(start, i + 1).findIndex((w) => w.marked);
      best = first < 0 ? start : Math.max(0, start + first - 4);
    }
  }
  const shown = words.slice(best, best + maxWords);
  let out = '';
  let cursor = shown[0]?.start ?? 0;
  for (const w of shown) {
    if (!w.marked) continue;
    out += `${original.slice(cursor, w.start)}${MARK_OPEN}${original.slice(w.start, w.end)}${MARK_CLOSE}`;
    cursor = w.end;
  }
  const last = shown.at(-1)?.end ?? cursor;
  out += original.slice(cursor, last);
  const flat = out.replace(/\s+/g, ' ').trim();
  return `${best > 0 ? `${ELLIPSIS} ` : ''}${flat}${best + maxWords < words.length ? ` ${ELLIPSIS}` : ''}`;
}

/** The end in the original of the folded text up to `k`, with any characters folding dropped after it. */
function endOf(original: string, origin: readonly number[], k: number): number {
  const i = origin[k - 1] ?? original.length - 1;
  const code = original.charCodeAt(i);
  let end = i + (code >= 0xd800 && code < 0xdc00 ? 2 : 1);
  while (end < original.length && DROPPED.includes(original[end] as string)) end++;
  return end;
}

/** The start of a text, cut at a word near `max` characters. */
export function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const at = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, at > max / 2 ? at : max)} ${ELLIPSIS}`;
}

/** A title for an outcome: the first sentence of its description, cut near 140 characters. */
export function outcomeTitle(description: string): string {
  const first = description.trim().split(/\n/)[0] ?? '';
  const sentence = /^.+?[.!?؟](?=\s|$)/u.exec(first)?.[0] ?? first;
  return cut(sentence, 140);
}
