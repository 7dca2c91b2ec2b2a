import ExcelJS from 'exceljs';
import type { GridRow, RawValue } from './table.js';

/** Why a workbook could not be read, phrased for the user. */
export class UnreadableWorkbook extends Error {}

function cellValue(value: ExcelJS.CellValue): RawValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return cellValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  if ('error' in value) return null;
  return String(value);
}

/** Reads the named sheet (or the first) of an XLSX workbook as rows numbered as Excel shows them. */
export async function readXlsxGrid(bytes: Uint8Array, sheet?: string): Promise<GridRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableWorkbook(
      'not a readable XLSX workbook (corrupt, password-protected, or another format renamed .xlsx)',
    );
  }
  const worksheet = sheet ? workbook.getWorksheet(sheet) : workbook.worksheets[0];
  if (!worksheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw new UnreadableWorkbook(
      sheet ? `the workbook has no sheet "${sheet}"; its sheets are ${names}` : 'the workbook has no sheets',
    );
  }
  const rows: GridRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based: index 0 is empty
    rows.push({ line: rowNumber, cells: values.slice(1).map(cellValue) });
  });
  return rows;
}
