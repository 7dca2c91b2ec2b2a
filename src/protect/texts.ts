/**
 * Redacting texts under a store's protection: detect with its labels, allow-list and registry, number
 * every entity found (one round trip to the store per batch), then write the placeholders.
 */
import type { Problem } from '../domain/problem.js';
import type { RedactionLabel, Span } from '../domain/redaction.js';
import { detect, type RegistryEntry, redact } from '../redact/index.js';
import { detectOptionsOf, type Protection } from './protection.js';

/** A text and the personal data found in it. */
export interface Found {
  text: string;
  spans: Span[];
}

const SEEN_LABELS = new Set<RedactionLabel>(['PERSON', 'LOCATION', 'ORGANIZATION']);

/**
 * Detects in each text. With `together`, the texts are parts of one record: a name found in one is found
 * again in the others ("Osmonova" alone in the significance, after "Kanykei Osmonova" in the description)
 * and gets the same number.
 */
export function detectTexts(texts: readonly string[], protection: Protection, together = false): Found[] {
  const options = detectOptionsOf(protection);
  const seen = new Map<string, RegistryEntry>();
  return texts.map((text) => {
    const spans = detect(
      text,
      together && seen.size > 0 ? { ...options, seen: [...seen.values()] } : options,
    );
    if (together)
      for (const s of spans) if (SEEN_LABELS.has(s.label)) seen.set(s.text, { text: s.text, label: s.label });
    return { text, spans };
  });
}

/** The redacted texts, numbered under the protection's numbering. */
export async function writeRedacted(found: readonly Found[], protection: Protection): Promise<string[]> {
  const { style, numbering } = protection;
  if (style === 'numbered') await numbering.ensure(found.flatMap((f) => f.spans));
  return found.map((f) => redact(f.text, f.spans, { style, pseudonyms: numbering.pseudonyms }).text);
}

/** Each text redacted on its own, numbered as everywhere else in the store. */
export async function redactTexts(texts: readonly string[], protection: Protection): Promise<string[]> {
  return writeRedacted(detectTexts(texts, protection), protection);
}

/**
 * One text as a reader who may not see originals sees it: search snippets, titles, labels. Redact the
 * whole text (a field, a passage) and cut snippets from the result: a name cut in half by a snippet's
 * edge is no longer found.
 */
export async function redactForViewer(text: string, protection: Protection): Promise<string> {
  const [redacted = ''] = await redactTexts([text], protection);
  return redacted;
}

/** Text in quotes, as error messages and problems quote a cell's value or a piece of input. */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]/gu;

/** A message with every quoted piece of input hidden: `"Amina Haddad" is not a year` → `"…" is not a year`. */
export function hideQuoted(message: string): string {
  return message.replace(QUOTED, (q) => `${q[0]}…${q[q.length - 1]}`);
}

/** File names can name people ("interview-amina-haddad.md"): detected with separators read as spaces. */
function pathFound(path: string, protection: Protection): Found {
  const spaced = path.replace(/[-_./\\]/gu, ' ');
  return { text: path, spans: detect(spaced, detectOptionsOf(protection)) };
}

/** Paths as a reader who may not see originals sees them. */
export async function redactPaths(paths: readonly string[], protection: Protection): Promise<string[]> {
  return writeRedacted(
    paths.map((p) => pathFound(p, protection)),
    protection,
  );
}

/**
 * Import problems as a reader who may not see originals sees them: quoted values hidden (a name typed in
 * the year column is quoted by the reason), file names and the rest of the reason redacted.
 */
export async function redactProblems(
  problems: readonly Problem[],
  protection: Protection,
): Promise<Problem[]> {
  if (problems.length === 0) return [];
  const files = await redactPaths(
    problems.map((p) => p.file),
    protection,
  );
  // a reason may name its file: the file's own redaction stands in for it, kept out of detection
  const reasons = await redactTexts(
    problems.map((p) => {
      const reason = hideQuoted(p.reason);
      return p.file ? reason.split(p.file).join('\u0000') : reason;
    }),
    protection,
  );
  return problems.map((p, i) => {
    const file = files[i] ?? '';
    return { ...p, file, reason: (reasons[i] ?? '').split('\u0000').join(file) };
  });
}

/**
 * An error message as a reader who may not see originals sees it, without a store: quoted input hidden,
 * what still looks like personal data replaced by category placeholders.
 */
export function redactMessage(message: string): string {
  const hidden = hideQuoted(message);
  return redact(hidden, detect(hidden)).text;
}
