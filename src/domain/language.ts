import { franc } from 'franc';

/** ISO 639-3 codes franc returns, for the languages this field works in, to their ISO 639-1 codes. */
const ISO_639_1: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  arb: 'ar',
  ary: 'ar',
  arz: 'ar',
  apc: 'ar',
  rus: 'ru',
  ukr: 'uk',
  kir: 'ky',
  kaz: 'kk',
  uzn: 'uz',
  tgk: 'tg',
  tur: 'tr',
  fas: 'fa',
  pes: 'fa',
  prs: 'fa',
  ckb: 'ku',
  kmr: 'ku',
  deu: 'de',
  nld: 'nl',
  ita: 'it',
  swh: 'sw',
  hau: 'ha',
  som: 'so',
  amh: 'am',
  mya: 'my',
  tgl: 'tl',
  ind: 'id',
  srp: 'sr',
  hrv: 'hr',
  bos: 'bs',
  sqi: 'sq',
  als: 'sq',
  kat: 'ka',
  hye: 'hy',
  ron: 'ro',
  pol: 'pl',
  ell: 'el',
  heb: 'he',
  urd: 'ur',
  pbu: 'ps',
};

/** The ISO 639-1 language of a text, or null when it is too short or not one of the languages above. */
export function detectLanguage(text: string): string | null {
  const code = franc(text.slice(0, 20_000), { minLength: 20, only: Object.keys(ISO_639_1) });
  return ISO_639_1[code] ?? null;
}
