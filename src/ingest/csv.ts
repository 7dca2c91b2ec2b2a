import { CsvError, parse } from 'csv-parse/sync';
import { restoreFormula } from '../domain/spreadsheet.js';
import type { GridRow } from './table.js';

const DELIMITERS = [',', ';', '\t'] as const;

/** The separator that splits the first line into the most cells, counting outside quotes only. */
export function detectDelimiter(text: string): string {
  const firstLines = text.slice(0, 8192);
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of firstLines) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return [...counts].reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
}

/** A CSV problem at a line, as csv-parse reports it. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

function explain(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell is never closed (the file may be truncated, or a quote is missing)';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote inside a quoted cell is not doubled ("" is one quote inside a cell)';
    default:
      return error.message.replace(/^[^:]*:\s*/, '');
  }
}

/**
 * Splits RFC 4180 text (any line ends, comma, semicolon or tab) into rows numbered by the line where each
 * starts, so that problems point at the line a user sees in their editor.
 */
export function readCsvGrid(text: string): GridRow[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(normalised, {
      delimiter: detectDelimiter(normalised),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 0;
      throw new CsvSyntaxError(line, explain(error));
    }
    throw error;
  }
  return records.map(({ record, info }) => {
    const innerBreaks = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    return { line: info.lines - innerBreaks, cells: record.map(restoreFormula) };
  });
}
