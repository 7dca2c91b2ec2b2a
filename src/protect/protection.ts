/**
 * A store's protection: which labels are redacted and how, the allow-list and registry detection uses,
 * and the numbering of pseudonyms under the store's secret key, kept in the store so that `<person-3>`
 * is the same person in every record, export and run.
 */
import type { Codebook } from '../domain/codebook.js';
import {
  type PlaceholderStyle,
  REDACTION_LABELS,
  type RedactionLabel,
  type Span,
} from '../domain/redaction.js';
import { type DetectOptions, Pseudonyms, type RegistryEntry } from '../redact/index.js';
import { type Db, storeCodebook } from '../store/index.js';
import {
  allowList,
  type ProtectSettings,
  pseudonymNumbers,
  redactionKey,
  registryEntries,
  storedProtectSettings,
} from '../store/protection.js';

/** Numbers of pseudonyms: known before redaction, because `redact` numbers as it writes. */
export interface Numbering {
  readonly pseudonyms: Pseudonyms;
  /** Makes sure every span's entity has its number. */
  ensure(spans: readonly Span[]): Promise<void>;
}

export interface Protection {
  readonly labels: readonly RedactionLabel[];
  readonly style: PlaceholderStyle;
  readonly allow: readonly string[];
  readonly registry: readonly RegistryEntry[];
  /** Tells codes (kept) from free text (redacted) in coded fields. */
  readonly codebook: Codebook;
  readonly numbering: Numbering;
}

/** Until someone sets them: every label, numbered pseudonyms. */
export const DEFAULT_SETTINGS: ProtectSettings = { labels: [...REDACTION_LABELS], style: 'numbered' };

/** The store's numbering: numbers fetched, or given out, a batch of spans at a time. */
export function storeNumbering(db: Db, key: Buffer): Numbering {
  const pseudonyms = new Pseudonyms(key);
  const known = new Set<string>();
  return {
    pseudonyms,
    async ensure(spans) {
      const wanted = new Map<string, RedactionLabel>();
      for (const span of spans) {
        const digest = pseudonyms.digest(span.label, span.entity);
        if (!known.has(digest)) wanted.set(digest, span.label);
      }
      if (wanted.size === 0) return;
      const numbers = await pseudonymNumbers(
        db,
        [...wanted].map(([digest, label]) => ({ digest, label })),
      );
      pseudonyms.learn(numbers);
      for (const [digest] of numbers) known.add(digest);
    },
  };
}

/** Numbering for this run only (no store, or a reader who must not query the store's numbers). */
export function runNumbering(pseudonyms: Pseudonyms = Pseudonyms.ephemeral()): Numbering {
  return { pseudonyms, ensure: async () => {} };
}

/** Loads the store's settings, allow-list, registry and key (made when first needed). */
export async function protectionFor(db: Db): Promise<Protection> {
  const [settings, allow, registry, key, codebook] = await Promise.all([
    storedProtectSettings(db),
    allowList(db),
    registryEntries(db),
    redactionKey(db),
    storeCodebook(db),
  ]);
  const { labels, style } = settings ?? DEFAULT_SETTINGS;
  return {
    labels,
    style,
    allow: allow.map((a) => a.term),
    registry: registry.map((r) => ({ text: r.text, label: r.label })),
    codebook,
    numbering: storeNumbering(db, key),
  };
}

const detectOptions = new WeakMap<Protection, DetectOptions>();

/** Detection options of a protection, one object per protection so that detection reads its lists once. */
export function detectOptionsOf(protection: Protection): DetectOptions {
  let options = detectOptions.get(protection);
  if (!options) {
    options = { labels: protection.labels, allow: protection.allow, registry: protection.registry };
    detectOptions.set(protection, options);
  }
  return options;
}
