import { looksLikeKeyValue } from '../keyvalue.js';
import { dropPastedFurniture } from './furniture.js';
import { markdownText } from './markdown.js';
import { normaliseText } from './normalise.js';
import { decodeDocument, type ReadText } from './read.js';

/** A `title:` in Markdown front matter (`---` lines at the very start), which is the title the file declares. */
function frontMatterTitle(text: string): string | null {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(text.slice(0, 4096))?.[1];
  const title = block && /^title:\s*(.+)$/m.exec(block)?.[1];
  return title ? title.trim().replace(/^(["'])(.*)\1$/, '$2') || null : null;
}

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;

const PIPE_ROW = /^[ \t]*\|(.*)\|[ \t]*$/;
const PIPE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;

/**
 * Tables drawn with pipes in plain text ("| 1 | Нормы и ценности | 6 |") as the tab-separated rows other
 * tables are read as: the rules under headers dropped, and a row with an empty first cell, a cell wrapped
 * onto the next line, joined to the row above.
 */
function pipeTablesAsTabs(text: string): string {
  if (!text.includes('|')) return text;
  const out: string[] = [];
  let previous: string[] | null = null;
  for (const line of text.split('\n')) {
    const row = PIPE_ROW.exec(line);
    if (!row) {
      if (previous) out.push(previous.join('\t'));
      previous = null;
      out.push(line);
      continue;
    }
    if (PIPE_RULE.test(line)) continue;
    const cells = (row[1] ?? '').split('|').map((c) => c.trim());
    if (previous && cells[0] === '' && cells.length === previous.length)
      previous = previous.map((c, i) => [c, cells[i]].filter(Boolean).join(' '));
    else {
      if (previous) out.push(previous.join('\t'));
      previous = cells;
    }
  }
  if (previous) out.push(previous.join('\t'));
  return out.join('\n');
}

/**
 * Plain text, decoded and normalised; Markdown also read as the text it shows (without its markup and
 * front matter), except outcome records ("**Field**: value" lines), whose markup marks their fields.
 */
export function readPlainText(file: string, bytes: Uint8Array, markdown: boolean): ReadText {
  const { text, encoding } = decodeDocument(file, bytes);
  const normalised = normaliseText(text);
  const shown =
    markdown && !looksLikeKeyValue(normalised)
      ? normaliseText(
          markdownText(normalised.slice(FRONT_MATTER.exec(normalised.slice(0, 4096))?.[0].length ?? 0)),
        )
      : pipeTablesAsTabs(normalised);
  return {
    text: normaliseText(dropPastedFurniture(shown)),
    declaredTitle: markdown ? frontMatterTitle(normalised) : null,
    encoding,
    notes: [],
  };
}
