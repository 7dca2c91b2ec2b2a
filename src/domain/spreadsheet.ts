/** Spreadsheets run a cell that starts with one of these as a formula: an opening for injected commands. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a cell that a spreadsheet would run as a formula plain text, by a leading apostrophe. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes neutraliseFormula when Tessera reads its own export back. */
export function restoreFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * CSV as Excel and LibreOffice read it: CRLF between rows, and any cell with a line break quoted (the
 * writer would otherwise quote only cells holding the CRLF row separator itself).
 */
export const CSV_OPTIONS = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;
