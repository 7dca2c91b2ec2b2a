import { type Codebook, codeLabel } from '../domain/codebook.js';
import { type FieldSpec, OUTCOME_FIELDS, type Outcome } from '../domain/outcome.js';

/** A column of a human-readable export: a canonical field, or an extra kept from the source. */
export interface ExportColumn {
  header: string;
  field?: FieldSpec;
}

/** Every canonical field under its export label, then the extras under their original headers. */
export function exportColumns(extraKeys: string[]): ExportColumn[] {
  return [
    ...OUTCOME_FIELDS.map((field) => ({ header: field.label, field })),
    ...extraKeys.map((header) => ({ header })),
  ];
}

/** A cell as people read it: codebook labels, YES/NO, lists joined with commas; null when empty. */
export function humanValue(
  outcome: Outcome,
  column: ExportColumn,
  codebook: Codebook,
): string | number | boolean | null {
  if (!column.field) return outcome.extra[column.header] ?? null;
  const { key, kind, list } = column.field;
  const value = outcome[key];
  if (value === null || value === undefined) return null;
  if (kind === 'codes')
    return (value as string[]).map((v) => (list ? codeLabel(codebook, list, v) : v)).join(', ') || null;
  if ((kind === 'coded' || kind === 'rating') && list) return codeLabel(codebook, list, value as string);
  return value as string | number | boolean;
}

/** Canonical JSON: every field in the order of BRIEF, and `extra` only when the source had extras. */
export function canonicalJson(outcome: Outcome): Record<string, unknown> {
  const json: Record<string, unknown> = Object.fromEntries(
    OUTCOME_FIELDS.map((f) => [f.key, outcome[f.key]]),
  );
  if (Object.keys(outcome.extra).length > 0) json.extra = outcome.extra;
  return json;
}
