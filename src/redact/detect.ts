/**
 * Finds personal data in text by weighing several signals together, never one alone: shapes (e-mail,
 * phone, URL, handle), a registry of known people and actors, titles and context words in each
 * language, gazetteers of places, name lists, the shape of names (particles, family-name endings),
 * organisation heads, and propagation (a name found once is found wherever it recurs).
 */
import { countryCode } from '../domain/country.js';
import { CURRENCY_CODES } from '../domain/currency.js';
import type { RedactionLabel, Span, SpanSource } from '../domain/redaction.js';
import { type Found, findArabic } from './arabic.js';
import {
  CYRILLIC_SURNAME_SHAPE,
  INTERNATIONAL_BODIES,
  LEADING_PARTICLES,
  NAME_PARTICLES,
  NAMING,
  NOT_NAMES,
  ORG_HEADS_STRONG,
  ORG_HEADS_WEAK,
  ORG_STARTS,
  PERSON_AFTER,
  PERSON_BEFORE,
  PLACE_AFTER,
  PLACE_BEFORE,
  PLACE_OF,
  ROLES,
  STATE_HEADS,
  SURNAME_SHAPE,
  THING_AFTER,
  TITLES,
  TRAILING_PARTICLES,
  WEAK_PLACE_BEFORE,
  WEAK_TITLES,
} from './cues.js';
import { getLexicon, type Lexicon } from './lexicon.js';
import { findPatterns, findPlaceholders } from './patterns.js';
import { keyOf, latinVariants, type Token, tokenize } from './text.js';

/** A known person or actor: from imports, from users' corrections. */
export interface RegistryEntry {
  text: string;
  label: RedactionLabel;
}

/** Lists (allow, registry, seen) are read once per list object: pass a new one when a list changes. */
export interface DetectOptions {
  /** Terms never redacted: the programme's own name, public institutions, campaign hashtags. */
  allow?: Iterable<string>;
  /** Known people and actors, found wherever they occur, in any case. */
  registry?: Iterable<RegistryEntry>;
  /** The labels to report; all by default. */
  labels?: Iterable<RedactionLabel>;
  /**
   * Names found earlier in the same document (by `redactStream`, in its earlier parts): their parts are
   * found again here as a name found once in this text would be.
   */
  seen?: Iterable<RegistryEntry>;
}

/** Words that join the parts of an organisation's name ("Association des Jeunes pour la Paix", "… pela Paz em Cabo Delgado"). */
const ORG_CONNECTORS = new Set(
  'of|for|the|de|des|du|la|le|les|pour|contre|del|por|para|los|las|el|d|l|da|do|das|dos|pela|pelo|pelas|pelos|em|ni|na|wa|pa|za|ya'.split(
    '|',
  ),
);
/** Adjectives of the state: "Provincial Council" is an institution, "Zakho Youth Parliament" is not. */
const STATE_MARKERS = new Set(
  'provincial|municipal|district|national|regional|city|local|state|federal|supreme|constitutional|high|military|criminal|presidential|village|county|government|governmental|public|ministerial|parliamentary|steering|executive|general|security|human rights|central|interim|joint|technical|coordination|advisory|standing|select|special|appeal|appeals'.split(
    '|',
  ),
);
const ARTICLES = new Set(['the', 'la', 'le', 'les', 'el', 'los', 'las', 'l']);
const QUOTE_OR_SPACE = /^[ \t\u00a0\p{Cf}]*(?:\r?\n[ \t\u00a0\p{Cf}]*)?$/u;
const SPEECH_AFTER = new Set(
  'said|says|told|tells|explained|explains|added|recalled|recalls|noted|stressed|argued|asked|answered|wrote|shared|reported|believes|thinks|remembers|hopes|feels|lives|works|leads|founded|chaired|presented|invited|hosted|organised|organized|met|joined|received|started|trained|helped|attended|became|came|went|uulu|kyzy|рассказывает|рассказала|рассказал|говорит|сказала|сказал|каже|розповідає|dit|explique|raconte|affirme|dijo|explicó|cuenta'
    .split('|')
    .map(keyOf),
);

interface Context {
  text: string;
  tokens: Token[];
  lexicon: Lexicon;
  found: Candidate[];
  /** What `placeKind` found for a range of tokens (by `rangeKey`), so that it is looked up once. */
  places: Map<number, number>;
}

interface Candidate extends Found {
  entity?: string;
}

/** Cue words of every language are never names themselves ("Ministère", "Контактна особа"). */
const CUE_WORDS = new Set([
  ...STATE_HEADS,
  ...ORG_HEADS_STRONG,
  ...ORG_HEADS_WEAK,
  ...ORG_STARTS,
  ...PLACE_AFTER,
  ...THING_AFTER,
  ...PERSON_BEFORE,
]);

function isCommon(t: Token, lexicon: Lexicon): boolean {
  t.common ??=
    lexicon.common.has(t.key) || NOT_NAMES.has(t.key) || lexicon.stop.has(t.key) || CUE_WORDS.has(t.key);
  return t.common;
}

const countryCodes = new Map<string, string | undefined>();

/** `countryCode`, remembered: it normalises its input, which is slow to repeat for every word. */
function countryOf(key: string): string | undefined {
  if (!countryCodes.has(key)) {
    if (countryCodes.size > 50_000) countryCodes.clear();
    countryCodes.set(key, countryCode(key));
  }
  return countryCodes.get(key);
}

/** "Kurdish-language", "Syrian-led": a hyphenated adjective, not a name. */
function isCompoundAdjective(t: Token, lexicon: Lexicon): boolean {
  const parts = t.key.split(' ');
  const tail = parts[parts.length - 1] ?? '';
  return (
    parts.length > 1 && (tail.length >= 4 || tail === 'led' || tail === 'run') && lexicon.common.has(tail)
  );
}

function keysOf(t: Token): string[] {
  if (t.script !== 'cyrillic') return [t.latin];
  // an inflected Cyrillic name (Іваном, Айгуль, Гульмиры): the word and its stem, in Latin spellings
  const stem = t.latin.replace(/(?:om|em|oy|oyu|eyu|u|yu|a|ya|e|i|y)$/u, '');
  return stem.length > 2 && stem !== t.latin
    ? [...latinVariants(t.latin), ...latinVariants(stem)]
    : latinVariants(t.latin);
}

function isFirstName(t: Token, lexicon: Lexicon): boolean {
  t.firstName ??= keysOf(t).some((k) => lexicon.firstNames.has(k)) || lexicon.arabicNames.has(t.key);
  return t.firstName;
}

function isKnownName(t: Token, lexicon: Lexicon): boolean {
  t.knownName ??= isFirstName(t, lexicon) || keysOf(t).some((k) => lexicon.names.has(k));
  return t.knownName;
}

