import { normaliseText } from './normalise.js';
import { decodeDocument, type ReadText } from './read.js';

/** A `title:` in Markdown front matter (`---` lines at the very start), which is the title the file declares. */
function frontMatterTitle(text: string): string | null {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(text.slice(0, 4096))?.[1];
  const title = block && /^title:\s*(.+)$/m.exec(block)?.[1];
  return title ? title.trim().replace(/^(["'])(.*)\1$/, '$2') || null : null;
}

/** Plain text and Markdown: decoded and normalised, otherwise read as they are. */
export function readPlainText(file: string, bytes: Uint8Array, markdown: boolean): ReadText {
  const { text, encoding } = decodeDocument(file, bytes);
  const normalised = normaliseText(text);
  return {
    text: normalised,
    declaredTitle: markdown ? frontMatterTitle(normalised) : null,
    encoding,
    notes: [],
  };
}
