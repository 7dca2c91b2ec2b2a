/**
 * Redacting input of any size in bounded memory: text is decoded as it arrives and cut into parts at
 * paragraph breaks (a line break, a sentence end or a space when a paragraph runs too long), each
 * part detected and redacted on its own with offsets counted from the start of the whole input. Names
 * found in earlier parts are still found in later ones; numbered pseudonyms stay the same throughout.
 */
import type { RedactedSpan, RedactionLabel, Span } from '../domain/redaction.js';
import { type DetectOptions, detect, type RegistryEntry } from './detect.js';
import { Pseudonyms, type RedactOptions, redact } from './placeholders.js';

export interface StreamOptions extends Omit<DetectOptions, 'seen'>, RedactOptions {
  /** Characters per part, about; parts end at a paragraph break where there is one. */
  partSize?: number;
  /** Called with each part's spans before they are written: a store gives their numbers out here. */
  prepare?: (spans: readonly Span[]) => Promise<void>;
}

export interface RedactedPart {
  /** Redacted text of this part. */
  text: string;
  /** Spans of this part, offsets into the whole original input (UTF-16 code units). */
  spans: RedactedSpan[];
}

const DEFAULT_PART = 64 * 1024;
/** How many names from earlier parts are remembered: enough for a long report, bounded for a huge one. */
const MAX_SEEN = 5000;
const SEEN_LABELS = new Set<RedactionLabel>(['PERSON', 'LOCATION', 'ORGANIZATION']);

/** Where to cut `text` at or before `limit`: a paragraph break, else a line break, sentence end, space. */
export function cutPoint(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const floor = Math.floor(limit / 2);
  for (const pattern of [/\n[ \t]*\r?\n/g, /\n/g, /[.!?。]\s/g, /\s/g]) {
    let cut = -1;
    for (const m of text.slice(floor, limit).matchAll(pattern)) cut = floor + m.index + m[0].length;
    if (cut > 0) return cut;
  }
  // no break at all: cut, but never between the two halves of a surrogate pair
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code < 0xdc00 ? limit - 1 : limit;
}

async function* decoded(input: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of input)
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The redacted input, part by part, with spans whose offsets count from the start of the input. */
export async function* redactStream(
  input: AsyncIterable<string | Uint8Array>,
  options: StreamOptions = {},
): AsyncGenerator<RedactedPart> {
  const partSize = Math.max(1024, options.partSize ?? DEFAULT_PART);
  const pseudonyms =
    options.style === 'numbered' ? (options.pseudonyms ?? Pseudonyms.ephemeral()) : options.pseudonyms;
  const seen = new Map<string, RegistryEntry>();
  let buffer = '';
  let offset = 0;
  const part = async (text: string): Promise<RedactedPart> => {
    const spans = detect(text, { ...options, seen: seen.values() });
    await options.prepare?.(spans);
    for (const span of spans) {
      if (!SEEN_LABELS.has(span.label)) continue;
      seen.delete(span.text);
      seen.set(span.text, { text: span.text, label: span.label });
      if (seen.size > MAX_SEEN) seen.delete(seen.keys().next().value as string);
    }
    const result = redact(text, spans, { style: options.style, pseudonyms });
    const shifted = result.spans.map((s) => ({ ...s, start: s.start + offset, end: s.end + offset }));
    offset += text.length;
    return { text: result.text, spans: shifted };
  };
  let first = true;
  for await (let chunk of decoded(input)) {
    if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    first = false;
    buffer += chunk;
    while (buffer.length >= partSize * 2) {
      const cut = cutPoint(buffer, partSize);
      yield await part(buffer.slice(0, cut));
      buffer = buffer.slice(cut);
    }
  }
  while (buffer.length > 0) {
    const cut = cutPoint(buffer, partSize);
    yield await part(buffer.slice(0, cut));
    buffer = buffer.slice(cut);
  }
}
