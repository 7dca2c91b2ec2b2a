import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Codebook } from '../domain/codebook.js';
import type { Outcome } from '../domain/outcome.js';
import type { Problem } from '../domain/problem.js';
import { TesseraError } from '../errors.js';
import { CsvSyntaxError, readCsvGrid } from './csv.js';
import { decodeText, UndecodableText } from './decode.js';
import { countFieldHeaders, type HeaderMatch, mapHeaders } from './headers.js';
import { readJson } from './json.js';
import { looksLikeKeyValue, readKeyValue } from './keyvalue.js';
import { type RawTable, tableFromGrid } from './table.js';
import { readOutcome } from './values.js';
import { readXlsxGrid, UnreadableWorkbook } from './xlsx.js';

export type { HeaderMatch } from './headers.js';
export { headerKey, matchHeader } from './headers.js';

/** The shapes outcome records arrive in. */
export type RecordFormat = 'key-value' | 'csv' | 'xlsx' | 'json' | 'jsonl';

/** An outcome read from a file, with the line or row where its record starts. */
export interface ReadOutcome {
  line: number;
  outcome: Outcome;
}

/** Everything read from one file: how its headers were mapped, its outcomes, and its problems. */
export interface OutcomeFile {
  file: string;
  format: RecordFormat;
  encoding?: string;
  unit: 'line' | 'row';
  headers: HeaderMatch[];
  outcomes: ReadOutcome[];
  /** Records that could not be read; the file is rejected whole unless the user skips invalid records. */
  problems: Problem[];
}

/** A file in a folder that holds no outcome records (a partner document, an image ...). */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface ReadOptions {
  codebook: Codebook;
  /** Sheet of an XLSX workbook; the first when not given. */
  sheet?: string;
  /**
   * Records give some fields of outcomes already stored (a coder's sheet: ids and codes), so they need
   * an id and no description.
   */
  partial?: boolean;
}

const FORMATS: Record<string, RecordFormat> = {
  '.md': 'key-value',
  '.markdown': 'key-value',
  '.txt': 'key-value',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** Files larger than this are refused before reading, so a stray dump cannot exhaust memory. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** The format of a file from its name, or undefined when Tessera does not read outcome records from it. */
export function recordFormat(file: string): RecordFormat | undefined {
  return FORMATS[extname(file).toLowerCase()];
}

/** Expands folders (recursively, skipping hidden entries) into the files to read, in a stable order. */
export async function listInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new TesseraError('input-not-found', `${path}: no such file or folder`);
    });
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const entries = (await readdir(path, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
    entries.sort((a, b) => a.name.localeCompare(b.name));
    files.push(...(await listInputs(entries.map((e) => join(path, e.name)))));
  }
  return files;
}

function fileProblem(file: string, reason: string, line: number | null = null): Problem {
  return { file, line, field: null, reason };
}

async function readTable(
  file: string,
  format: RecordFormat,
  bytes: Uint8Array,
  sheet?: string,
): Promise<RawTable | SkippedFile> {
  if (format === 'xlsx')
    return tableFromGrid(file, 'row', await readXlsxGrid(bytes, sheet), countFieldHeaders);
  const { text } = decodeText(bytes);
  if (text.trim() === '')
    return {
      unit: 'line',
      headerLine: null,
      columns: [],
      records: [],
      problems: [fileProblem(file, 'the file is empty')],
    };
  switch (format) {
    case 'key-value': {
      // Bold labels are common in reports too: only a description field makes them outcome records.
      const table = looksLikeKeyValue(text) ? readKeyValue(text) : null;
      return table && mapHeaders(table.columns).some((h) => h.field === 'description')
        ? table
        : { file, reason: 'not outcome records (no **Field**: value lines with an outcome description)' };
    }
    case 'csv':
      return tableFromGrid(file, 'line', readCsvGrid(text), countFieldHeaders);
    default:
      return readJson(file, text, format === 'jsonl');
  }
}

