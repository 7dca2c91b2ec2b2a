/**
 * Dates as the kind modules ask for them, on top of the generic date extractor (`../dates.ts`): a line that
 * is a date, the dates and ranges in a text with where they stand, a report's year.
 */
import { findDates, parseDate } from '../dates.js';

interface DateSpan {
  /** YYYY-MM-DD, YYYY-MM or YYYY; a single date has from = to. */
  from: string;
  to: string;
  /** UTF-16 offset of the mention in the text. */
  index: number;
}

/** The date a short text is, or null: "12.03.2024", "Fév 10.2024". */
export function dateOf(text: string): string | null {
  return parseDate(text);
}

/** Every date and range a text mentions, in order. */
export function datesIn(text: string): DateSpan[] {
  return findDates(text).map((d) => ({ from: d.date, to: d.endDate ?? d.date, index: d.start }));
}

/** The first range a text mentions ("between 1 January – 31 December 2020"), or null. */
export function rangeIn(text: string): { from: string; to: string } | null {
  const found = datesIn(text).find((d) => d.from !== d.to);
  return found ? { from: found.from, to: found.to } : null;
}

/** The first year a text names ("Self Reflection 2021 on ..."), as YYYY. */
export function firstYear(text: string): string | null {
  return /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/u.exec(text)?.[1] ?? null;
}
