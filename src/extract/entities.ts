/**
 * Entities a text names: contacts (emails, URLs, handles, hashtags), countries as ISO codes, organisations
 * defined with their acronym, and, through the personal-data detector, persons, places and organisations.
 * Also the aliases of each organisation (full name, acronym, handles, web domains), so that the store
 * keeps one actor however a document names it.
 */
import { LinkifyIt } from 'linkify-it';
import { countryCode as countryOfName, opensCountryName } from '../domain/country.js';
import { type Entities, emptyEntities } from '../domain/document.js';
import { detect, stretchesAround } from '../redact/index.js';
import { findInstitutions } from './institutions.js';
import { quotedName, withoutPlace } from './kinds/text.js';
import { lastResults } from './memo.js';
import { isKnownName, type NameLabel, namesWater, reportedEntities } from './names.js';

export type ContactKind = 'email' | 'url' | 'handle' | 'hashtag';

/** A contact as written, with its UTF-16 offsets; `value` is the email, URL, @handle or #tag itself. */
export interface Contact {
  kind: ContactKind;
  value: string;
  start: number;
  end: number;
}

// URLs with or without a scheme ("qamariya-yemen.org/news", "www.gccs.ge") and emails: linkify-it knows
// where a link ends before punctuation, brackets and quotes.
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false }).tlds(
  ['int', 'ngo', 'ong', 'africa', 'asia', 'foundation', 'network', 'news', 'online', 'media'],
  true,
);

