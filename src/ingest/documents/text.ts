import { looksLikeKeyValue } from '../keyvalue.js';
import { dropPastedFurniture, plainHeadings, unquoteMail } from './furniture.js';
import { markdownText } from './markdown.js';
import { normaliseText } from './normalise.js';
import { decodeDocument, type ReadText } from './read.js';
import { tablesAsTabs } from './tables.js';

/** A `title:` in Markdown front matter (`---` lines at the very start), which is the title the file declares. */
function frontMatterTitle(text: string): string | null {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(text.slice(0, 4096))?.[1];
  const title = block && /^title:\s*(.+)$/m.exec(block)?.[1];
  return title ? title.trim().replace(/^(["'])(.*)\1$/, '$2') || null : null;
}

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;
/** A Markdown heading of the first level. */
const FIRST_HEADING = /^#[ \t]+\S/m;

/**
 * The title front matter declares, as the first heading of a page that has none of its own ("# …"): a site
 * shows it so.
 */
function withTitleShown(shown: string, source: string, title: string | null): string {
  return title && !FIRST_HEADING.test(source) ? `${title}\n\n${shown}` : shown;
}

/**
 * Plain text, decoded and normalised; Markdown also read as the text it shows (without its markup and
 * front matter), except outcome records ("**Field**: value" lines), whose markup marks their fields.
 */
export function readPlainText(file: string, bytes: Uint8Array, markdown: boolean): ReadText {
  const { text, encoding } = decodeDocument(file, bytes);
  const normalised = normaliseText(text);
  const declaredTitle = markdown ? frontMatterTitle(normalised) : null;
  const body = normalised.slice(FRONT_MATTER.exec(normalised.slice(0, 4096))?.[0].length ?? 0);
  const shown =
    markdown && !looksLikeKeyValue(normalised)
      ? withTitleShown(normaliseText(markdownText(body)), body, declaredTitle)
      : unquoteMail(normalised);
  return {
    text: normaliseText(tablesAsTabs(plainHeadings(dropPastedFurniture(shown)))),
    declaredTitle,
    encoding,
    notes: [],
  };
}
