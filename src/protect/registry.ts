/**
 * Growing the registry from imports: the people named with high confidence in confidential records are
 * then redacted wherever they occur, in any case, also where the rules alone would miss them.
 */
import type { Codebook } from '../domain/codebook.js';
import type { Outcome } from '../domain/outcome.js';
import { detect } from '../redact/index.js';
import type { Queryable } from '../store/index.js';
import { allowList, registerNames, registryEntries, termKey } from '../store/protection.js';
import { outcomeTexts } from './outcome.js';

/** How sure detection must be of a name before an import adds it to the registry. */
const SURE = 0.8;

/**
 * Adds to the registry the full names (two words or more) of people found with high confidence in these
 * texts, unless someone allowed them; returns how many were new.
 */
export async function growRegistry(q: Queryable, texts: Iterable<string>, who: string): Promise<number> {
  const list = [...texts];
  if (list.length === 0) return 0;
  const [allow, registry] = await Promise.all([allowList(q), registryEntries(q)]);
  const options = {
    labels: ['PERSON' as const],
    allow: allow.map((a) => a.term),
    registry: registry.map((r) => ({ text: r.text, label: r.label })),
  };
  const names = new Map<string, { text: string; label: 'PERSON' }>();
  for (const text of list) {
    for (const span of detect(text, options)) {
      const full = /\s/u.test(span.text.trim());
      if (span.confidence < SURE || span.source === 'registry' || span.source === 'propagation' || !full)
        continue;
      names.set(termKey(span.text), { text: span.text.replace(/\s+/gu, ' '), label: 'PERSON' });
    }
  }
  return registerNames(q, [...names.values()], who, 'import');
}

/** The free text of outcomes (what is not a code of the codebook), for `growRegistry`. */
export function* textsOfOutcomes(outcomes: Iterable<Outcome>, codebook: Codebook): Generator<string> {
  for (const outcome of outcomes) for (const { text } of outcomeTexts(outcome, codebook)) yield text;
}

/**
 * Whether a document marks itself confidential near its start ("CONFIDENTIAL", "Confidentiel",
 * "Конфиденциально", "سري"): when unsure, protect.
 */
export function marksConfidential(text: string): boolean {
  return /\b(?:confidential|confidentiel(?:le)?|confidencial|strictly private)\b|конфиденциально|конфіденційно|(?:^|\s)سري(?:\s|$)/iu.test(
    text.slice(0, 600),
  );
}