/** Syrian, Iraqi, Lebanese, Ukrainian: adjectives made from country names. */
const demonyms = new Map<string, boolean>();

function isDemonym(t: Token, lexicon: Lexicon): boolean {
  let known = demonyms.get(t.latin);
  if (known === undefined) {
    known = looksLikeDemonym(t, lexicon);
    if (demonyms.size > 50_000) demonyms.clear();
    demonyms.set(t.latin, known);
  }
  return known;
}

function looksLikeDemonym(t: Token, lexicon: Lexicon): boolean {
  const word = t.latin.split(' ')[0] ?? '';
  if (NOT_NAMES.has(t.key) || NOT_NAMES.has(word)) return true;
  // "Syrian" of "Syrian Arab Republic": the first word of a country's name, not a place itself
  if (lexicon.countryStems.has(word) && !lexicon.places.has(word)) return true;
  for (const suffix of ['n', 'an', 'ian', 'ese', 'ish', 'i', 'ean', 'ite', 'ic', 'ians', 'ans', 'is']) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const base = word.slice(0, -suffix.length);
    for (const ext of ['', 'a', 'ia', 'e', 'o', 'on', 'istan', 'stan', 'y']) {
      if (lexicon.countryStems.has(base + ext)) return true;
    }
  }
  return false;
}

function isCapitalised(t: Token): boolean {
  return t.casing === 'title' || t.casing === 'caps';
}

