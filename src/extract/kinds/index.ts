import type { DocumentKind } from '../../domain/document.js';
import { readDocument } from './document.js';
import { readFactsheet } from './factsheet.js';
import { readNews } from './news.js';
import type { KindParts } from './parts.js';
import { readResolution } from './resolution.js';
import { readSelfReport } from './selfReport.js';

export { detectKind } from './detect.js';
export type { KindParts } from './parts.js';

/** The reader of each kind's layout; outcome records are read by ingest, so here they are a document. */
const READERS: Record<DocumentKind, (text: string) => KindParts> = {
  'outcome-records': readDocument,
  'self-report': readSelfReport,
  resolution: readResolution,
  factsheet: readFactsheet,
  news: readNews,
  document: readDocument,
};

/** What the layout of a document of the given kind says: title, date, items, sections, details ... */
export function readKind(kind: DocumentKind, text: string): KindParts {
  return READERS[kind](text);
}
