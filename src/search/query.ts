/**
 * What people type into the search box, read by Tessera itself: words, "phrases in quotes", OR between
 * two alternatives, -word to leave out, word* for a prefix. Nothing a user types is ever handed to
 * PostgreSQL as query syntax: each word or phrase becomes a parameter of plainto_tsquery or
 * phraseto_tsquery, and the tsquery is assembled here from what PostgreSQL returns (`assemble`).
 */

/** A word or a phrase, as typed; `prefix` for word*. */
export interface Clause {
  kind: 'word' | 'phrase' | 'prefix';
  text: string;
}

export interface ParsedQuery {
  /** All groups must match; within a group, any clause (alternatives joined by OR). */
  groups: Clause[][];
  /** Clauses no hit may match. */
  excluded: Clause[];
  /** What was read differently from how it was typed, for the user. */
  notices: string[];
}

/** Longer queries are cut: nobody types more, and each word costs a lookup in every language. */
export const MAX_QUERY_CHARACTERS = 1000;
export const MAX_CLAUSES = 32;

const WORD_START = /[\p{L}\p{N}]/u;
const WORD_PART = /[\p{L}\p{M}\p{N}'’_-]/u;
/** Where a - means "leave out": at the start of the query or of a word, not inside one ("co-op"). */
const BEFORE_MINUS = /[\s(|]/u;

/** A token: a phrase, a word with its trailing stars, or an operator; with a leading minus. */
type Token = { minus: boolean } & (
  | { type: 'phrase'; text: string; closed: boolean }
  | { type: 'word'; text: string; stars: string }
  | { type: 'or' }
  | { type: 'not' }
);

/** Splits the text into tokens; anything else (brackets, &, !, :, <->, semicolons) only separates them. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  const chars = [...text];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] as string;
    const minus = c === '-' && (i === 0 || BEFORE_MINUS.test(chars[i - 1] as string));
    const at = minus ? i + 1 : i;
    const next = chars[at] ?? '';
    if (next === '"') {
      const close = chars.indexOf('"', at + 1);
      const end = close < 0 ? chars.length : close;
      out.push({ type: 'phrase', text: chars.slice(at + 1, end).join(''), closed: close >= 0, minus });
      i = end + 1;
    } else if (WORD_START.test(next)) {
      let end = at;
      while (end < chars.length && WORD_PART.test(chars[end] as string)) end++;
      let stars = end;
      while (chars[stars] === '*') stars++;
      const word = chars.slice(at, end).join('');
      if (!minus && (word === 'OR' || word === 'NOT' || word === 'AND')) {
        if (word === 'OR') out.push({ type: 'or', minus: false });
        if (word === 'NOT') out.push({ type: 'not', minus: false });
      } else out.push({ type: 'word', text: word, stars: chars.slice(end, stars).join(''), minus });
      i = stars;
    } else {
      if (c === '|') out.push({ type: 'or', minus: false });
      i++;
    }
  }
  return out;
}

/** A hyphenated word is a phrase of its parts: "early-warning" finds "early warning" too. */
function wordClause(word: string, stars: string, notices: string[]): Clause | null {
  const text = word.replace(/^[-'’_]+|[-'’_]+$/gu, '');
  if (!text) return null;
  if (stars) {
    if ([...text].length >= 2 && !/[-_'’]/u.test(text)) return { kind: 'prefix', text };
    notices.push(`"${text}*": a prefix needs two letters or more and no hyphen; searched as a word`);
  }
  return /[-_]/u.test(text) ? { kind: 'phrase', text: text.replace(/[-_]+/gu, ' ') } : { kind: 'word', text };
}

function phraseClause(text: string): Clause | null {
  const phrase = text.replace(/[^\p{L}\p{M}\p{N}'’]+/gu, ' ').trim();
  if (!phrase) return null;
  return /\s/u.test(phrase) ? { kind: 'phrase', text: phrase } : { kind: 'word', text: phrase };
}

/** Reads a query; never fails, whatever the input: what cannot be read is said in `notices`. */
export function parseQuery(input: string): ParsedQuery {
  const notices: string[] = [];
  let text = input.normalize('NFC');
  if (text.length > MAX_QUERY_CHARACTERS) {
    const cut = text.lastIndexOf(' ', MAX_QUERY_CHARACTERS);
    text = text.slice(0, cut > MAX_QUERY_CHARACTERS / 2 ? cut : MAX_QUERY_CHARACTERS);
    notices.push(`the query is longer than ${MAX_QUERY_CHARACTERS} characters: only its start is searched`);
  }
  const groups: Clause[][] = [];
  const excluded: Clause[] = [];
  let orPending = false;
  let notPending = false;
  let clauses = 0;
  for (const token of tokens(text)) {
    if (token.type === 'or') {
      orPending = groups.length > 0;
      continue;
    }
    if (token.type === 'not') {
      notPending = true;
      continue;
    }
    if (token.type === 'phrase' && !token.closed)
      notices.push('a quote was not closed: the phrase runs to the end of the query');
    const clause =
      token.type === 'phrase' ? phraseClause(token.text) : wordClause(token.text, token.stars, notices);
    if (!clause) continue;
    if (++clauses > MAX_CLAUSES) {
      notices.push(`only the first ${MAX_CLAUSES} words and phrases are searched`);
      break;
    }
    if (token.minus || notPending) excluded.push(clause);
    else if (orPending) groups.at(-1)?.push(clause);
    else groups.push([clause]);
    orPending = false;
    notPending = false;
  }
  return { groups, excluded, notices };
}

/** The clauses of a parsed query, each once, in the order `assemble` expects their tsqueries. */
export function clausesOf(query: ParsedQuery): Clause[] {
  return [...query.groups.flat(), ...query.excluded];
}

/**
 * Each clause's tsquery text in each configuration, as PostgreSQL made it (an empty string when the
 * configuration drops the clause: a stop word). Indexed [clause][configuration].
 */
export type Lexemes = string[][];

export interface Assembled {
  /** The tsquery text, or null when nothing is left to search for. */
  tsquery: string | null;
  /** The query of each configuration alone: what a text indexed in it is highlighted with. */
  byConfig: Record<string, string>;
  /** Groups that are stop words in some language, left out. */
  stopWords: string[];
  /** Each group that is searched for, as a tsquery in any language: what `coverage` counts. */
  words: string[];
  /** Any of `words` and none of the exclusions: the items a relaxed search ranks by coverage. */
  anyWord: string | null;
}

const wrap = (q: string) => `( ${q} )`;
const anyOf = (alternatives: string[]) =>
  alternatives.length === 1 ? wrap(alternatives[0] as string) : wrap(alternatives.map(wrap).join(' | '));

/**
 * The tsquery: in each language, every group (any of its alternatives) and none of the exclusions; the
 * languages joined by OR, since each text is indexed in its own. A group that is a stop word in a
 * language is dropped in that language; in `simple` (texts of no known language) it is dropped when it is
 * a stop word in any. A query of stop words only leaves nothing to search for.
 */
export function assemble(query: ParsedQuery, lexemes: Lexemes, configs: readonly string[]): Assembled {
  const clauses = clausesOf(query);
  const index = new Map(clauses.map((c, i) => [c, i]));
  const at = (c: Clause, k: number) => lexemes[index.get(c) ?? -1]?.[k] ?? '';
  const simple = configs.indexOf('simple');
  const stemming = configs.map((_, k) => k).filter((k) => k !== simple);
  const isStop = (group: Clause[]) => stemming.some((k) => group.every((c) => at(c, k) === ''));
  const stopWords = query.groups.filter(isStop).map((g) => g.map((c) => c.text).join(' OR '));
  if (stopWords.length === query.groups.length)
    return { tsquery: null, byConfig: {}, stopWords, words: [], anyWord: null };
  /** A group in one configuration: any of its alternatives that the configuration keeps. */
  const groupIn = (g: Clause[], k: number) => {
    const alternatives = g.map((c) => at(c, k)).filter(Boolean);
    return alternatives.length > 0 ? anyOf(alternatives) : null;
  };
  const byConfig: Record<string, string> = {};
  for (const [k, config] of configs.entries()) {
    const groups = query.groups
      .filter((g) => !(config === 'simple' && isStop(g)))
      .flatMap((g) => groupIn(g, k) ?? []);
    if (groups.length === 0) continue;
    const without = query.excluded
      .map((c) => at(c, k))
      .filter(Boolean)
      .map((q) => `!${wrap(q)}`);
    byConfig[config] = [...groups, ...without].join(' & ');
  }
  const distinct = [...new Set(Object.values(byConfig))];
  const tsquery = distinct.length > 0 ? distinct.map(wrap).join(' | ') : null;
  const inAny = (g: Clause[]) => [
    ...new Set(g.flatMap((c) => configs.map((_, k) => at(c, k)).filter(Boolean))),
  ];
  const words = query.groups.filter((g) => !isStop(g)).map((g) => anyOf(inAny(g)));
  const excluded = inAny(query.excluded);
  const anyWord = words.length
    ? [wrap(words.join(' | ')), ...(excluded.length ? [`!${anyOf(excluded)}`] : [])].join(' & ')
    : null;
  return { tsquery, byConfig, stopWords, words, anyWord };
}