/** The gap after token i lets a name run on: spaces, one line break, a title's period. */
function runsOn(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  const next = ctx.tokens[i + 1];
  if (!t || !next) return false;
  // a possessive may run on inside an organisation's name ("Women's Network"); classify splits people there
  if (QUOTE_OR_SPACE.test(next.gap) || /^['’][ \t]+$/u.test(next.gap)) return true;
  // "Dr. Name", "J. Name"
  return /^\.[ \t]+$/u.test(next.gap) && (TITLES.has(t.key) || t.key.length === 1);
}

function phraseKey(tokens: Token[], first: number, last: number): string {
  return tokens
    .slice(first, last + 1)
    .map((t) => t.key)
    .join(' ');
}

function latinPhrase(tokens: Token[], first: number, last: number): string {
  return tokens
    .slice(first, last + 1)
    .map((t) => t.latin)
    .join(' ');
}

/** One number per range of tokens, cheaper to make and to look up than a string for each range. */
function rangeKey(first: number, last: number): number {
  // exact for ranges under a million tokens (names are a few) at any offset below 2^33
  return first * 2 ** 20 + (last - first);
}

/** Whether first..last names a place: 2 for a country, 1 for another place, 0 if unknown. */
function placeKind(ctx: Context, first: number, last: number): number {
  const memo = rangeKey(first, last);
  let kind = ctx.places.get(memo);
  if (kind === undefined) {
    kind = lookUpPlace(ctx, first, last);
    ctx.places.set(memo, kind);
  }
  return kind;
}

function lookUpPlace(ctx: Context, first: number, last: number): number {
  const head = ctx.tokens[first] as Token;
  if (first !== last && !ctx.lexicon.placeHeads.has(head.key) && !ctx.lexicon.placeHeads.has(head.latin))
    return 0;
  const single = first === last ? ctx.tokens[first] : undefined;
  const key = single ? single.key : phraseKey(ctx.tokens, first, last);
  const latin = single ? single.latin : latinPhrase(ctx.tokens, first, last);
  const known = ctx.lexicon.places.get(key) ?? (latin === key ? undefined : ctx.lexicon.places.get(latin));
  if (known === true) return 2;
  // short keys are looked up as country codes only in capitals (DRC, not "car")
  const coded = key.length > 3 || ctx.tokens.slice(first, last + 1).every((t) => t.casing === 'caps');
  if (coded && countryOf(key) !== undefined) return 2;
  if (known === false) return 1;
  const t = ctx.tokens[first];
  if (first === last && t?.script === 'cyrillic') {
    // an inflected Cyrillic place: «из Нарына» is Naryn
    for (const variant of latinVariants(t.latin)) {
      const stem = variant.replace(/(?:a|ya|u|e|om|oy|ye|i|y|iv|ovi|ov)$/u, '');
      if (stem.length > 2 && (ctx.lexicon.places.has(stem) || ctx.lexicon.places.has(`${stem}a`))) return 1;
    }
  }
  return 0;
}

function hasSurnameShape(t: Token): boolean {
  if (t.key.length < 5) return false;
  return t.script === 'cyrillic' ? CYRILLIC_SURNAME_SHAPE.test(t.key) : SURNAME_SHAPE.test(t.key);
}

function hasParticle(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (i > first && NAME_PARTICLES.has(t.key) && !['y', 'e', 'de', 'la', 'le', 'du', 'da'].includes(t.key))
      return true;
    if (/^(?:al|el|bin|ibn|abu|abou|ould|umm) /u.test(t.key) && i > first) return true;
  }
  const lead = tokens[first];
  return lead !== undefined && ['abu', 'abou', 'umm', 'абу'].includes(lead.key) && last > first;
}

interface Evidence {
  person: number;
  place: number;
  title: boolean;
  /** After "in", "near", "в": a place is far likelier than a person, whose name evidence counts less. */
  locative: boolean;
}

const GROUPS = new Set(
  'women|men|youth|people|families|community|communities|elders|villages|refugees|leaders|chiefs|farmers|herders|fishermen|girls|boys|children|students|activists|population|minority|minorities|tribe|tribes|clan|clans|militia|militias|language'.split(
    '|',
  ),
);
/** The phrase index of INTERNATIONAL_BODIES, made on first use. */
let bodies: PhraseIndex | undefined;
/** Lower-case words after which a capitalised name is an organisation's ("the community radio X"). */
const ORG_BEFORE = new Set(
  'radio|station|newspaper|magazine|ngo|ong|cso|osc|cbo|outlet|nonprofit'.split('|'),
);
const GENERIC_ORG = new Set('ngo|ong|cso|osc|cbo|ingo|нко|ао|оо|оф'.split('|'));
const FORM_PLACE = new Set(
  'village|city|town|location|place|district|region|province|governorate|country|camp|address|municipality|oblast|lieu|ville|localite|lugar|ciudad|municipio|vereda|место|город|село|район|місто'.split(
    '|',
  ),
);
const FORM_PERSON = new Set(
  'name|names|interviewee|respondent|participant|contact|author|signed|nom|nombre|имя|фио|імя'.split('|'),
);
const CYRILLIC_WITH = new Set(['з', 'із', 'зі', 'с', 'со']);
const PURE_LOCATIVES = new Set([
  'in',
  'near',
  'inside',
  'outside',
  'across',
  'throughout',
  'within',
  'в',
  'во',
  'у',
  'en',
  'dans',
]);

function contextEvidence(ctx: Context, first: number, last: number, evidence: Evidence): void {
  const { tokens } = ctx;
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  const next = tokens[last + 1];
  const after = next?.gap ?? '';
  if (prev && /^[\s:]*$/u.test(tokens[first]?.gap ?? '')) {
    if (PERSON_BEFORE.has(prev.key) && !isCapitalised(prev)) evidence.person += 0.6;
    else if (PERSON_BEFORE.has(prev.key)) evidence.person += 0.3;
    // "In Hasakah, ...": a preposition opening the sentence has a capital
    if (
      PLACE_BEFORE.has(prev.key) &&
      (prev.casing === 'lower' || (prev.sentenceStart && prev.casing === 'title'))
    ) {
      // Slavic з/с: "from" before a genitive (з Харкова), "with" before an instrumental (з Іваном)
      const slavicWith = CYRILLIC_WITH.has(prev.key);
      const instrumental =
        slavicWith && /(?:ом|ем|ою|ею|ой|ей|им|ым|ами|ями)$/u.test(tokens[last]?.key ?? '');
      if (instrumental) evidence.person += 0.3;
      const weak = WEAK_PLACE_BEFORE.has(prev.key) && !(slavicWith && !instrumental);
      evidence.place += weak ? 0.25 : 0.7;
      if (PURE_LOCATIVES.has(prev.key)) evidence.locative = true;
    }
    if (prev.key === 'of' && prev2 && PLACE_OF.has(prev2.key)) evidence.place += 0.6;
    // forms: "Village: X", "Name: X"
    if (/^\s*:\s*$/u.test(tokens[first]?.gap ?? '') && FORM_PLACE.has(prev.key)) evidence.place += 0.7;
    if (/^\s*:\s*$/u.test(tokens[first]?.gap ?? '') && FORM_PERSON.has(prev.key)) evidence.person += 0.6;
    if (prev.key === 'to' && prev2?.key === 'according') evidence.person += 0.3;
  }
  if (next) {
    if (/^\s+$/u.test(after) && PLACE_AFTER.has(next.key) && next.casing === 'lower') {
      const unknown = first === last && tokens[first]?.sentenceStart && placeKind(ctx, first, last) === 0;
      evidence.place += unknown ? 0.2 : 0.6;
    }
    if (/^\s+$/u.test(after) && SPEECH_AFTER.has(next.key)) evidence.person += 0.6;
    else if (/^\s+$/u.test(after) && PERSON_AFTER.has(next.key)) evidence.person += 0.15;
    // "Name, 38, nurse", "Name, a lawyer", "Name (name changed)"
    const age = tokens[last + 2];
    if (/^\s*,\s*$/u.test(after) && /^\d{1,2}$/u.test(next.raw) && (!age || /^\s*[,)]/u.test(age.gap))) {
      evidence.person += 0.6;
    }
    if (
      /^\s*,\s*$/u.test(after) &&
      ['a', 'an', 'the', 'our', 'her', 'his', 'une', 'un', 'una'].includes(next.key)
    ) {
      const role = tokens[last + 2];
      if (role && ROLES.has(role.key)) evidence.person += 0.6;
    }
    if (/^\s*,\s*$/u.test(after) && ROLES.has(next.key) && next.casing === 'lower') evidence.person += 0.5;
    if (/^\s*\(\s*$/u.test(after) && next.key === 'name') evidence.person += 0.6;
    if (/^\s*:\s*["“«]?\s*$/u.test(after)) evidence.person += 0.2;
  }
}

function nameEvidence(ctx: Context, first: number, last: number, evidence: Evidence): void {
  const { tokens, lexicon } = ctx;
  const head = tokens[first];
  const tail = tokens[last];
  if (!head || !tail) return;
  const length = last - first + 1;
  if (isFirstName(head, lexicon) && !isDemonym(head, lexicon))
    evidence.person += isCommon(head, lexicon) ? 0.25 : 0.5;
  let known = 0;
  let plain = 0;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (isKnownName(t, lexicon)) known += 1;
    if (isCommon(t, lexicon)) plain += 1;
  }
  evidence.person += Math.min(0.3, 0.15 * known);
  if (length > 1 && hasSurnameShape(tail)) evidence.person += 0.4;
  if (hasParticle(tokens, first, last)) evidence.person += 0.4;
  if (length > 1 && length <= 5 && plain === 0) evidence.person += 0.3;
  const kind = placeKind(ctx, first, last);
  if (kind === 2) evidence.place += 1.2;
  else if (kind === 1) evidence.place += length > 1 ? 0.8 : plain > 0 ? 0.2 : 0.5;
}

/** Trims titles and plain words off the ends of a run; reports whether a title stood before it. */
function trimRun(ctx: Context, first: number, last: number): { first: number; last: number; title: boolean } {
  const { tokens, lexicon } = ctx;
  let title = false;
  while (first <= last) {
    const t = tokens[first];
    if (!t) break;
    if (
      TITLES.has(t.key) &&
      first < last &&
      (!WEAK_TITLES.has(t.key) || isCapitalised(tokens[first + 1] as Token))
    ) {
      title = true;
      first += 1;
      continue;
    }
    const next = tokens[first + 1];
    const named = next && (isFirstName(next, lexicon) || placeKind(ctx, first + 1, first + 1) > 0);
    if (t.sentenceStart && first < last && !isKnownName(t, lexicon) && named) {
      first += 1;
      continue;
    }
    const keep =
      isFirstName(t, lexicon) && first < last && (!t.sentenceStart || !isCommon(next as Token, lexicon));
    if ((isCommon(t, lexicon) || NOT_NAMES.has(t.key)) && !keep && !LEADING_PARTICLES.has(t.key)) {
      first += 1;
      continue;
    }
    break;
  }
  while (last >= first) {
    const t = tokens[last];
    if (!t) break;
    const plain = t.casing === 'lower' || t.casing === 'caps' || t.sentenceStart || last === first;
    const surname =
      last > first && isKnownName(t, lexicon) && isFirstName(tokens[last - 1] as Token, lexicon);
    const weak =
      lexicon.stop.has(t.key) ||
      NOT_NAMES.has(t.key) ||
      CUE_WORDS.has(t.key) ||
      (plain && !surname && lexicon.common.has(t.key));
    if (weak || NAME_PARTICLES.has(t.key) || isCompoundAdjective(t, lexicon)) {
      if (TRAILING_PARTICLES.has(t.key) && last > first) break;
      last -= 1;
      continue;
    }
    break;
  }
  return { first, last, title };
}

/** A capitalised run that names an organisation, from its head word; undefined if it does not. */
function organisation(ctx: Context, first: number, last: number): Candidate | undefined {
  const { tokens, lexicon } = ctx;
  let lead = first;
  while (lead < last && ARTICLES.has(tokens[lead]?.key ?? '')) lead += 1;
  // "волонтери організації Світанок Полісся": named after the word "organisation"
  const prev = tokens[first - 1];
  const orgWord =
    (ORG_STARTS.has(prev?.key ?? '') && !lexicon.common.has(prev?.key ?? '')) ||
    ORG_BEFORE.has(prev?.key ?? '');
  if (prev && (prev.casing === 'lower' || GENERIC_ORG.has(prev.key)) && orgWord) {
    return {
      first,
      last: extendOrg(ctx, first, last),
      label: 'ORGANIZATION',
      confidence: 0.7,
      source: 'organisation',
    };
  }
  const start = tokens[lead];
  if (!start) return undefined;
  // "NGO Tassaght", "ONG Tassaght": the generic word names the kind, the rest the organisation
  if (GENERIC_ORG.has(start.key) && lead < last) {
    return {
      first: lead + 1,
      last: extendOrg(ctx, lead + 1, last),
      label: 'ORGANIZATION',
      confidence: 0.75,
      source: 'organisation',
    };
  }
  if (ORG_STARTS.has(start.key)) {
    const end = extendOrg(ctx, lead, last);
    if (end > lead && !STATE_HEADS.has(tokens[lead + 1]?.key ?? '')) {
      return { first: lead, last: end, label: 'ORGANIZATION', confidence: 0.8, source: 'organisation' };
    }
  }
  for (let h = last; h > first; h--) {
    const head = tokens[h];
    if (!head) continue;
    const strong = ORG_HEADS_STRONG.has(head.key);
    // "Mindanao Peace Weavers": a group named by what its members are (not "Ana Paula Lopes Fortes": a
    // given name and names only, ending like a plural)
    const group =
      h === last &&
      head.script === 'latin' &&
      /[^s]s$/u.test(head.key) &&
      lexicon.common.has(head.key) &&
      !(
        isFirstName(tokens[first] as Token, lexicon) &&
        tokens.slice(first, h).every((t) => isFirstName(t, lexicon) || isKnownName(t, lexicon))
      );
    if (!strong && !group && !ORG_HEADS_WEAK.has(head.key)) continue;
    let s = first;
    while (
      s < h &&
      ((isCommon(tokens[s] as Token, lexicon) && (tokens[s] as Token).sentenceStart) ||
        ARTICLES.has(tokens[s]?.key ?? ''))
    )
      s += 1;
    if (s >= h) return undefined;
    let distinctive = 0;
    let state = false;
    for (let i = s; i < h; i++) {
      const t = tokens[i] as Token;
      if (STATE_HEADS.has(t.key) || STATE_MARKERS.has(t.key)) state = true;
      if (!isCommon(t, lexicon) && !isDemonym(t, lexicon)) distinctive += 1;
    }
    const stateHead = STATE_HEADS.has(head.key);
    if (state || STATE_HEADS.has(tokens[s]?.key ?? '')) return undefined;
    // "Women's Legal Aid Centre": a long name before a weak head is a name even in plain words
    const long = !stateHead && h - s >= 3;
    const ok = strong
      ? distinctive > 0 || h - s >= 2
      : (distinctive > 0 && (!stateHead || h - s >= 1)) || long;
    if (!ok) return undefined;
    const end = extendOrg(ctx, h, last);
    return {
      first: s,
      last: end,
      label: 'ORGANIZATION',
      confidence: distinctive > 0 ? 0.8 : 0.6,
      source: 'organisation',
    };
  }
  return undefined;
}

/** Extends an organisation over "of the X", "pour la Y", "ni Z": connectors followed by a capital. */
function extendOrg(ctx: Context, from: number, last: number): number {
  const { tokens } = ctx;
  let end = Math.max(from, last);
  let i = end + 1;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && j - i < 3) {
      const t = tokens[j] as Token;
      if (!QUOTE_OR_SPACE.test(t.gap) && !/^\s*['’]\s*$/u.test(t.gap)) return end;
      if (t.casing !== 'lower' || !ORG_CONNECTORS.has(t.key)) break;
      j += 1;
    }
    const t = tokens[j];
    if (j === i || !t || !isCapitalised(t) || !QUOTE_OR_SPACE.test(t.gap)) return end;
    end = j;
    while (runsOn(ctx, end) && isCapitalised(tokens[end + 1] as Token)) end += 1;
    i = end + 1;
  }
  return end;
}

/** "Wasita programme", "Qiyadat leadership course": a proper noun naming a thing. */
function namesAThing(ctx: Context, last: number): boolean {
  for (const i of [last + 1, last + 2]) {
    const t = ctx.tokens[i];
    if (t?.casing !== 'lower' || !/^[ \t]+$/u.test(t.gap)) return false;
    if (THING_AFTER.has(t.key)) return true;
    if (!ctx.lexicon.common.has(t.key)) return false;
  }
  return false;
}

/** Decides what a trimmed run of capitalised words names, from the weighed evidence. */
/** Saints' names open places, not people ("San Juan", "São Paulo", "Saint-Louis"), as do landforms. */
const SAINTS = new Set(['san', 'santa', 'santo', 'sao', 'saint', 'sainte', 'st', 'ste', 'sant']);
/** "Ciudad de Guatemala", "City of Aleppo", "Province de l'Ituri": a kind of place and its name. */
const OF_PARTICLES = new Set(['of', 'de', 'del', 'du', 'des', 'di', 'da', 'do']);

/** Lakes, rivers, mountains, bays: "Lake Chad", "Mount Elgon", "Río Aguán". */
const LANDFORMS = new Set([
  'lake',
  'lac',
  'lago',
  'river',
  'riviere',
  'rio',
  'mount',
  'mont',
  'monte',
  'gulf',
  'golfe',
  'golfo',
  'bay',
  'baie',
  'sea',
  'mer',
]);

function namesAPlace(tokens: Token[], first: number, last: number): boolean {
  const head = tokens[first] as Token;
  if (first < last && (SAINTS.has(head.key) || LANDFORMS.has(head.key))) return true;
  return first + 1 < last && PLACE_OF.has(head.key) && OF_PARTICLES.has((tokens[first + 1] as Token).key);
}

function classify(ctx: Context, first: number, last: number, title: boolean): Candidate | undefined {
  const { tokens, lexicon } = ctx;
  const evidence: Evidence = { person: title ? 1 : 0, place: 0, title, locative: false };
  contextEvidence(ctx, first, last, evidence);
  const before = evidence.person;
  nameEvidence(ctx, first, last, evidence);
  if (evidence.locative && !title) evidence.person = before + (evidence.person - before) * 0.6;
  const single = first === last;
  const head = tokens[first] as Token;
  if (!title && namesAThing(ctx, last)) return undefined;
  if (!title && single && isDemonym(head, lexicon)) return undefined;
  if (!title && single && head.casing === 'caps' && head.key.length <= 6 && evidence.place < 1) {
    return acronym(ctx, first);
  }
  if (!title && namesAPlace(tokens, first, last)) {
    evidence.person = 0;
    evidence.place = Math.max(evidence.place, 0.6);
  }
  // "the Prime Minister", "Mr President": a title with no name is no one to redact
  if (
    !title &&
    tokens
      .slice(first, last + 1)
      .every((t) => TITLES.has(t.key) || WEAK_TITLES.has(t.key) || t.key === 'prime')
  )
    return undefined;
  const best = Math.max(evidence.person, evidence.place);
  const confidence = Math.min(0.98, 0.4 + best / 2);
  if (evidence.place > evidence.person && evidence.place >= 0.5) {
    return {
      first,
      last,
      label: 'LOCATION',
      confidence,
      source: evidence.place >= 1 ? 'gazetteer' : 'context',
    };
  }
  // a person's name has at least one word that is a name: not "Syrian Civil Defence"
  const nameLike = tokens
    .slice(first, last + 1)
    .some((t) => !isDemonym(t, lexicon) && (isFirstName(t, lexicon) || !isCommon(t, lexicon)));
  if (evidence.person >= 0.3 && (nameLike || title)) {
    const source: SpanSource = title ? 'title' : evidence.person >= 0.6 ? 'context' : 'name-shape';
    return { first, last, label: 'PERSON', confidence, source };
  }
  if (evidence.place >= 0.3 && evidence.place >= evidence.person) {
    return { first, last, label: 'LOCATION', confidence: 0.5, source: 'context' };
  }
  return properNoun(ctx, first, last);
}

/** An unknown capitalised word: a person unless it opens a sentence with nothing to back it. */
function properNoun(ctx: Context, first: number, last: number): Candidate | undefined {
  const { tokens, lexicon } = ctx;
  for (let i = first; i <= last; i++) {
    const t = tokens[i] as Token;
    if (isCommon(t, lexicon) || isDemonym(t, lexicon) || isCompoundAdjective(t, lexicon)) return undefined;
    if (t.key.length < 2 || /^\d/u.test(t.key)) return undefined;
  }
  const head = tokens[first] as Token;
  // in a line of capitals, a capitalised word says nothing: only names backed by evidence count
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (head.casing === 'caps' && (before?.casing === 'caps' || after?.casing === 'caps')) return undefined;
  // "the Ogoni women", "Nande youth": a people's name used as an adjective
  if (after && after.casing === 'lower' && GROUPS.has(after.key) && /^\s+$/u.test(after.gap))
    return undefined;
  if (head.sentenceStart && first === last) {
    const next = tokens[first + 1];
    // "Zarema told us": an unknown word before a verb is the subject (English word order; in Russian
    // or Ukrainian the same shape is as often a noun before its genitive, so it is not taken there)
    const verb =
      head.script === 'latin' &&
      next &&
      next.casing === 'lower' &&
      !lexicon.stop.has(next.key) &&
      /^\s+$/u.test(next.gap);
    const pair = next && ['and', 'et', 'y', 'и', 'і', 'та'].includes(next.key);
    if (!verb && !pair) return undefined;
  }
  return { first, last, label: 'PERSON', confidence: 0.45, source: 'proper-noun' };
}

/** A capitalised abbreviation: a country (DRC), a generic word (NGO), or an organisation (UNHCR). */
function acronym(ctx: Context, i: number): Candidate | undefined {
  const t = ctx.tokens[i] as Token;
  if (NOT_NAMES.has(t.key) || t.key.length < 2 || /\d/u.test(t.key)) return undefined;
  const neighbours = [ctx.tokens[i - 1], ctx.tokens[i + 1]];
  if (neighbours.some((n) => n?.casing === 'caps' && !n.sentenceStart)) return undefined;
  if (t.key.length >= 2 && countryOf(t.key) !== undefined && t.key.length <= 3) {
    return { first: i, last: i, label: 'LOCATION', confidence: 0.6, source: 'gazetteer' };
  }
  if (t.key.length < 3) return undefined;
  // "USD 20,000", "MZN 2 400 000": a currency's code before an amount
  if (CURRENCY_CODES.has(t.raw) && /^\s*\d/u.test(ctx.text.slice(t.end, t.end + 3))) return undefined;
  return { first: i, last: i, label: 'ORGANIZATION', confidence: 0.5, source: 'organisation' };
}

/** Splits the run first..last into what it names: organisations first, then people and places. */
function classifyRun(ctx: Context, first: number, last: number): void {
  const org = organisation(ctx, first, last);
  if (org) {
    ctx.found.push(org);
    if (org.first > first) classifyRun(ctx, first, org.first - 1);
    if (org.last < last) classifyRun(ctx, org.last + 1, last);
    return;
  }
  // a possessive ends a person's or a place's name: "Mosul's women"
  for (let i = first; i < last; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.raw.length !== t.end - t.start || /^['’]/u.test(ctx.tokens[i + 1]?.gap ?? '')) {
      classifyRun(ctx, first, i);
      classifyRun(ctx, i + 1, last);
      return;
    }
  }
  // "in Datu Piang", "Cotabato City", "in Beni": a known place, title-like or plain words and all
  const place = placeKind(ctx, first, last);
  if (place > 0 && (place === 2 || !(ctx.tokens[first] as Token).sentenceStart || first < last)) {
    const found = classify(ctx, first, last, false);
    if (found?.label === 'LOCATION') {
      ctx.found.push(found);
      return;
    }
  }
  // "Zamboanga City", "Kakuma Camp": a generic word in capitals after a place is part of its name
  const tail = ctx.tokens[last] as Token;
  if (first < last && tail.casing === 'title' && PLACE_AFTER.has(tail.key)) {
    const found = classify(ctx, first, last - 1, false);
    if (found?.label === 'LOCATION') {
      ctx.found.push({ ...found, last });
      return;
    }
  }
  const trimmed = trimRun(ctx, first, last);
  if (trimmed.first > trimmed.last) return;
  // a trailing "uulu"/"kyzy" ends a name: what follows is another run
  for (let i = trimmed.first; i < trimmed.last; i++) {
    if (TRAILING_PARTICLES.has(ctx.tokens[i]?.key ?? '')) {
      classifyRun(ctx, trimmed.first, i);
      classifyRun(ctx, i + 1, trimmed.last);
      return;
    }
  }
  const found = classify(ctx, trimmed.first, trimmed.last, trimmed.title);
  if (found) ctx.found.push(found);
}

function isRunToken(ctx: Context, i: number, blocked: boolean[]): boolean {
  const t = ctx.tokens[i];
  if (!t || blocked[i] || (t.script !== 'latin' && t.script !== 'cyrillic')) return false;
  if (t.casing === 'caps')
    return !isCommon(t, ctx.lexicon) || TITLES.has(t.key) || ORG_HEADS_STRONG.has(t.key);
  // a capitalised "Of", "In", "The" inside a line marks a heading in title case, not a name
  if (t.casing === 'title' && !t.sentenceStart && HEADING_WORDS.has(t.key)) {
    return false;
  }
  return t.casing === 'title';
}

const HEADING_WORDS = new Set(
  'of|in|on|the|and|for|to|at|by|with|from|an|or|into|under|over|about|against|between|through|towards'.split(
    '|',
  ),
);

/** Names are short: a longer run of capitals is a heading or a list, and each word is weighed alone. */
const LONGEST_NAME = 8;

/** "and" between places: Spanish and Portuguese "y" and "e" are also particles of family names. */
const AND_PARTICLES = new Set(['y', 'e']);

/** Whether the particle after `last` joins the place `first..last` to another ("Alta Verapaz e Izabal"). */
function joinsPlaces(ctx: Context, first: number, last: number): boolean {
  const particle = ctx.tokens[last + 1] as Token;
  return (
    AND_PARTICLES.has(particle.key) &&
    (placeKind(ctx, first, last) > 0 || placeKind(ctx, last + 2, last + 2) > 0)
  );
}

/** Runs of capitalised words, with name particles inside (bin, al, de la, uulu). */
function findRuns(ctx: Context, blocked: boolean[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!isRunToken(ctx, i, blocked)) continue;
    let last = i;
    while (runsOn(ctx, last)) {
      const next = tokens[last + 1] as Token;
      // "AMINATA SOW": a family name that is also a word, in capitals after a given name
      const capsName =
        next.casing === 'caps' &&
        isFirstName(tokens[last] as Token, ctx.lexicon) &&
        isKnownName(next, ctx.lexicon);
      if (isRunToken(ctx, last + 1, blocked) || (capsName && !blocked[last + 1])) {
        last += 1;
      } else if (NAME_PARTICLES.has(next.key) && next.casing === 'lower' && !blocked[last + 1]) {
        if (TRAILING_PARTICLES.has(next.key)) {
          last += 1;
          break;
        }
        // "Maricel dela Cruz", "Jurf al-Nasr": a particle inside only if a capital follows; "y" and "e"
        // join two places ("Alta Verapaz e Izabal", "El Salvador y Nicaragua") rather than a name
        if (runsOn(ctx, last + 1) && isRunToken(ctx, last + 2, blocked) && !joinsPlaces(ctx, i, last))
          last += 2;
        else break;
      } else break;
    }
    const before = ctx.found.length;
    if (last - i >= LONGEST_NAME) for (let j = i; j <= last; j++) classifyRun(ctx, j, j);
    else classifyRun(ctx, i, last);
    // an organisation may have run on past the run ("Madres de la Candelaria"): go on after it
    for (const f of ctx.found.slice(before)) last = Math.max(last, f.last);
    i = last;
  }
}

/** Lower-case names: "according to rebwar aziz", "abu yaseen", a given name opening a message. */
function findLowerCase(ctx: Context, blocked: boolean[]): void {
  const { tokens, lexicon } = ctx;
  const people = new Set<number>();
  for (const f of ctx.found) if (f.label === 'PERSON') people.add(f.last);
  const nameish = (t: Token | undefined, i: number): boolean =>
    t !== undefined &&
    !blocked[i] &&
    t.casing === 'lower' &&
    t.script === 'latin' &&
    t.key.length > 2 &&
    !isCommon(t, lexicon) &&
    !NAME_PARTICLES.has(t.key) &&
    !/\d/u.test(t.key);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!nameish(t, i) && !(['abu', 'umm', 'абу'].includes(t.key) && t.casing === 'lower')) continue;
    const prev = tokens[i - 1];
    const kunya = ['abu', 'umm', 'абу'].includes(t.key) && nameish(tokens[i + 1], i + 1);
    const according = prev?.key === 'to' && tokens[i - 2]?.key === 'according';
    const cue =
      prev !== undefined &&
      /^[\s:]+$/u.test(t.gap) &&
      (according || ((NAMING.has(prev.key) || TITLES.has(prev.key)) && !PLACE_BEFORE.has(prev.key)));
    const afterPerson = ['and', 'et', 'y', 'и', 'і', 'та'].includes(prev?.key ?? '') && people.has(i - 2);
    const bridged = NAME_PARTICLES.has(tokens[i + 1]?.key ?? '') && nameish(tokens[i + 2], i + 2);
    const firstName =
      isFirstName(t, lexicon) && (t.sentenceStart || afterPerson || bridged || nameish(tokens[i + 1], i + 1));
    const locative = PLACE_BEFORE.has(prev?.key ?? '') && !WEAK_PLACE_BEFORE.has(prev?.key ?? '');
    if (!kunya && !cue && !firstName && locative && placeKind(ctx, i, i) > 0) {
      ctx.found.push({ first: i, last: i, label: 'LOCATION', confidence: 0.5, source: 'gazetteer' });
      continue;
    }
    if (!kunya && !cue && !firstName) continue;
    let last = kunya ? i + 1 : i;
    while (last - i < 4 && /^[ \t]+$/u.test(tokens[last + 1]?.gap ?? '')) {
      // "maria del carmen": a particle inside a lower-case name, when a name follows it
      const particle = NAME_PARTICLES.has(tokens[last + 1]?.key ?? '') && nameish(tokens[last + 2], last + 2);
      const step = particle ? 2 : 1;
      const n = tokens[last + step];
      if (!n || !nameish(n, last + step)) break;
      if (!isKnownName(n, lexicon) && !hasSurnameShape(n) && !kunya && !cue) break;
      last += step;
    }
    const confidence = kunya || cue ? 0.7 : 0.45;
    ctx.found.push({ first: i, last, label: 'PERSON', confidence, source: kunya ? 'name-shape' : 'context' });
    people.add(last);
    i = last;
  }
}

