import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Codebook } from '../domain/codebook.js';
import type { Outcome } from '../domain/outcome.js';
import { CSV_OPTIONS, neutraliseFormula } from '../domain/spreadsheet.js';
import { exportProject, type ProjectExtras } from '../exchange/index.js';
import { canonicalJson, type ExportColumn, exportColumns, humanValue } from './cells.js';

export type ExportFormat = 'jsonl' | 'csv' | 'xlsx' | 'md' | 'qdpx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'xlsx', 'md', 'qdpx'];

export interface ExportInput {
  outcomes: AsyncIterable<Outcome>;
  /** Headers of the extra columns any exported outcome has, so that tables can have them from the start. */
  extraKeys: string[];
  codebook: Codebook;
  /** What a REFI-QDA project (qdpx) carries besides the outcomes: partner documents and who coded. */
  project?: ProjectExtras;
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

function csvCell(value: ReturnType<typeof humanValue>): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'YES' : 'NO';
  return neutraliseFormula(String(value));
}

async function exportCsv(input: ExportInput, out: Writable): Promise<void> {
  const columns = exportColumns(input.extraKeys);
  const line = (cells: string[]) => stringify([cells], CSV_OPTIONS);
  // The BOM tells Excel the file is UTF-8; without it, non-ASCII letters come out garbled.
  await write(out, `\uFEFF${line(columns.map((c) => neutraliseFormula(c.header)))}`);
  for await (const outcome of input.outcomes)
    await write(out, line(columns.map((c) => csvCell(humanValue(outcome, c, input.codebook)))));
}

async function exportJsonl(input: ExportInput, out: Writable): Promise<void> {
  for await (const outcome of input.outcomes) await write(out, `${JSON.stringify(canonicalJson(outcome))}\n`);
}

async function exportMarkdown(input: ExportInput, out: Writable): Promise<void> {
  const columns = exportColumns(input.extraKeys);
  let first = true;
  for await (const outcome of input.outcomes) {
    const lines = columns.map((c) => {
      const value = humanValue(outcome, c, input.codebook);
      const text = value === null ? '' : typeof value === 'boolean' ? (value ? 'YES' : 'NO') : String(value);
      return `**${c.header}**: ${text}`.trimEnd();
    });
    await write(out, `${first ? '' : '\n---\n\n'}${lines.join('\n')}\n`);
    first = false;
  }
}

const WIDE_KINDS = new Set(['text']);

function columnWidth(column: ExportColumn): number {
  if (!column.field) return 24;
  if (column.field.key === 'description' || column.field.key === 'significance') return 60;
  return WIDE_KINDS.has(column.field.kind) ? 36 : 18;
}

async function exportXlsx(input: ExportInput, out: Writable): Promise<void> {
  const columns = exportColumns(input.extraKeys);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('Outcomes', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.header,
    width: columnWidth(c),
    style:
      c.field?.kind === 'year'
        ? { numFmt: '0' }
        : { alignment: { wrapText: WIDE_KINDS.has(c.field?.kind ?? 'text'), vertical: 'top' } },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  for await (const outcome of input.outcomes) {
    sheet.addRow(columns.map((c) => humanValue(outcome, c, input.codebook))).commit();
  }
  sheet.commit();
  await workbook.commit();
}

const EXPORTERS: Record<ExportFormat, (input: ExportInput, out: Writable) => Promise<void>> = {
  jsonl: exportJsonl,
  csv: exportCsv,
  xlsx: exportXlsx,
  md: exportMarkdown,
  qdpx: exportProject,
};

/** Writes outcomes in a format that Tessera reads back to the same outcomes. */
export function exportOutcomes(format: ExportFormat, input: ExportInput, out: Writable): Promise<void> {
  return EXPORTERS[format](input, out);
}
