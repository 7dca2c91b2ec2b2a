/** The kinds of personal data Tessera detects and redacts (the `tessera redact` contract's labels). */
export const REDACTION_LABELS = [
  'PERSON',
  'LOCATION',
  'ORGANIZATION',
  'EMAIL',
  'PHONE',
  'URL',
  'HANDLE',
] as const;

export type RedactionLabel = (typeof REDACTION_LABELS)[number];

/** Which signal found a span; several signals may have agreed, this names the deciding one. */
export type SpanSource =
  | 'pattern'
  | 'registry'
  | 'title'
  | 'context'
  | 'gazetteer'
  | 'name-list'
  | 'name-shape'
  | 'organisation'
  | 'proper-noun'
  | 'propagation';

/**
 * A detected piece of personal data. Offsets are UTF-16 code units into the original text (JavaScript
 * string indexes), end exclusive, so `text.slice(start, end) === span.text`.
 */
export interface Span {
  start: number;
  end: number;
  label: RedactionLabel;
  text: string;
  /** How sure the detector is, from 0 to 1; review lists the least sure first. */
  confidence: number;
  source: SpanSource;
  /**
   * The entity this mention belongs to, normalised: a surname alone carries the full name it was
   * linked to, so that numbered pseudonyms give both the same number.
   */
  entity: string;
}

/** How a redacted span is written: by category (`<person>`) or as a numbered pseudonym (`<person-3>`). */
export type PlaceholderStyle = 'category' | 'numbered';

/** A span as `tessera redact --json` reports it: where it was in the original and what replaced it. */
export interface RedactedSpan {
  start: number;
  end: number;
  label: RedactionLabel;
  text: string;
  placeholder: string;
}

export function isRedactionLabel(value: string): value is RedactionLabel {
  return (REDACTION_LABELS as readonly string[]).includes(value);
}
