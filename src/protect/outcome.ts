/**
 * Outcomes as readers who may not see originals see them: every piece of free text redacted (the merged
 * story field and the extras included), codes, years, flags and recognised countries kept.
 */
import { type Codebook, findCode } from '../domain/codebook.js';
import { countryCode } from '../domain/country.js';
import { FIELD_BY_KEY, type Outcome, type OutcomeField } from '../domain/outcome.js';
import type { Protection } from './protection.js';
import { detectTexts, writeRedacted } from './texts.js';

/** Free-text fields, the description first so that the names it gives are found again in the others. */
const TEXT_FIELDS = [
  'description',
  'significance',
  'additionalInfo',
  'contributionProgramme',
  'contributionOthers',
  'evidence',
  'storyFragment',
  'resultsFramework',
  'objectives',
  'harvest',
] as const satisfies readonly OutcomeField[];

/** Fields that hold a code, or the value as given when it matched none. */
const CODED_FIELDS = ['status', 'socialActor', 'scale', 'cluster'] as const satisfies readonly OutcomeField[];

/** Where a piece of text sits in an outcome. */
type Place =
  | { field: (typeof TEXT_FIELDS)[number] | (typeof CODED_FIELDS)[number] | 'country' }
  | { typeOfChange: number }
  | { extra: string };

/** Whether a coded field's value is one of its list's codes (a status is stored by its label). */
export function isCode(codebook: Codebook, field: OutcomeField, value: string): boolean {
  const spec = FIELD_BY_KEY.get(field);
  if (!spec?.list) return false;
  if (spec.kind === 'status') return findCode(codebook, spec.list, value)?.label === value;
  return (codebook.lists[spec.list] ?? []).some((c) => c.id === value);
}

/** The pieces of free text of an outcome, in the order names are best found in. */
export function outcomeTexts(outcome: Outcome, codebook: Codebook): { place: Place; text: string }[] {
  const texts: { place: Place; text: string }[] = [];
  for (const field of TEXT_FIELDS) {
    const text = outcome[field];
    if (text) texts.push({ place: { field }, text });
  }
  for (const field of CODED_FIELDS) {
    const value = outcome[field];
    if (value && !isCode(codebook, field, value)) texts.push({ place: { field }, text: value });
  }
  for (const [i, value] of outcome.typesOfChange.entries())
    if (!isCode(codebook, 'typesOfChange', value)) texts.push({ place: { typeOfChange: i }, text: value });
  // a country's name is kept; anything else in the column ("Afrin camp") is text
  if (outcome.country && countryCode(outcome.country) === undefined)
    texts.push({ place: { field: 'country' }, text: outcome.country });
  for (const [header, value] of Object.entries(outcome.extra))
    if (value) texts.push({ place: { extra: header }, text: value });
  return texts;
}

function put(outcome: Outcome, place: Place, text: string): void {
  if ('field' in place) outcome[place.field] = text;
  else if ('typeOfChange' in place) outcome.typesOfChange[place.typeOfChange] = text;
  else outcome.extra[place.extra] = text;
}

/**
 * The outcomes with every piece of free text redacted; numbered pseudonyms are the same for the same
 * entity across the fields of a record, across records and across runs (the store's numbering).
 */
export async function redactOutcomes(
  outcomes: readonly Outcome[],
  protection: Protection,
): Promise<Outcome[]> {
  const pieces = outcomes.map((o) => outcomeTexts(o, protection.codebook));
  const found = pieces.flatMap((list) =>
    detectTexts(
      list.map((p) => p.text),
      protection,
      true,
    ),
  );
  const redacted = await writeRedacted(found, protection);
  let n = 0;
  return outcomes.map((outcome, i) => {
    const copy: Outcome = {
      ...outcome,
      typesOfChange: [...outcome.typesOfChange],
      extra: { ...outcome.extra },
    };
    for (const piece of pieces[i] ?? []) put(copy, piece.place, redacted[n++] ?? '');
    return copy;
  });
}

export async function redactOutcome(outcome: Outcome, protection: Protection): Promise<Outcome> {
  const [redacted] = await redactOutcomes([outcome], protection);
  return redacted ?? outcome;
}

const BATCH = 100;

/**
 * Outcomes in the order given, those `redactable` picks redacted, a batch at a time (one round trip to
 * the store's numbering per batch). The protection is loaded only if some outcome needs it: word lists
 * take a second and a quarter of a gigabyte.
 */
export async function* protectOutcomes(
  outcomes: AsyncIterable<Outcome>,
  redactable: (outcome: Outcome) => boolean,
  protection: () => Promise<Protection>,
): AsyncGenerator<Outcome> {
  let batch: Outcome[] = [];
  const flush = async function* () {
    const picked = batch.filter(redactable);
    const redacted = picked.length ? await redactOutcomes(picked, await protection()) : [];
    const byOutcome = new Map(picked.map((o, i) => [o, redacted[i] as Outcome]));
    for (const o of batch) yield byOutcome.get(o) ?? o;
    batch = [];
  };
  for await (const outcome of outcomes) {
    batch.push(outcome);
    if (batch.length >= BATCH) yield* flush();
  }
  yield* flush();
}

/** A function that runs `load` once, when first called. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= load();
    return value;
  };
}
