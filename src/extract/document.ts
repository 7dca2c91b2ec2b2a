/**
 * One document's text to its extracted structure: its kind from the layout, what the kind's layout says,
 * then what any text yields (language, entities, figures, framework codes) for the document and each item.
 */
import {
  type DocumentItem,
  type DocumentKind,
  type Entities,
  type ExtractedDocument,
  emptyEntities,
  type Figure,
  type FrameworkCode,
} from '../domain/document.js';
import { detectLanguage } from '../domain/language.js';
import { normaliseText } from '../ingest/documents/normalise.js';
import { inDateOrder, parseDate } from './dates.js';
import { contactEntities, findEntities } from './entities.js';
import { findFigures } from './figures.js';
import { findFrameworks } from './frameworks.js';
import { detectKind, readKind } from './kinds/index.js';
import { mailHeader, reportBelowRule, splitMailHeader } from './kinds/layout.js';
import { addUnique } from './kinds/text.js';

const ENTITY_LISTS = [
  'persons',
  'organizations',
  'locations',
  'countries',
  'emails',
  'urls',
  'handles',
  'hashtags',
] as const satisfies readonly (keyof Entities)[];

/** Each list of the first, then what the others add, without repeats (case ignored). */
function mergeEntities(...all: Partial<Entities>[]): Entities {
  const merged = emptyEntities();
  for (const e of all) for (const list of ENTITY_LISTS) addUnique(merged[list], e[list] ?? []);
  return merged;
}

function figureKey(f: Figure): string {
  return `${f.value}|${f.unit.toLocaleLowerCase()}`;
}

/** The layout's figures, then the text's, each layout figure standing for one text figure of the same count. */
function mergeFigures(stated: Figure[], found: Figure[]): Figure[] {
  const owed = new Map<string, number>();
  for (const f of stated) owed.set(figureKey(f), (owed.get(figureKey(f)) ?? 0) + 1);
  const rest = found.filter((f) => {
    const n = owed.get(figureKey(f)) ?? 0;
    if (n > 0) owed.set(figureKey(f), n - 1);
    return n === 0;
  });
  return [...stated, ...rest];
}