/** Registry entries and named international bodies in the text, pushed as found; returns their ranges. */
function findRegistered(
  ctx: Context,
  blocked: boolean[],
  registry: Iterable<RegistryEntry> | undefined,
): { first: number; last: number }[] {
  bodies ??= phraseIndex(INTERNATIONAL_BODIES);
  const { labels, index } = perList(registry, registryIndexes, (list) => {
    const entries = [...list];
    return {
      labels: new Map(entries.map((r) => [phraseOf(r.text), r.label])),
      index: phraseIndex(entries.map((r) => r.text)),
    };
  });
  const matches = [
    ...matchPhrases(ctx.tokens, bodies).map((m) => ({
      ...m,
      label: 'ORGANIZATION' as RedactionLabel,
      body: true,
    })),
    ...matchPhrases(ctx.tokens, index).map((m) => ({
      ...m,
      label: labels.get(m.key) ?? 'PERSON',
      body: false,
    })),
  ].filter((m) => !blocked.slice(m.first, m.last + 1).some(Boolean));
  for (const m of matches) {
    const source: SpanSource = m.body ? 'organisation' : 'registry';
    ctx.found.push({
      first: m.first,
      last: m.last,
      label: m.label,
      confidence: m.body ? 0.85 : 0.95,
      source,
    });
  }
  return matches;
}

