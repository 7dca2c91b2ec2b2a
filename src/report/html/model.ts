import type { Codebook } from '../../domain/codebook.js';
import type { EvidenceDocument } from './evidence.js';
import type { PresentedOutcome } from './present.js';

/** A table as both formats print it: a header row, body rows, and a totals row. */
export interface ReportTable {
  head: string[];
  body: string[][];
  foot: string[];
  /** Columns from this index on hold counts, set to the right. */
  numericFrom: number;
}

export interface ReportChart {
  /** File-name part when the chart is written beside a Markdown report ("types-of-change"). */
  name: string;
  svg: string;
}

/** One view of the counts: a chart and the table of the same numbers. */
export interface ReportSection {
  id: string;
  heading: string;
  text: string;
  chart: ReportChart;
  table: ReportTable;
  /** A grid chart (heat map) already writes every number of its table; a series chart leaves out shares. */
  shape: 'series' | 'grid';
}

/** Everything a factsheet or harvest report shows, ready for the HTML and Markdown writers. */
export interface Report {
  kind: 'factsheet' | 'harvest';
  /** The default file name without extension: factsheet-XK, harvest-2024. */
  slug: string;
  title: string;
  subtitle: string;
  /** YYYY-MM-DD. */
  generated: string;
  figures: { label: string; value: string }[];
  sections: ReportSection[];
  outcomes: PresentedOutcome[];
  documents: EvidenceDocument[];
  /** How the outcomes' text was protected, and how the evidence documents were chosen. */
  notes: string[];
  codebook: Codebook;
}
