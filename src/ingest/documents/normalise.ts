/**
 * The one normal form of document text: NFC, Arabic presentation forms (the letter shapes PDFs draw) as
 * plain letters, `\n` line ends, ordinary spaces, no trailing spaces, at most one blank line in a row, a
 * word set in spaced capitals written as one.
 * Joiners and direction marks (ZWNJ, ZWJ, LRM, RLM, isolates) are kept: Arabic and Persian words need them,
 * and right-to-left text stays in logical order as it was written.
 */
const ARABIC_PRESENTATION_FORMS = /[\ufb50-\ufdff\ufe70-\ufefe]+/g;

const SPACED_CAPITALS = /^[ \t]*(?:\p{Lu} ){3,}\p{Lu}[ \t]*$/gmu;

export function normaliseText(text: string): string {
  const flat = text
    .normalize('NFC')
    .replace(ARABIC_PRESENTATION_FORMS, (shape) => shape.normalize('NFKC'))
    .replace(/\r\n?|\f|\v|\u2028|\u2029/g, '\n')
    // Control characters and stray byte-order marks carry no text.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f\ufeff]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    // a heading set in spaced capitals, "Р Е З О Л Ю Ц І Я", is the word it spells
    .replace(SPACED_CAPITALS, (line) => line.replace(/ /g, ''));
  return tidyLines(flat);
}

/**
 * Drops trailing spaces and extra blank lines in one pass. Written as a loop because the regular expressions
 * for it (`/ +$/gm`) backtrack quadratically on a long run of spaces, which a junk file can hold.
 */
function tidyLines(text: string): string {
  const parts: string[] = [];
  let copyFrom = 0;
  let blankRun = 0;
  for (let pos = 0; pos <= text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let trimmed = end;
    while (trimmed > pos && text.charCodeAt(trimmed - 1) === 0x20) trimmed--;
    blankRun = trimmed === pos ? blankRun + 1 : 0;
    if (blankRun >= 2 && end < text.length) {
      parts.push(text.slice(copyFrom, pos));
      copyFrom = end + 1;
    } else if (trimmed < end) {
      parts.push(text.slice(copyFrom, trimmed));
      copyFrom = end;
    }
    pos = end + 1;
  }
  parts.push(text.slice(copyFrom));
  const joined = parts.length === 1 ? text : parts.join('');
  let start = 0;
  while (joined.charCodeAt(start) === 0x0a) start++;
  return joined.slice(start).trimEnd();
}

/** Whether text holds anything but whitespace. */
export function hasText(text: string): boolean {
  return /\S/.test(text);
}