function mergeFrameworks(...all: FrameworkCode[][]): FrameworkCode[] {
  const seen = new Set<string>();
  return all.flat().filter((f) => {
    const key = `${f.framework}|${f.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The title's figures and the body's, each mention as readers list them ("130 landless families in …"). */
function itemFigures(item: DocumentItem, document: string): Figure[] {
  const body = findFigures(item.text, document);
  const title = item.title ? findFigures(item.title, document) : [];
  return [...title, ...body];
}

/** An item with what its own text yields (and its document tells of it). */
function describeItem(item: DocumentItem, document: string): DocumentItem {
  const text = item.title ? `${item.title}\n\n${item.text}` : item.text;
  return {
    ...item,
    language: detectLanguage(text),
    entities: findEntities(text),
    figures: itemFigures(item, document),
    frameworks: findFrameworks(text),
  };
}

const OPENING_LINES = 15;

/**
 * A title in capitals that the opening repeats in ordinary case ("INDIVIDUAL SELF REFLECTION 2022 …" above
 * "Individual Self Reflection 2022 … - Lobaye Women's Peace Initiative"), as the repeated line writes it.
 */
function asWrittenBelow(title: string | null, text: string): string | null {
  const capitals = title ? /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*?(?=:\s|$)/u.exec(title)?.[0].trim() : undefined;
  if (!title || !capitals || capitals.length < 12) return title;
  const key = capitals.toLocaleLowerCase();
  const lines = text
    .split('\n', OPENING_LINES * 3)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, OPENING_LINES);
  const below = lines.find((l) => /\p{Ll}/u.test(l) && l.toLocaleLowerCase().startsWith(key));
  return below ? below + title.slice(capitals.length) : title;
}

/**
 * The title the layout gives, or the declared one when the layout gives none or the declared one is the
 * same short heading with the site's name after it ("Actualités" in the page, "Actualités | COFEMEK – …" as
 * its HTML title), as a page of news names itself; a report's own title stands.
 */
function withSiteName(title: string | null, declared: string | null): string | null {
  if (!title || !declared) return title ?? declared;
  const site = declared.slice(title.length);
  const generic = title.split(/\s+/u).length <= 3;
  return generic &&
    declared.toLocaleLowerCase().startsWith(title.toLocaleLowerCase()) &&
    /^\s*[|–—-]\s*\S/u.test(site)
    ? declared
    : title;
}

/** "Título — Observatório Lia Loos": where a declared title's parts are set apart. */
const TITLE_PARTS = /\s+[|–—-]\s+/gu;

/**
 * The title a page declares, without the site's name after it, where the page shows it as a line of its
 * own ("Violência doméstica nos tribunais: …" under a line of its author, day and categories), unless the
 * layout's title already begins with it.
 */
function shownTitle(declared: string | null, layout: string | null, text: string): string | null {
  if (!declared) return null;
  const cuts = [...declared.matchAll(TITLE_PARTS)].map((m) => m.index);
  const lines = new Set(text.split('\n', 400).map((l) => l.trim()));
  for (const cut of [declared.length, ...cuts.reverse()]) {
    const head = declared.slice(0, cut).trim();
    if (head.split(/\s+/u).length < 4 || !lines.has(head)) continue;
    return layout?.toLocaleLowerCase().startsWith(head.toLocaleLowerCase()) ? null : head;
  }
  return null;
}

/** A file's name or an editor's or exporter's default, which a document's properties often give as its title. */
const NO_TITLE =
  /^(?:microsoft (?:word|powerpoint|excel) - .*|untitled(?: document)?|exported data|sans titre|sin t[íi]tulo|sem t[íi]tulo|без названия|без назви|document\s?\d*|документ\s?\d*|.*\.(?:docx?|pdf|odt|rtf|html?))$/iu;

/** The title a file declares, when it is one. */
function namesTheDocument(declared: string | null): string | null {
  const title = declared?.trim() ?? '';
  return title && !NO_TITLE.test(title) ? title : null;
}

/**
 * Extracts the structure of a document's text, touching no store. `declaredTitle` (an HTML title, a DOCX
 * or PDF property) names the document when its layout gives no title of its own; `furniture` (a page's
 * footer) adds the contacts it gives.
 */
export function extractText(
  file: string,
  text: string,
  declaredTitle: string | null = null,
  furniture = '',
  declaredDate: string | null = null,
): ExtractedDocument {
  const clean = normaliseText(text);
  return inDateOrder(clean, () => {
    const extracted = extractClean(detectKind(clean), file, clean, declaredTitle, declaredDate);
    // the contacts a page gives in its footer, which its text leaves out
    if (furniture) contactEntities(furniture, extracted.entities);
    return extracted;
  });
}

/** Extracts a text as a document of the given kind, whatever its layout (for baselines and tests). */
export function extractTextAs(
  kind: DocumentKind,
  file: string,
  text: string,
  declaredTitle: string | null = null,
): ExtractedDocument {
  const clean = normaliseText(text);
  return inDateOrder(clean, () => extractClean(kind, file, clean, declaredTitle));
}

/** A document's title, from what its layout, the file, an e-mail it came in and a page's only post say. */
function documentTitle(
  kind: DocumentKind,
  layout: string | null,
  clean: string,
  declared: string | null,
  mail: { subject: string | null } | null,
  post: string | null = null,
): string | null {
  // a report pasted under an e-mail's rule is titled by its own heading, a page or report sent as one by
  // its subject
  const report = mail && kind === 'document' ? reportBelowRule(clean) : null;
  const own = report ? asWrittenBelow(readKind('document', report).title, report) : null;
  if (own || mail?.subject) return own ?? mail?.subject ?? null;
  // a page of news is named by its page's title ("Noticias – Raíces Nicas en el Exilio"), over its masthead;
  // a page of one post by the post's ("Updates - MWCTJ" is the blog's)
  if (kind === 'news' && declared) return post ?? declared;
  // a page's or file's declared title that its text shows; a resolution's and a self-report's layout names
  // them better
  const shown = kind === 'document' || kind === 'factsheet' ? shownTitle(declared, layout, clean) : null;
  return shown ?? asWrittenBelow(withSiteName(layout, declared), clean);
}

function extractClean(
  kind: DocumentKind,
  file: string,
  clean: string,
  declaredTitle: string | null,
  declaredDate: string | null = null,
): ExtractedDocument {
  const parts = readKind(kind, clean);
  // a page or a report sent as an e-mail is titled and dated by its header; a resolution forwarded by
  // e-mail is not the message
  const mail = kind === 'news' || kind === 'document' ? mailHeader(clean) : null;
  // (written in the language of its message, not of its header's fields)
  const language = detectLanguage(mail ? splitMailHeader(clean).rest : clean);
  const post = parts.items?.length === 1 ? (parts.items[0]?.title ?? null) : null;
  const title = documentTitle(kind, parts.title, clean, namesTheDocument(declaredTitle), mail, post);
  const base: Omit<ExtractedDocument, 'items' | 'entities' | 'figures' | 'frameworks' | 'language'> = {
    file,
    kind,
    title: title || null,
    // (a page's front matter gives the day it was published)
    date: mail?.date ?? (declaredDate ? parseDate(declaredDate) : null) ?? parts.date,
    sections: parts.sections,
    recommendations: parts.recommendations,
    details: parts.details,
  };
  if (parts.items) {
    const items = parts.items.map((item) => describeItem(item, clean));
    return {
      ...base,
      language,
      items,
      entities: mergeEntities(parts.entities, ...items.map((i) => i.entities ?? {})),
      figures: mergeFigures(
        parts.figures,
        items.flatMap((i) => i.figures ?? []),
      ),
      frameworks: mergeFrameworks(parts.frameworks, ...items.map((i) => i.frameworks ?? [])),
    };
  }
  const entities = mergeEntities(parts.entities, findEntities(parts.entityText ?? clean));
  // the layout reads names from some parts only; an address, a site or a handle anywhere is the document's
  if (parts.entityText) contactEntities(clean, entities);
  const figures = mergeFigures(parts.figures, findFigures(parts.figureText ?? clean, clean));
  const frameworks = mergeFrameworks(parts.frameworks, findFrameworks(clean));
  const whole: DocumentItem = {
    title: base.title,
    date: base.date,
    text: clean.trim(),
    language,
    entities,
    figures,
    frameworks,
  };
  return { ...base, language, items: [whole], entities, figures, frameworks };
}
