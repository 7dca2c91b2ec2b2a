/**
 * Page furniture: the running headers, footers and page numbers a PDF repeats on its pages. They are not the
 * document's text, and left in they split sentences across pages and repeat in every search hit.
 */

/** How many lines at the top and at the bottom of a page can be furniture. */
const EDGE = 3;

const DIGITS = /[\d\u0660-\u0669\u06f0-\u06f9]+/gu;
const NUMBER = '[\\d\\u0660-\\u0669\\u06f0-\\u06f9]{1,4}';
const PAGE_WORD = '(?:page|p\\.|pg\\.?|seite|página|pagina|стр\\.?|страница|с\\.|صفحة|الصفحة)';
const OF_WORD = '(?:of|из|sur|de|von|من|/)';
/** Roman numerals up to 399, as front matter is numbered ("civil" is not one). */
const ROMAN = '^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$';
/** "Page 3 of 12", "- 3 -", "3/12", "Стр. 3", "صفحة ٣", and lone roman numerals. */
const PAGE_NUMBER = new RegExp(
  `^(?:${PAGE_WORD}\\s*)?[-–—]?\\s*${NUMBER}\\s*[-–—]?(?:\\s*${OF_WORD}\\s*${NUMBER})?$|${ROMAN}`,
  'iu',
);

export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line.trim());
}

/**
 * A footer that ends with its page's number in a cell of its own: "AFPCT – Tillabéri · contact@…<tab>Page 1/2",
 * a browser's printed address "https://…<tab>1/2".
 */
const ENDS_WITH_PAGE = new RegExp(
  `(?:\\t|\\s[|·–—]\\s)\\s*(?:${PAGE_WORD}\\s*${NUMBER}(?:\\s*${OF_WORD}\\s*${NUMBER})?|${NUMBER}\\s*${OF_WORD}\\s*${NUMBER})\\s*$`,
  'iu',
);

/** What parts a numbered signature's number from its template. */
const NUMBERED = '\u0000';

const toNumber = (digits: string) =>
  Number(digits.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (d) => String((d.charCodeAt(0) - 0x60) % 0x10)));

/**
 * What makes two edge lines the same running header or footer: the same text, or the same text but for a
 * number that goes up with the page ("Report 2023 – 4" on page 4, "Report 2023 – 5" on page 5).
 */
function signatures(line: string, page: number): string[] {
  // (a numbered signature is marked apart from the text, whose own bars say nothing: "Posts | LinkedIn")
  const text = line.toLowerCase().replace(/\s+/g, ' ').trim();
  const template = text.replace(DIGITS, '#');
  if (template === text) return [text];
  return [text, ...[...text.matchAll(DIGITS)].map((m) => `${toNumber(m[0]) - page}${NUMBERED}${template}`)];
}

function edges<T>(lines: T[]): T[] {
  return lines.length <= 2 * EDGE ? lines : [...lines.slice(0, EDGE), ...lines.slice(-EDGE)];
}

/**
 * Drops the lines at the top and bottom of pages that are page numbers, or that repeat (see `signatures`) at
 * the edges of at least half the pages, and two at least. Only runs of such lines from the edge inward go, so text that happens to
 * repeat inside a page stays.
 */
export function dropFurniture<L extends { text: string }>(
  pages: L[][],
): { pages: L[][]; dropped: number; removed: string[] } {
  const seen = new Map<string, number>();
  pages.forEach((page, p) => {
    for (const signature of new Set(edges(page).flatMap((l) => signatures(l.text, p))))
      seen.set(signature, (seen.get(signature) ?? 0) + 1);
  });
  // A numbered line must repeat on three pages at least: on two, a coincidence is too likely.
  const half = Math.ceil(pages.length / 2);
  const repeated = (s: string) => (seen.get(s) ?? 0) >= Math.max(s.includes(NUMBERED) ? 3 : 2, half);
  const isFurniture = (line: L, p: number) =>
    isPageNumber(line.text) || ENDS_WITH_PAGE.test(line.text) || signatures(line.text, p).some(repeated);
  let dropped = 0;
  const removed = new Set<string>();
  const kept = pages.map((page, p) => {
    let start = 0;
    while (start < Math.min(EDGE, page.length) && isFurniture(page[start] as L, p)) start++;
    let end = page.length;
    while (end > start && page.length - end < EDGE && isFurniture(page[end - 1] as L, p)) end--;
    dropped += page.length - (end - start);
    for (const line of [...page.slice(0, start), ...page.slice(end)]) removed.add(line.text.trim());
    return page.slice(start, end);
  });
  return { pages: kept, dropped, removed: [...removed] };
}

