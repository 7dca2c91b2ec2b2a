import { countryCode } from '../domain/country.js';
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

/** A country's factsheet: its outcomes counted by type, year, significance and contribution, listed, with evidence. */
export async function buildFactsheet(db: Db, country: string, options: ReportOptions): Promise<Report> {
  const scope = scopeOf(db, { country: [country] }, options);
  const byCountry = await scope.count(['country']);
  const found = byCountry.totals[0]?.[0];
  if (!found || byCountry.total === 0) throw await notFound(db, 'country', country, options.codebook);
  const stored = String(found.value);
  const code = countryCode(stored) === stored ? stored : undefined;
  const name = byCountry.labels[0]?.get(stored) ?? country;
  const common = await commonSections(scope);
  const byYear = await typesBySection(scope, 'year');
  const outcomes = await scope.present.outcomes(scope.filter);
  const documents = await evidenceFor(scope, outcomes, code);
  const harvests = [...new Set(outcomes.flatMap((p) => p.outcome.harvest ?? []))].sort();
  return {
    kind: 'factsheet',
    slug: `factsheet-${code ?? slugify(name)}`,
    title: `Factsheet: ${name}`,
    subtitle: `${outcomes.length} outcomes in ${name}, ${yearSpan(outcomes)}${harvests.length ? `, from ${harvests.join(', ')}` : ''}`,
    generated: (options.today ?? new Date()).toISOString().slice(0, 10),
    figures: keyFigures(outcomes, documents, [{ label: 'Harvests', value: String(harvests.length) }]),
    sections: [common.types, common.perYear, byYear, common.matrix, common.actors],
    outcomes,
    documents,
    notes: reportNotes(
      outcomes,
      `Evidence documents are the partner documents that name ${name}, and those that name an organisation the outcomes also name, unless they are about other countries only.`,
    ),
    codebook: options.codebook,
  };
}
