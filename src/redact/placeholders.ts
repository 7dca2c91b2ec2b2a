/**
 * Writing redacted text: each span replaced by a placeholder, by category (`<person>`, `<LOC>`) as harvest
 * exports do, or as a numbered pseudonym (`<person-3>`) that stays the same for the same entity.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { PlaceholderStyle, RedactedSpan, RedactionLabel, Span } from '../domain/redaction.js';

/** The placeholder word of each label; `<LOC>` is upper case because harvest exports write it so. */
export const PLACEHOLDER_NAMES: Record<RedactionLabel, string> = {
  PERSON: 'person',
  LOCATION: 'LOC',
  ORGANIZATION: 'org',
  EMAIL: 'email',
  PHONE: 'phone',
  URL: 'url',
  HANDLE: 'handle',
};

/**
 * Numbers entities for pseudonyms. An entity is known by the HMAC-SHA256 of its label and normalised
 * text under a secret key, never by the text itself, so the table of numbers (`entries()`) can be kept
 * with the store and passed back in (`known`) to keep numbers stable across runs without holding names.
 * A new entity gets the next free number of its label.
 */
export class Pseudonyms {
  readonly #key: Buffer;
  readonly #numbers = new Map<string, number>();
  readonly #next = new Map<RedactionLabel, number>();

  constructor(key: string | Buffer, known: Iterable<readonly [string, number]> = []) {
    this.#key = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
    for (const [digest, number] of known) this.#remember(digest, number);
  }

  /** A pseudonym table with a random key: numbers are stable within this run only. */
  static ephemeral(): Pseudonyms {
    return new Pseudonyms(randomBytes(32));
  }

  /** The keyed digest an entity is known by: label and entity text, never the text alone. */
  digest(label: RedactionLabel, entity: string): string {
    return `${label}:${createHmac('sha256', this.#key).update(`${label}\u0000${entity}`).digest('hex')}`;
  }

  number(label: RedactionLabel, entity: string): number {
    const digest = this.digest(label, entity);
    const known = this.#numbers.get(digest);
    if (known !== undefined) return known;
    const number = this.#next.get(label) ?? 1;
    this.#remember(digest, number);
    return number;
  }

  /** Numbers kept elsewhere (the store's table), learnt as they are needed rather than all at once. */
  learn(known: Iterable<readonly [string, number]>): void {
    for (const [digest, number] of known) this.#remember(digest, number);
  }

  /** Digest → number, for keeping with the store. */
  entries(): [string, number][] {
    return [...this.#numbers];
  }

  #remember(digest: string, number: number): void {
    this.#numbers.set(digest, number);
    const label = digest.slice(0, digest.indexOf(':')) as RedactionLabel;
    this.#next.set(label, Math.max(this.#next.get(label) ?? 1, number + 1));
  }
}

export interface RedactOptions {
  style?: PlaceholderStyle;
  /** The numbering for the 'numbered' style; a per-run random key when not given. */
  pseudonyms?: Pseudonyms;
}

export function placeholder(label: RedactionLabel, number?: number): string {
  return number === undefined ? `<${PLACEHOLDER_NAMES[label]}>` : `<${PLACEHOLDER_NAMES[label]}-${number}>`;
}

/**
 * The text with each span replaced by its placeholder, and the spans with the placeholder each got.
 * Spans must not overlap (as `detect` returns them); offsets stay those of the original text.
 */
export function redact(
  text: string,
  spans: readonly Span[],
  options: RedactOptions = {},
): { text: string; spans: RedactedSpan[] } {
  const style = options.style ?? 'category';
  const pseudonyms = style === 'numbered' ? (options.pseudonyms ?? Pseudonyms.ephemeral()) : undefined;
  const parts: string[] = [];
  const out: RedactedSpan[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    const number = pseudonyms?.number(span.label, span.entity);
    const written = placeholder(span.label, number);
    parts.push(text.slice(at, span.start), written);
    out.push({ start: span.start, end: span.end, label: span.label, text: span.text, placeholder: written });
    at = span.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), spans: out };
}
