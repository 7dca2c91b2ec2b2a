/**
 * Country factsheets of a mapping survey: the country under the title, the survey's count per strategy
 * ("Strategy 1: ... / 4 organisations"), a section per strategy headed by the same numbered label, the
 * organisations named with their links ("Name - <url>"), and the authors ("Edited by: Name, Role – Org").
 */
import { countryCode } from '../../domain/country.js';
import type { Figure, FrameworkCode, Section } from '../../domain/document.js';
import { labelledDate, mainDate, openingDateline } from '../dates.js';
import { COUNT_OF, countedByHeader, countOf, NUMBER_OF } from '../figures.js';
import { INSPIRE_STRATEGIES, inspireStrategyNamed, pillarNamed } from '../frameworks.js';
import { readAuthors } from './authors.js';
import {
  INSPIRE_WORD,
  type LabelCount,
  labelCountAt,
  labelParagraphs,
  namedBy,
  numberedLabel,
  STRATEGY_IN_CAPTION,
  sentenceCounts,
} from './layout.js';
import { emptyParts, type KindParts } from './parts.js';
import {
  isCapitals,
  isCapitalsMasthead,
  isHeading,
  isListItem,
  isMasthead,
  isSetWideApart,
  listItemText,
  nameAndAcronym,
  type Paragraph,
  paragraphs,
  quotedName,
  titleCase,
  withoutCapitalLines,
  withoutPlace,
  wordCount,
} from './text.js';
import { datesIn } from './when.js';

export interface StrategyCount {
  number: number;
  title: string;
  count: number;
  unit: string;
}

export interface NamedLink {
  name: string;
  url: string;
}

/**
 * "Name - <url>", "Name – url", "Name: url", "Name (url)", "Name<tab>url" or "Name   url" (a table of links,
 * copied with its cells apart), "Name (url) – Town": an organisation with its link, alone on a line.
 */
const NAMED_LINK =
  /^([^\p{Cc}]{2,150}?)\s*(?:\s[-–—|→»]\s|:\s|\(|\t| {2})\s*<?(https?:\/\/[^\s<>()]+)>?\)?(?:\s+[–—-]\s+\p{Lu}[\p{L}' -]{1,40})?$/u;

const FOOTNOTE_MARK = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*†]|\[\^?\d{1,2}\]|\d{1,2}\s)/u;

/** A link alone on its line ("https://gagauz-women.md"). */
const BARE_LINK = /^<?(https?:\/\/[^\s<>()]+)>?$/u;

/** "ОО «Гагаузские женщины за равенство»" / "https://gagauz-women.md": a name over one or two lines, a link under. */
function linkUnderName(p: Paragraph): NamedLink | null {
  const url =
    p.lines.length <= 3 ? BARE_LINK.exec(p.lines[p.lines.length - 1]?.trim() ?? '')?.[1] : undefined;
  const name = p.lines.slice(0, -1).join(' ').replace(/\s+/gu, ' ').trim();
  const named = name && wordCount(name) <= 12 && !/[.:;,]$/u.test(name) && !FOOTNOTE_MARK.test(name);
  return url && named ? { name: withoutPlace(name), url } : null;
}

/**
 * The organisations named with their links: on one line, or each in a paragraph of its own with its link
 * under its name, as a narrow column lists them (two or more, so that a lone "Read the survey" over a link
 * names none).
 */
/** A name's paragraph with the link alone in the paragraph under it, as a site builder boxes each. */
function linkApart(p: Paragraph, next: Paragraph | undefined): NamedLink | null {
  // (not a link over a link, nor a column's one-word header, "Enlace", over its first)
  const named = !/:\/\//u.test(p.text) && (wordCount(p.text) >= 2 || /^\p{Lu}{2,}$/u.test(p.text.trim()));
  return named && next?.lines.length === 1 && BARE_LINK.test(next.text.trim())
    ? linkUnderName({ ...p, lines: [...p.lines, next.text] })
    : null;
}

/**
 * A narrow column's lines with a name's link whole again: wrapped after its scheme ("… – https://" /
 * "balakukygy.kz") or before the dash that sets it apart ("… (АКПР)" / "– https://akpr.kz").
 */
