/**
 * Any other document: a title when the text opens with a heading, its own date (a date line or dateline
 * near the top, as `mainDate` finds it), and its authors when credited.
 */
import { mainDate } from '../dates.js';
import { readAuthors } from './factsheet.js';
import { breadcrumb } from './layout.js';
import { emptyParts, type KindParts } from './parts.js';
import { isHeading, paragraphs } from './text.js';

/** The title a page's breadcrumb ends with ("Accueil / Publications / Rapport d'activités 2023"), if any. */
function crumbTitle(line: string): string | null {
  const crumb = breadcrumb(line);
  return crumb
    ? (crumb.rest
        .split(/\s*(?:[>»›]|\s\/\s)\s*/u)
        .pop()
        ?.trim() ?? null)
    : null;
}

export function readDocument(text: string): KindParts {
  const all = paragraphs(text);
  // a breadcrumb above the title is the page's way there; its last step is the title as written
  const crumb = all[0]?.lines.length === 1 ? crumbTitle(all[0].text) : null;
  const paras = crumb ? all.slice(1) : all;
  const first = paras[0];
  const heading =
    first && first.lines.length <= 2 && isHeading(first.text.replace(/\n/g, ' '), 25)
      ? first.text.replace(/\n/g, ' ')
      : null;
  const title =
    crumb && heading && crumb.toLocaleLowerCase() === heading.toLocaleLowerCase()
      ? crumb
      : (heading ?? crumb);
  const authors = readAuthors(paras);
  return {
    ...emptyParts(),
    title,
    date: mainDate(text),
    details: authors.length > 0 ? { authors } : {},
    entities: { persons: authors.map((a) => a.name) },
  };
}
