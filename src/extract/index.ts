import type { Codebook } from '../domain/codebook.js';
import { countryCode } from '../domain/country.js';
import { type ExtractedDocument, emptyEntities } from '../domain/document.js';
import { detectLanguage } from '../domain/language.js';
import type { Outcome } from '../domain/outcome.js';
import type { Problem } from '../domain/problem.js';
import { TesseraError } from '../errors.js';
import { readDocument } from '../ingest/documents/index.js';
import { type OutcomeFile, readOutcomeFile, recordFormat } from '../ingest/index.js';
import { canonicalJson } from '../report/cells.js';
import { extractText } from './document.js';

/** What `tessera extract --json` says of one file (BRIEF, CLI contract). */
export interface Extraction extends ExtractedDocument {
  /** For outcome-record files: each record in the canonical outcome shape. */
  outcomes: Record<string, unknown>[];
  /** Records that could not be read, each with its line and field. */
  problems: Problem[];
}

function outcomeText(outcomes: Outcome[]): string {
  return outcomes
    .map((o) => [o.description, o.significance, o.contributionProgramme].filter(Boolean).join('\n'))
    .join('\n');
}

function countriesOf(outcomes: Outcome[]): string[] {
  const codes = outcomes
    .map((o) => (o.country ? countryCode(o.country) : undefined))
    .filter((c): c is string => Boolean(c));
  return [...new Set(codes)].sort();
}

function outcomeRecords(file: string, read: OutcomeFile): Extraction {
  const outcomes = read.outcomes.map((r) => r.outcome);
  return {
    file,
    kind: 'outcome-records',
    language: detectLanguage(outcomeText(outcomes)),
    title: null,
    date: null,
    items: [],
    outcomes: outcomes.map(canonicalJson),
    entities: { ...emptyEntities(), countries: countriesOf(outcomes) },
    frameworks: [],
    sections: [],
    recommendations: [],
    figures: [],
    details: {},
    problems: read.problems,
  };
}

/**
 * Extracts the structure of one file without touching any store. Spreadsheets, JSON and `**Field**: value`
 * text are outcome records; any other file is a document, read by its format, whose kind its text tells.
 */
export async function extractFile(file: string, codebook: Codebook): Promise<Extraction> {
  const format = recordFormat(file);
  if (format && format !== 'key-value') return outcomeRecords(file, await readOutcomes(file, codebook));
  if (format === 'key-value') {
    const read = await readOutcomeFile(file, { codebook });
    if (!('reason' in read)) return outcomeRecords(file, read);
  }
  const document = await readDocument(file);
  return {
    ...extractText(file, document.text, document.declaredTitle, document.furniture, document.declaredDate),
    outcomes: [],
    problems: [],
  };
}

async function readOutcomes(file: string, codebook: Codebook): Promise<OutcomeFile> {
  const read = await readOutcomeFile(file, { codebook });
  if ('reason' in read)
    throw new TesseraError(
      'input-unreadable',
      `${file}: ${read.reason}; extract reads outcome-record files (key-value text, CSV, XLSX, JSON)`,
    );
  return read;
}
