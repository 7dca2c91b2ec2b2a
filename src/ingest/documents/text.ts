import { parse } from 'yaml';
import { looksLikeKeyValue } from '../keyvalue.js';
import { dropPastedFurniture, plainHeadings, unquoteMail } from './furniture.js';
import { markdownText } from './markdown.js';
import { normaliseText } from './normalise.js';
import { decodeDocument, type ReadText } from './read.js';
import { tablesAsTabs } from './tables.js';

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** What Markdown front matter (`---` lines at the very start) declares: the title and the day. */
interface FrontMatter {
  title: string | null;
  date: string | null;
}

/** The value given under the first of the keys there is, as written. */
function givenUnder(fields: Record<string, unknown>, keys: string[]): string | null {
  const key = Object.keys(fields).find((k) => keys.includes(k.toLocaleLowerCase()));
  const value = key === undefined ? undefined : fields[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() || null : null;
}

function frontMatter(text: string): FrontMatter {
  const block = FRONT_MATTER.exec(text.slice(0, 4096))?.[1];
  let fields: unknown = null;
  try {
    fields = block ? parse(block) : null;
  } catch {
    // (front matter that is no YAML declares nothing)
  }
  if (!fields || typeof fields !== 'object') return { title: null, date: null };
  const record = fields as Record<string, unknown>;
  return {
    title: givenUnder(record, ['title']),
    date: givenUnder(record, ['date', 'published', 'fecha', 'data', 'дата']),
  };
}

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
  const declared = markdown ? frontMatter(normalised) : null;
  const declaredTitle = declared?.title ?? null;
  const body = normalised.slice(FRONT_MATTER.exec(normalised.slice(0, 4096))?.[0].length ?? 0);
  const shown =
    declared && !looksLikeKeyValue(normalised)
      ? withTitleShown(normaliseText(markdownText(body)), body, declaredTitle)
      : unquoteMail(normalised);
  return {
    text: normaliseText(tablesAsTabs(plainHeadings(dropPastedFurniture(shown)))),
    declaredTitle,
    ...(declared?.date ? { declaredDate: declared.date } : {}),
    encoding,
    notes: [],
  };
}
