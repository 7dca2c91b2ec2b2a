import type { Problem } from '../domain/problem.js';

/** A cell as a reader found it, before it is read as an outcome field. */
export type RawValue = string | number | boolean | Date | string[] | null | undefined;

/** One column of an input: its header as written, and whether the reader already knows it is an extra. */
export interface RawColumn {
  name: string;
  /** Set by readers of canonical JSON for the entries of its `extra` object. */
  extra?: boolean;
}

/** One record with the line (or spreadsheet row) where it starts. */
export interface RawRecord {
  line: number;
  cells: RawValue[];
}

/** What every reader returns: columns and records aligned with them, or the problems that stopped it. */
export interface RawTable {
  /** Whether positions are text lines or spreadsheet rows. */
  unit: 'line' | 'row';
  /** Line or row of the header, for grids; null where each record names its own fields. */
  headerLine: number | null;
  columns: RawColumn[];
  records: RawRecord[];
  problems: Problem[];
}

/** A row of a grid (CSV or spreadsheet) with its line or row number. */
export interface GridRow {
  line: number;
  cells: RawValue[];
}

function isBlank(value: RawValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Builds a table from grid rows whose header row may sit below title rows: the header is the first of the
 * leading rows on which `scoreHeader` counts the most known field names.
 */
export function tableFromGrid(
  file: string,
  unit: 'line' | 'row',
  rows: GridRow[],
  scoreHeader: (names: string[]) => number,
): RawTable {
  const filled = rows.filter((r) => r.cells.some((c) => !isBlank(c)));
  const headerIndex = findHeaderRow(filled, scoreHeader);
  const header = filled[headerIndex];
  if (!header)
    return {
      unit,
      headerLine: null,
      columns: [],
      records: [],
      problems: [{ file, line: null, field: null, reason: 'the file has no rows' }],
    };
  const width = lastFilled(header.cells) + 1;
  const columns = header.cells
    .slice(0, width)
    .map((c, i) => ({ name: isBlank(c) ? `Column ${i + 1}` : String(c).trim() }));
  const problems: Problem[] = [];
  const records: RawRecord[] = [];
  for (const row of filled.slice(headerIndex + 1)) {
    const overflow = row.cells.slice(width).some((c) => !isBlank(c));
    if (overflow) {
      problems.push({
        file,
        line: row.line,
        field: null,
        reason: `the ${unit} has ${lastFilled(row.cells) + 1} cells but the header has ${width}; check for an unquoted separator in a cell`,
      });
      continue;
    }
    records.push({ line: row.line, cells: row.cells.slice(0, width) });
  }
  return { unit, headerLine: header.line, columns, records, problems };
}

function lastFilled(cells: RawValue[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (!isBlank(cells[i])) return i;
  return -1;
}

const HEADER_SEARCH_ROWS = 20;

function findHeaderRow(rows: GridRow[], scoreHeader: (names: string[]) => number): number {
  let best = 0;
  let bestScore = 0;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
    const score = scoreHeader(row.cells.map((c) => (isBlank(c) ? '' : String(c))));
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}