const HANDLE = /(?<![\p{L}\p{N}_.@/])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])?)/gu;
const HASHTAG = /(?<![\p{L}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)/gu;

/** What a link or an e-mail has in it: a dot, an @ or a slash, before more of it. */
const LINK_MARKER = /[.@/](?=\S)/g;

/**
 * Links and e-mails, by linkify-it over each stretch without white space around a `LINK_MARKER`: no link
 * spans white space, and this finds what linkify-it finds over the whole text, many times faster.
 */
function linksIn(text: string): Contact[] {
  const links: Contact[] = [];
  for (const [start, end] of stretchesAround(text, LINK_MARKER)) {
    for (const m of linkify.match(text.slice(start, end)) ?? []) {
      // "Niger.In 2020" is a missing space, not a link: a link without scheme is written in lower case
      if (m.schema === '' && m.raw !== m.raw.toLowerCase() && !/^www\./i.test(m.raw)) continue;
      links.push({
        kind: m.schema === 'mailto:' ? 'email' : 'url',
        value: m.schema === 'mailto:' ? m.raw.replace(/^mailto:/i, '') : m.raw,
        start: start + m.index,
        end: start + m.lastIndex,
      });
    }
  }
  return links;
}

function contactsOf(text: string): readonly Contact[] {
  const links = linksIn(text);
  const inLink = (i: number) => links.some((l) => i >= l.start && i < l.end);
  const tagged: Contact[] = [];
  for (const [kind, re] of [
    ['handle', HANDLE],
    ['hashtag', HASHTAG],
  ] as const) {
    for (const m of text.matchAll(re)) {
      if (!inLink(m.index)) tagged.push({ kind, value: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  return [...links, ...tagged].sort((a, b) => a.start - b.start);
}

/**
 * Emails, URLs, @handles and #hashtags, in order; handles and hashtags inside links are not counted. One
 * pass per text: entities, organisation aliases and figures ask the same text (the list is shared, read-only).
 */
export const findContacts = lastResults(contactsOf);

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu)].map((m) => ({
    text: m[0].replace(/['’]$/u, ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Capitalised in a cased script, or in a script without case (Arabic). */
function capitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLocaleLowerCase() || first === first.toLocaleUpperCase();
}

/** "d'Ivoire", "l'Ouest": an elided article before a capitalised word. */
function elided(word: string): boolean {
  return /^[dl]['’]\p{Lu}/u.test(word);
}

/** Country names are looked up for every capitalised word and phrase, most of them again and again. */
const countryCode = lastResults(countryOfName, 10_000);
const opensCountry = lastResults(opensCountryName, 10_000);

/** Words that the country tables know as names but that, capitalised in running text, are rarely one. */
const NOT_COUNTRIES = new Set(['car', 'island', 'jersey', 'reunion', 'union', 'того']);
/** Short capitals that name a country in harvests; other two- and three-letter capitals are codes or words. */
const SHORT_NAMES = new Set(['DRC', 'USA', 'UAE']);
const CYRILLIC_ENDINGS = [
  // Russian and Ukrainian cases
  ...'ией ією ии ию ія ії ію ой ей ою ею ом ем а я у ю е і и ы'.split(' '),
  // Kyrgyz suffixes
  ...'дагы даги дан дон дөн тан тон төн дын дин дун дүн тын тин тун түн нын нин нун нүн да до дө та то тө га ка ге ке го ко ны ни ну ды ди ду ты ти'.split(
    ' ',
  ),
].sort((a, b) => b.length - a.length);
const NOMINATIVE_ENDINGS = ['', 'а', 'я', 'ия', 'ія', 'о', 'ь', 'й'];

/** A Cyrillic country name in another case ("в Кыргызстане", "Украины", "Сирії", "Казакстандан"). */
function inflectedCountry(word: string): string | undefined {
  for (const ending of CYRILLIC_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 4) continue;
    const stem = word.slice(0, word.length - ending.length);
    for (const nominative of NOMINATIVE_ENDINGS) {
      const code = countryCode(stem + nominative);
      if (code) return code;
    }
  }
  return undefined;
}

/** An Arabic word with a clitic in front: "وسوريا", "باليمن", "للعراق". */
function withoutClitic(word: string): string | undefined {
  if (word.startsWith('لل')) return `ال${word.slice(2)}`;
  return /^[وبلفك]/u.test(word) && word.length > 3 ? word.slice(1) : undefined;
}

const singleWordCountry = lastResults(countryOfWord, 10_000);

function countryOfWord(word: string): string | undefined {
  const lower = word.toLocaleLowerCase();
  // a shadda tells a word from the country spelled alike without it: عمّان is Amman, not Oman (عمان)
  if (NOT_COUNTRIES.has(lower) || word.includes('\u0651')) return undefined;
  if (word.length <= 3) return SHORT_NAMES.has(word) ? countryCode(word) : undefined;
  const code = countryCode(word);
  if (code) return code;
  if (/\p{Script=Cyrillic}/u.test(word)) return inflectedCountry(word);
  const bare = /\p{Script=Arabic}/u.test(word) ? withoutClitic(word) : undefined;
  return bare ? countryCode(bare) : undefined;
}

/** A span of the text naming a country, with its ISO 3166-1 alpha-2 code (Kosovo is XK). */
export interface CountryMention {
  code: string;
  start: number;
  end: number;
}

const LONGEST_NAME = 5;

function countriesIn(text: string): CountryMention[] {
  const list = words(text);
  const found: CountryMention[] = [];
  for (let i = 0; i < list.length; ) {
    const first = list[i] as Word;
    let matched = 0;
    if (capitalised(first.text)) {
      // a name of several words opens with one of the words country names open with
      const longest = opensCountry(first.text) ? Math.min(LONGEST_NAME, list.length - i) : 1;
      for (let n = longest; n >= 1 && !matched; n--) {
        const last = list[i + n - 1] as Word;
        const span = text.slice(first.start, last.end);
        if (
          n > 1 &&
          (!(capitalised(last.text) || elided(last.text)) || /[^\p{L}\p{M}'’\s-]|\n\s*\n/u.test(span))
        )
          continue;
        const code = n > 1 ? countryCode(span) : singleWordCountry(first.text);
        if (code && !namesWater(text, first.start, last.end)) {
          found.push({ code, start: first.start, end: last.end });
          matched = n;
        }
      }
    }
    i += matched || 1;
  }
  return found;
}

/**
 * Countries named in the text, in any of the languages of `countryCode`, longest name first. Remembered for
 * the last few texts: entities ask a text once, and its figures again for each currency several countries
 * share (the list is shared, read-only).
 */
export const findCountries = lastResults(countriesIn);

/** An organisation a text defines with its acronym: "Women's Peace Network (WPN)". */
export interface AcronymDefinition {
  name: string;
  acronym: string;
  start: number;
  end: number;
}

/** Small words inside organisation names, in the languages partner documents are written in. */
const NAME_JOINERS = new Set(
  "of for and on in to the de du des la le les l d del y e pour et para por da do dos das für und 's against contre contra sobre".split(
    ' ',
  ),
);
const MAX_NAME_WORDS = 10;
const ACRONYM = /\(\s*([\p{Lu}][\p{L}\p{N}&.-]{0,10}[\p{Lu}\p{N}])\s*\)/gu;

function isAcronym(s: string): boolean {
  const upper = s.match(/\p{Lu}/gu)?.length ?? 0;
  const letters = s.match(/\p{L}/gu)?.length ?? 0;
  return upper >= 2 && upper >= letters / 2;
}

/** The letters of names, handles and domains, compared with each other many times over. */
const letters = lastResults(lettersOf, 10_000);

function lettersOf(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function initials(names: string[]): string {
  return names
    .filter((w) => capitalised(w) && !NAME_JOINERS.has(w.toLocaleLowerCase()))
    .map((w) => letters(w)[0] ?? '')
    .join('');
}

/** A word that can stand in an organisation's name; "the" only after "of", "for", "to" or "on". */
function isNameWord(word: string, previous: string | undefined): boolean {
  const lower = word.toLocaleLowerCase();
  if (lower === 'the') return /^(of|for|to|on)$/iu.test(previous ?? '');
  return capitalised(word) || elided(word) || NAME_JOINERS.has(lower);
}

/**
 * The name before "(ACR)": the capitalised words and the small words between them, back to the start of
 * the phrase (punctuation, a blank line or another word ends it), then cut to the words whose initials
 * spell the acronym when some do ("distributed through the Georgian Coalition for Children's Safety (GCCS)").
 */
function nameBefore(text: string, end: number, acronym: string): { name: string; start: number } | null {
  const offset = Math.max(0, end - 200);
  const before = words(text.slice(offset, end));
  const taken: Word[] = [];
  let next = end - offset;
  for (let i = before.length - 1; i >= 0 && taken.length < MAX_NAME_WORDS; i--) {
    const w = before[i] as Word;
    if (!/^[ \t]*(?:&[ \t]*)?\n?[ \t]*$/u.test(text.slice(offset + w.end, offset + next))) break;
    if (!isNameWord(w.text, before[i - 1]?.text)) break;
    taken.unshift(w);
    next = w.start;
  }
  while (taken.length > 0 && NAME_JOINERS.has(taken[0]?.text.toLocaleLowerCase() ?? '')) taken.shift();
  if (taken.length === 0) return null;
  const wanted = letters(acronym);
  for (let k = 1; k <= taken.length; k++) {
    const tail = taken.slice(taken.length - k);
    if (initials(tail.map((w) => w.text)) === wanted) return spanName(text, offset, tail);
  }
  // (else the words before it, unless a person's, whose organisation it is: "Арман Петросян (ГИС)")
  const person =
    taken.length <= 3 && isKnownName(taken[0]?.text ?? '', true) && taken.every((w) => isKnownName(w.text));
  return taken.length >= 2 && !person ? spanName(text, offset, taken) : null;
}

function spanName(text: string, offset: number, ws: Word[]): { name: string; start: number } {
  const first = ws[0] as Word;
  const last = ws[ws.length - 1] as Word;
  // "l'Agence nationale …": the article elided onto the first word is not part of the name
  const start = offset + first.start + (/^[ld]['’]\p{Lu}/iu.test(first.text) ? 2 : 0);
  return { name: text.slice(start, offset + last.end).replace(/\s+/gu, ' '), start };
}

/** Organisations defined with their acronym, "Full Name (ACR)" or "ACR (Full Name)". */
export function findAcronyms(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    const acronym = m[1] ?? '';
    if (!isAcronym(acronym)) continue;
    const named = nameBefore(text, m.index, acronym);
    if (named) found.push({ ...named, acronym, end: m.index + m[0].length });
  }
  // "ACR (Full Name)": the words in brackets spell the acronym just before them
  for (const m of text.matchAll(
    /(?<![\p{L}\p{N}])([\p{Lu}][\p{Lu}\p{N}&-]{1,11})\s*\(([^()\n]{5,120})\)/gu,
  )) {
    const acronym = m[1] ?? '';
    const name = (m[2] ?? '').trim();
    if (isAcronym(acronym) && initials(name.split(/\s+/u)) === letters(acronym)) {
      found.push({ name, acronym, start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const NAMED_LABELS: Record<NameLabel, 'persons' | 'locations' | 'organizations'> = {
  PERSON: 'persons',
  LOCATION: 'locations',
  ORGANIZATION: 'organizations',
};

/**
 * Persons, places and organisations, as the personal-data detector (`src/redact`) finds them, so that
 * one piece of code tells names, less what only redaction wants (`reportedEntities`), and the public
 * institutions it leaves out. Each entity once, under its longest mention ("Khalafalla" after
 * "Dr. Sawsan Idris Khalafalla" is the same person). One pass per text: entities and organisation
 * aliases of the same text share it (read-only).
 */
export const namedEntities = lastResults(namesOf);

/** A line long enough to be prose wrapped at a page's width, not a list's or an address's line. */
const WRAPPED_LINE = 50;

/**
 * The text with the line breaks that only wrap prose (a PDF's, a hard-wrapped e-mail's) as spaces, the same
 * length: a name wrapped over two lines ("… pela Paz em Cabo" / "Delgado (AMUPAC)") is one name. A break
 * after a line that is no prose, a table's row or a sentence's end, or before a list's item or a label
 * ("Contact :"), stays.
 */
export function unwrapped(text: string): string {
  return text.replace(
    /(?<=^|\n)([^\n\t]*[^\s.:;!?…])\n(?=[ \t]*[^\s•●▪◦*+\-–—\d])(?![ \t]*[^\s:]+(?:\s[^\s:]+){0,3}\s?:)/gu,
    (line, body: string) => (isWrappedProse(body) ? `${body} ` : line),
  );
}

/** A line of running prose: long, with words in lower case (not a credit line "Name, Role, Organisation"). */
function isWrappedProse(line: string): boolean {
  return line.trim().length >= WRAPPED_LINE && (line.match(/(?<![\p{L}])\p{Ll}/gu)?.length ?? 0) >= 3;
}

function namesOf(source: string): Pick<Entities, 'persons' | 'locations' | 'organizations'> {
  const text = unwrapped(source);
  const spans = detect(text, { labels: ['PERSON', 'LOCATION', 'ORGANIZATION'] });
  const named: Pick<Entities, 'persons' | 'locations' | 'organizations'> = {
    persons: [],
    locations: [],
    organizations: [],
  };
  const entities = reportedEntities(text, spans);
  // where the detector found an organisation as long, its reading stands; a longer name found here
  // replaces what the detector cut short ("Тең" of «Тең құқық»)
  const organisations = entities.filter((e) => e.label === 'ORGANIZATION').flatMap((e) => e.mentions);
  const institutions = findInstitutions(text).filter(
    (i) => !organisations.some((m) => m.start <= i.start && m.end >= i.end && m.end - m.start > 0),
  );
  // a name found only inside an institution's name is part of it ("Kenya Meteorological Department"), or
  // is it (a quoted name read as a place: «Мости» of "Фонду громадянської солідарності «Мости»")
  const inside = (e: (typeof entities)[number]) =>
    e.mentions.length > 0 &&
    e.mentions.every((m) => institutions.some((i) => m.start >= i.start && m.end <= i.end));
  // a name wrapped over two lines, with the next line's indent, is written on one
  const oneLine = (name: string) => name.replace(/\s+/gu, ' ');
  for (const e of entities) if (!inside(e)) addUnique(named[NAMED_LABELS[e.label]], oneLine(e.name));
  for (const i of institutions) addUnique(named.organizations, oneLine(i.name));
  return named;
}

function addUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** A text's e-mails, links, handles and hashtags, each list without repeats. */
export function contactEntities(text: string, into: Entities = emptyEntities()): Entities {
  const lists: Record<ContactKind, string[]> = {
    email: into.emails,
    url: into.urls,
    handle: into.handles,
    hashtag: into.hashtags,
  };
  for (const c of findContacts(text)) addUnique(lists[c.kind], c.value);
  return into;
}

export function findEntities(text: string): Entities {
  const entities = contactEntities(text);
  for (const c of findCountries(text)) addUnique(entities.countries, c.code);
  const named = namedEntities(text);
  // an organisation by its name and by its acronym, as a reader lists them ("… Proximité", "ASJP")
  for (const org of aliasesOf(text, named.organizations))
    for (const name of [org.name, org.acronym ?? '']) if (name) addUnique(entities.organizations, name);
  for (const name of named.persons) addUnique(entities.persons, name);
  for (const name of named.locations) {
    // one word as `findCountries` reads it: "Кыргызстана", "ولبنان"
    const code = /\s/u.test(name) ? countryCode(name) : singleWordCountry(name);
    if (code) addUnique(entities.countries, code);
    else addUnique(entities.locations, name);
  }
  return entities;
}

/** One organisation and the other ways a text names it. */
export interface OrganisationAliases {
  name: string;
  acronym?: string;
  /** "@QamariyaYE", or a social-media page as host/path ("facebook.com/nergi.rustavi"). */
  handles: string[];
  /** Web and email domains, without "www." ("qamariya-yemen.org"). */
  domains: string[];
}

/** Hosts that belong to no one organisation: social networks, webmail, link shorteners, file hosts. */
const SHARED_HOSTS =
  /(?:^|\.)(?:facebook|fb|twitter|x|instagram|youtube|youtu|tiktok|linkedin|vk|ok|t|telegram|wa|whatsapp|mixcloud|soundcloud|flickr|medium|wordpress|blogspot|gmail|googlemail|google|yahoo|hotmail|outlook|live|icloud|proton|protonmail|mail|yandex|bit|tinyurl|dropbox|wetransfer)\.(?:com|net|org|me|ru|be|ly|co|io|us)$/iu;
const SOCIAL_HOSTS =
  /^(?:[a-z]+\.)?(?:facebook|instagram|twitter|x|tiktok|youtube|linkedin|vk|t|mixcloud|soundcloud|flickr|medium)\.(?:com|me|ru)$/iu;
/** Words too common in organisation names to tell one from another in a handle or domain. */
const GENERIC_NAME_WORDS = new Set(
  (
    'association asociacion asociatia foundation fundacion fundatia fondation network coalition centre center centro ' +
    'centrul council union alliance forum institute institut instituto organisation organization group corporation ' +
    'corporacion national international regional public children child women youth peace development rights human ' +
    'society civil community social research programme program project initiative committee movement platform ' +
    'agency office ministry'
  ).split(' '),
);

function hostOf(url: string): string {
  const rest = url
    .replace(/^[a-z]+:\/\//iu, '')
    .replace(/^mailto:/iu, '')
    .replace(/^[^@/]*@/u, '');
  return (rest.split(/[/?#:]/u)[0] ?? '').replace(/^www\./iu, '').toLocaleLowerCase();
}

/** The part of a host that names its owner: "qamariya-yemen" of qamariya-yemen.org, "tcw" of tcw.org.ge. */
function ownerLabel(host: string): string {
  const parts = host.split('.');
  const suffix = /^(?:[a-z]{2}|org|com|net|gov|edu|ac|co|int|ngo|ong|info)$/u;
  while (parts.length > 1 && suffix.test(parts[parts.length - 1] ?? '')) parts.pop();
  return parts[parts.length - 1] ?? host;
}

/** A handle, domain or social page reduced to the letters that could name an organisation. */
function aliasKey(alias: string): string {
  if (alias.startsWith('@')) return letters(alias);
  const [host, ...path] = alias.split('/');
  if (host && SOCIAL_HOSTS.test(host)) return letters(path[0] ?? '');
  return letters(ownerLabel(host ?? alias));
}

/** What an alias is compared with, for one organisation: the letters of its acronym, name, initials and distinctive words. */
interface NameKeys {
  acronym: string;
  name: string;
  initials: string;
  distinctive: string[];
}

function nameKeys(org: { name: string; acronym?: string }): NameKeys {
  const words = org.name
    .split(/[\s'’"“”«»-]+/u)
    .map(letters)
    .filter(Boolean);
  return {
    acronym: org.acronym ? letters(org.acronym) : '',
    name: letters(org.name),
    initials: initials(org.name.split(/\s+/u)),
    distinctive: words.filter((w) => w.length >= 4 && !GENERIC_NAME_WORDS.has(w) && !countryCode(w)),
  };
}

/** How strongly an alias names an organisation: 0 when not at all, else the length of what matches. */
function aliasScore(key: string, org: NameKeys): number {
  if (key.length < 3) return 0;
  const { acronym } = org;
  if (acronym.length >= 3 && (key === acronym || key.startsWith(acronym))) return acronym.length;
  if (org.name === key || org.initials === key) return key.length;
  return Math.max(0, ...org.distinctive.filter((w) => key.includes(w)).map((w) => w.length));
}

/** "Tbilisi Centre for Child Wellbeing - <http://www.tcw.org.ge>": a name and its link on one line. */
const NAME_AND_LINK = /^[ \t]*(?:[-•*·–][ \t]+)?([^\n<>]{3,120}?)[ \t]+[-–—][ \t]+<?([^\s<>]+)>?[ \t]*$/gmu;

function socialPage(url: string): string | null {
  const host = hostOf(url);
  if (!SOCIAL_HOSTS.test(host)) return null;
  const path =
    url
      .replace(/^[a-z]+:\/\//iu, '')
      .split(/[?#]/u)[0]
      ?.split('/')
      .slice(1) ?? [];
  const page = path.find((p) => p && !/^(pages|pg|company|groups|channel|c|user|people)$/iu.test(p));
  return page ? `${host.replace(/^(?:m|mobile)\./u, '')}/${page.replace(/^@/u, '')}` : null;
}

/**
 * Each organisation the text names, with its acronym, handles and web or email domains, so that a name, an
 * acronym, a handle and an email domain of one organisation make one actor. Organisations come from
 * acronym definitions, lines that pair a name with its link, the detector's organisations and `names`
 * (ones a caller already knows, such as a self-report's "Organisation Name"). A handle or domain goes to
 * the organisation it names best: its acronym, its name run together, or a distinctive word of its name.
 */
export function organisationAliases(text: string, names: string[] = []): OrganisationAliases[] {
  return aliasesOf(text, [...names, ...namedEntities(text).organizations]);
}

/**
 * The name an acronym defines, or, in a script without capitals to mark where the name starts, the longest
 * organisation found that ends it ("… العلي من مركز الشام لدراسات السلام (SCPS)").
 */
function withinDefinition(name: string, names: string[]): string {
  if (/[\p{Lu}\p{Ll}]/u.test(name)) return name;
  return (
    names.filter((n) => n.length < name.length && name.endsWith(n)).sort((a, b) => b.length - a.length)[0] ??
    name
  );
}

function aliasesOf(text: string, names: string[]): OrganisationAliases[] {
  const orgs: OrganisationAliases[] = [];
  const find = (name: string, acronym?: string) =>
    orgs.find(
      (o) =>
        letters(o.name) === letters(name) ||
        (acronym && o.acronym && letters(o.acronym) === letters(acronym)) ||
        (o.acronym && letters(o.acronym) === letters(name)),
    );
  const add = (name: string, acronym?: string): OrganisationAliases => {
    const found = find(name, acronym);
    if (found) {
      if (acronym && !found.acronym) found.acronym = acronym;
      return found;
    }
    const org: OrganisationAliases = { name, ...(acronym ? { acronym } : {}), handles: [], domains: [] };
    orgs.push(org);
    return org;
  };
  const attach = (org: OrganisationAliases, link: string) => {
    const page = socialPage(link);
    if (page) addUnique(org.handles, page);
    else if (!SHARED_HOSTS.test(hostOf(link))) addUnique(org.domains, hostOf(link));
  };

  for (const a of findAcronyms(text)) add(withinDefinition(a.name, names), a.acronym);
  for (const name of names) add(name);
  const paired = new Set<string>();
  for (const m of text.matchAll(NAME_AND_LINK)) {
    const link = m[2] ?? '';
    if (!/^(?:https?:\/\/|www\.)/iu.test(link) && !linkify.test(link)) continue;
    // "Центр поддержки семьи «Оила таянчи»": an organisation goes by the name in its guillemets
    // (without the town a list gives after it: "ГО «Дунайська оселя», Ізмаїл — https://…")
    const name = quotedName(withoutPlace((m[1] ?? '').trim()).replace(/^["“«](.*)["”»]$/u, '$1'));
    const acronym = /\(([^()]+)\)\s*$/u.exec(name)?.[1];
    const bare = acronym && isAcronym(acronym) ? name.replace(/\s*\([^()]+\)\s*$/u, '') : name;
    attach(add(bare, acronym && isAcronym(acronym) ? acronym : undefined), link);
    paired.add(link.replace(/[<>]/gu, ''));
  }

  // (the organisations are all known by now: their keys are worked out once, for every contact)
  let keyed: [OrganisationAliases, NameKeys][] | undefined;
  for (const c of findContacts(text)) {
    if (c.kind === 'hashtag' || paired.has(c.value)) continue;
    const alias = c.kind === 'handle' ? c.value : (socialPage(c.value) ?? hostOf(c.value));
    if (c.kind !== 'handle' && !socialPage(c.value) && SHARED_HOSTS.test(alias)) continue;
    const key = aliasKey(alias);
    let best: OrganisationAliases | undefined;
    let bestScore = 0;
    keyed ??= orgs.map((org) => [org, nameKeys(org)]);
    for (const [org, keys] of keyed) {
      const score = aliasScore(key, keys);
      if (score > bestScore) [best, bestScore] = [org, score];
    }
    if (!best) continue;
    if (c.kind === 'handle') addUnique(best.handles, c.value);
    else attach(best, c.value);
  }
  const firstMention = (o: OrganisationAliases) => {
    const at = text.indexOf(o.name);
    return at < 0 ? text.length : at;
  };
  return orgs.sort((a, b) => firstMention(a) - firstMention(b));
}