/**
 * What is read from a registry, allow-list or list of names seen, kept per list: a store's lists are long
 * and the same array serves every text of a run. Pass a new array when a list changes.
 */
const registryIndexes = new WeakMap<object, { labels: Map<string, RedactionLabel>; index: PhraseIndex }>();
const allowIndexes = new WeakMap<object, { index: PhraseIndex; keys: Set<string> }>();
const seenParts = new WeakMap<object, Map<string, Mention>>();

function perList<T, L>(
  list: Iterable<L> | undefined,
  cache: WeakMap<object, T>,
  read: (list: Iterable<L>) => T,
): T {
  if (!list) return read([]);
  let value = cache.get(list);
  if (value === undefined) {
    value = read(list);
    cache.set(list, value);
  }
  return value;
}

function phraseOf(text: string): string {
  return tokenize(text)
    .map((t) => t.key)
    .join(' ');
}

/** The tokens a registry or allow-list phrase covers, found by their keys in any case. */
type PhraseIndex = Map<string, string[][]>;

function phraseIndex(entries: Iterable<string>): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const entry of entries) {
    const keys = tokenize(entry).map((t) => t.key);
    const head = keys[0];
    if (!head) continue;
    const list = index.get(head) ?? [];
    list.push(keys);
    index.set(head, list);
  }
  return index;
}

