/**
 * Any other document: a title when the text opens with a heading, its own date (a date line or dateline
 * near the top, as `mainDate` finds it), and its authors when credited.
 */
import { mainDate } from '../dates.js';
import { readAuthors } from './factsheet.js';
import { emptyParts, type KindParts } from './parts.js';
import { isHeading, paragraphs } from './text.js';

export function readDocument(text: string): KindParts {
  const paras = paragraphs(text);
  const first = paras[0];
  const title =
    first && first.lines.length <= 2 && isHeading(first.text.replace(/\n/g, ' '), 25)
      ? first.text.replace(/\n/g, ' ')
      : null;
  const authors = readAuthors(paras);
  return {
    ...emptyParts(),
    title,
    date: mainDate(text),
    details: authors.length > 0 ? { authors } : {},
    entities: { persons: authors.map((a) => a.name) },
  };
}
