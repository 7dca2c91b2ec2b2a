import { CsvError, parse } from 'csv-parse/sync';
import { restoreFormula } from '../domain/spreadsheet.js';
import type { GridRow } from './table.js';

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The separator that splits the first line into the most cells, counting outside quotes only. Lines
 * without any separator (a bare title above the header) are passed over.
 */
export function detectDelimiter(text: string): string {
  const firstLines = text.slice(0, 8192);
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of firstLines) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n' && [...counts.values()].some((n) => n > 0)) break;
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

/** Line of the quote that opens a cell and is never closed: csv-parse reports only where the file ends. */
function unclosedQuoteLine(text: string, delimiter: string): number | undefined {
  let quoted = false;
  let opened = -1;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    if (quoted) quoted = false;
    else {
      quoted = true;
      const before = text[i - 1];
      if (i === 0 || before === delimiter || before === '\n') opened = i;
    }
  }
  return quoted && opened >= 0 ? text.slice(0, opened).split('\n').length : undefined;
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
  const delimiter = detectDelimiter(normalised);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(normalised, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const opened =
        error.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(normalised, delimiter) : undefined;
      const line = opened ?? (error as CsvError & { lines?: number }).lines ?? 0;
      throw new CsvSyntaxError(line, explain(error));
    }
    throw error;
  }
  return records.map(({ record, info }) => {
    const innerBreaks = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    return { line: info.lines - innerBreaks, cells: record.map(restoreFormula) };
  });
}