function matchPhrases(tokens: Token[], index: PhraseIndex): { first: number; last: number; key: string }[] {
  const matches: { first: number; last: number; key: string }[] = [];
  if (index.size === 0) return matches;
  for (let i = 0; i < tokens.length; i++) {
    for (const keys of index.get((tokens[i] as Token).key) ?? []) {
      if (keys.every((k, n) => tokens[i + n]?.key === k)) {
        matches.push({ first: i, last: i + keys.length - 1, key: keys.join(' ') });
      }
    }
  }
  return matches;
}

/** Stems a Cyrillic key so that inflected forms meet: Сыдыкова, Сыдыковой. */
export function nameStem(t: Token): string {
  if (t.script !== 'cyrillic' || t.key.length < 5) return t.key;
  return t.key.replace(/(?:ой|ою|ым|ом|ому|ого|ей|ем|ий|ій|ої|а|у|е|ы|и|і|я|ю)$/u, '');
}

/** A name found once is found wherever it recurs: in full, the family name alone, in any case. */
function propagate(ctx: Context, covered: boolean[], seen: Iterable<RegistryEntry>): void {
  const { tokens, lexicon } = ctx;
  const parts = new Map(perList(seen, seenParts, (list) => namePartsOf(list, lexicon)));
  // longest names first, so that a family name points at the full name it belongs to
  const sure = ctx.found
    .filter((c) => c.confidence >= 0.5 || c.source === 'proper-noun')
    .sort((a, b) => b.last - b.first - (a.last - a.first));
  for (const c of sure) {
    c.entity = entityKey(ctx, c);
    const single = c.first === c.last;
    if (c.label !== 'PERSON' && !single) continue;
    for (let i = c.first; i <= c.last; i++) {
      const t = tokens[i] as Token;
      if (t.key.length < 3 || NAME_PARTICLES.has(t.key) || isCommon(t, lexicon)) continue;
      if (!parts.has(nameStem(t))) parts.set(nameStem(t), { label: c.label, entity: c.entity });
    }
  }
  linkMentions(ctx, parts);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered[i]) continue;
    const hit = parts.get(nameStem(t));
    if (!hit || (t.casing === 'lower' && isCommon(t, lexicon))) continue;
    let last = i;
    while (
      !covered[last + 1] &&
      runsOn(ctx, last) &&
      parts.get(nameStem(tokens[last + 1] as Token))?.entity === hit.entity
    )
      last += 1;
    ctx.found.push({
      first: i,
      last,
      label: hit.label,
      confidence: 0.75,
      source: 'propagation',
      entity: hit.entity,
    });
    for (let j = i; j <= last; j++) covered[j] = true;
    i = last;
  }
}

