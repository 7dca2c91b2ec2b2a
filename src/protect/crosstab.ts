/** Cross-tab labels as readers who may not see originals see them: codes kept, values drawn from text redacted. */
import type { CrossTab } from '../analyze/crosstab.js';
import type { OutcomeField } from '../domain/outcome.js';
import { isCode } from './outcome.js';
import type { Protection } from './protection.js';
import { redactTexts } from './texts.js';

/** Fields whose values are always codes, numbers or flags. */
const CODED: ReadonlySet<OutcomeField> = new Set([
  'year',
  'unintended',
  'negative',
  'confidential',
  'ratingSignificance',
  'ratingContribution',
]);

/** Whether a stored value is text someone wrote (a harvest's name, a social actor matching no code). */
function drawnFromText(field: OutcomeField, value: string, protection: Protection): boolean {
  if (CODED.has(field) || value === 'null') return false;
  if (field === 'country') return !/^[A-Z]{2}$/u.test(value);
  if (field === 'harvest') return true;
  return !isCode(protection.codebook, field, value);
}

export async function redactCrossTab(tab: CrossTab, protection: Protection): Promise<CrossTab> {
  const labels: Map<string, string>[] = [];
  for (const [i, field] of tab.by.entries()) {
    const known = tab.labels[i] ?? new Map<string, string>();
    const textual = [...known].filter(([value]) => drawnFromText(field, value, protection));
    const redacted = await redactTexts(
      textual.map(([, label]) => label),
      protection,
    );
    const out = new Map(known);
    const taken = new Set(
      [...known].filter(([value]) => !drawnFromText(field, value, protection)).map(([, l]) => l),
    );
    for (const [n, [value]] of textual.entries()) {
      // two values redacted alike ("Visit to <LOC>") stay two rows
      let label = redacted[n] ?? '';
      for (let k = 2; taken.has(label); k++) label = `${redacted[n]} (${k})`;
      taken.add(label);
      out.set(value, label);
    }
    labels.push(out);
  }
  return { ...tab, labels };
}
