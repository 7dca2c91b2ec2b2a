/**
 * How an outcome maps onto a REFI-QDA project, both ways (docs/decisions.md, "Exchange"): its text fields
 * make the plain text of a text source, each under its label as a heading; its coded fields are codes in a
 * group per codebook list, coded on the description; its other fields are variables of a case.
 */
import { type Codebook, codeLabel } from '../domain/codebook.js';
import type { CodedField, CodedFieldSpec } from '../domain/coding.js';
import { FIELD_BY_KEY, type FieldSpec, type Outcome, type OutcomeField } from '../domain/outcome.js';
import { codePointLength, guidOf, type VariableType } from './refi-qda/project.js';

/** The text fields that make an outcome's plain text, in this order. */
export const TEXT_SECTIONS: readonly OutcomeField[] = [
  'description',
  'significance',
  'contributionProgramme',
  'contributionOthers',
  'additionalInfo',
  'evidence',
  'storyFragment',
];

/** The fields that become variables of the outcome's case, with the extras after them. */
const VARIABLE_FIELDS: readonly OutcomeField[] = [
  'status',
  'harvest',
  'country',
  'year',
  'ratingSignificance',
  'ratingContribution',
  'unintended',
  'negative',
  'confidential',
  'resultsFramework',
  'objectives',
];

/** The variable that marks a text source as an item of a partner document. */
export const DOCUMENT_KIND = 'Document kind';

export function labelOf(field: OutcomeField): string {
  return (FIELD_BY_KEY.get(field) as FieldSpec).label;
}

export const outcomeGuid = (id: string) => guidOf('outcome', id);
export const caseGuid = (id: string) => guidOf('case', id);
export const groupGuid = (field: CodedField) => guidOf('group', field);
export const codeGuid = (field: CodedFieldSpec, id: string) => guidOf('code', field.list, id);
/** A coded value that is not a code of the codebook, kept as the outcome gives it. */
export const valueGuid = (field: CodedFieldSpec, value: string) => guidOf('value', field.list, value);
export const variableGuid = (name: string) => guidOf('variable', name);
export const userGuid = (name: string) => guidOf('user', name);

/** An outcome's plain text, and where its description sits in it (code points, end exclusive). */
export function outcomeText(outcome: Outcome): { text: string; start: number; end: number } {
  const sections = TEXT_SECTIONS.flatMap((field) => {
    const value = outcome[field];
    return typeof value === 'string' && value !== '' ? [`${labelOf(field)}\n${value}`] : [];
  });
  const start = codePointLength(`${labelOf('description')}\n`);
  return { text: sections.join('\n\n'), start, end: start + codePointLength(outcome.description) };
}

/**
 * The text fields of a plain text in the layout outcomeText writes, or null when the text is not in it.
 * Headings are looked for in their order, so a later field's heading inside an earlier text is unlikely
 * to be taken for one.
 */
export function readOutcomeText(text: string): Map<OutcomeField, string> | null {
  const plain = text.replace(/\r\n?/g, '\n');
  const first = `${labelOf('description')}\n`;
  if (!plain.startsWith(first)) return null;
  const sections = new Map<OutcomeField, string>();
  let field: OutcomeField = 'description';
  let position = first.length;
  for (;;) {
    const later: { field: OutcomeField; at: number } | undefined = TEXT_SECTIONS.slice(
      TEXT_SECTIONS.indexOf(field) + 1,
    )
      .map((f) => ({ field: f, at: plain.indexOf(`\n\n${labelOf(f)}\n`, position) }))
      .filter((h) => h.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    sections.set(field, plain.slice(position, later?.at));
    if (!later) return sections;
    field = later.field;
    position = later.at + `\n\n${labelOf(field)}\n`.length;
  }
}

export interface VariableEntry {
  name: string;
  type: VariableType;
  value: string | number | boolean;
}

/** The outcome's case variables: fields that are neither text sections nor coded, then its extras. */
export function outcomeVariables(outcome: Outcome, codebook: Codebook): VariableEntry[] {
  const entries: VariableEntry[] = [];
  for (const key of VARIABLE_FIELDS) {
    const spec = FIELD_BY_KEY.get(key) as FieldSpec;
    const value = outcome[key];
    if (value === null || value === undefined || value === '') continue;
    if (typeof value === 'number') entries.push({ name: spec.label, type: 'Integer', value });
    else if (typeof value === 'boolean') entries.push({ name: spec.label, type: 'Boolean', value });
    else {
      const text =
        spec.kind === 'rating' && spec.list ? codeLabel(codebook, spec.list, String(value)) : value;
      entries.push({ name: spec.label, type: 'Text', value: String(text) });
    }
  }
  for (const [name, value] of Object.entries(outcome.extra)) entries.push({ name, type: 'Text', value });
  return entries;
}