interface Mention {
  label: RedactionLabel;
  entity: string;
}

/** The words of names seen, each pointing at the full name it belongs to. */
function namePartsOf(seen: Iterable<RegistryEntry>, lexicon: Lexicon): Map<string, Mention> {
  const parts = new Map<string, Mention>();
  for (const entry of seen) {
    const words = tokenize(entry.text);
    const entity = words.map(nameStem).join(' ');
    for (const t of words) {
      if (t.key.length < 3 || NAME_PARTICLES.has(t.key) || isCommon(t, lexicon)) continue;
      if (entry.label === 'PERSON' || words.length === 1)
        parts.set(nameStem(t), { label: entry.label, entity });
    }
  }
  return parts;
}

/** A person mentioned by part of a longer name ("Mensah-Bonsu added") is that name's entity. */
function linkMentions(ctx: Context, parts: Map<string, Mention>): void {
  for (const c of ctx.found) {
    if (c.label !== 'PERSON') continue;
    const entities = new Set<string>();
    for (let i = c.first; i <= c.last; i++)
      entities.add(parts.get(nameStem(ctx.tokens[i] as Token))?.entity ?? '');
    const [only] = entities;
    if (entities.size === 1 && only && only.length > (c.entity ?? '').length) c.entity = only;
  }
}

function entityKey(ctx: Context, c: Candidate): string {
  return ctx.tokens
    .slice(c.first, c.last + 1)
    .map((t) => nameStem(t))
    .join(' ');
}

