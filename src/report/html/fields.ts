import { type Codebook, codeLabel } from '../../domain/codebook.js';
import { FIELD_BY_KEY, type OutcomeField } from '../../domain/outcome.js';
import { humanValue } from '../cells.js';
import type { PresentedOutcome } from './present.js';

/** The text fields an outcome shows in a report, in reading order. */
const TEXT: OutcomeField[] = [
  'description',
  'significance',
  'contributionProgramme',
  'contributionOthers',
  'evidence',
  'additionalInfo',
];

const HEADINGS: Partial<Record<OutcomeField, string>> = {
  description: 'Outcome',
  contributionProgramme: 'Contribution of the programme',
  contributionOthers: 'Contribution of others',
  additionalInfo: 'Additional information',
};

function value(p: PresentedOutcome, key: OutcomeField, codebook: Codebook): string {
  const field = FIELD_BY_KEY.get(key);
  const v = field ? humanValue(p.outcome, { header: field.label, field }, codebook) : null;
  return v === null || v === '' ? '' : String(v);
}

/** What both writers show of an outcome: a heading, a line of facts, its types, flags and text fields. */
export function outcomeView(p: PresentedOutcome, codebook: Codebook) {
  const o = p.outcome;
  const facts = [
    o.harvest,
    o.status,
    value(p, 'socialActor', codebook),
    value(p, 'scale', codebook),
    o.ratingSignificance ? `significance ${value(p, 'ratingSignificance', codebook)}` : '',
    o.ratingContribution ? `contribution ${value(p, 'ratingContribution', codebook)}` : '',
  ].filter((f): f is string => Boolean(f));
  const flags = [
    ...(o.confidential ? ['Confidential: redacted'] : p.redacted ? ['Redacted'] : []),
    ...(o.negative ? ['Negative'] : []),
    ...(o.unintended ? ['Unintended'] : []),
  ];
  return {
    id: o.id,
    heading: [o.id, o.country, o.year === null ? null : String(o.year)].filter(Boolean).join(' · '),
    facts,
    types: o.typesOfChange.map((t) => codeLabel(codebook, FIELD_BY_KEY.get('typesOfChange')?.list ?? '', t)),
    flags,
    fields: TEXT.map((key) => ({
      label: HEADINGS[key] ?? FIELD_BY_KEY.get(key)?.label ?? key,
      text: value(p, key, codebook),
    })).filter((f) => f.text),
  };
}