function withLinksUnwrapped(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last !== undefined && /(?:https?:\/\/|www\.)$/u.test(last) && /^\S+$/u.test(line.trim()))
      out[out.length - 1] = `${last}${line.trim()}`;
    else if (last !== undefined && /^\s*[–—-]\s+(?:https?:\/\/|www\.)\S+\s*$/u.test(line))
      out[out.length - 1] = `${last.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out;
}

function namedLinks(paras: Paragraph[]): NamedLink[] {
  const out: NamedLink[] = [];
  const within = paras.map(linkUnderName);
  const apart = paras.map((p, i) => (within[i] ? null : linkApart(p, paras[i + 1])));
  const underNames = paras.map((_p, i) => within[i] ?? apart[i]);
  const listed = underNames.filter(Boolean).length >= 2;
  paras.forEach((p, i) => {
    const under = underNames[i];
    if (listed && under) out.push(under);
    // (a link read with the name above it)
    else if (listed && apart[i - 1]) return;
    else
      for (const line of withLinksUnwrapped(p.lines)) {
        // a table's row: the name in its first cell (after the row's number), the link in its last ("Центр
        // «Ласточка»<tab>Бельцы<tab>https://…", "6<tab>Adjumani Women's Savings Network<tab>Adjumani<tab>https://…")
        const cells = line.split('\t');
        const first = /^\d{1,3}[.)]?$/u.test(cells[0]?.trim() ?? '') ? 1 : 0;
        const row = cells.length > 2 ? `${cells[first]}\t${cells[cells.length - 1]}` : line;
        const m = NAMED_LINK.exec(isListItem(row) ? listItemText(row) : row);
        // a footnote ("¹ See: https://…", "* More: …") points to a source, not to an organisation
        if (m && wordCount(m[1] ?? '') <= 12 && !FOOTNOTE_MARK.test(m[1] ?? ''))
          out.push({ name: withoutPlace((m[1] ?? '').trim()), url: m[2] ?? '' });
      }
  });
  return out;
}

/** A word's stem with any ending: "организаций" counts what "организации" does. */
function stem(word: string): string {
  return `${word.slice(0, Math.max(4, word.length - 2))}\\p{L}*`;
}

/** The words a factsheet tells of its survey with. */
const SURVEY_WORD =
  /survey|mapping|questionnaire|enqu[êe]te|cartographie|encuesta|mapeo|cuestionario|inqu[ée]rito|pesquisa|mapeamento|опрос|анкет|опитуван|картуван|сурамжыл|استبيان|مسح/iu;

/** "sur 9 répondants": the survey's respondents named as such. */
const RESPONDENTS = 'respondents?|répondant(?:e)?s|encuestad[oa]s|participantes|респондент\\p{L}*';

/**
 * A paragraph's first line with the lines its words wrap onto in lower case ("… щодо" / "дітей — …"), or
 * with the few words after its colon ("… Country Factsheet:" / "Kosovo").
 */
function wrappedFirstLine(p: Paragraph): string {
  const lines = p.lines.map((l) => l.trim());
  const more = lines.slice(1).findIndex((l) => !/^\p{Ll}/u.test(l));
  const first = lines.slice(0, more < 0 ? lines.length : more + 1).join(' ');
  const after = more === 0 ? lines[1] : undefined;
  // (or a title wrapped before the word that names it: "Women, Peace and Security Country" / "Factsheet:
  // Cameroon")
  const named =
    after && !/[.;:!?]$/u.test(first) && !FACTSHEET_WORD.test(first) && FACTSHEET_NAME.test(after);
  return (first.endsWith(':') && after && wordCount(after) <= 4) || named ? `${first} ${after}` : first;
}

/** The words a factsheet names itself with, and with the framework it maps. */
const FACTSHEET_NAME =
  /fact\s?sheet|fiche|ficha|info\s?list|информационный лист|інформаційний лист|маалымат баракча\p{L}*|ورقة (?:حقائق|معلومات)|صحيفة وقائع/iu;
const FACTSHEET_WORD = new RegExp(`${FACTSHEET_NAME.source}|\\bINSPIRE\\b`, 'iu');

/** How many paragraphs above the counts a caption giving the sample's size may stand. */
const SAMPLE_REACH = 3;

/** How far above the counts their caption may stand: a note and a header over two lines may come between. */
const CAPTION_PARAGRAPHS = 5;

/** "Number of organisations per INSPIRE strategy": what a caption above the counts says they count. */
function captionUnit(above: Paragraph[]): string | null {
  const caption = above.map((p) => COUNTED_IN_CAPTION.exec(p.text)?.[1]).findLast(Boolean);
  return caption ? caption.toLocaleLowerCase() : null;
}

const COUNTED_IN_CAPTION = new RegExp(`${NUMBER_OF}\\s*(\\p{L}+)`, 'iu');

const KYRGYZ_COUNT_OF =
  /^(\p{L}+?)(?:лар|лер|дар|дер|тар|тер|лор|лөр|дор|дөр|тор|төр)?(?:дын|дин|дун|дүн|нын|нин|нун|нүн|тын|тин|тун|түн)\s+саны$/iu;

/** The last cell of a table's header line ("Estrategia<tab>Organizaciones"), in lower case, or null. */
function columnHeader(p: Paragraph | undefined, row: string | undefined): string | null {
  if (p?.lines.length !== 1 || !p.text.includes('\t')) return null;
  const cells = p.text.split('\t').map((c) => c.trim());
  // the header over the first row's count, counted from the row's end (its label may fill two cells of the
  // header, "No.<tab>Pillar"): "Organisations" rather than "Most frequent activities" after it
  const rowCells = (row ?? '').split('\t').map((c) => c.trim());
  const at = rowCells.findIndex((c, j) => j > 0 && /^\d{1,6}$/u.test(c));
  const over = at > 0 ? cells[cells.length - (rowCells.length - at)] : undefined;
  // "Number of organisations", "N.º de organizaciones", "Число организаций": what the column counts, else
  // the count's column's name, else the last column's
  // (Kyrgyz names the noun first, in the genitive, then "саны", its number: "Уюмдардын саны")
  const kyrgyz = cells.map((c) => KYRGYZ_COUNT_OF.exec(c)?.[1]).find(Boolean);
  if (kyrgyz) return kyrgyz.toLocaleLowerCase();
  const counting = cells.find((c) => COUNT_OF.test(c)) ?? over ?? cells[cells.length - 1] ?? '';
  return /^\p{L}[\p{L} '’-]*$/u.test(counting) ? countedByHeader(counting) : null;
}

/** Russian and Ukrainian locatives of a country's first word, with the nominative's ending: "в Республике Молдова", "в Україні". */
const LOCATIVE_ENDINGS: [string, string][] = [
  ['ии', 'ия'],
  ['ой', 'ая'],
  ['е', 'а'],
  ['е', ''],
  // Ukrainian: "в Україні", "у Молдові", "в Грузії", "в Киргизстані"
  ['і', 'а'],
  ['ії', 'ія'],
  ['і', ''],
];

/** A country named after "in", as the nominative names it: "Республика Молдова" for "Республике Молдова". */
function countryNamed(words: string): { name: string; code: string } | null {
  const code = countryCode(words);
  if (code) return { name: isCapitals(words) ? titleCase(words) : words, code };
  // each word as it may stand in the nominative ("Кыргызской Республике" is "Кыргызская Республика")
  const forms = words
    .split(' ')
    .map((w) => [
      w,
      ...LOCATIVE_ENDINGS.flatMap(([ending, nominative]) =>
        /^\p{Script=Cyrillic}+$/u.test(w) && w.endsWith(ending)
          ? [w.slice(0, -ending.length) + nominative]
          : [],
      ),
    ]);
  if (forms.length > 3) return null;
  const names = forms.reduce<string[]>(
    (all, options) => all.flatMap((a) => options.map((o) => (a ? `${a} ${o}` : o))),
    [''],
  );
  for (const name of names) {
    const found = countryCode(name);
    if (found) return { name, code: found };
  }
  return null;
}

/** Whether a title names the country, in any case of its words ("в Республике Молдова"). */
function namesCountry(title: string, country: string): boolean {
  const text = title.toLocaleLowerCase();
  return country
    .toLocaleLowerCase()
    .split(' ')
    .every((w) => text.includes(w.slice(0, Math.max(3, w.length - 2))));
}

/** The country the factsheet is about: a country name alone near the top, or the title's last words. */
function countryOf(paras: Paragraph[]): { name: string; code: string } | null {
  // (above the text: an answer a survey's question lists under it, "Gaza", is no such name)
  const text = paras.findIndex((p) => p.text.length > 80 && /[.!?]$/u.test(p.text.trim()));
  for (const p of paras.slice(0, text < 0 ? 12 : Math.min(12, text))) {
    if (wordCount(p.text) > 5) continue;
    const code = countryCode(p.text);
    if (code) return { name: isCapitals(p.text) ? titleCase(p.text) : p.text, code };
  }
  // "Country Factsheet — Senegal", "Factsheet in Moldova", "Информационный лист по стране: КАЗАХСТАН"
  for (const line of paras.slice(0, 12).flatMap((p) => p.lines.slice(0, 3))) {
    const told = [
      /(?:\s|^)(?:in|en|au|aux|в|во|по)\s+(?:the\s+)?(\p{Lu}[\p{L} -]{2,40})$/u.exec(line),
      /(?:\s[—–-]|[:.])\s*([\p{Lu}\p{Lo}][\p{L}\p{M} '’-]{2,40})$/u.exec(line),
      // or before them: "Perú: ficha país sobre las estrategias INSPIRE"
      /^([\p{Lu}\p{Lo}][\p{L}\p{M} '’-]{2,40}?)(?::|\s[—–|])\s/u.exec(line),
      // or right after the colon, before what the sheet is ("…: Кыргызстан боюнча маалымат барагы")
      /:\s*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?)\s/u.exec(line),
    ].flatMap((m) => (m?.[1] ? [m[1]] : []));
    // (or on a line of its own under the title: "… Country Factsheet:" / "Kosovo")
    if (wordCount(line) <= 4) told.push(line.trim());
    for (const words of told) {
      const named = countryNamed(words);
      if (named) return named;
    }
  }
  // "Les stratégies INSPIRE au Gabon : fiche pays": the country after "in" inside the title line
  const title =
    paras[0] &&
    FACTSHEET_WORD.test(
      paras
        .slice(0, 3)
        .map((p) => p.text)
        .join(' '),
    )
      ? paras.slice(0, 3)
      : [];
  for (const line of title.flatMap((p) => p.lines))
    for (const m of line.matchAll(
      /(?<![\p{L}])(?:in|en|au|aux|в|во)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)|(?<![\p{L}])في\s+(\p{Script=Arabic}+)/gu,
    )) {
      const named = countryNamed(m[1] ?? m[2] ?? '');
      if (named) return named;
    }
  return null;
}

/**
 * A later heading with the same label word (or the title counted) and a strategy's number opens that
 * strategy's section.
 */
function sameTitleOf(counts: Map<number, StrategyCount>, n: number, title: string): boolean {
  return counts.get(n)?.title.toLocaleLowerCase() === title.toLocaleLowerCase();
}

/**
 * Whether a paragraph is a label with a count that is not the counted strategy's heading: a heading may
 * repeat its strategy's count beside its title ("НАПРЯМ 1 · УЧАСТЬ<tab>19 організацій").
 */
function countedAgain(paras: Paragraph[], i: number, counts: Map<number, StrategyCount>): boolean {
  const count = labelCountAt(paras, i);
  return count !== null && counts.get(count.number)?.count !== count.count;
}

function readSections(
  paras: Paragraph[],
  label: string,
  counts: Map<number, StrategyCount>,
  from: number,
): Section[] {
  const sections: Section[] = [];
  let open: { number: number; title: string; body: string[] } | null = null;
  const close = () => {
    if (open)
      sections.push({
        code: String(open.number),
        title: open.title,
        text: open.body.join('\n\n'),
        keywords: [],
        commitments: [],
      });
    open = null;
  };
  for (let i = from; i < paras.length; i++) {
    const whole = paras[i] as Paragraph;
    // a heading with its list right under it ("Strategy 2 – Norms and values" / "• 11 organisations …")
    const listed =
      whole.lines.length > 1 && !isListItem(whole.lines[0] ?? '') && whole.lines.slice(1).every(isListItem);
    const p = listed ? { ...whole, lines: whole.lines.slice(0, 1), text: whole.lines[0] ?? '' } : whole;
    // (or a heading numbered as a list, perhaps after its colour's square, whose title is a counted one's or
    // names that strategy: "🟦 1. Implementation and enforcement of laws" over "Laws: 6 orgs")
    const enumerated = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(\d{1,2})[.)]\s+(\S.{0,80})$/u.exec(
      p.lines.length === 1 ? p.text.trim() : '',
    );
    const number = Number(enumerated?.[1]);
    const title = enumerated?.[2] ?? '';
    const names = (n: number) =>
      counts.has(n) &&
      (sameTitleOf(counts, n, title) || inspireStrategyNamed(title) === n || pillarNamed(title) === n);
    // (or a title with its number in brackets after it: "Participación (Pilar 1)")
    const bracketed = /^(\p{L}.{0,80}?)\s*\((\p{L}+)\s+(\d{1,2})\)$/u.exec(
      p.lines.length === 1 ? p.text.trim() : '',
    );
    const heading =
      numberedLabel(p) ??
      (enumerated && names(number) ? { label, number, title } : null) ??
      (bracketed
        ? { label: bracketed[2] ?? '', number: Number(bracketed[3]), title: bracketed[1] ?? '' }
        : null);
    // (counts that name their strategies without a label word are headed by any word for one)
    const labelled = (word: string) =>
      word.toLocaleLowerCase() === label || (label === 'inspire' && STRATEGY_IN_CAPTION.test(word));
    if (
      heading &&
      (labelled(heading.label) || sameTitleOf(counts, heading.number, heading.title)) &&
      !countedAgain(paras, i, counts)
    ) {
      close();
      // the heading's own words, unless in capitals; a table's shorter label names none better (a count
      // beside the heading, "УЧАСТЬ<tab>19 організацій", is none of its words)
      const counted = counts.get(heading.number)?.title;
      // (nor after a dash: "Участие — 12 организаций")
      const own = (heading.title.split('\t')[0] ?? '')
        .replace(/\s+[—–-]\s*(\d+)\s+\p{L}+$/u, (said, n: string) =>
          Number(n) === counts.get(heading.number)?.count ? '' : said,
        )
        .trim();
      const title = isCapitals(own)
        ? (counted ?? titleCase(own))
        : counted && counted.length > own.length
          ? counted
          : own;
      open = { number: heading.number, title, body: listed ? [whole.lines.slice(1).join('\n')] : [] };
    } else if (open && isCapitals(p.text) && isHeading(p.text)) close();
    else open?.body.push(whole.text);
  }
  close();
  return sections;
}

/**
 * Where the same counts listed a second time right under the first end (a survey tool's table, then the
 * list under its caption: "Strategy 1: … 9 organisations"), with no sentence between them and each count
 * right under the one before (a count's line may come between); or undefined. Sections that give their
 * counts again have text between them.
 */
function listedAgain(
  paras: Paragraph[],
  found: { at: number; count: LabelCount }[],
  end: number,
  total: number,
): number | undefined {
  const sentence = (p: Paragraph) => /[.!?…]["'”»)]*$/u.test(p.text.trim());
  const again = new Set<number>();
  let at = end;
  for (const f of found) {
    if (f.at <= end) continue;
    if (paras.slice(at + 1, f.at).some(sentence) || (again.size > 0 && f.at - at > 2)) break;
    again.add(f.count.number);
    at = f.at;
  }
  return again.size >= total ? at : undefined;
}

function mentionsFramework(text: string): FrameworkCode['framework'] | null {
  return INSPIRE_WORD.test(text) ? 'inspire' : null;
}

export function readFactsheet(text: string): KindParts {
  const paras = labelParagraphs(paragraphs(text));
  const found: { at: number; count: LabelCount }[] = [];
  paras.forEach((_p, i) => {
    const count = labelCountAt(paras, i);
    if (count) found.push({ at: i, count });
  });
  // counts told in running sentences, where no label gives them a line of their own
  if (found.length < 3) {
    const told = sentenceCounts(paras, namedBy(text));
    if (told.length >= 3) found.push(...told);
  }
  const words = new Map<string, number>();
  for (const f of found)
    words.set(f.count.label.toLocaleLowerCase(), (words.get(f.count.label.toLocaleLowerCase()) ?? 0) + 1);
  const label = [...words.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const counts = new Map<number, StrategyCount>();
  for (const { count } of found) {
    if (count.label.toLocaleLowerCase() !== label) continue;
    const known = counts.get(count.number);
    // (the same count given again with its noun names what a table's bare number counts)
    if (known && !known.unit && known.count === count.count) known.unit = count.unit;
    if (!known)
      counts.set(count.number, {
        number: count.number,
        title: count.title,
        count: count.count,
        unit: count.unit,
      });
  }
  const first = found[0]?.at ?? 0;
  // (the counts end with the last strategy counted first: a section's heading may give its count again)
  const numbered = new Set<number>();
  const firstListing = found.reduce((end, f) => {
    const again = numbered.has(f.count.number);
    numbered.add(f.count.number);
    return again ? end : f.at;
  }, 0);
  const last = listedAgain(paras, found, firstListing, counts.size) ?? firstListing;
  // counts in a table without their noun ("…<tab>5") count what the table's header names ("Organizaciones")
  // or a caption above them, or the one under a chart's rows ("Nombre d'organisations par stratégie")
  const headerUnit =
    columnHeader(paras[first - 1], paras[first]?.text) ??
    captionUnit(paras.slice(Math.max(0, first - CAPTION_PARAGRAPHS), first)) ??
    captionUnit(paras.slice(last + 1, last + 2));
  // in the framework's order, as a ranking by count may not give them
  const strategies = [...counts.values()]
    .sort((a, b) => a.number - b.number)
    .map((s) => (s.unit || !headerUnit ? s : { ...s, unit: headerUnit }));
  const unit = strategies[0]?.unit ?? '';
  // "Results based on information provided by 6 organisations": the survey's respondents, before the counts
  const respondentsAt = unit
    ? paras
        .slice(0, first)
        .flatMap((p) => [
          // ("the answers of 12 civil society organisations"; not a year, nor the resolution's number before a
          // table's header, "Компонент Резолюции 1325<tab>Число организаций")
          ...p.text.matchAll(
            new RegExp(
              `(?<![\\p{L}\\p{Nd}])((?!(?:19|20)\\d\\d(?!\\d)|1325(?!\\d))[\\p{L}\\p{Nd}]+)(?=\\s+(?:\\p{Ll}+\\s+){0,2}(?:${stem(unit)}|${RESPONDENTS}))`,
              'giu',
            ),
          ),
        ])
        .filter((m) => countOf(m[1] ?? '') !== undefined)
        // "10 organisations en ligne et 2 par téléphone, soit 12 répondants": the total, the largest count
        .sort((a, b) => (countOf(b[1] ?? '') ?? 0) - (countOf(a[1] ?? '') ?? 0))
        .shift()
    : null;
  // or the sample's size as surveys write it, above the counts: "(n = 14, more than one strategy possible)"
  const sample = paras
    .slice(Math.max(0, first - SAMPLE_REACH), first + 1)
    .map((p) => /(?<![\p{L}])n\s*=\s*(\d{1,5})(?!\d)/u.exec(p.text))
    .find(Boolean);
  const respondents = respondentsAt
    ? (countOf(respondentsAt[1] ?? '') ?? null)
    : sample
      ? Number(sample[1])
      : null;
  const country = countryOf(paras);
  const links = namedLinks(paras);
  const authors = readAuthors(paras);
  // only paragraphs naming a year can hold the survey's period
  const ranges = paras
    .filter((p) => /(?:19|20)\d\d|[١٢][٩٠][٠-٩]{2}/u.test(p.text))
    .flatMap((p) => datesIn(p.text).map((d) => ({ ...d, surveyed: SURVEY_WORD.test(p.text) })))
    .filter((d) => d.from !== d.to);
  // a survey runs for months: a range of years ("a Strategy for 2022–2027") is its period only when none is;
  // the same months given to the day elsewhere ("Entre el 3 de febrero y el 14 de marzo") give its days; a
  // range told beside the survey is its period rather than one told of events ("entre enero de 2024 y …")
  const inMonths = ranges.filter((d) => d.from.length >= 7);
  const months = inMonths.find((d) => d.surveyed) ?? inMonths.at(-1);
  const days = ranges.find(
    (d) => d.from.length === 10 && months && d.from.startsWith(months.from) && d.to.startsWith(months.to),
  );
  const period = days ?? months ?? ranges[ranges.length - 1] ?? null;
  // the first line: a subtitle under it ("Mapping of civil society action ...") is not part of the title
  // nor is a masthead above it ("Network (TSZD) · Series «INSPIRE Map» · Issue 3", or two parts set wide
  // apart); the line that says what
  // it is ("Ficha país INSPIRE: Paraguay") is the title rather than the publisher's name above it
  const opening = paras
    .slice(0, 3)
    // (the line under a publisher's name in capitals that says it is a factsheet: "RÉSEAU GUINÉEN …" /
    // "Fiche pays INSPIRE : Guinée")
    .flatMap((p) =>
      isCapitals(p.lines[0] ?? '') && FACTSHEET_NAME.test(p.lines[1] ?? '')
        ? [p.lines[0] ?? '', wrappedFirstLine({ ...p, lines: p.lines.slice(1) })]
        : [wrappedFirstLine(p)],
    )
    // (a series in capitals over the title, "ZAMBIA CHILD SAFETY COALITION · INSPIRE MAPPING SERIES")
    .filter((line) => line && !isMasthead(line) && !isSetWideApart(line) && !isCapitalsMasthead(line));
  // (a label of a few words naming what it is, "ورقة حقائق قُطرية", "Маалымат баракчасы", stands over the title)
  const heading =
    opening.find(
      (line) => FACTSHEET_WORD.test(line) && (line.split(/\s+/u).length > 3 || /[:：]/u.test(line)),
    ) ??
    opening.find((line) => FACTSHEET_WORD.test(line)) ??
    opening[0] ??
    null;
  const framework = mentionsFramework(text);
  const labelWord = found[0]?.count.label ?? '';
  const figures: Figure[] = strategies.map((s) => ({
    value: s.count,
    unit: s.unit,
    label: `${labelWord} ${s.number}: ${s.title}`,
  }));
  if (respondents !== null && respondentsAt)
    figures.unshift({ value: respondents, unit, label: respondentsAt.input.trim() });
  return {
    ...emptyParts(),
    title:
      heading && country && !namesCountry(heading, country.name) ? `${heading}: ${country.name}` : heading,
    // a labelled date or a dateline at the top dates a factsheet; else the end of the survey's period
    date: labelledDate(text) ?? openingDateline(text) ?? period?.to ?? mainDate(text),
    sections: readSections(paras, label, counts, last + 1),
    figures,
    frameworks: framework
      ? strategies.map((s) => ({
          framework,
          code: String(s.number),
          title: INSPIRE_STRATEGIES.find((i) => i.code === String(s.number))?.title ?? s.title,
        }))
      : [],
    details: {
      country,
      respondents,
      strategies,
      surveyPeriod: period ? { start: period.from, end: period.to } : null,
      organisations: links,
      authors,
    },
    entityText: withoutCapitalLines(paras),
    entities: {
      organizations: links.flatMap((l) => nameAndAcronym(quotedName(l.name))),
      urls: links.map((l) => l.url),
      persons: authors.map((a) => a.name),
      countries: country ? [country.code] : [],
    },
  };
}