/** "Page 3 of 12", "- 3 -": a page's number on its own line. */
const PAGE_ALONE = new RegExp(
  `^(?:${PAGE_WORD}\\s*${NUMBER}(?:\\s*${OF_WORD}\\s*${NUMBER})?|[-–—]\\s*${NUMBER}\\s*[-–—])$`,
  'iu',
);
/** "WHS Commitments Self-Reporting | Page 2 of 4": a line that ends with its page's number. */
const PAGE_AT_END = new RegExp(
  `(?:(?:^|[|·•–—-]\\s*|\\s{2,})${PAGE_WORD}\\s*${NUMBER}(?:\\s*${OF_WORD}\\s*${NUMBER})?|\\s{2,}${NUMBER}\\s*/\\s*${NUMBER})\\s*$`,
  'iu',
);

/** The parts of a line set apart by bars, dots or wide spaces. */
const MENU_SEPARATOR = /\s+[|·•]\s+|\s{3,}/u;
/** A menu entry: a few words, the first capitalised, no figures ("Qui sommes-nous ?", "Про мережу"). */
const MENU_ENTRY = /^\p{Lu}[^\d|·•]{0,30}$/u;
/** How many lines from either end of a text copied from a web page its menus may stand. */
const MENU_REACH = 5;

/** The names languages give themselves on a page's switch between them ("English | Русский | عربي"). */
const LANGUAGE_NAMES = new Set(
  'english français francais español espanol português portugues русский українська кыргызча қазақша тоҷикӣ oʻzbekcha o‘zbekcha ozbekcha العربية عربي کوردی kurdî türkçe'.split(
    ' ',
  ),
);

/** "Home | Who we are | News | Contact": a web page's menu, four entries or more, or a switch of languages. */
function isMenu(line: string): boolean {
  const entries = line.trim().split(MENU_SEPARATOR);
  if (line.length > 160 || entries.length < 2) return false;
  if (entries.every((e) => LANGUAGE_NAMES.has(e.toLocaleLowerCase()))) return true;
  return entries.length >= 4 && entries.every((e) => MENU_ENTRY.test(e) && e.split(' ').length <= 4);
}

/**
 * Headings as plain text marks them: "Р Е З О Л Ю Ц И Я" spaced out letter by letter, "*TO THE GOVERNMENT*"
 * set in stars for bold or "** Funding news" opened by them (as e-mails do), as the words they are.
 */
export function plainHeadings(text: string): string {
  return text
    .replace(/^([ \t]*)[*_]{1,2}(\S(?:[^*_\n]*\S)?)[*_]{1,2}[ \t]*$/gmu, '$1$2')
    .replace(/^([ \t]*)\*\*[ \t]+(?=\S)/gmu, '$1')
    .replace(
      /^([ \t]*)((?:\p{L} ){3,}\p{L})[ \t]*$/gmu,
      (_line, indent: string, letters: string) => indent + letters.replace(/ /gu, ''),
    );
}

/** How many lines quoted with ">" make a forwarded or replied-to message, rather than one quoted line. */
const QUOTED_LINES = 5;

/**
 * A message quoted in an e-mail ("> " before each of its lines, as a reply or a forward sets it) as the
 * text it quotes: the marks are no part of it.
 */
export function unquoteMail(text: string): string {
  const quoted = text.match(/^>/gmu)?.length ?? 0;
  return quoted >= QUOTED_LINES ? text.replace(/^(?:>[ \t]?)+/gmu, '') : text;
}

/**
 * A text copied from a PDF or a web page keeps the furniture without the pages: lines that are page numbers
 * ("Page 3 of 12", "- 3 -"), lines ending with one whose words repeat on other lines ("Report 2023 | Page 2
 * of 4"), and a web page's menus at its top or bottom are dropped.
 */
export function dropPastedFurniture(text: string): string {
  const lines = text.split('\n');
  const filled = lines.flatMap((line, i) => (line.trim() ? [i] : []));
  const edges = new Set([...filled.slice(0, MENU_REACH), ...filled.slice(-MENU_REACH)]);
  const template = (line: string) => line.toLowerCase().replace(DIGITS, '#').replace(/\s+/g, ' ').trim();
  const counts = new Map<string, number>();
  for (const line of lines)
    if (PAGE_AT_END.test(line)) counts.set(template(line), (counts.get(template(line)) ?? 0) + 1);
  // a bare number may be a year or a count on a line of its own: only a word or dashes make one a page's;
  // a running header repeats, or opens the text ("ReBPE – Fiches INSPIRE 2024      p. 1/2")
  const first = lines.findIndex((line) => line.trim());
  const furniture = (line: string, i: number) =>
    PAGE_ALONE.test(line.trim()) ||
    (PAGE_AT_END.test(line) && ((counts.get(template(line)) ?? 0) >= 2 || i === first));
  const kept = lines.filter((line, i) => !furniture(line, i) && !(edges.has(i) && isMenu(line)));
  return kept.length === lines.length ? text : kept.join('\n');
}
