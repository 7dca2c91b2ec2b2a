/**
 * Partner documents and what Tessera extracts from them (BRIEF: Document, its Items, Actors; the
 * `tessera extract --json` contract).
 */

/** Kinds of input `tessera extract` tells apart, from content rather than file names. */
export type DocumentKind =
  | 'outcome-records'
  | 'self-report'
  | 'resolution'
  | 'factsheet'
  | 'news'
  | 'document';

/** The file formats documents arrive in. */
export type DocumentFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/** A document's text as read from its file, before any extraction. */
export interface DocumentText {
  file: string;
  format: DocumentFormat;
  /** Main content as plain text: paragraphs separated by blank lines, tables as tab-separated rows. */
  text: string;
  /** Title the file itself declares (HTML <title>, DOCX or PDF properties), if any. */
  declaredTitle: string | null;
  /** Day the file itself declares (a Markdown page's front matter), as written, if any. */
  declaredDate?: string;
  encoding?: string;
  pages?: number;
  /** Things a user should know about how the text was read (e.g. page furniture dropped). */
  notes: string[];
  /**
   * Text left out as a page's furniture (an HTML footer, a PDF's running headers and footers), kept for the
   * addresses, links and handles a page gives there: they are the document's too.
   */
  furniture?: string;
}

/** Entities named in a text, each list deduplicated, in order of first mention. */
export interface Entities {
  persons: string[];
  organizations: string[];
  locations: string[];
  /** ISO 3166-1 alpha-2 codes (Kosovo is XK). */
  countries: string[];
  emails: string[];
  urls: string[];
  handles: string[];
  hashtags: string[];
}

/** A number with what it counts: "11,388 children" is {value: 11388, unit: 'children', label: ...}. */
export interface Figure {
  value: number;
  unit: string;
  /** The phrase it was read from, or the heading it belongs to (e.g. the strategy). */
  label: string;
}

/** A code of a framework a document refers to: WHS transformations, INSPIRE strategies, UNSCR 1325 pillars. */
export interface FrameworkCode {
  framework: 'whs' | 'inspire' | 'unscr1325';
  code: string;
  title: string;
}

export interface Commitment {
  text: string;
  /** The commitment type column (Operational, Advocacy, Policy ...). */
  type: string | null;
  coreResponsibility: string | null;
  /** "individual" or "core": which of the report's tables it is in. */
  scope: string | null;
}

/** A section of a self-report, headed by a transformation code and title. */
export interface Section {
  code: string | null;
  title: string;
  text: string;
  keywords: string[];
  commitments: Commitment[];
}

export interface Recommendation {
  addressee: string;
  text: string;
  /** The heading the recommendation stands under within its addressee's list, if any. */
  topic?: string;
}

/** One item of a composite document (a news item of a news page), or the whole of a simple one. */
export interface DocumentItem {
  title: string | null;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string | null;
  text: string;
  /** ISO 639-1 of the item's own text (a page may mix languages). */
  language?: string | null;
  entities?: Entities;
  figures?: Figure[];
  frameworks?: FrameworkCode[];
}

/** What extraction yields for one document (BRIEF, CLI contract of `tessera extract --json`). */
export interface ExtractedDocument {
  file: string;
  kind: DocumentKind;
  /** ISO 639-1. */
  language: string | null;
  title: string | null;
  date: string | null;
  items: DocumentItem[];
  entities: Entities;
  frameworks: FrameworkCode[];
  sections: Section[];
  recommendations: Recommendation[];
  figures: Figure[];
  /** Structure particular to a kind (a self-report's stakeholder block, a resolution's event, ...). */
  details: Record<string, unknown>;
}

export function emptyEntities(): Entities {
  return {
    persons: [],
    organizations: [],
    locations: [],
    countries: [],
    emails: [],
    urls: [],
    handles: [],
    hashtags: [],
  };
}
