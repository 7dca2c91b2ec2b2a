import { TextDecoder } from 'node:util';
import { type ChildNode, type Element, isTag } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { hasText, normaliseText } from './normalise.js';
import { decodeDocument, type ReadText } from './read.js';

/** Elements that never hold the page's text: code, media, forms, and the page's own chrome. */
const DROPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'picture',
  'img',
  'map',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'dialog',
  'nav',
  'menu',
]);

/**
 * Header, footer and aside are page chrome unless inside an article or section, where they hold its title
 * and date, or a box of its key figures.
 */
const PAGE_CHROME = new Set(['header', 'footer', 'aside']);
const SECTIONING = new Set(['article', 'section', 'main']);

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu']);

/**
 * Class or id words of menus, cookie banners and the like, and of text only screen readers read (a link's
 * "Read more about <the title>"). Kept short: a wrong guess drops real text.
 */
const CHROME_WORD =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|cookies?|sidebar|side|skip-link|visually-?hidden|sr-only|screen-reader-text|element-invisible)(?:$|[\s_-])/i;

/**
 * "Link copied", "Lien copié": the note a site builder (Google Sites) hides beside each heading's button that
 * copies its link, which shows only once the button is pressed.
 */
const LINK_COPIED =
  /^\s*(?:link copied|lien copié|enlace copiado|link copiado|ссылка скопирована|посилання скопійовано|تم نسخ الرابط)\s*$/iu;

/**
 * A chat app's export of a channel (Telegram's "messages.html"): the sender's name and avatar initials beside
 * each message, which the page repeats and which are none of the message.
 */
const CHAT_SENDER = /(?:^|\s)(?:from_name|userpic(?:_wrap)?|initials)(?:$|\s)/;

function isServiceMessage(node: ChildNode | null): boolean {
  const words = node && isTag(node) ? ` ${node.attribs.class ?? ''} ` : '';
  return words.includes(' message ') && words.includes(' service ');
}

/**
 * Such an export's notice of what happened in the channel ("PRRN Updates pinned …", "Channel created"), which
 * it sets as a "message service" like the day separators ("12 October 2026"), and a separator of a day with no
 * post under it: none of the channel's posts.
 */
function isChannelNotice(element: Element): boolean {
  if (!isServiceMessage(element)) return false;
  let next = element.next;
  while (next && !isTag(next)) next = next.next;
  return !/\d/u.test(textOf(element)) || !next || isServiceMessage(next);
}

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'hr',
  'details',
  'summary',
  'caption',
]);
const LINES = new Set(['li', 'dt', 'dd', 'tr']);

/**
 * A post's "updated" time beside its "published" one, as blogs mark both and show the first: the date a
 * reader sees is the publication's.
 */
function isUpdatedBeside(element: Element): boolean {
  const published = (e: Element) => /(?:^|\s)published(?:\s|$)/u.test(e.attribs.class ?? '');
  if (
    element.name !== 'time' ||
    published(element) ||
    !/(?:^|\s)updated(?:\s|$)/u.test(element.attribs.class ?? '')
  )
    return false;
  return (element.parent?.children ?? []).some((c) => isTag(c) && c.name === 'time' && published(c));
}

/**
 * A newsletter's preview text, which mail programs show beside the subject and the e-mail hides from its
 * readers (Mailchimp's "mcnPreviewText": hidden, in letters of size 0), and the preheader above its masthead
 * that links to it on the web ("View this email in your browser").
 */
const PREVIEW_TEXT = /(?:^|\s)(?:mcnPreviewText|preview-?text)(?:\s|$)|preheader/iu;
const HIDDEN_AND_EMPTIED = /display\s*:\s*none/iu;
const SIZED_TO_NOTHING = /(?:font-size|max-height)\s*:\s*0(?:px)?\s*(?:;|$)|opacity\s*:\s*0\s*(?:;|$)/iu;

