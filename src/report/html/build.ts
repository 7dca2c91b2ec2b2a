import { crossTab } from '../../analyze/crosstab.js';
import type { Codebook } from '../../domain/codebook.js';
import type { OutcomeField } from '../../domain/outcome.js';
import { TesseraError } from '../../errors.js';
import { actorAs, type Reader, revealed } from '../../protect/index.js';
import type { Db, OutcomeFilter, Queryable } from '../../store/index.js';
import { type EvidenceDocument, evidenceDocuments } from './evidence.js';
import type { ReportSection } from './model.js';
import { type PresentedOutcome, type Presenter, presenter } from './present.js';
import { asGiven, barSection, byCodebook, byCount, heatSection, trendSection } from './sections.js';

export interface ReportOptions {
  codebook: Codebook;
  /** Who reads: their role and whether they asked for everything redacted. */
  reader: Reader;
  /** The date the report says it was made (tests pin it). */
  today?: Date;
}

/** What a report is built from: the outcomes a filter selects, counted and listed as the reader may see them. */
export interface Scope {
  db: Db;
  filter: OutcomeFilter;
  codebook: Codebook;
  present: Presenter;
  count(by: OutcomeField[]): ReturnType<typeof crossTab>;
}

export function scopeOf(db: Db, filter: OutcomeFilter, options: ReportOptions): Scope {
  const present = presenter(db, options.reader);
  return {
    db,
    filter,
    codebook: options.codebook,
    present,
    count: async (by) => present.crossTab(await crossTab(db, by, filter, options.codebook)),
  };
}

/**
 * The evidence documents. Ties through outcomes the reader sees redacted because they are confidential
 * are left out; a confidential document is listed without name, title or actors unless the reader may
 * see it, and showing it is audited.
 */
export async function evidenceFor(
  scope: Scope,
  outcomes: PresentedOutcome[],
  country?: string,
): Promise<EvidenceDocument[]> {
  const hidden = new Set(
    outcomes.filter((p) => p.outcome.confidential && p.redacted).map((p) => p.outcome.id),
  );
  const redactConfidential = scope.present.redacts(true);
  const documents = await evidenceDocuments(scope.db, scope.filter, {
    hidden,
    redactConfidential,
    ...(country ? { country } : {}),
  });
  if (!redactConfidential) {
    const shown = documents.filter((d) => d.confidential).map((d) => d.id);
    await revealed(scope.db, actorAs(scope.present.reader.role), { documents: shown }, 'report');
  }
  return documents;
}

/** "2021–2025", or one year, or "no year given". */
export function yearSpan(outcomes: PresentedOutcome[]): string {
  const years = outcomes.flatMap((p) => (p.outcome.year === null ? [] : [p.outcome.year]));
  if (years.length === 0) return 'no year given';
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? String(first) : `${first}–${last}`;
}

/** The key figures every report opens with, and those particular to it. */
export function keyFigures(
  outcomes: PresentedOutcome[],
  documents: EvidenceDocument[],
  particular: { label: string; value: string }[],
): { label: string; value: string }[] {
  const count = (test: (p: PresentedOutcome) => boolean) => String(outcomes.filter(test).length);
  return [
    { label: 'Outcomes', value: String(outcomes.length) },
    ...particular,
    { label: 'Years', value: yearSpan(outcomes) },
    { label: 'Negative outcomes', value: count((p) => p.outcome.negative === true) },
    { label: 'Confidential', value: count((p) => p.outcome.confidential) },
    { label: 'Evidence documents', value: String(documents.length) },
  ];
}

/** What the reader needs to know about redaction, counting and evidence. */
export function reportNotes(outcomes: PresentedOutcome[], evidence: string): string[] {
  const redacted = outcomes.filter((p) => p.redacted).length;
  const confidential = outcomes.filter((p) => p.outcome.confidential);
  const protection =
    redacted === 0
      ? confidential.length
        ? `This report shows the original text of ${confidential.length} confidential outcomes: do not share it beyond those allowed to see them.`
        : 'No outcome in this report is confidential; their text is shown as recorded.'
      : redacted === outcomes.length
        ? 'Every outcome’s text is redacted: names of people, places, organisations and contacts are replaced by placeholders such as <person> and <LOC>.'
        : 'Confidential outcomes are redacted: names of people, places, organisations and contacts are replaced by placeholders such as <person> and <LOC>. Other outcomes are shown as recorded.';
  return [
    protection,
    'An outcome may have several types of change, so the counts per type add up to more than the number of outcomes; every total counts each outcome once.',
    evidence,
  ];
}

/** An error naming what was asked for and listing what the store has ("Kosovo (XK), Mali (ML)"). */
export async function notFound(
  q: Queryable,
  field: 'country' | 'harvest',
  asked: string,
  codebook: Codebook,
): Promise<TesseraError> {
  const tab = await crossTab(q, [field], {}, codebook);
  const choices = (tab.totals[0] ?? []).flatMap((t) => {
    if (t.value === null) return [];
    const label = tab.labels[0]?.get(String(t.value)) ?? String(t.value);
    return [field === 'country' && label !== t.value ? `${label} (${t.value})` : label];
  });
  return new TesseraError(
    'usage',
    choices.length
      ? `no outcomes for ${field} "${asked}"; the store has: ${choices.join(', ')}`
      : `no outcomes for ${field} "${asked}": the store has no outcomes yet; import a harvest with tessera import`,
  );
}

/** A name made safe for a file name: "Harvest 2024" is "harvest-2024". */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'report'
  );
}

const TYPES_NOTE = 'An outcome may have several types of change, so it may count under several bars.';

/** The views both reports show, each from its cross-tab. */
export async function commonSections(scope: Scope) {
  const { codebook } = scope;
  const [types, years, matrix, actors] = await Promise.all([
    scope.count(['typesOfChange']),
    scope.count(['year']),
    scope.count(['ratingSignificance', 'ratingContribution']),
    scope.count(['socialActor']),
  ]);
  return {
    types: barSection(
      { id: 'types-of-change', heading: 'Outcomes per type of change', text: TYPES_NOTE },
      types,
      'Type of change',
      TYPES_NOTE,
    ),
    perYear: trendSection(
      { id: 'per-year', heading: 'Outcomes per year', text: 'The year the change happened.' },
      years,
    ),
    matrix: heatSection(
      {
        id: 'significance-contribution',
        heading: 'Significance and contribution',
        text: 'How significant each outcome is rated, against how much the programme contributed to it.',
      },
      matrix,
      { heading: 'Significance', order: byCodebook(codebook, 'rating_significance', true) },
      { heading: 'Contribution', order: byCodebook(codebook, 'rating_contribution') },
    ),
    actors: barSection(
      { id: 'social-actors', heading: 'Outcomes per social actor', text: 'Who changed.' },
      actors,
      'Social actor',
    ),
  };
}

/** Types of change against years (a factsheet) or countries (a harvest report), as a heat map. */
export async function typesBySection(scope: Scope, field: 'year' | 'country'): Promise<ReportSection> {
  const tab = await scope.count(['typesOfChange', field]);
  return heatSection(
    {
      id: `type-by-${field}`,
      heading: `Types of change per ${field}`,
      text: `Each cell counts the outcomes of one type in one ${field}; darker cells count more.`,
    },
    tab,
    { heading: 'Type of change', order: byCount },
    { heading: field === 'year' ? 'Year' : 'Country', order: asGiven },
  );
}
