import type {
  DocumentItem,
  Entities,
  Figure,
  FrameworkCode,
  Recommendation,
  Section,
} from '../../domain/document.js';

/**
 * What a kind module reads from a document's layout. `extractText` adds what any text yields (language,
 * entities, figures, framework codes found by the generic extractors) and merges the two.
 */
export interface KindParts {
  title: string | null;
  date: string | null;
  /** Items of a composite document; a simple document becomes one item of its whole text. */
  items: DocumentItem[] | null;
  sections: Section[];
  recommendations: Recommendation[];
  details: Record<string, unknown>;
  /** Figures the layout states (a survey's count per strategy). */
  figures: Figure[];
  /** Framework codes the layout states (a self-report's section codes). */
  frameworks: FrameworkCode[];
  /** Names the layout states (the stakeholder block's organisation, a testimonial's person). */
  entities: Partial<Entities>;
  /** The text whose figures count, when not the whole (a self-report's narratives, not its form). */
  figureText: string | null;
  /**
   * The text whose names count, when not the whole: without a form's labels and table headers, and without
   * the lines in capitals whose names the layout already read (addressees, testimonial names, headings).
   */
  entityText: string | null;
}

export function emptyParts(): KindParts {
  return {
    title: null,
    date: null,
    items: null,
    sections: [],
    recommendations: [],
    details: {},
    figures: [],
    frameworks: [],
    entities: {},
    figureText: null,
    entityText: null,
  };
}
