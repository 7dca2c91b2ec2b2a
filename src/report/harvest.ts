import type { Db } from '../store/index.js';
import {
  commonSections,
  evidenceFor,
  keyFigures,
  notFound,
  type ReportOptions,
  reportNotes,
  scopeOf,
  slugify,
  typesBySection,
  yearSpan,
} from './html/build.js';
import type { Report } from './html/model.js';
import { mapSection } from './html/sections.js';

/** A harvest's report: its outcomes counted by type, country, year, significance and contribution, listed, with evidence. */
export async function buildHarvestReport(db: Db, harvest: string, options: ReportOptions): Promise<Report> {
  const scope = scopeOf(db, { harvest: [harvest] }, options);
  const countries = await scope.count(['country']);
  if (countries.total === 0) throw await notFound(db, 'harvest', harvest, options.codebook);
  const common = await commonSections(scope);
  const byCountry = await typesBySection(scope, 'country');
  const outcomes = await scope.present.outcomes(scope.filter);
  const documents = await evidenceFor(scope, outcomes);
  // the name as stored ("Harvest 2024" when asked for "harvest 2024"), from what the reader may see
  const name = outcomes.find((p) => p.outcome.harvest)?.outcome.harvest ?? harvest;
  const countryCount = (countries.totals[0] ?? []).filter((t) => t.value !== null).length;
  return {
    kind: 'harvest',
    slug: `harvest-${slugify(harvest).replace(/^harvest-(?=.)/, '')}`,
    title: `Harvest report: ${name}`,
    subtitle: `${outcomes.length} outcomes from ${countryCount} ${countryCount === 1 ? 'country' : 'countries'}, ${yearSpan(outcomes)}`,
    generated: (options.today ?? new Date()).toISOString().slice(0, 10),
    figures: keyFigures(outcomes, documents, [{ label: 'Countries', value: String(countryCount) }]),
    sections: [
      common.types,
      mapSection(
        {
          id: 'countries',
          heading: 'Outcomes per country',
          text: 'Darker countries have more outcomes; each is labelled with its count.',
        },
        countries,
      ),
      common.perYear,
      byCountry,
      common.matrix,
      common.actors,
    ],
    outcomes,
    documents,
    notes: reportNotes(
      outcomes,
      'Evidence documents are the partner documents that name an organisation the outcomes also name, unless they are about other countries only.',
    ),
    codebook: options.codebook,
  };
}
