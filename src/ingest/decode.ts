/** Text decoded from bytes, with the encoding it was found to be in. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';
}

/** Why bytes could not be read as text, phrased for the user; `binary` when they are not text at all. */
export class UndecodableText extends Error {
  constructor(
    message: string,
    readonly binary = false,
  ) {
    super(message);
  }
}

const SAMPLE = 64 * 1024;

/**
 * Windows-1252 characters of bytes 0x80-0x9F. Node 20.18.3 and later decode 'windows-1252' as ISO-8859-1 and
 * turn these into control characters (nodejs/node#60888), losing the € and the curly quotes of Word text.
 */
const CP1252_80_9F =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

function nulRatio(bytes: Uint8Array, parity: 0 | 1): number {
  const n = Math.min(bytes.length, SAMPLE);
  let nul = 0;
  for (let i = parity; i < n; i += 2) if (bytes[i] === 0) nul++;
  return nul / Math.max(1, Math.floor(n / 2));
}

const isLatinLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/**
 * Whether 8-bit text is Cyrillic Windows-1251 rather than Western Windows-1252. Both put letters at 0xC0-0xFF:
 * Cyrillic words are made of those bytes only, while Western words mix an accented letter with ASCII ones
 * ("café", "Müller"). So count neighbouring letter pairs: two high letters, or a high one beside an ASCII one.
 */
function looksCyrillic1251(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let highPairs = 0;
  let mixedPairs = 0;
  for (let i = 1; i < n; i++) {
    const a = bytes[i - 1] ?? 0;
    const b = bytes[i] ?? 0;
    const highA = a >= 0xc0;
    const highB = b >= 0xc0;
    if (highA && highB) highPairs++;
    else if ((highA && isLatinLetter(b)) || (highB && isLatinLetter(a))) mixedPairs++;
  }
  return highPairs > 2 * mixedPairs;
}

/** Decodes bytes that are not UTF-8 as Windows-1251 or Windows-1252, whichever yields plausible words. */
function decode8bit(bytes: Uint8Array): DecodedText {
  if (looksCyrillic1251(bytes))
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  const text = new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80] ?? c);
  return { text, encoding: 'windows-1252' };
}

/** Control characters other than the whitespace ones (tab, line ends, form feed) and escape mark a binary file. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b)
      controls++;
  }
  return controls > 0 && controls / Math.max(1, sample.length) > 0.001;
}

/**
 * Decodes a text export: UTF-8 with or without BOM, UTF-16 (BOM or the NUL pattern of ASCII text), and
 * Windows-1251 (Cyrillic) or Windows-1252 (Western) for bytes that are not valid UTF-8. Binary content is refused rather than read as junk.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let encoding: DecodedText['encoding'];
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    [encoding, body] = ['utf-8', bytes.subarray(3)];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, body] = ['utf-16le', bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, body] = ['utf-16be', bytes.subarray(2)];
  else if (nulRatio(bytes, 1) > 0.3 && nulRatio(bytes, 0) < 0.05) encoding = 'utf-16le';
  else if (nulRatio(bytes, 0) > 0.3 && nulRatio(bytes, 1) < 0.05) encoding = 'utf-16be';
  else encoding = 'utf-8';

  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    if (encoding !== 'utf-8')
      throw new UndecodableText(
        `the file starts as ${encoding.toUpperCase()} but holds bytes that are not; save it again as UTF-8`,
      );
    ({ text, encoding } = decode8bit(body));
  }
  if (looksBinary(text))
    throw new UndecodableText('the file is binary, not text; export the sheet as CSV (UTF-8) or XLSX', true);
  return { text: text.normalize('NFC'), encoding };
}
