import { type FieldSpec, OUTCOME_FIELDS, type Outcome } from './outcome.js';

/** The fields people code from a codebook list: types of change, cluster, social actor, scale. */
export type CodedField = 'typesOfChange' | 'cluster' | 'socialActor' | 'scale';

/** A coded field with its codebook list and whether it takes several codes. */
export interface CodedFieldSpec {
  key: CodedField;
  list: string;
  multi: boolean;
}

/** Every coded field in export order, read from the outcome field table. */
export const CODED_FIELDS: readonly CodedFieldSpec[] = OUTCOME_FIELDS.filter(
  (f): f is FieldSpec & { key: CodedField; list: string } =>
    (f.kind === 'coded' || f.kind === 'codes') && f.list !== undefined,
).map((f) => ({ key: f.key, list: f.list, multi: f.kind === 'codes' }));

/** The codes an outcome holds in a coded field: codebook ids, or values as given. */
export function codesOf(outcome: Pick<Outcome, CodedField>, field: CodedField): string[] {
  const value = outcome[field];
  return Array.isArray(value) ? value : value ? [value] : [];
}

/** What coding reads of an outcome: its id, the texts suggestions learn from, and its codes. */
export type CodingExample = Pick<
  Outcome,
  'id' | 'description' | 'significance' | 'contributionProgramme' | CodedField
>;

/**
 * Where a coding's value came from: a person chose it, a person accepted Tessera's suggestion, it
 * arrived coded in an import, a codebook change recoded it (codes merged, a code given a new id), or a
 * second coder coded the outcome blind, for agreement, leaving its codes as they were.
 */
export type CodingSource = 'human' | 'suggested' | 'import' | 'codebook' | 'independent';

/** One act of coding: the codes a field got, who gave them, when and how. */
export interface Coding {
  outcomeId: string;
  field: CodedField;
  /** Codebook ids; one for a single-select field. */
  codes: string[];
  /** The codes the field held before. */
  previous: string[];
  actor: string;
  at: Date;
  source: CodingSource;
  /** One per code, when the codes were accepted from a suggestion. */
  confidences: number[] | null;
  /** The outcome version this coding produced. */
  version: number;
}

/** A code Tessera proposes for a field, how sure it is, and the words of the outcome that weighed most. */
export interface Suggestion {
  code: string;
  label: string;
  /** Calibrated probability that the code is right, from 0 to 1. */
  confidence: number;
  words: string[];
}

/**
 * The suggestions for one outcome. Each field lists the codes Tessera proposes, best first: one for a
 * single-select field, one or more for types of change. A field is left out when the store holds too
 * few coded outcomes to learn it.
 */
export interface OutcomeSuggestions {
  id: string;
  suggestions: Partial<Record<CodedField, Suggestion[]>>;
}