function isPreviewText({ attribs }: Element): boolean {
  const style = attribs.style ?? '';
  return (
    PREVIEW_TEXT.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`) ||
    (HIDDEN_AND_EMPTIED.test(style) && SIZED_TO_NOTHING.test(style))
  );
}

function isChrome(element: Element, inSection: boolean, kept: WeakSet<Element>): boolean {
  const { name, attribs } = element;
  if (DROPPED.has(name) || (PAGE_CHROME.has(name) && !inSection && !kept.has(element))) return true;
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true' || isPreviewText(element))
    return true;
  if (attribs.role && CHROME_ROLES.has(attribs.role)) return true;
  if (isUpdatedBeside(element)) return true;
  if (CHAT_SENDER.test(attribs.class ?? '') || isChannelNotice(element)) return true;
  return CHROME_WORD.test(attribs.class ?? '') || CHROME_WORD.test(attribs.id ?? '');
}

/**
 * Collects text with the breaks that blocks imply: a blank line between blocks, a line break between list
 * items and table rows, a tab between table cells (so tables come out as tab-separated rows).
 */
class TextSink {
  private readonly parts: string[] = [];
  private pendingBreak = 0;
  private pendingSpace = false;
  private atStart = true;
  /** Inside a table cell, block breaks become spaces so that a row stays on one line. */
  cellDepth = 0;

  text(raw: string, pre: boolean): void {
    const text = pre ? raw : raw.replace(/\s+/g, ' ');
    if (!pre && text === ' ') {
      this.pendingSpace = true;
      return;
    }
    const leading = !pre && text.startsWith(' ');
    const body = pre ? text : text.trim();
    if (body === '') return;
    this.flushBreaks(leading);
    this.parts.push(body);
    this.pendingSpace = !pre && text.endsWith(' ');
  }

  breakLine(strength: 1 | 2): void {
    if (this.cellDepth > 0) this.pendingSpace = true;
    else this.pendingBreak = Math.max(this.pendingBreak, strength);
  }

  /** A `<br>`: a line break, and a blank line where it follows another break, as "<br><br>" shows one. */
  lineBreak(): void {
    this.breakLine(this.pendingBreak > 0 ? 2 : 1);
  }

  /** An element shown as a box without text (a chart's bar, an icon): the text either side does not join. */
  gap(): void {
    this.pendingSpace = true;
  }

  /** A list item's bullet, as a browser shows it, before the item's text. */
  bullet(): void {
    if (this.cellDepth > 0) {
      // a list in a table cell stays on its row, its items apart by bullets ("… Niassa; • Garantir …")
      if (!this.atStart) {
        this.pendingSpace = false;
        this.parts.push(' • ');
        this.atStart = true;
      }
      return;
    }
    this.flushBreaks(false);
    this.parts.push('• ');
    this.atStart = true;
  }

  cell(first: boolean): void {
    if (first) return;
    this.pendingSpace = false;
    this.flushBreaks(false);
    this.parts.push('\t');
    this.atStart = true;
  }

  private flushBreaks(space: boolean): void {
    if (this.pendingBreak > 0 && this.parts.length > 0) {
      this.parts.push(this.pendingBreak === 2 ? '\n\n' : '\n');
      this.atStart = true;
    } else if ((space || this.pendingSpace) && !this.atStart) this.parts.push(' ');
    this.pendingBreak = 0;
    this.pendingSpace = false;
    this.atStart = false;
  }

  result(): string {
    return this.parts.join('');
  }
}

interface Frame {
  node: ChildNode;
  leaving: boolean;
  inSection: boolean;
  pre: boolean;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function nearestTable(element: Element): Element | null {
  for (let node = element.parent; node; node = node.parent)
    if (isTag(node) && node.name === 'table') return node;
  return null;
}

/** What Word's tables put in their cells, besides text: a cell's value is then one paragraph or several. */
const CELL_BLOCKS = new Set(['p', 'div']);

/** The least text of a cell's paragraphs for them to be a post rather than a value ("12" / "(4 new)"). */
const POST_CHARS = 100;

/** A line break right after another, which makes a blank line. */
function isBlankLine(br: Element): boolean {
  let next = br.next;
  while (next && next.type === 'text' && next.data.trim() === '') next = next.next;
  return next !== null && isTag(next) && next.name === 'br';
}

/**
 * A cell that lays out part of a page (a column of posts, a sidebar): it holds a table or a heading, or, in
 * a web page's table without headers, paragraphs of text (a post's title and text beside its date). (A Word
 * table's cell may hold several paragraphs, a testimonial's story: that is a value still.)
 */
function laysOut(cell: Element, fewest: number): boolean {
  let blocks = 0;
  for (const e of elements(cell.children)) {
    if (e.name === 'table' || HEADINGS.has(e.name)) return true;
    if (CELL_BLOCKS.has(e.name) && e.parent === cell) blocks++;
    // (an old site's paragraphs, set apart by two line breaks: "title<br><br>text")
    if (e.name === 'br' && isBlankLine(e)) blocks++;
  }
  return blocks >= fewest && textOf(cell).trim().length >= POST_CHARS;
}

/**
 * The cells of tables that lay out a page, as old sites and e-mails do, rather than hold data: each is read
 * as a block of its own, not as one cell of a row.
 */
function layoutCells(roots: ChildNode[], fromWord: boolean): WeakSet<Element> {
  const cells = new WeakSet<Element>();
  for (const table of elements(roots)) {
    if (table.name !== 'table') continue;
    const own = [...elements(table.children)].filter(
      (e) => (e.name === 'td' || e.name === 'th') && nearestTable(e) === table,
    );
    const headed = own.some((cell) => cell.name === 'th');
    // (a Word table's cell holds its value in paragraphs, two of them a value still; a story under a name
    // and a headline, three, is a block of text)
    const fewest = headed ? Number.POSITIVE_INFINITY : fromWord ? 3 : 2;
    // (a page's layout table lays out all its cells; a Word table, row by row: it may hold a section's
    // narrative in one wide row and its commitments in the others)
    const rowOf = (cell: Element) => (fromWord ? cell.parent : table);
    const rows = new Map<unknown, Element[]>();
    for (const cell of own) {
      const row = rows.get(rowOf(cell));
      if (row) row.push(cell);
      else rows.set(rowOf(cell), [cell]);
    }
    for (const row of rows.values())
      if (row.some((cell) => laysOut(cell, fewest))) for (const cell of row) cells.add(cell);
  }
  return cells;
}

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
/** The longest a post's relative or yearless date runs ("3 d", "hace 2 h", "20 de febrero"). */
const SHORT_DATE = 24;

/**
 * The full date a feed gives in an attribute behind the short one it shows ("3 d" with the title "sábado, 15
 * de marzo de 2025 a las 10:32", `<time datetime="2025-03-15">`), or null: a reader hovering sees it.
 */
function fullDate(element: Element): string | null {
  const full = element.attribs.title ?? (element.name === 'time' ? element.attribs.datetime : undefined);
  // (a date has its day besides its year: "Fundada en 2009" over "16 años" is none)
  if (!full || full.length > 80 || !YEAR.test(full) || !/(?<!\d)\d{1,2}(?!\d)/u.test(full.replace(YEAR, '')))
    return null;
  const shown = textOf(element).trim();
  return shown.length <= SHORT_DATE && /\d/u.test(shown) && !YEAR.test(shown) ? full.trim() : null;
}

/** Walks the tree without recursion, so that absurdly deep nesting cannot overflow the stack. */
function render(roots: ChildNode[], sink: TextSink, kept = new WeakSet<Element>(), fromWord = false): void {
  const layout = layoutCells(roots, fromWord);
  const stack: Frame[] = roots
    .map((node) => ({ node, leaving: false, inSection: false, pre: false }))
    .reverse();
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { node, inSection, pre } = frame;
    if (node.type === 'text') {
      if (!LINK_COPIED.test(node.data)) sink.text(node.data, pre);
      continue;
    }
    if (!isTag(node)) continue;
    const name = node.name;
    const cell = (name === 'td' || name === 'th') && !layout.has(node);
    if (frame.leaving) {
      if (cell) sink.cellDepth--;
      else if (BLOCKS.has(name) || name === 'table') sink.breakLine(2);
      else if (LINES.has(name)) sink.breakLine(1);
      continue;
    }
    // a Word form's tick box, as the converter gives it, as the box it shows
    if (fromWord && name === 'input' && node.attribs.type === 'checkbox') {
      sink.text(node.attribs.checked === undefined ? '☐ ' : '☒ ', false);
      continue;
    }
    if (isChrome(node, inSection, kept)) continue;
    if (name === 'br') {
      sink.lineBreak();
      continue;
    }

    const date = fullDate(node);
    if (date) {
      sink.text(date, false);
      continue;
    }
    if (cell) {
      sink.cell(!DomUtils.prevElementSibling(node));
      sink.cellDepth++;
    } else if (BLOCKS.has(name) || name === 'table' || name === 'td' || name === 'th') sink.breakLine(2);
    else if (LINES.has(name)) sink.breakLine(1);
    if (name === 'li') sink.bullet();
    // (a date's parts in elements of their own, "<span>27</span><span>дек</span><span>2024</span>", stand
    // apart, as the page sets them one above the other)
    else if (!showsText(node) || (node.parent as Element | null)?.name === 'time' || datePartAfter(node))
      sink.gap();
    stack.push({ ...frame, leaving: true });
    const child = { inSection: inSection || SECTIONING.has(name), pre: pre || name === 'pre' };
    for (let i = node.children.length - 1; i >= 0; i--) {
      const c = node.children[i];
      if (c) stack.push({ node: c, leaving: false, ...child });
    }
  }
}

const INLINE = new Set(['span', 'b', 'strong', 'i', 'em', 'small', 'time', 'a']);

/** A number's and a word's elements side by side, without a space: "27" then "дек", "дек" then "2024". */
function datePartAfter(node: Element): boolean {
  const before = node.prev;
  if (!before || !isTag(before) || !INLINE.has(node.name) || !INLINE.has(before.name)) return false;
  const [last, first] = [textOf(before).trim().slice(-1), textOf(node).trim().charAt(0)];
  return (/\d/u.test(last) && /\p{L}/u.test(first)) || (/[\p{L}.]/u.test(last) && /\d/u.test(first));
}

/** Whether any text stands below an element (the search stops at the first). */
function showsText(element: Element): boolean {
  const stack: ChildNode[] = [...element.children];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text' && node.data.trim() !== '') return true;
    if (isTag(node)) stack.push(...node.children);
  }
  return false;
}

/** Elements below `roots` in document order, walked without recursion (domutils recurses). */
function* elements(roots: ChildNode[]): Generator<Element> {
  const stack = [...roots].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isTag(node)) continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode);
  }
}

function insideAny(element: Element, ancestors: Element[]): boolean {
  for (let node = element.parent; node; node = node.parent)
    if (ancestors.includes(node as Element)) return true;
  return false;
}

function textOf(element: Element): string {
  const parts: string[] = [];
  const stack: ChildNode[] = [element];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text') parts.push(node.data);
    else if (isTag(node))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode);
  }
  return parts.join('');
}

/**
 * Cuts data: URIs of inlined images and fonts (often megabytes) before parsing. A scan rather than a regular
 * expression, which overflows its backtracking stack on a match of millions of characters.
 */
function dropDataUris(html: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let at = html.indexOf('data:', from); at >= 0; at = html.indexOf('data:', from)) {
    let end = at + 5;
    while (end < html.length && !' \t\n\r"\'()<>'.includes(html.charAt(end))) end++;
    parts.push(html.slice(from, at + 5), end - at > 256 ? ',' : html.slice(at + 5, end));
    from = end;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/** The main content of an HTML page as plain text: the <main> element when it has text, else the body. */
/** A page's footer: its `<footer>`, or what says it is one by its role, class or id. */
function isFooter(element: Element): boolean {
  const { name, attribs } = element;
  return (
    name === 'footer' ||
    attribs.role === 'contentinfo' ||
    /footer/iu.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`)
  );
}

