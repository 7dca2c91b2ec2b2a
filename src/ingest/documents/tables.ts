/**
 * Tables that plain text draws, read as the tab-separated rows other tables are read as: with pipes
 * ("| 1 | Нормы и ценности | 6 |", or only between cells), or in columns aligned with spaces, as a PDF
 * copied to text gives them.
 * A cell wrapped onto the next line is joined to its row.
 */

/** A row with the lines of its cells that a wrap carried to the next line added to each cell. */
function joined(row: string[], more: string[]): string[] {
  return row.map((c, i) => [c, more[i]].filter(Boolean).join(' '));
}

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
    if (previous && cells[0] === '' && cells.length === previous.length) previous = joined(previous, cells);
    else {
      if (previous) out.push(previous.join('\t'));
      previous = cells;
    }
  }
  if (previous) out.push(previous.join('\t'));
  return out.join('\n');
}

/** A run of three spaces or more: what sets columns apart in a table laid out with spaces. */
const COLUMN_GAP = / {3,}/g;

interface Chunk {
  start: number;
  text: string;
}

function chunksOf(line: string): Chunk[] {
  const chunks: Chunk[] = [];
  let from = 0;
  for (const gap of [...line.matchAll(COLUMN_GAP), { index: line.length, 0: '' }]) {
    const text = line.slice(from, gap.index);
    if (text.trim())
      chunks.push({ start: from + (text.length - text.trimStart().length), text: text.trim() });
    from = gap.index + gap[0].length;
  }
  return chunks;
}

/** How far in a header's first cell starts when the column of the rows' labels has no heading. */
const STUB_INDENT = 8;

/**
 * "Commitment      Commitment Type   Core Responsibility": a header of short cells set apart by gaps; over a
 * column of the rows' labels without a heading ("                Eráti     Memba     Total"), that column too.
 */
function headerColumns(line: string): number[] | null {
  const chunks = chunksOf(line);
  const short = chunks.every(
    (c) => c.text.split(' ').length <= 4 && /^\p{Lu}/u.test(c.text) && !/\d/u.test(c.text),
  );
  if (chunks.length < 2 || !short) return null;
  const starts = chunks.map((c) => c.start);
  return (starts[0] ?? 0) >= STUB_INDENT ? [0, ...starts] : starts;
}

const NUMBER_CELL = /^[\d\s.,%]+$/u;

/** A row of a label and numbers in every other column: a figure's row, none wrapped from the row above. */
function isNumbersRow(cells: string[]): boolean {
  return cells.length > 1 && cells.slice(1).every((c) => NUMBER_CELL.test(c));
}

/** The row's cells, each chunk in the column it starts under (a column may start a little early or late). */
function cellsUnder(columns: number[], chunks: Chunk[]): string[] {
  const cells = columns.map(() => '');
  for (const c of chunks) {
    let at = 0;
    while (at + 1 < columns.length && c.start >= (columns[at + 1] ?? 0) - 2) at++;
    cells[at] = cells[at] ? `${cells[at]} ${c.text}` : c.text;
  }
  return cells;
}

const ROW_END = /[.;!?]$/u;

/** "-------": a rule drawn under a table's header or between its rows. */
const TABLE_RULE = /^[ \t]*[-=_─━]{5,}[ \t]*$/u;

/**
 * A table laid out in columns of spaces under a header: each row whose first cell opens a new entry (the
 * one before it ended, or a rule drawn under it), the lines under it that go on with its cells joined to it;
 * the table ends at a line of one cell after a finished row. Rules drawn under the header and between rows
 * are left out.
 */
function alignedTablesAsTabs(text: string): string {
  if (!text.includes('   ')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const columns = headerColumns(line);
    let first = i + 1;
    while (columns && TABLE_RULE.test(lines[first] ?? '')) first++;
    const next = chunksOf(lines[first] ?? '');
    // the row under the header starts its cells where the header's do, or ends its numbers where they end
    const ends = chunksOf(line).map((c) => c.start + c.text.length);
    const aligned = next.every(
      (c) =>
        columns?.some((at) => Math.abs(c.start - at) <= 2) ||
        (NUMBER_CELL.test(c.text) && ends.some((at) => Math.abs(c.start + c.text.length - at) <= 2)),
    );
    if (!columns || next.length < 2 || !aligned) {
      out.push(line);
      continue;
    }
    const rows: string[][] = [];
    let ruled = false;
    let j = first;
    for (; j < lines.length; j++) {
      if (TABLE_RULE.test(lines[j] ?? '')) {
        ruled = true;
        continue;
      }
      const chunks = chunksOf(lines[j] ?? '');
      const last = rows[rows.length - 1];
      const open = last !== undefined && !ruled && !ROW_END.test(last[0] ?? '');
      if (chunks.length === 0 || (chunks.length === 1 && !open)) break;
      const cells = cellsUnder(columns, chunks);
      // (a row of numbers under another is a row of its own: "   of which GBV incidents   31   22   53")
      const wrapped = open && !(isNumbersRow(last) && isNumbersRow(cells));
      if (last && (wrapped || (!ruled && !cells[0]))) rows[rows.length - 1] = joined(last, cells);
      else rows.push(cells);
      ruled = false;
    }
    out.push(cellsUnder(columns, chunksOf(line)).join('\t'), ...rows.map((r) => r.join('\t')));
    i = j - 1;
  }
  return out.join('\n');
}

/** "Compromiso | Tipo | Responsabilidad" over rows alike: cells set apart by bars, without bars at the ends. */
const BARRED = /^[ \t]*[^|\n]*\S[ \t]+\|[ \t]+\S/;

function barredTablesAsTabs(text: string): string {
  if (!text.includes(' | ')) return text;
  const lines = text.split('\n');
  // a list's items may set a title apart with a bar ("• Title | Author - Institute"): no table
  const cells = (line: string) =>
    BARRED.test(line) && !/^\s*[•●▪◦*+–—-]\s/u.test(line) ? line.split(/[ \t]+\|[ \t]+/u).length : 0;
  return lines
    .map((line, i) => {
      const n = cells(line);
      // a table is two lines or more of as many cells: a menu or a footer is one line
      const table = n >= 2 && (cells(lines[i - 1] ?? '') === n || cells(lines[i + 1] ?? '') === n);
      return table
        ? line
            .trim()
            .split(/[ \t]+\|[ \t]+/u)
            .join('\t')
        : line;
    })
    .join('\n');
}

export function tablesAsTabs(text: string): string {
  return alignedTablesAsTabs(barredTablesAsTabs(pipeTablesAsTabs(text)));
}
