/** A search-sized piece of an item's text, with its UTF-16 offsets in that text. */
export interface Passage {
  position: number;
  start: number;
  end: number;
  text: string;
}

/** Passages aim at this many characters: long enough to carry context, short enough to rank well. */
const TARGET = 800;
const MAX = 1600;

/** Sentence ends in the scripts Tessera reads: Latin and Cyrillic stops, Arabic question mark, danda. */
const SENTENCE_END = /[.!?؟।…][)"'»”’]*\s+/gu;

function blocks(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const paragraph = /\S[\s\S]*?(?=\n\s*\n|$)/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text))
    found.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  return found;
}

/** Splits a block longer than MAX at sentence ends, or hard at MAX where a sentence runs on. */
function pieces(text: string, block: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = block.start;
  while (block.end - start > MAX) {
    const window = text.slice(start, start + MAX);
    let cut = -1;
    for (const m of window.matchAll(SENTENCE_END))
      if ((m.index ?? 0) + m[0].length >= TARGET / 2) cut = (m.index ?? 0) + m[0].length;
    const end = start + (cut > 0 ? cut : MAX);
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: block.end });
  return out;
}

/**
 * Splits text into passages along paragraphs, joining short paragraphs up to about TARGET characters and
 * cutting long ones at sentence ends, so that each passage can be found, ranked and quoted on its own.
 */
export function splitPassages(text: string): Passage[] {
  const spans = blocks(text).flatMap((b) => pieces(text, b));
  const passages: Passage[] = [];
  let current: { start: number; end: number } | null = null;
  const flush = () => {
    if (!current) return;
    const raw = text.slice(current.start, current.end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body)
      passages.push({
        position: passages.length,
        start: current.start + lead,
        end: current.start + lead + body.length,
        text: body,
      });
    current = null;
  };
  for (const span of spans) {
    if (current && span.end - current.start > TARGET) flush();
    current = current ? { start: current.start, end: span.end } : { ...span };
  }
  flush();
  return passages;
}
