/**
 * One thing wrong with an input: where it is (file, line or spreadsheet row, field) and what is expected.
 * Importers collect every problem of a file rather than stopping at the first.
 */
export interface Problem {
  file: string;
  /** Line in a text file, row in a spreadsheet; null when the problem is with the whole file. */
  line: number | null;
  field: string | null;
  reason: string;
}

/** "outcomes.csv line 12, field description: ..." */
export function describeProblem(p: Problem, unit = 'line'): string {
  const where = [
    p.file,
    p.line === null ? null : `${unit} ${p.line}`,
    p.field === null ? null : `field ${p.field}`,
  ];
  return `${where.filter(Boolean).join(', ')}: ${p.reason}`;
}
