/**
 * Russian and Ukrainian adjectives, as the names of regions and public bodies inflect them ("Алматинской
 * области", "Ізюмською міською радою"), back to the nominative a reader lists them in.
 */

/** Adjective endings in every case and number, both languages. */
export const ADJECTIVE_ENDINGS = 'ого|ому|ая|ое|ой|ую|ою|ий|ый|им|ым|ом|их|ых|ие|ые|ої|ій|ім|ее|а|е|у|і';
const ENDING = new RegExp(`(?:${ADJECTIVE_ENDINGS})$`, 'u');

export type Gender = 'masculine' | 'feminine' | 'neuter';

/** Letters and spellings only Ukrainian has: "і", "ї", "є", "ґ", the soft sign of "-ськ-". */
export function isUkrainian(words: string): boolean {
  return /[іїєґІЇЄҐ]|[сцз]ьк/u.test(words);
}

/** An adjective in the nominative singular of a noun of the given gender: "Харківським" → "Харківський". */
export function nominativeAdjective(adjective: string, gender: Gender, ukrainian: boolean): string {
  const stem = adjective.replace(ENDING, '');
  if (gender === 'feminine') return stem + (ukrainian ? 'а' : 'ая');
  if (gender === 'neuter') return stem + (ukrainian ? 'е' : 'ое');
  return stem + (ukrainian || /[гкхжшчщ]$/u.test(stem) ? 'ий' : 'ый');
}
