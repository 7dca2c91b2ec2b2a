/**
 * What the coding model reads of an outcome: words, word pairs and the letter sequences inside words, in
 * any language and script. Text is folded (NFKD, accents and other combining marks dropped, lower case)
 * so that "Comité" and "comite" are one word; numbers are left out, since years and counts say nothing
 * about how an outcome is coded. Each feature is hashed into a fixed space, so no vocabulary is needed to
 * read a new outcome, and every feature remembers the words it came from, to explain a suggestion.
 */

/** The text an outcome is coded from. */
export interface CodingText {
  description: string;
  significance: string | null;
  contributionProgramme: string | null;
}

/** Bits of each zone's hash space; four zones make a space of 2^20 buckets. */
const ZONE_BITS = 18;
const ZONE_SIZE = 1 << ZONE_BITS;
/** The zones: the description, its opening words (who changed), the significance, the contribution. */
export const ZONES = 4;
export const FEATURE_SPACE = ZONES * ZONE_SIZE;

/** Words of the description's opening that say, in most languages, who changed. */
const OPENING_WORDS = 8;
/** An introductory clause is at most this many words before a comma. */
const INTRODUCTION_WORDS = 6;

/** A word of the text as written, and its folded form. */
export interface Token {
  surface: string;
  key: string;
  /** UTF-16 offset in the text. */
  start: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const NUMBER = /^[\p{N}]+$/u;
const ASCII = /^[a-zA-Z0-9]*$/;

/** Lower case without accents or other combining marks, in a compatible normal form. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .normalize('NFC');
}

/** The words of a text, numbers left out. */
export function tokenize(text: string | null): Token[] {
  if (!text) return [];
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const key = ASCII.test(match[0]) ? match[0].toLowerCase() : foldText(match[0]);
    if (key === '' || NUMBER.test(key)) continue;
    tokens.push({ surface: match[0], key, start: match.index });
  }
  return tokens;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv(h: number, text: string): number {
  let hash = h;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** A 32-bit hash of a word (FNV-1a), for indexes that need no vocabulary. */
export function hashWord(word: string): number {
  return fnv(FNV_OFFSET, word) >>> 0;
}

/** Kinds of feature, mixed into the hash so that the word "pol" and the letters "pol" differ. */
const WORD_SEED = fnv(FNV_OFFSET, 'word');
const PAIR_SEED = fnv(FNV_OFFSET, 'pair');
const CHARS_SEED = fnv(FNV_OFFSET, 'chars');

function bucket(zone: number, hash: number): number {
  return zone * ZONE_SIZE + ((hash >>> 0) & (ZONE_SIZE - 1));
}

/** The zone of a bucket: 0 description, 1 its opening, 2 significance, 3 contribution. */
export function zoneOf(feature: number): number {
  return feature >>> ZONE_BITS;
}

/**
 * Every feature occurrence of a text, in order: its bucket, its zone, and the words it came from
 * (`firsts[i]`, and `spans[i]` words from there, of the zone's token list). Buffers grow as needed and
 * are reused from one text to the next.
 */
export class FeatureList {
  size = 0;
  features = new Int32Array(4096);
  zones = new Uint8Array(4096);
  firsts = new Int32Array(4096);
  spans = new Uint8Array(4096);

  private add(feature: number, zone: number, first: number, span: number): void {
    if (this.size === this.features.length) this.grow();
    this.features[this.size] = feature;
    this.zones[this.size] = zone;
    this.firsts[this.size] = first;
    this.spans[this.size++] = span;
  }

  private grow(): void {
    const size = this.features.length * 2;
    const features = new Int32Array(size);
    const zones = new Uint8Array(size);
    const firsts = new Int32Array(size);
    const spans = new Uint8Array(size);
    features.set(this.features);
    zones.set(this.zones);
    firsts.set(this.firsts);
    spans.set(this.spans);
    Object.assign(this, { features, zones, firsts, spans });
  }

  /** Lists the features of a text's zones: words, neighbouring word pairs, and the 3- to 5-letter sequences of each word padded with spaces. */
  fill(zones: Token[][]): this {
    this.size = 0;
    zones.forEach((tokens, zone) => {
      for (let t = 0; t < tokens.length; t++) {
        const key = (tokens[t] as Token).key;
        const word = fnv(WORD_SEED, key);
        this.add(bucket(zone, word), zone, t, 1);
        const next = tokens[t + 1];
        if (next) this.add(bucket(zone, fnv(fnv(PAIR_SEED, key), ` ${next.key}`)), zone, t, 2);
        const padded = ` ${key} `;
        for (let i = 0; i + 3 <= padded.length; i++) {
          let hash = CHARS_SEED;
          for (let j = i; j < i + 5 && j < padded.length; j++) {
            hash = Math.imul(hash ^ padded.charCodeAt(j), FNV_PRIME);
            if (j - i >= 2) this.add(bucket(zone, hash), zone, t, 1);
          }
        }
      }
    });
    return this;
  }
}

/**
 * The words that open the description, after an introductory clause such as a date ("In May 2023,",
 * "En mai 2023,", "В мае 2023 года,"): in most statements, who changed.
 */
function opening(description: string, tokens: Token[]): Token[] {
  const comma = description.search(/[,،、，]/u);
  const after = comma < 0 ? -1 : tokens.findIndex((t) => t.start > comma);
  const from = after > 0 && after <= INTRODUCTION_WORDS ? after : 0;
  return tokens.slice(from, from + OPENING_WORDS);
}

/** The token lists of each zone of an outcome, in zone order. */
export function zoneTokens(text: CodingText): Token[][] {
  const description = tokenize(text.description);
  return [
    description,
    opening(text.description, description),
    tokenize(text.significance),
    tokenize(text.contributionProgramme),
  ];
}

/** A feature's count in one text, as parallel arrays sorted by feature. */
export interface FeatureCounts {
  features: Int32Array;
  counts: Float32Array;
}

/** Counts an outcome's features, reusing one accumulator across calls to spare allocations. */
export class FeatureCounter {
  private readonly counts = new Float32Array(FEATURE_SPACE);
  private readonly list = new FeatureList();
  private touched = new Int32Array(4096);

  count(text: CodingText): FeatureCounts {
    const list = this.list.fill(zoneTokens(text));
    if (this.touched.length < list.size) this.touched = new Int32Array(list.features.length);
    let size = 0;
    for (let i = 0; i < list.size; i++) {
      const feature = list.features[i] as number;
      if (this.counts[feature] === 0) this.touched[size++] = feature;
      this.counts[feature] = (this.counts[feature] as number) + 1;
    }
    const features = this.touched.slice(0, size).sort();
    const counts = new Float32Array(features.length);
    for (let i = 0; i < features.length; i++) {
      const f = features[i] as number;
      counts[i] = this.counts[f] as number;
      this.counts[f] = 0;
    }
    return { features, counts };
  }
}
