/**
 * Highlighted snippets. PostgreSQL's ts_headline picks the fragments of a text that best show the
 * query, but it reads the folded text the index holds (lower case, no accents); the fragments are found
 * again in the original text, through the map that folding keeps, and highlighted there.
 */
import { DROPPED, foldWithOrigin } from './fold.js';

/** Markers ts_headline is asked to write: private-use characters that no text holds. */
export const START = '\uE000';
export const STOP = '\uE001';
export const BETWEEN = '\uE002';
export const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, FragmentDelimiter=${BETWEEN}, MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=2`;

/**
 * The text as ts_headline is given it: PostgreSQL's parser reads "<person>" and "<LOC-2>" (placeholders
 * of redacted text) as markup and drops them, and then loses its place; angle quotes keep the length.
 */
export function forHeadline(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›'));
}

/** How a snippet marks what matched: Markdown bold, readable in a terminal and in reports. */
export const MARK_OPEN = '**';
export const MARK_CLOSE = '**';
const ELLIPSIS = '…';

function isHighSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code < 0xdc00;
}

/** One fragment of the headline: its folded text without markers, and where the marks were in it. */
function readFragment(fragment: string): { plain: string; marks: [number, number][] } {
  let plain = '';
  const marks: [number, number][] = [];
  let open = -1;
  for (const c of fragment) {
    if (c === START) open = plain.length;
    else if (c === STOP) {
      if (open >= 0) marks.push([open, plain.length]);
      open = -1;
    } else plain += c;
  }
  return { plain, marks };
}

/**
 * The snippet of `original` that a headline of its folded form shows, with the words that matched
 * between marks; the text's first words when the headline cannot be placed (it always can when both
 * fold alike).
 */
export function snippetFrom(original: string, headline: string, maxLength = 320): string {
  const { folded, origin } = foldWithOrigin(forHeadline(original));
  const endOf = (k: number) => {
    const i = origin[k - 1] ?? original.length - 1;
    let end = i + (isHighSurrogate(original, i) ? 2 : 1);
    while (end < original.length && DROPPED.includes(original[end] as string)) end++;
    return end;
  };
  const pieces: string[] = [];
  let from = 0;
  let lastEnd = 0;
  for (const fragment of headline.split(BETWEEN)) {
    const { plain, marks } = readFragment(fragment);
    const text = plain.trim();
    if (!text) continue;
    const lead = plain.indexOf(text);
    let at = folded.indexOf(text, from);
    if (at < 0) at = folded.indexOf(text);
    if (at < 0) continue;
    const start = origin[at] ?? 0;
    const end = endOf(at + text.length);
    let out = '';
    let cursor = start;
    for (const [a, b] of marks) {
      const ma = origin[at + a - lead];
      if (ma === undefined || ma < cursor || b <= a) continue;
      const mb = Math.min(end, endOf(at + b - lead));
      out += `${original.slice(cursor, ma)}${MARK_OPEN}${original.slice(ma, mb)}${MARK_CLOSE}`;
      cursor = mb;
    }
    out += original.slice(cursor, end);
    pieces.push(`${start > lastEnd || (pieces.length === 0 && start > 0) ? `${ELLIPSIS} ` : ''}${out}`);
    from = at + text.length;
    lastEnd = end;
  }
  if (pieces.length === 0) return cut(original, maxLength);
  const joined = pieces.join(' ').replace(/\s+/g, ' ').trim();
  return lastEnd < original.trimEnd().length ? `${joined} ${ELLIPSIS}` : joined;
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