/** Headers that say the same field twice, or the same extra column twice, make every row ambiguous. */
function headerProblems(
  file: string,
  table: RawTable,
  headers: HeaderMatch[],
  sheetHint: boolean,
  partial: boolean,
): Problem[] {
  const problems: Problem[] = [];
  const claimed = new Map<string, HeaderMatch>();
  for (const h of headers) {
    const key = h.field ?? `extra:${h.header.trim().toLowerCase()}`;
    const first = claimed.get(key);
    if (first) {
      const what = h.field ? `both mean the field ${h.field}` : 'have the same name';
      problems.push(
        fileProblem(
          file,
          `columns ${first.column + 1} "${first.header}" and ${h.column + 1} "${h.header}" ${what}; rename or remove one`,
          table.headerLine,
        ),
      );
    } else claimed.set(key, h);
  }
  if (!partial && !headers.some((h) => h.field === 'description')) {
    const found = headers.map((h) => `"${h.header}"`).join(', ') || 'none';
    problems.push(
      fileProblem(
        file,
        `no column holds the outcome description (headers found: ${found}); name one "Outcome description" or "Description"${sheetHint ? ', or choose the sheet with --sheet NAME' : ''}`,
      ),
    );
  }
  return problems;
}

function recordProblems(file: string, table: RawTable, headers: HeaderMatch[], options: ReadOptions) {
  const outcomes: ReadOutcome[] = [];
  const problems: Problem[] = [];
  const firstLine = new Map<string, number>();
  for (const record of table.records) {
    const { outcome, problems: found } = readOutcome(
      record.cells,
      headers,
      options.codebook,
      options.partial,
    );
    for (const p of found) problems.push({ file, line: record.line, field: p.field, reason: p.reason });
    if (!outcome) continue;
    const earlier = firstLine.get(outcome.id);
    if (earlier !== undefined) {
      problems.push({
        file,
        line: record.line,
        field: 'id',
        reason: `the id ${outcome.id} is already used by the record at ${table.unit} ${earlier}; ids must be unique within a file`,
      });
      continue;
    }
    firstLine.set(outcome.id, record.line);
    outcomes.push({ line: record.line, outcome });
  }
  return { outcomes, problems };
}

/**
 * Reads one file of outcome records in any supported shape. Never throws for bad content: every problem
 * is returned with its file, line and field. Returns a SkippedFile for text that holds no records.
 */
export async function readOutcomeFile(
  file: string,
  options: ReadOptions,
): Promise<OutcomeFile | SkippedFile> {
  const format = recordFormat(file);
  if (!format)
    return {
      file,
      reason: `${extname(file) || 'a file without extension'} is not a format Tessera reads outcome records from`,
    };
  const base: OutcomeFile = {
    file,
    format,
    unit: format === 'xlsx' ? 'row' : 'line',
    headers: [],
    outcomes: [],
    problems: [],
  };
  const size = (await stat(file)).size;
  if (size > MAX_FILE_BYTES)
    return {
      ...base,
      problems: [
        fileProblem(
          file,
          `the file is ${Math.round(size / 2 ** 20)} MiB; split it into files under ${MAX_FILE_BYTES / 2 ** 20} MiB`,
        ),
      ],
    };
  let table: RawTable | SkippedFile;
  try {
    table = await readTable(file, format, await readFile(file), options.sheet);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return { ...base, problems: [fileProblem(file, error.message, error.line)] };
    if (error instanceof UndecodableText || error instanceof UnreadableWorkbook)
      return { ...base, problems: [fileProblem(file, error.message)] };
    throw error;
  }
  if ('reason' in table) return table;
  const headers = mapHeaders(table.columns);
  const result = { ...base, unit: table.unit, headers };
  if (table.problems.length > 0 && table.records.length === 0) return { ...result, problems: table.problems };
  const structural = headerProblems(
    file,
    table,
    headers,
    format === 'xlsx' && !options.sheet,
    options.partial ?? false,
  );
  if (structural.length > 0) return { ...result, problems: structural };
  const { outcomes, problems } = recordProblems(file, table, headers, options);
  if (table.records.length === 0)
    problems.push(fileProblem(file, 'the file has a header but no outcome records'));
  return { ...result, outcomes, problems: [...table.problems, ...problems] };
}