/** "Sucre and Bolívar": an unknown word joined to a place by "and" is a place too. */
function coordinate(ctx: Context): void {
  const sorted = [...ctx.found].sort((a, b) => a.first - b.first);
  // "from Deir ez-Zor and Raqqa met", "the Ifo, Dagahaley and Hagadera camps": a name listed beside a place
  // is a place when nothing but its capital said it was a person, or it is a known place too
  const placeLike = (c: Candidate) =>
    c.source === 'proper-noun' ||
    (c.label === 'PERSON' && c.source !== 'title' && placeKind(ctx, c.first, c.last) > 0);
  /** How b follows a in a list: after "and", after a comma, or not at all. */
  const joint = (a: Candidate, b: Candidate): 'and' | 'comma' | null => {
    const joiner = ctx.tokens[a.last + 1];
    if (b.first - a.last === 2 && joiner !== undefined && AND_WORDS.has(joiner.key)) return 'and';
    return b.first - a.last === 1 && /^\s*,\s*$/u.test(ctx.tokens[b.first]?.gap ?? '') ? 'comma' : null;
  };
  // lists: runs of names joined by commas and "and"; commas alone make a list of three or more only
  // ("— Gulzat, Talas" signs a name and a place)
  for (let n = 0; n < sorted.length; ) {
    let end = n;
    let and = false;
    const second = sorted[n + 1];
    for (let j = second ? joint(sorted[n] as Candidate, second) : null; j; ) {
      if (j === 'and') and = true;
      end++;
      const next = sorted[end + 1];
      j = next ? joint(sorted[end] as Candidate, next) : null;
    }
    const list = sorted.slice(n, end + 1);
    // "Huamanga, Huanta y La Mar": a list may end in a name not found as one
    and ||= AND_WORDS.has(ctx.tokens[(list[list.length - 1] as Candidate).last + 1]?.key ?? '');
    if (list.length > 1 && (and || list.length >= 3)) {
      const place = list.find((c) => c.label === 'LOCATION' && c.confidence >= 0.6);
      if (place)
        for (const c of list)
          if (c !== place && placeLike(c))
            Object.assign(c, {
              label: 'LOCATION',
              source: 'context',
              confidence: Math.max(c.confidence, 0.6),
            });
    }
    n = end + 1;
  }
}

const AND_WORDS = new Set(['and', 'or', 'et', 'ou', 'y', 'o', 'e', 'и', 'та', 'і']);

function toSpan(ctx: Context, c: Candidate): Span {
  const first = ctx.tokens[c.first] as Token;
  const last = ctx.tokens[c.last] as Token;
  const text = ctx.text.slice(first.start, last.end);
  return {
    start: first.start,
    end: last.end,
    label: c.label,
    text,
    confidence: Math.round(c.confidence * 100) / 100,
    source: c.source,
    entity: c.entity ?? entityKey(ctx, c),
  };
}

function overlapsAny(start: number, end: number, ranges: { start: number; end: number }[]): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}

/** For each token, whether any of the ranges overlaps it; linear in tokens and ranges. */
function coveredTokens(tokens: Token[], ranges: { start: number; end: number }[]): boolean[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const covered: boolean[] = [];
  let r = 0;
  let reach = -1;
  for (const t of tokens) {
    const end = t.start + t.raw.length;
    while (r < sorted.length && (sorted[r] as { start: number }).start < end) {
      reach = Math.max(reach, (sorted[r] as { end: number }).end);
      r += 1;
    }
    // ranges that started before this token and reach into it
    covered.push(reach > t.start);
  }
  return covered;
}

/**
 * Personal data in `text`, in text order, with UTF-16 offsets into it. Placeholders already in the text
 * are left alone; allowed terms are never reported; registry entries always are.
 */
export function detect(text: string, options: DetectOptions = {}): Span[] {
  const lexicon = getLexicon();
  const tokens = tokenize(text);
  const ctx: Context = { text, tokens, lexicon, found: [], places: new Map() };
  const looksLikeName = (word: string) =>
    !lexicon.common.has(word) && !NOT_NAMES.has(word) && (word.length > 2 || lexicon.arabicNames.has(word));
  const placeholders = findPlaceholders(text);
  const patterns = findPatterns(text, looksLikeName).filter(
    (p) => !overlapsAny(p.start, p.end, placeholders),
  );
  const hashtags = [...(text.includes('#') ? text.matchAll(/#[\p{L}\p{M}\p{N}_]+/gu) : [])].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const fixed = [...placeholders, ...patterns, ...hashtags];
  const blocked = coveredTokens(tokens, fixed);

  const registered = findRegistered(ctx, blocked, options.registry);
  for (const m of registered) for (let i = m.first; i <= m.last; i++) blocked[i] = true;

  ctx.found.push(
    ...findArabic(tokens, lexicon).filter((f) => !blocked.slice(f.first, f.last + 1).some(Boolean)),
  );
  const arabicCovered = [...blocked];
  for (const f of ctx.found) for (let i = f.first; i <= f.last; i++) arabicCovered[i] = true;
  findRuns(ctx, arabicCovered);
  const covered = [...arabicCovered];
  for (const f of ctx.found) for (let i = f.first; i <= f.last; i++) covered[i] = true;
  findLowerCase(ctx, covered);
  coordinate(ctx);
  for (const f of ctx.found) for (let i = f.first; i <= f.last; i++) covered[i] = true;
  propagate(ctx, covered, options.seen ?? []);

  const { index: allowIndex, keys: allowKeys } = perList(options.allow, allowIndexes, (list) => {
    const allow = [...list];
    return { index: phraseIndex(allow), keys: new Set(allow.map(keyOf)) };
  });
  const allowed = matchPhrases(tokens, allowIndex);
  const wanted = new Set(options.labels ?? []);
  const spans = [
    ...ctx.found.map((c) => toSpan(ctx, c)),
    ...patterns.map(
      (p): Span => ({
        ...p,
        text: text.slice(p.start, p.end),
        confidence: 0.99,
        source: 'pattern',
        entity: keyOf(text.slice(p.start, p.end)),
      }),
    ),
  ].filter(
    (s) =>
      (wanted.size === 0 || wanted.has(s.label)) &&
      (allowKeys.size === 0 || !allowKeys.has(keyOf(s.text))) &&
      !allowed.some(
        (a) => s.start >= (tokens[a.first] as Token).start && s.end <= (tokens[a.last] as Token).end,
      ),
  );
  return resolveOverlaps(text.length, spans);
}

/** Of overlapping spans, keeps the surest, then the longest. */
function resolveOverlaps(length: number, spans: Span[]): Span[] {
  const kept: Span[] = [];
  const ranked = [...spans].sort(
    (a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start),
  );
  // few spans: compare them; many: mark the characters taken
  const taken = spans.length > 64 ? new Uint8Array(length) : undefined;
  for (const span of ranked) {
    if (taken ? taken.subarray(span.start, span.end).includes(1) : overlapsAny(span.start, span.end, kept))
      continue;
    taken?.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
