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