/**
 * A page's header that holds its only top heading holds the document's title (and often its date), not the
 * site's chrome: a report or factsheet saved as a page heads itself so.
 */
function titleHeaders(roots: ChildNode[]): WeakSet<Element> {
  const kept = new WeakSet<Element>();
  const h1s = [...elements(roots)].filter((e) => e.name === 'h1');
  const [h1] = h1s;
  if (h1s.length !== 1 || !h1) return kept;
  for (let node = h1.parent; node; node = node.parent)
    if (isTag(node) && node.name === 'header') kept.add(node);
  return kept;
}

export function htmlToText(
  html: string,
  fromWord = false,
): { text: string; title: string | null; footer: string } {
  const document = parseDocument(dropDataUris(html));
  let title = '';
  let body: Element | undefined;
  const mains: Element[] = [];
  for (const element of elements(document.children)) {
    if (element.name === 'title' && !title) title = textOf(element).replace(/\s+/g, ' ').trim();
    else if (element.name === 'body') body ??= element;
    else if (element.name === 'main' || element.attribs.role === 'main') {
      if (!insideAny(element, mains) && hasText(textOf(element))) mains.push(element);
    }
  }
  const roots = mains.length > 0 ? mains : body ? body.children : document.children;
  const sink = new TextSink();
  render(roots, sink, titleHeaders(roots), fromWord);
  // the footer is left out of the text, but kept aside: pages give their contacts there
  const footers = [...elements(document.children)].filter(isFooter);
  const outermost = footers.filter((f) => !insideAny(f, footers));
  const footerSink = new TextSink();
  for (const f of outermost) {
    render(f.children, footerSink);
    footerSink.breakLine(2);
  }
  const footer = normaliseText(footerSink.result());
  return { text: normaliseText(sink.result()), title: title || null, footer };
}

/** The charset a page declares in its first bytes (`<meta charset>` or the http-equiv form), if any. */
function declaredCharset(bytes: Uint8Array): TextDecoder | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/**
 * Reads an HTML page. A declared legacy charset (KOI8-R, Windows-1256 ...) is honoured; otherwise, and for
 * the UTF and Western charsets, the bytes are decoded as other text files are (BOM, UTF-8, 1251 or 1252).
 */
export function readHtml(file: string, bytes: Uint8Array): ReadText {
  const declared = declaredCharset(bytes);
  const generic = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const decoded =
    declared && !generic.includes(declared.encoding) && !hasBom
      ? { text: declared.decode(bytes), encoding: declared.encoding }
      : decodeDocument(file, bytes);
  const { text, title, footer } = htmlToText(decoded.text);
  return {
    text,
    declaredTitle: title,
    encoding: decoded.encoding,
    notes: [],
    ...(footer ? { furniture: footer } : {}),
  };
}
