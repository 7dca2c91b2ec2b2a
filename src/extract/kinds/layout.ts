/**
 * The layout marks that tell the kinds apart and that the kind modules read by: section codes, table rows,
 * numbered labels with counts, date lines, breadcrumbs, addressee lines. Each holds across languages.
 */
import libmime from 'libmime';
import { asciiDigits, findDates, yearlessDate } from '../dates.js';
import { countIn } from '../figures.js';
import { inspireStrategyNamed, pillarIn, pillarNamed, WHS_TRANSFORMATIONS } from '../frameworks.js';
import {
  isCapitals,
  isHeading,
  isListItem,
  isOutlineHeading,
  isProse,
  listItemText,
  type Paragraph,
  RULE_LINE,
  withLines,
  withoutEnumerator,
  wordCount,
} from './text.js';

/**
 * A self-report section heading: a World Humanitarian Summit transformation code (core responsibility 1-5,
 * transformation letter) then its title, alone on a line: "2D Take concrete steps ...", "3A. Reduce ...",
 * "Transformation 4B : Anticiper, ne pas attendre les crises", "Transformation: 1C …", "Трансформация | 1B – …"
 * (a form's cells set apart by a bar), and as an item of Word's own numbered list, which reads as a bullet
 * ("• التحول 3A: …").
 */
export const WHS_HEADING =
  /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|[•●▪]\s+)?(?:(?:transformation|transformación|transformação|трансформация|трансформація|(?:ال)?تحوّ?ل)\s*[:|]?\s+)?([1-5][A-Ga-g])(?:[.):]|\s[-–—:·|])?\s+(\p{L}.{2,160})$/iu;

/** A table of contents' line: its page number after the title, or dotted leaders. */
const CONTENTS_LINE = /(?:\p{L}[\s.…]+\d{1,3}|\.{4,}|…{2,})\s*$/u;

/** A contents line that leads with dots to its page's number: "3. Peace platforms ........ 3". */
export function isContentsEntry(text: string): boolean {
  return /(?:\.{4,}|…{2,})\s*\d{1,3}\s*$/u.test(text);
}

const WHS_CODES = new Set(WHS_TRANSFORMATIONS.map((t) => t.code));

/** A bullet before a line: how Word's own numbering of a list reads. */
const BULLETED = /^[•●▪]\s/u;

/**
 * A paragraph that heads a transformation's section: its line, or a bulleted one standing alone, as an item
 * of Word's own numbered list does (a checklist of transformations, bullets in one paragraph, heads none).
 */
export function isWhsHeading(p: Paragraph): boolean {
  return p.lines.length === 1 && whsHeadingLine(p.text);
}

/** A line that heads a transformation's section, wherever it stands (in a copy without blank lines, too). */
export function isWhsHeadingLine(line: string): boolean {
  return !BULLETED.test(line) && whsHeadingLine(line);
}

function whsHeadingLine(line: string): boolean {
  const m = WHS_HEADING.exec(line);
  // (a table's row that gives the title and more cells, "3B<tab>Abordar …<tab>Não deixar …", summarises)
  return Boolean(
    m &&
      WHS_CODES.has((m[1] ?? '').toUpperCase()) &&
      !/[.;,]$/.test(line) &&
      !CONTENTS_LINE.test(line) &&
      !m[2]?.includes('\t'),
  );
}

/** A line of a tab-separated table: at least two cells with text. */
export function isTableRow(line: string): boolean {
  return line.includes('\t') && line.split('\t').filter((c) => c.trim() !== '').length >= 2;
}

/**
 * "Strategy 3: Safe environments", "Стратегия 3. Безопасная среда", "INSPIRE Strategy 1 – …", "Estrategia 2 | …",
 * a table's "Estrategia 1<tab>…": a numbered label
 * of a framework.
 */
const NUMBERED_LABEL = /^(?:INSPIRE\s+)?(\p{L}[\p{L}'’-]*)\s+(\d{1,2})(?:\s*[:.–—·|-]\s*|\t\s*)(\S.*?)$/u;

/** "4 organisations", "12 организаций": a count alone on its line, as surveys tabulate them. */
const COUNT_LINE = /^(\d{1,6})\s+(\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*){0,2})\.?$/u;

/**
 * "... – 4 organisations", "... (4 organisations)", "...: 4", "...<tab>4", "... ........ 4": a count at the end
 * of a label line.
 */
const TRAILING_COUNT =
  /(?:\s+[–—-]\s*|:\s*|\s*\(|\t\s*|\s*[.…·]{3,}\s*)(\d{1,6})(?:[^\S\t]+(\p{L}[\p{L}'’-]*))?\)?$/u;

/**
 * A strategy's count after its title and a space, as a chart's row shows it beside its bar ("Stratégie 2 ·
 * Normes et valeurs 9", "Estratégia 6 – Resposta e serviços de apoio 7 organizações"): no strategy's title
 * ends in a number.
 */
const BARE_COUNT = /(?<=\p{L})\s+(\d{1,4})(?:\s+(\p{L}[\p{L}'’-]*))?$/u;

interface NumberedLabel {
  /** The label word as written: "Strategy", "STRATEGY", "Стратегия". */
  label: string;
  number: number;
  title: string;
}

export interface LabelCount extends NumberedLabel {
  count: number;
  unit: string;
}

/** A line as a label reads it: without a list's bullet ("• Stratégie 3 – … : 5 organisations"). */
function labelText(line: string): string {
  // "الاستراتيجية ٢: المعايير والقيم – ٥ منظمات": numbers read in ASCII digits
  // and without a mark drawn before a heading ("▌Стратегия 3 · Безопасная среда"), nor a bar drawn in
  // blocks before a count ("Стратегія 6 · Послуги реагування<tab>██████ 14")
  // (nor a table's row number before a label that numbers itself: "1<tab>Estrategia 1: Implementación …", nor a
  // section's outline number: "4.1 Stratégie 1 : Mise en œuvre …")
  const ascii = asciiDigits(line)
    .replace(/^\s*[▌▍▎▐■▪►▶◆◼]\s*/u, '')
    .replace(/^\s*\d{1,2}\t(?=\p{L}+\s+\d)/u, '')
    .replace(/^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\p{L}+\s+\d)/u, '')
    .replace(/(?<=\t|\s)[█▉▊▋▌▍▎▏▇▆▅▄▃▂▁■▬]+\s*(?=\d)/gu, '');
  const text = isListItem(ascii) && !/^\s*\(?\d/u.test(ascii) ? listItemText(ascii) : ascii;
  // (nor the square of a colour a strategy is drawn in: "• 🟦 Laws: 6 orgs"; nor the letter INSPIRE gives
  // a strategy after its number: "Стратегия 1 (I). Внедрение …")
  return text
    .replace(/^(?:\p{Extended_Pictographic}\uFE0F?\s*)+/u, '')
    .replace(/^(\p{L}+\s+\d{1,2})\s*\([A-Z]\)(?=[.:\s])/u, '$1');
}

/** The Arabic ordinals a label may number with: "المحور الأول" (the first pillar), "الاستراتيجية الثانية". */
const ARABIC_ORDINALS = [
  ['الأول', 'الاول', 'الأولى', 'الاولى'],
  ['الثاني', 'الثانية'],
  ['الثالث', 'الثالثة'],
  ['الرابع', 'الرابعة'],
  ['الخامس', 'الخامسة'],
  ['السادس', 'السادسة'],
  ['السابع', 'السابعة'],
];
const ARABIC_ORDINAL_LABEL = new RegExp(
  String.raw`^(\p{Script=Arabic}+)\s+(${ARABIC_ORDINALS.flat().join('|')})(?:\s*[:.–—·|-]\s*|	\s*)(\S.*?)$`,
  'u',
);

function isLabelLine(line: string): boolean {
  const text = labelText(line);
  return (
    NUMBERED_LABEL.test(text) ||
    CODED_LABEL.test(text) ||
    ORDINAL_LABEL.test(text) ||
    ARABIC_ORDINAL_LABEL.test(text) ||
    namedStrategy(text) !== null
  );
}

/** "2-стратегия. Нормалар жана баалуулуктар": the Kyrgyz ordinal, its number before the label. */
const ORDINAL_LABEL = /^(\d{1,2})-(\p{L}+)\s*[:.–—·|-]\s*(\S.*?)$/u;

/** "E1 · Implementación y vigilancia …", "S3: Safe environments": a strategy's code, its letter and number. */
const CODED_LABEL = /^[ESСЕ]([1-7])(?:\s*[:.–—·|-]\s*|\t\s*|\s+(?=\p{Lu}\p{Ll}))(\S.*?)$/u;

/** "المحور الأول: المشاركة": a label numbered by an Arabic ordinal, with its number. */
function arabicOrdinalLabel(text: string): NumberedLabel | null {
  const m = ARABIC_ORDINAL_LABEL.exec(text);
  const number = ARABIC_ORDINALS.findIndex((forms) => forms.includes(m?.[2] ?? '')) + 1;
  return m && number > 0 ? { label: m[1] ?? '', number, title: (m[3] ?? '').trim() } : null;
}

export function numberedLabel(p: Paragraph | undefined): NumberedLabel | null {
  if (p?.lines.length !== 1) return null;
  const text = labelText(p.text);
  const coded = CODED_LABEL.exec(text);
  if (coded) return { label: 'INSPIRE', number: Number(coded[1]), title: (coded[2] ?? '').trim() };
  const arabic = arabicOrdinalLabel(text);
  if (arabic) return arabic;
  const m = NUMBERED_LABEL.exec(text);
  const ordinal = m ? null : ORDINAL_LABEL.exec(text);
  const [label, number, title] = m ? [m[1], m[2], m[3]] : [ordinal?.[2], ordinal?.[1], ordinal?.[3]];
  if (!label || !number || !title || title.length > 160) return namedStrategy(text);
  return { label, number: Number(number), title: title.trim() };
}

/**
 * A strategy given by its name alone, with its count after it, as a list numbered by Word (whose numbers are
 * not in the text) gives it: "Norms and values – 9 organisations".
 */
function namedStrategy(text: string): NumberedLabel | null {
  const count = TRAILING_COUNT.exec(text) ?? pillarBeforeCount(text);
  const name = count ? text.slice(0, count.index).trim() : '';
  if (!name || name.length > 120) return null;
  // a ranking names each one's number in brackets: "1. Послуги реагування … (стратегія 6) — 14 організацій"
  const stated = STRATEGY_IN_SENTENCE.exec(name);
  if (stated)
    return {
      label: stated[1] ?? '',
      number: Number(stated[2]),
      title:
        withoutEnumerator(
          name
            .replace(stated[0], '')
            .replace(/\(\s*\)/u, '')
            .trim(),
        ) + text.slice(count?.index),
    };
  // a slide's short code for it: "Laws (S1): 8"
  const coded = /\(\s*S\s?([1-7])\s*\)$/u.exec(name);
  if (coded)
    return {
      label: 'INSPIRE',
      number: Number(coded[1]),
      title: withoutEnumerator(text.replace(coded[0], '').replace(/\s+(?=:)/u, '')),
    };
  // (its code before it: "E1<tab>Implementación y vigilancia …<tab>6")
  const code = CODED_LABEL.exec(text);
  if (code) return { label: 'INSPIRE', number: Number(code[1]), title: (code[2] ?? '').trim() };
  // (without the number a list gave it: "1. Implementation and enforcement of laws<tab>7")
  const title = withoutEnumerator(text);
  const number = inspireStrategyNamed(name);
  if (number) return { label: 'INSPIRE', number, title };
  // or a pillar of resolution 1325 by its name alone: "Участие — 12 организаций"
  const pillar = pillarNamed(withoutEnumerator(name));
  return pillar ? { label: '1325', number: pillar, title } : null;
}

/** "Participation 14": a pillar's name and its count after a space, as a box of key figures lists them. */
function pillarBeforeCount(text: string): RegExpExecArray | null {
  const last = text.charCodeAt(text.length - 1);
  if (!(last >= 48 && last <= 57)) return null;
  const bare = BARE_COUNT.exec(text);
  return bare && pillarNamed(withoutEnumerator(text.slice(0, bare.index))) ? bare : null;
}

/** "7", "7 organisations", "7 (58 %)": a cell's count, its noun, and the share it makes after it. */
const COUNT_CELL = /^(\d{1,6})(?:\s+(\p{L}[\p{L}'’-]*))?(?:\s*\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\))?$/u;

/** "منظمتان" (two organisations): a feminine noun in the Arabic dual, a count of two by itself. */
const ARABIC_DUAL = /^\p{Script=Arabic}{2,}(?:تان|تين)$/u;

/**
 * "Title<tab>7 organisations<tab>58%", "Title<tab>منظمتان": the first cell after the label's that holds a
 * count, where it starts.
 */
function countCell(title: string): { index: number; 1: string; 2: string | undefined } | null {
  const cells = title.split('\t').map((c) => c.trim());
  const at = cells.findIndex((c, j) => j > 0 && (COUNT_CELL.test(c) || ARABIC_DUAL.test(c)));
  const cell = cells[at] ?? '';
  const m = at > 0 ? (COUNT_CELL.exec(cell) ?? (ARABIC_DUAL.test(cell) ? ['', '2', cell] : null)) : null;
  return m ? { index: (title.split('\t')[0] ?? '').length, 1: m[1] ?? '', 2: m[2] } : null;
}

/** "… ........ منظمتان", "… : منظمة واحدة": two or one organisations in Arabic words after a title. */
const ARABIC_WORD_COUNT =
  /(?:\s*[.…·]{3,}\s*|\s+[–—-]\s*|:\s*|\t\s*)(?:(\p{Script=Arabic}{2,}(?:تان|تين))|(\p{Script=Arabic}{2,})\s+(?:واحدة|واحد))$/u;

function arabicWordCount(title: string): { index: number; 1: string; 2: string } | null {
  const m = ARABIC_WORD_COUNT.exec(title);
  if (!m) return null;
  return { index: m.index, 1: m[1] ? '2' : '1', 2: m[1] ?? m[2] ?? '' };
}

/** "… nenhuma organização", "… – no organisations", "… : aucune organisation": a count of none after a title. */
const NONE_COUNT =
  /(?:\s+[–—-]\s*|:\s*|\t\s*|(?<=\p{L})\s+)(?:no|none|zero|nenhuma|nenhum|aucune|aucun|ninguna|ninguno|ни одной|жодної|жодна)()\s+(\p{L}[\p{L}'’-]*)$/iu;

/** "<tab>31,58%": the share of the answers a survey tool's table gives in its cells. */
const SHARE_CELLS = /(?:\t\s*\d{1,3}(?:[.,]\d+)?\s?%)+\s*$/u;

/** A numbered label with its count: on the same line, in a sentence after its title, or on the next line. */
export function labelCountAt(paras: Paragraph[], i: number): LabelCount | null {
  const label = numberedLabel(paras[i]);
  if (!label) return null;
  const inline =
    TRAILING_COUNT.exec(label.title) ??
    countCell(label.title) ??
    arabicWordCount(label.title) ??
    NONE_COUNT.exec(label.title) ??
    (STRATEGY_IN_CAPTION.test(label.label) || label.label === '1325' ? BARE_COUNT.exec(label.title) : null);
  if (inline && inline.index > 0) {
    // a table cell wrapped onto the next line: "Strategy 1: Implementation and<tab>6" / "enforcement of laws"
    const next = paras[i + 1];
    // (not a note after its icon, "ℹ️ Une même organisation …": the icon is a letter in lower case)
    // (nor a note under the table: "n = 18 organisations; multiple answers possible.")
    const wrapped =
      next?.lines.length === 1 &&
      /^\p{Ll}(?!\uFE0F)/u.test(next.text) &&
      !next.text.includes('\t') &&
      !/[.;!?]$/u.test(next.text.trim());
    // (a survey tool's share of the answers before the count is no part of the title: "…<tab>31,58%<tab>6")
    const title = label.title.slice(0, inline.index).replace(SHARE_CELLS, '').trim();
    return {
      ...label,
      title: `${title}${wrapped ? ` ${next.text.trim()}` : ''}`,
      count: Number(inline[1]),
      unit: inline[2] ?? '',
    };
  }
  // "Strategy 5 – Income and economic strengthening: only one organisation works on this strategy."
  const colon = label.title.indexOf(': ');
  const stated = colon > 0 ? countIn(label.title.slice(colon + 2)) : null;
  if (stated) return { ...label, title: label.title.slice(0, colon).trim(), ...stated };
  const after = paras[i + 1];
  const count = after && after.lines.length === 1 ? COUNT_LINE.exec(after.text) : null;
  // (without the dash that led to it: "Strategy 7: Education and life skills –" / "9 organisations")
  const title = label.title.replace(/\s*[–—-]$/u, '');
  return count ? { ...label, title, count: Number(count[1]), unit: count[2] ?? '' } : null;
}

/** "stratégie 4", "Strategy 2", "стратегии 3": a framework's strategy named by its number inside a sentence. */
const STRATEGY_IN_SENTENCE =
  /(?<![\p{L}])(strat[ée]gie|strategy|estrategia|estrat[ée]gia|стратеги\p{L}*|стратегі\p{L}*)[\s\uE000]+(\d)(?![\d])(?:\s*\(([^()]{3,120})\))?/iu;
/** Where a sentence's clauses part: punctuation, or a conjunction opening another ("tandis que", "while"). */
const CLAUSE_BREAK = /[,;.:](?:\s|$)|\s(?:et|and|y|e|и|та|і|tandis que|while|whereas|mientras que|а)\s/u;

const KEPT: Record<string, string> = { ' ': '\uE000', ',': '\uE001', ';': '\uE002' };
const RESTORED = Object.fromEntries(Object.entries(KEPT).map(([c, mark]) => [mark, c]));
const restored = (text: string) => text.replace(/[\uE000-\uE002]/gu, (c) => RESTORED[c] ?? c).trim();

/** "13 de las 15 organizaciones", "2 of the 15 organisations": a part of a whole, counting the whole's noun. */
const PART_OF = /^(\d{1,4})\s+(?:de|of|sur|из|з)\s+(?:(?:las|los|the|les)\s+)?\d{1,4}\s+(\p{L}[\p{L}'’-]*)/u;

interface ClauseStrategy {
  label: string;
  number: number;
  title: string;
}

/** The framework whose strategies or pillars a text may name in words alone. */
export type NamedBy = 'inspire' | 'unscr1325' | null;

/** The framework a text is about, by its name or number, for the strategies or pillars it names in words. */
export function namedBy(text: string): NamedBy {
  return INSPIRE_WORD.test(text) ? 'inspire' : /(?<!\d)1325(?!\d)/u.test(text) ? 'unscr1325' : null;
}

/** A strategy or pillar a clause names in words alone, in a text about the framework. */
function namedIn(clause: string, byName: NamedBy): ClauseStrategy | null {
  if (byName === 'unscr1325') {
    const pillar = pillarIn(clause);
    return pillar ? { label: '', ...pillar } : null;
  }
  const number = byName === 'inspire' ? inspireStrategyNamed(clause) : null;
  return number ? { label: '', number, title: '' } : null;
}

/**
 * One count and one strategy in a clause ("5 organisations travaillent sur la stratégie 1 (…)"); in a text
 * about a framework, a strategy or pillar told by its name alone ("le sigue el apoyo a padres, madres y
 * cuidadores", "Катышуу багытында 12 уюм иштейт").
 */
function clauseCount(
  clause: string,
  byName: NamedBy,
): { count?: { count: number; unit: string }; strategy?: ClauseStrategy } {
  const stated = STRATEGY_IN_SENTENCE.exec(clause);
  const strategy = stated
    ? { label: stated[1] ?? '', number: Number(stated[2]), title: restored(stated[3] ?? '') }
    : (namedIn(clause, byName) ?? undefined);
  const words = (stated ? clause.replace(stated[0], ' ') : clause).match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const at = words.findIndex((w, i) => /^\d{1,4}$/u.test(w) && /^\p{L}/u.test(words[i + 1] ?? ''));
  const rest = at >= 0 ? words.slice(at).join(' ') : '';
  const part = PART_OF.exec(rest);
  const count = part ? { count: Number(part[1]), unit: part[2] ?? '' } : at >= 0 ? countIn(rest) : null;
  return { ...(count ? { count } : {}), ...(strategy ? { strategy } : {}) };
}

/** A text's sentences, a line that opens with a strategy ("  Stratégie 2 (Normes et valeurs) : 9 …") one too. */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const opensStrategy = STRATEGY_IN_SENTENCE.exec(line.replace(/^\s*(?:[•*-]\s*)?/u, ''))?.index === 0;
    if (opensStrategy || out.length === 0) out.push(line);
    else out[out.length - 1] += `\n${line}`;
  }
  return out.flatMap((s) => s.split(/(?<=[.!?])\s+/u));
}

/**
 * Counts per strategy told in running sentences ("Sur les 11 organisations, 5 organisations travaillent sur
 * la stratégie 1 (…) et 8 sur la stratégie 2 …; … la stratégie la plus citée, avec 9 organisations"): each
 * clause's count and strategy, or a strategy and the count in a clause after it in the same sentence.
 */
export function countsInSentences(text: string, byName: NamedBy = null): LabelCount[] {
  // a strategy's title in brackets holds no clause break ("(mise en œuvre et application des lois)"): its
  // spaces and commas are kept apart while clauses are cut
  const flat = text.replace(
    /\(([^()]*)\)/gu,
    (_m, inner: string) => `(${inner.replace(/[ ,;]/gu, (c) => KEPT[c] ?? c)})`,
  );
  const found = new Map<number, LabelCount>();
  for (const sentence of sentencesOf(flat)) {
    let pending: ReturnType<typeof clauseCount> = {};
    for (const clause of sentence.split(CLAUSE_BREAK)) {
      const read = clauseCount(clause, byName);
      const count = read.count ?? (read.strategy ? pending.count : undefined);
      const strategy = read.strategy ?? (read.count ? pending.strategy : undefined);
      if (count && strategy) {
        if (!found.has(strategy.number)) found.set(strategy.number, { ...strategy, ...count });
        pending = {};
      } else if (read.count || read.strategy) pending = read;
    }
  }
  return [...found.values()].sort((a, b) => a.number - b.number);
}

/** A text about the INSPIRE strategies names them so. */
export const INSPIRE_WORD = /\bINSPIRE\b/;

const STRATEGY_WORD = /(?:strat[ée]gi|strateg|estrat[ée]gi|стратеги|стратегі)\p{L}*\s+\d/iu;

/**
 * The counts per strategy a text tells in its sentences, paragraph by paragraph, with the paragraph each is
 * told in; in a text about INSPIRE or resolution 1325, strategies and pillars told by their names count too.
 * Each one's first count stands, all under the label word the text numbers them with.
 */
export function sentenceCounts(paras: Paragraph[], byName: NamedBy): { at: number; count: LabelCount }[] {
  const found = new Map<number, { at: number; count: LabelCount }>();
  paras.forEach((p, at) => {
    if (!byName && !STRATEGY_WORD.test(p.text)) return;
    for (const count of countsInSentences(p.text, byName))
      if (!found.has(count.number)) found.set(count.number, { at, count });
  });
  const all = [...found.values()];
  const label = all.find((f) => f.count.label)?.count.label ?? (byName === 'unscr1325' ? '1325' : 'INSPIRE');
  return all.map((f) => ({ at: f.at, count: { ...f.count, label } }));
}

/**
 * What may come before a dateline's date: "Published on", "Publicado el", "Опубликовано", "نُشر في", "Date:",
 * "Friday,", a calendar's emoji, who posted it ("Submitted by comms_officer on Mon,", "Par Ibrahima Touré -", "Por Comunicaciones ARNE /"), where, in
 * up to three words set apart by a dot or a bar ("بيهاتش · 27/10/2025", "Velika Kladuša · 20/10/2025").
 */
const DATE_LABEL =
  /^(?:[\p{L}\p{M}\p{So}'’ ]{0,30}(?:[:,،]\s*\p{L}[\p{L}\p{M}]{1,14})?[:,،]?|[\p{Lu}\p{Lo}][\p{L}\p{M}'’-]*(?:\s[\p{Lu}\p{Lo}][\p{L}\p{M}'’-]*){0,2}\s[·•|]|(?:submitted|posted|published|written|publi[ée]e?|publicad[oa])\s+(?:by|par|por)\s+[^\d|]{1,40}?\s+(?:on|le|el|em)(?:\s+\p{L}{2,12},)?|(?:by|par|por)\s+\p{Lu}[^\d|/]{1,40}?\s+[-–—·|/])\s*$/iu;
/** What may follow a date line's date: the word for year ("12.03.2024 г."). */
const YEAR_WORD_AFTER = String.raw`(?:\s*(?:г\.|года|р\.|року)(?![\p{L}]))?`;
/** When ("14:30", ", às 14h30", "10:30 ص", "16:42 (ICT)", "09:30:12 UTC+02:00" as a chat's export writes it). */
const TIME = String.raw`(?:at|à|às|a las|в|о|في|الساعة)?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:h|am|pm|AM|PM|a\.m\.|p\.m\.|ص|م))?(?:\s*\((?:[A-Z]{2,5}|(?:UTC|GMT)[+−-]\d{1,2})\)|\s+(?:UTC|GMT)[+−-]\d{1,2}(?::\d{2})?)?`;
/**
 * Categories set apart by bars, dots or slashes ("| Actualités | 0 commentaire", "/ Peacebuilding / By …"),
 * each perhaps after its icon ("| 📍 القامشلي").
 */
const CATEGORIES = String.raw`(?:\s*[|·•/]\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)?[\p{L}\d ,:'’-]{1,60}){0,3}`;
/** Who posted it ("by the Communications Team"). */
export const POSTED_BY_WORDS = 'by|par|por|від|от';
const POSTED_BY = String.raw`(?:${POSTED_BY_WORDS}|By|Par|Por|Від|От)\s+(?:[^.\d|]{1,50}|[\w.@-]{2,40})`;
/** Where, or a category set apart by spaces ("· Marawi", "— Honiara", "| Port Vila", "   Документи"). */
const WHERE = String.raw`(?:[·•|/—–-]\s*|(?<=\s{2}))\p{Lu}[\p{L} ,'’-]{1,40}`;
/** "Sin comentarios", "2 comentarios", "No Comments", "0 commentaire": a post card's count of comments. */
const COMMENT_COUNT = String.raw`(?:\d+|[Ss]in|[Nn]o|[Aa]ucun|[Ss]ans|[Нн]ет)\s+(?:[Cc]omments?|[Cc]omentarios?|[Cc]omentários?|[Cc]ommentaires?|комментари\p{L}*|коментар\p{L}*)`;

/**
 * After the date and its byline, an emoji: a post's audience ("· 🌍"). (Matched with case: a place opens with a
 * capital, where "8 березня — про права …" is a title.)
 */
const DATE_BYLINE = new RegExp(
  String.raw`^${YEAR_WORD_AFTER}[\s.,;|–-]*(?:(?:${TIME}(?:\s+\d{1,4}(?=\s*$))?)?${CATEGORIES}|${POSTED_BY}${CATEGORIES}|${WHERE}${CATEGORIES})?(?:\s+${COMMENT_COUNT})?[\s·•|]*(?:\p{Extended_Pictographic}\uFE0F?\s*)?$`,
  'u',
);
const DATE_LINE_CHARS = 100;
/** "Оберіг громади | Павлоград, [28.02.2025 18:40]": who posted, then when in brackets, as a chat app copies a post. */
const CHAT_POST = /^[^[\]\n]{1,60},\s*\[([^[\]]{6,40})\]\s*$/u;
/** "(الخميس) ٢٠ رمضان ١٤٤٦هـ (–) الموافق …": a Hijri date, perhaps after its weekday, before the Gregorian one. */
const HIJRI_BEFORE =
  /^(?:\p{L}+\s+)?[\d\u0660-\u0669]{1,2}\s+\p{L}+(?:\s+\p{L}+)?\s+[\d\u0660-\u0669]{4}\s*هـ\s*(?:[–—-]\s*)?(?:الموافق\s+)?/u;
/** "… ٢٠٢٥ م، الموافق ١٠ رمضان ١٤٤٦ هـ": the Hijri date a Gregorian one corresponds to, after it. */
const HIJRI_AFTER =
  /\s*[،,]?\s*الموافق\s+[\d\u0660-\u0669]{1,2}\s+\p{L}+(?:\s+\p{L}+)?\s+[\d\u0660-\u0669]{4}\s*هـ\s*$/u;

/** "ACCÈS À LA JUSTICE · ": a post's category in capitals before its date, of more words than a label has. */
const CATEGORY_BEFORE = /^[\p{Lu}\p{M}'’ -]{3,40}\s[·•|]\s*$/u;

/**
 * A dated item's date line: a date with its day or month (a year is not enough), alone on the line or after
 * a short label and before a byline, in any style and language `findDates` reads.
 */
export function isDateLine(text: string, label = DATE_LABEL): boolean {
  // every date the reader knows has a year: four digits, or two after a day and month in digits
  if (!/[\d\u0660-\u0669]{4}|\d[./-]\d{2}\b/u.test(text)) return false;
  // (a post's details before its date on one line: "Écrit par A. Dicko · Catégorie : Société · Mercredi, …")
  const parts = text.length <= 2 * DATE_LINE_CHARS ? detailParts(text) : [];
  const first = parts.length > 1 ? firstNonDetail(parts) : 0;
  if (first > 0) return isDateLine(parts.slice(first).join(' · '), label);
  if (text.length > DATE_LINE_CHARS) return false;
  // (a sentence's end wrapped onto its own line is none: "secretariat in January 2025.")
  if (/^\s*\p{Ll}+\s+\p{Ll}/u.test(text) && /\.\s*$/u.test(text)) return false;
  const chat = CHAT_POST.exec(text);
  if (chat) return isDateLine(chat[1] ?? '');
  // "١٢ رمضان ١٤٤٥ هـ الموافق ٢٢ آذار ٢٠٢٤ م": the Hijri date before the Gregorian one it corresponds to, or after
  // (a line centred with spaces, as a chat's day separator is, is the same line)
  // (a time in Arabic-Indic digits after the date, "الساعة ٧:١٥ م", read as digits)
  const line = asciiDigits(text.trim().replace(HIJRI_BEFORE, '').replace(HIJRI_AFTER, ''));
  const dates = findDates(line);
  const [date, updated] = dates;
  // (a second date, when the post was updated, after the first: "Publicado: 02.04.2025 · Actualizado: …")
  const last = updated && UPDATED.test(line.slice(date?.end, updated.start)) ? updated : date;
  return (
    dates.length === (last === date ? 1 : 2) &&
    date !== undefined &&
    last !== undefined &&
    date.date.length >= 7 &&
    (label.test(line.slice(0, date.start)) ||
      (label === DATE_LABEL && CATEGORY_BEFORE.test(line.slice(0, date.start)))) &&
    DATE_BYLINE.test(line.slice(last.end).replace(/^\s*م(?![\p{L}])/u, ''))
  );
}

/** What stands between a post's date and the day it was updated: " · Updated:", ", actualizado el". */
const UPDATED =
  /^\s*[·|•,;(]?\s*(?:last\s+)?(?:updated|edited|modified|actualizado|atualizado|mis\s+à\s+jour|modifié|обновлено|оновлено|змінено|изменено)(?:\s+(?:on|el|em|le))?\s*:?\s*$/iu;

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
const YEARS = new RegExp(YEAR.source, 'gu');
/** How many lines make a page's head, whose latest year is this year's for a feed. */
const HEAD_LINES = 12;

/**
 * The day and month of a date line without a year ("sábado, 15 de marzo a las 10:32"), and where they end,
 * or null.
 */
function yearlessLineDate(line: string): ReturnType<typeof yearlessDate> {
  // a release's place and day opening its text: "ZEBILLA, Thursday 27 March – A radio drama …"
  const place = YEARLESS_DATELINE.exec(line.slice(0, 60));
  const opening = place ? yearlessDate(line, place[0].length) : null;
  if (opening && /^\s*[–—-]\s/u.test(line.slice(opening.end)) && !YEAR.test(line.slice(0, opening.end + 3)))
    return opening;
  if (line.length > DATE_LINE_CHARS || !/(?<!\d)\d{1,2}(?!\d)/u.test(line) || YEAR.test(line)) return null;
  const label = /^[\p{L}\p{M}\p{So}'’ ]{0,30}[:,]?\s*/u.exec(line)?.[0].length ?? 0;
  for (const at of label > 0 ? [0, label] : [0]) {
    const date = yearlessDate(line, at);
    if (date && DATE_LABEL.test(line.slice(0, at)) && DATE_BYLINE.test(line.slice(date.end))) return date;
  }
  return null;
}

/** A dateline's place in capitals and perhaps its weekday, before a day and month: "ZEBILLA, Thursday ". */
const YEARLESS_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,30},\s*(?:\p{L}+,?\s+)?/u;

/** A link written out in a line. */
const LINK = /(?:https?:\/\/|www\.)\S+/gu;

/**
 * The day a feed was copied, as a note above its posts says ("Скопировано … 2 апреля 2025 г."): a post it
 * dates without a year was made that day or in the year before it.
 */
function copiedOn(lines: string[], firstPost: number): Date | null {
  for (const line of lines.slice(0, firstPost)) {
    // (a link's slug is no note: "…/peace-letter-7-march-2025/")
    const date = findDates(line.replace(LINK, ' ')).find((d) => d.date.length === 10 && !d.endDate)?.date;
    if (date) return new Date(`${date}T00:00:00Z`);
  }
  return null;
}

/** The longest line of a date set as a badge. */
const BADGE_CHARS = 12;

/**
 * A date set as a badge over two or three short lines, its year on one of its own ("21 Mar" / "2025", "21" /
 * "MAR" / "2025"), as one line and how many it took, or null.
 */
function badgeAt(lines: string[], i: number): { line: string; count: number } | null {
  for (const count of [2, 3]) {
    const parts = lines.slice(i, i + count).map((l) => l.trim());
    if (parts.length < count || parts.some((p) => p.length === 0 || p.length > BADGE_CHARS)) return null;
    if (!parts.some((p) => /^(?:19|20)\d{2}$/u.test(p)) || parts.some((p) => isDateLine(p))) continue;
    const line = parts.join(' ');
    if (isDateLine(line)) return { line, count };
  }
  return null;
}

/**
 * A feed's date lines without a year ("17 березня о 14:05 · 🌍", "8 de marzo a las 16:05"), as it dates
 * this year's posts, given the year of the day a note above the posts says they were copied (or the year
 * before, for a day after it), else of the nearest dated line above, else the latest of the page's head,
 * else that of the nearest dated line below; and dates set as badges on one line.
 */
export function withYears(text: string): string {
  const lines: string[] = [];
  const all = text.split('\n');
  for (let i = 0; i < all.length; i++) {
    const badge = (all[i]?.length ?? 0) <= BADGE_CHARS + 8 ? badgeAt(all, i) : null;
    lines.push(badge?.line ?? all[i] ?? '');
    if (badge) i += badge.count - 1;
  }
  const dates = lines.map((line) => {
    const trimmed = line.trimStart();
    const date = yearlessLineDate(trimmed.trimEnd());
    return date && { ...date, end: date.end + line.length - trimmed.length };
  });
  if (!dates.some(Boolean)) return lines.join('\n');
  const years = lines.map((line) =>
    isDateLine(line) ? findDates(line.trim())[0]?.date.slice(0, 4) : undefined,
  );
  const head = lines.slice(0, HEAD_LINES).join('\n').match(YEARS)?.sort().at(-1);
  const copied = copiedOn(
    lines,
    lines.findIndex((_line, i) => dates[i] || years[i]),
  );
  return lines
    .map((line, i) => {
      const date = dates[i];
      if (!date) return line;
      // (the day it was copied, when a note gives it, dates a pinned post's followers right too)
      const copiedYear = copied?.getUTCFullYear() ?? 0;
      const copiedDay = copied ? (copied.getUTCMonth() + 1) * 100 + copied.getUTCDate() : 0;
      const year = copied
        ? String(copiedYear - (date.month * 100 + date.day > copiedDay ? 1 : 0))
        : (years.slice(0, i).findLast(Boolean) ?? head ?? years.slice(i + 1).find(Boolean));
      return year ? `${line.slice(0, date.end)} ${year}${line.slice(date.end)}` : line;
    })
    .join('\n');
}

/** "03/02/25 10:12 - Ana: …", "[03/02/2025, 10:12:33] Ana: …": a message as a chat app exports it. */
const CHAT_MESSAGE =
  /^\[?(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]?\s*(?:[-–]\s*)?([^:\n]{1,60}?):\s(.*)$/u;
/** A line the chat app writes itself, no one's message: a member joined, the group was created. */
const CHAT_NOTICE = /^\[?\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4}),?\s+\d{1,2}:\d{2}/u;
/** The most characters of a message that says only that media or a message was left out or deleted. */
const LEFT_OUT = 40;

/**
 * A chat group's export as a page of posts: each message's date on a line of its own over its text, its
 * first line in bold ("*Lichinga: 40 mediadoras …*") its title; the app's own notices, and messages that
 * only say media was left out or a message deleted, dropped. Other texts come back as they are.
 */
export function chatPosts(text: string): string {
  const lines = text.split('\n');
  if (lines.filter((line) => CHAT_MESSAGE.test(line)).length < POSTS) return text;
  const head: string[] = [];
  const messages: { date: string; lines: string[] }[] = [];
  for (const line of lines) {
    const m = CHAT_MESSAGE.exec(line);
    if (m) {
      const year = (m[3] ?? '').length === 2 ? `20${m[3]}` : m[3];
      messages.push({
        date: `${m[1]}/${m[2]}/${year}`,
        lines: [(m[5] ?? '').replace(/^\*([^*]+)\*/u, '$1')],
      });
    } else if (CHAT_NOTICE.test(line)) messages.push({ date: '', lines: [] });
    else (messages.at(-1)?.lines ?? head).push(line);
  }
  const posts = messages
    .map((message) => ({ ...message, text: message.lines.join('\n').trim() }))
    .filter(
      (message) =>
        message.date &&
        (message.text.length > LEFT_OUT || message.text.includes('\n')) &&
        !MEDIA_LEFT_OUT.test(message.text),
    )
    .map((message) => `${message.date}\n\n${message.text}`);
  return [...head, ...posts].join('\n\n');
}

/** "Chilpancingo, Gro., a 3 de diciembre de 2024": where a press release was issued, then its date. */
const PLACE_THEN_DATE = /^(?:\p{Lu}[\p{L}\p{M}'’ .-]{0,30},\s*){1,3}(?:a|le|el|on|em|à|в)?\s*$/u;

/**
 * A news item's date line: a date line, or a press release's place and date alone on a line (not a date
 * line elsewhere: a resolution's event line is its place and dates); a day or a month, never a range (a
 * channel's "archive for February–March 2025").
 */
export function isItemDateLine(text: string): boolean {
  return (isDateLine(text) || isDateLine(text, PLACE_THEN_DATE)) && !findDates(text.trim())[0]?.endDate;
}

/**
 * A page's link to the rest of an item: "Read more »", "Читать далее", "Lire la suite", "اقرأ المزيد ←", and
 * with the item's title after it ("Lire la suite : Birni N'Konni : les comités…").
 */
export const READ_MORE =
  /^(?:read more|continue reading|more|читать далее|подробнее|читати далі|детальніше|lire la suite|en savoir plus|leer más|seguir leyendo|continue lendo|leia mais|اقرأ المزيد|المزيد)(?:[\s.…»→←>]*|\s*:\s.*)$/iu;

/**
 * "Commentaires (2)", "3 Comments", "Leave a comment", "Комментарии", "التعليقات (2)": the heading of the
 * readers' comments under an item, which are no part of it (each comment's author and date look like a post's).
 */
export const COMMENTS_HEADING =
  /^(?:(?:\d+\s+)?(?:comments?|commentaires?|comentarios?|comentários?|комментари[йия]|коментар(?:і|ів)|التعليقات|تعليقات)(?:\s*\(\d+\))?|(?:leave a|add a|post a|write a) comment|(?:laisser|ajouter|écrire) un commentaire|(?:deja|añade|escribe) un comentario|(?:deixe|adicione) um comentário|(?:оставить|добавить|написать) комментарий|(?:залишити|додати|написати) коментар|أضف تعليقا?ً?|اترك تعليقا?ً?)\s*[:…]?\.{0,3}$/iu;

/**
 * A title that carries its date after it ("Safe house opens in Baucau (3 June 2024)", "… — 3 June 2024") or
 * before it ("28/03/2025 — Regresan 37 familias …").
 */
export function titleWithDate(text: string): { title: string; date: string } | null {
  // (a table's row, "Total grant<tab>EUR 186,000 (January 2025 – …)", is no title)
  if (text.includes('\n') || text.includes('\t') || text.length > 200) return null;
  const m = /^(.+?)(?:\s+\(([^()]+)\)|\s+[—–|]\s+([^—–|]+))\s*$/u.exec(text);
  // or the date first: "28/03/2025 — Regresan 37 familias …"
  const first = /^([^—–|]{6,40}?)\s+[—–|]\s+(\S.*)$/u.exec(text);
  const leading = first && findDates(first[1] ?? '')[0]?.text === first[1]?.trim() ? first : null;
  const title = (leading ? leading[2] : m?.[1])?.trim() ?? '';
  const date = (leading ? leading[1] : (m?.[2] ?? m?.[3]))?.trim() ?? '';
  const found = date ? findDates(date) : [];
  const whole = found.length === 1 && found[0]?.start === 0 && found[0].end === date.length;
  return whole && found[0] && found[0].date.length >= 7 && isHeading(title, 25)
    ? { title, date: found[0].date }
    : null;
}

/** "QUIBDÓ, 18 de abril de 2024.– Con la participación…": a body opened by its place and date, as releases are. */
export function datelineOpening(text: string): string | null {
  // (perhaps with its weekday: "ZEBILLA, Thursday 27 March 2025 – …")
  const m = /^\p{Lu}[\p{L}\p{M} ().'’-]{1,40},\s*(?:\p{L}+,?\s+(?=\d))?/u.exec(text);
  if (!m) return null;
  const [date] = findDates(text.slice(m[0].length, m[0].length + 60));
  const rest = date && date.start === 0 ? text.slice(m[0].length + date.end) : '';
  return date && date.date.length >= 7 && /^\s*\.?\s*[–—-]/u.test(rest) ? date.date : null;
}

/** "Category: Transitional justice", "التصنيف: …", "Tags: …": a post's categories, no title of one. */
export const CATEGORY_LINE =
  /^(?:categor(?:y|ies)|cat[ée]gories?|categor[íi]as?|tags?|labels?|libell[ée]s?|marcadores|ярлыки|[ée]tiquettes?|etiquetas?|рубрик[аи]|категор[иі][яиії]|теги|мітки|التصنيف|التصنيفات|الوسوم|الفئة)\s*[:：]/iu;

/**
 * The lines of a post's details block besides its date: "Détails", "Écrit par : …", "Written by …",
 * "Автор: …", "Hits: 45", and its categories.
 */
const POST_DETAIL = new RegExp(
  [
    String.raw`^(?:d[ée]tails|detalles|detalhes|подробности|подробиці|детали|деталі|التفاصيل)\s*:?$`,
    String.raw`^(?:(?:written|posted|published)\s+by|(?:écrit|publié|rédigé)\s+par|(?:escrito|publicado|redactado)\s+por|автор(?:\s+публика?ції)?|опубликовал[а]?|опублікува(?:в|ла)|الكاتب|بقلم|كتبت?|نشر(?:ه|ت)?\s+بواسطة|(?:${POSTED_BY_WORDS})(?=\s+\p{Lu}))\s*:?\s+\S`,
    String.raw`^(?:hits|affichages|vues|views|visitas|visualizações|просмотр\p{L}*|перегляд\p{L}*|المشاهدات|مشاهدات)\s*:?\s*\d[\d\s.,]*$`,
    CATEGORY_LINE.source,
  ].join('|'),
  'iu',
);

/** A line's parts, where dots or bars set them apart as a page lists a post's details on one line. */
function detailParts(line: string): string[] {
  return line.split(/\s[·|•]\s/u);
}

/**
 * The parts of a line of a post's details from its first that is no detail: "nov 10, 2025 · Incidencia · 2
 * comentarios" of "Publicado por Comunicación REMEDEF · nov 10, 2025 · …"; the whole line where it opens so.
 */
export function afterDetails(line: string): string[] {
  const parts = detailParts(line);
  const first = firstNonDetail(parts);
  return first < 0 ? [] : parts.slice(first);
}

/** Where a line's parts stop listing a post's details, or -1 where they all do. */
function firstNonDetail(parts: string[]): number {
  return parts.findIndex((p) => !POST_DETAIL.test(p.trim()));
}

/** "Опубликовано: 07.11.2025 · Рубрика: Медиация · Автор: пресс-служба": a date line that lists a post's details. */
export function listsPostDetails(line: string): boolean {
  return detailParts(line)
    .slice(1)
    .some((part) => POST_DETAIL.test(part.trim()));
}

/** The most lines of a post's details a page lists with bullets ("• Por Comunicaciones" / "• 27 de marzo de 2025"). */
const META_LIST_LINES = 5;

/**
 * A post's details listed with bullets under its title, as a blog theme writes its author, day and category
 * ("• Por Comunicaciones ASOMURIPAZ" / "• 27 de marzo de 2025" / "• Protección"): its day first, on a line of
 * its own, the other details under it without their bullets.
 */
function metaListsUnderDate(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let k = i;
    while (k < lines.length && k - i < META_LIST_LINES + 1 && /^\s*[•·▪]\s+\S/u.test(lines[k] ?? '')) k++;
    const block = lines.slice(i, k).map((line) => line.replace(/^\s*[•·▪]\s+/u, '').trim());
    const day = block.findIndex((line) => isDateLine(line));
    const short = block.every((line, j) => j === day || wordCount(line) <= 5);
    const alone = (lines[i - 1] ?? '').trim() === '' && (lines[k] ?? '').trim() === '';
    if (block.length >= 2 && block.length <= META_LIST_LINES && day >= 0 && short && alone) {
      out.push(block[day] ?? '', '', ...block.filter((_line, j) => j !== day));
      i = k - 1;
    } else out.push(lines[i] ?? '');
  }
  return out;
}

/**
 * A post's details block with its date line first ("Détails / Écrit par : … / Catégorie : … / Publication :
 * 12 mars 2025" as "Publication : 12 mars 2025 / Détails / …"), so that the title above stands right over the
 * date, as on pages that give no details.
 */
export function detailsUnderDate(text: string): string {
  const lines = metaListsUnderDate(text.split('\n'));
  // (its lines may stand a paragraph each, as a page's list of details copies)
  const detail = (line: string) => line.trim() === '' || POST_DETAIL.test(line.trim());
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i - 1] ?? '').trim() !== '' || !POST_DETAIL.test((lines[i] ?? '').trim())) continue;
    let k = i;
    while (k < lines.length && detail(lines[k] ?? '')) k++;
    // (tags alone under a post are its end, over the next post's date)
    const block = lines.slice(i, k).filter((line) => line.trim() !== '');
    const details = block.some((line) => !CATEGORY_LINE.test(line.trim()));
    if (details && isDateLine(lines[k] ?? ''))
      lines.splice(i, k - i + 1, lines[k] ?? '', '', ...lines.slice(i, k));
    i = k;
  }
  return lines.join('\n');
}

/**
 * "منذ يومين | سوق الشيوخ", "1w • Edited • 🌐", "Il y a 5 h", "3 weeks ago": when a post was made, as an app
 * shows it relative to the day it is seen; where the page does not say which day that was, it marks where a
 * post starts, and the post's own date is found in it.
 */
const RELATIVE_STAMP =
  /^\s*(?:\d{1,2}\s?(?:min|h|d|w|mo|y|yr)\b|(?:\d{1,2}|an?|one)\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago|il y a\s+(?:\d{1,2}|une?)\s+(?:min|h|heures?|jours?|semaines?|mois)|hace\s+(?:\d{1,2}|una?)\s+(?:min|h|horas?|d[íi]as?|semanas?|mes(?:es)?)|há\s+(?:\d{1,2}|uma?)\s+(?:h|horas?|dias?|semanas?|mes(?:es)?)|\d{1,2}\s+(?:час\p{L}*|дн\p{L}*|недел\p{L}*|тиж\p{L}*|месяц\p{L}*|місяц\p{L}*)\s+(?:назад|тому)|منذ\s+(?:\d{1,2}\s+)?(?:يوم(?:ين)?|أيام|ايام|ساعة|ساعات|ساعتين|أسبوع(?:ين)?|اسبوع(?:ين)?|أسابيع|اسابيع|شهر(?:ين)?|أشهر|اشهر))(?:\s*[•·|]\s*[^\n]{0,40})?\s*$/iu;

/** A post's time relative to the day it was seen, alone on its line (see `RELATIVE_STAMP`). */
export function isStampLine(text: string): boolean {
  return text.length <= 80 && RELATIVE_STAMP.test(text);
}

/**
 * "7 min read", "Lectura de 5 min", "5 мин чтения": how long a post takes to read, as blog platforms set it
 * over each, alone on a line or beside its day ("7 min read · Mar 12, 2025").
 */
const READING_TIME =
  /(?<![\p{L}\d])\d{1,3}\s*(?:min(?:ute)?s?\.?\s+read|min(?:utos)?\.?\s+de\s+(?:lectura|lecture|leitura)|мин(?:ут[аы]?)?\.?\s+чтения|хв(?:илин[аи]?)?\.?\s+читання)(?![\p{L}])|(?<![\p{L}])(?:lectura|lecture|leitura|reading time|temps de lecture|время чтения|час читання)\s*(?:de\s*)?:?\s*\d{1,2}\s*min(?![\p{L}])/iu;

/** Whether a line gives a reading time (a cheap look for its unit first: most lines give none). */
export function hasReadingTime(line: string): boolean {
  return /min|мин|хв/iu.test(line) && READING_TIME.test(line);
}

/** A line without its reading time: "7 min read · Mar 12, 2025" is its day; a line of a reading time alone, none. */
export function withoutReadingTime(line: string): string {
  return line.replace(READING_TIME, '').replace(/^[\s·•|-]+|[\s·•|-]+$/gu, '');
}

/** "Atualizado: mar. 14, 2025", "Updated 3 April 2025": the day a post was changed, under the day it was made. */
export function isUpdatedLine(text: string): boolean {
  const date = findDates(text)[0];
  return date !== undefined && UPDATED.test(text.slice(0, date.start)) && isDateLine(text);
}

/** "[ Фото ]", "[ Альбом: 5 фото ]", "[ Video ]": where a chat app's copy left a post's media out. */
const MEDIA_LEFT_OUT =
  /^\s*\[\s*(?:фото|фотографи[яи]|photos?|видео|видеозапись|відео|video|альбом|album|стикер|sticker|документ|document|файл|file|аудио|аудіо|audio|gif|صورة|صور|فيديو|ألبوم)(?:\s*:[^\]]*)?\s*\]\s*$/iu;

/** "- Publicité -", "Advertisement", "Реклама": where a page sets an advertisement, over and between its posts. */
const AD_SLOT =
  /^[-–—\s]*(?:publicit[ée]|advertisement|sponsored|publicidad|publicidade|anuncio|реклама|إعلان)[-–—\s]*$/iu;

/** "Share: Facebook Twitter WhatsApp", "شارك: فيسبوك تويتر واتساب", "FacebookTwitterWhatsApp": a post's share buttons. */
const SHARE_LINE =
  /^(?:(?:share|partager|compartir|compartilhar|поделиться|поділитися|поширити|شارك|مشاركة)(?:\s+(?:this|on|sur|en|via))?\s*[:：]?\s*)?(?:(?:facebook|twitter|whatsapp|telegram|linkedin|viber|e-?mail|vk|x|فيسبوك|تويتر|واتساب|تيليجرام|تلغرام)\s*[·|,/]?\s*){2,8}$/iu;

/** "1,482 followers", "12 тыс. подписчиков": a page's count of followers, repeated over each of its posts. */
const FOLLOWERS =
  /^\s*[\d.,\s]+(?:[KkMm]|тыс\.?|тис\.?)?\s+(?:followers|abonnés|seguidores|подписчик\p{L}*|підписник\p{L}*|متابع\p{L}*)\s*$/iu;

/**
 * "сегодня в 11:20", "yesterday at 18:40", "il y a 2 jours", "hace 3 días": a post's date line relative to
 * the day the page was copied (group 1 today, 2 yesterday, 3 and 4 the days before, 5 some hours ago), with
 * its time after it.
 */
const RELATIVE_DAY = new RegExp(
  [
    String.raw`^\s*(?:(today|сегодня|сьогодні|aujourd['’]hui|hoy|hoje|бүгүн|اليوم)`,
    '(yesterday|вчера|вчора|учора|hier|ayer|ontem|кечээ|أمس|امس)',
    String.raw`(?:il y a|hace|há|منذ)\s+(\d{1,2})\s+(?:jours?|d[íi]as?|dias?|أيام|يوم)`,
    String.raw`(\d{1,2})\s+(?:days? ago|дн(?:я|ей|і|ів)\s+(?:назад|тому)|күн мурун)`,
    // (some hours or minutes ago: the same day)
    String.raw`((?:il y a|hace|há|منذ)\s+\d{1,2}\s*(?:h|min|heures?|horas?|ساعات|ساعة|دقيقة)|\d{1,2}\s+(?:hours?|minutes?)\s+ago|\d{1,2}\s+(?:час\p{L}*|хвилин\p{L}*|минут\p{L}*)\s+(?:назад|тому)))`,
  ].join('|') +
    String.raw`(\s*(?:,|at|à|a las|a la|às|в|о|في)?\s*\d{1,2}[:h]\d{2})?(?:\s*[•·|]\s*[^\n]{0,40})?\s*$`,
  'iu',
);

/** Posts dated relative to the day the page was copied, given their day ("вчера в 19:05" as "13.05.2025 19:05"). */
function withDays(text: string): string {
  const lines = text.split('\n');
  // (a note above the first post says when: a date inside the posts is theirs)
  const first = lines.findIndex((line) => RELATIVE_DAY.test(line) || isStampLine(line));
  const day = first < 0 ? null : copiedOn(lines, first);
  if (!day) return text;
  return lines
    .map((line) => {
      const m = RELATIVE_DAY.exec(line);
      if (!m) return line;
      const back = m[1] || m[5] ? 0 : m[2] ? 1 : Number(m[3] ?? m[4]);
      const date = new Date(day.getTime() - back * 86_400_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      const when = `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
      return `${when}${m[6] ? ` ${m[6].replace(/^\s*(?:,|\p{L}+(?:\s\p{L}+)?)?\s*/u, '')}` : ''}`;
    })
    .join('\n');
}

/**
 * A page's text as its posts are read: chat messages as posts, posts dated relative to the day the page was
 * copied given their day, details under their dates, years given, the page's count of followers, the posts'
 * reading times, the notes that their media was left out, its advertisements' slots and share buttons left out.
 */
export function postsText(source: string): string {
  return withYears(detailsUnderDate(withDays(chatPosts(withoutQuotedHeaders(splitMailHeader(source).rest)))))
    .split('\n')
    .filter(
      (line) =>
        !FOLLOWERS.test(line) &&
        !(hasReadingTime(line) && withoutReadingTime(line) === '') &&
        !MEDIA_LEFT_OUT.test(line) &&
        !AD_SLOT.test(line) &&
        !SHARE_LINE.test(line.trim()),
    )
    .join('\n');
}

/**
 * The words of a post's reactions and the buttons under it: "👍❤️ 246 · 38 comments · 17 shares", "Like ·
 * Reply", "4 replies  41 boosts  57 favourites", "1,2 тис. переглядів", "أعجبني تعليق مشاركة", "Write a comment…",
 * and a comment's age ("1 дн.", "2h").
 */
const REACTION_WORDS =
  /(?<![\p{L}])(?:likes?|comments?|shares?|views?|reactions?|repl(?:y|ies)|boosts?|favou?rites?|bookmark|more|write a comment|most relevant|j['’]aime|commentaires?|partages?|répondre|me gusta|reproducciones|reproduções|plays|comentarios?|compartid\p{L}*|veces compartido|responder|curtid\p{L}*|comentários?|partilh\p{L}*|compartilhament\p{L}*|коментар\p{L}*|поширен\p{L}*|вподобан\p{L}*|переглянул\p{L}*|перегляд\p{L}*|подобається|відповісти|комментари\p{L}*|репост\p{L}*|просмотр\p{L}*|нравится|ответить|тис|тыс|تعليق[\p{L}\p{M}]*|مشارك[\p{L}\p{M}]*|إعجاب[\p{L}\p{M}]*|أعجبني|اكتب تعليقًا|الأكثر صلة|مشاهد\p{L}*|رد|дн|год|хв|тиж|ч|мин|нед|[dhmwy]|hrs?|mins?)(?![\p{L}])/giu;

/** A line of only reactions and counts: none of the post's words, nor figures it gives. */
export function isReactionsLine(line: string): boolean {
  const rest = line
    .replace(REACTION_WORDS, '')
    .replace(/\p{Extended_Pictographic}|\uFE0F/gu, '')
    .replace(/[\d\u0660-\u0669.,·•|…\s:KkМ-]/gu, '');
  return rest === '' && /\p{L}|\p{Extended_Pictographic}/u.test(line);
}

/** "DANS CE NUMÉRO", "In this issue", "Зміст": the heading of a newsletter's contents, no item's title. */
const CONTENTS_HEADING =
  /^(?:in this issue|contents|table of contents|dans ce num[ée]ro|sommaire|au sommaire|en este n[úu]mero|[íi]ndice|contenido|neste n[úu]mero|nesta edi[çc][ãa]o|в этом (?:выпуске|номере)|в номере|содержание|у цьому (?:випуску|номері)|зміст|في هذا العدد|المحتويات)\s*:?$/iu;

/** "[ Переслано з: Павлоградська міська рада ]", "Forwarded from …": a post another channel posted first. */
const FORWARDED_FROM =
  /^\[?\s*(?:forwarded from|переслано (?:з|от|из)|пересланное сообщение|transféré de|reenviado de|encaminhado de)(?![\p{L}])[^\]\n]*\]?$/iu;

/** A post's paragraph without the line over it that says whence it was forwarded, and that line. */
export function withoutForwarding(p: Paragraph): { paragraph: Paragraph; forwarded: string | null } {
  const first = p.lines[0]?.trim() ?? '';
  if (p.lines.length < 2 || !FORWARDED_FROM.test(first)) return { paragraph: p, forwarded: null };
  // ("Пересланное сообщение" alone: the channel it comes from on the line under it)
  const from = FORWARDED_ALONE.test(first) && p.lines.length > 2 ? 2 : 1;
  const lines = p.lines.slice(from);
  const forwarded = p.lines
    .slice(0, from)
    .map((l) => l.trim())
    .join(' ');
  return { paragraph: withLines({ ...p, line: p.line + from }, lines), forwarded };
}

/** "Пересланное сообщение", "Forwarded message": a forwarded post's label without where from. */
const FORWARDED_ALONE = /^\[?\s*(?:forwarded message|пересланное сообщение|переслане повідомлення)\s*\]?$/iu;

/**
 * Short title lines with a date line after them, date lines with one after them, and, for pages that mix
 * the two orders, each date line with its title on whichever side has one (where both do, the page's more
 * common order decides), and titles that end with their date, by the index where the item starts.
 */
export function datedTitles(paras: Paragraph[]): {
  titleFirst: number[];
  dateFirst: number[];
  mixed: number[];
  inline: number[];
  /** Posts each opened by the channel's or page's name, under day separators ("Дунайські берегині"). */
  named: number[];
} {
  // a line every item repeats (the page's name above each post) is no item's title
  const seen = new Map<string, number>();
  for (const p of paras) seen.set(p.text, (seen.get(p.text) ?? 0) + 1);
  const title = (whole: Paragraph) => {
    const p = withoutForwarding(whole).paragraph;
    return (
      isHeading(p.text, 20) &&
      !p.text.includes('\t') &&
      !isDateLine(p.text) &&
      !READ_MORE.test(p.text) &&
      !COMMENTS_HEADING.test(p.text) &&
      !isReactionsLine(p.text) &&
      !RELEASE_END.test(p.text) &&
      !CATEGORY_LINE.test(p.text) &&
      !CONTENTS_HEADING.test(p.text) &&
      !/^(?:https?:\/\/|www\.)\S+$/u.test(p.text) &&
      (seen.get(p.text) ?? 0) < 2
    );
  };
  // each paragraph asked once: the orders below ask of every one and its neighbours
  const titles = paras.map(title);
  // (months listed one under another are a blog's archive: "mars 2025" / "février 2025")
  const month = paras.map((p) => isItemDateLine(p.text) && findDates(p.text)[0]?.date.length === 7);
  const dated = paras.map(
    (p, i) =>
      (isItemDateLine(p.text) && !isUpdatedLine(p.text) && !(month[i] && (month[i - 1] || month[i + 1]))) ||
      datelineOpening(p.text) !== null ||
      isStampLine(p.text),
  );
  // (a day a chat's export sets over its messages, each under its own date line, opens none: "4 березня 2025"
  // over "04.03.2025 09:30:12 UTC+02:00")
  const day = (i: number) => findDates(paras[i]?.text ?? '')[0]?.date ?? '-';
  // (nor does the place and day over a newsletter's greeting, "Madrid, 9 de diciembre de 2026" / "Querida
  // comunidad:": its letter's)
  const dates = dated.map(
    (d, i) =>
      d && !(dated[i + 1] && day(i + 1).startsWith(day(i))) && !GREETING.test(paras[i + 1]?.text ?? ''),
  );
  const inline = paras.flatMap((p, i) => (titleWithDate(p.text) ? [i] : []));
  const titleFirst = paras.flatMap((_p, i) => (titles[i] && dates[i + 1] ? [i] : []));
  // (a title under the date may stand under the day the post was changed, too)
  const titled = (i: number) => titles[i] || (isUpdatedLine(paras[i]?.text ?? '') && titles[i + 1]);
  const dateFirst = paras.flatMap((_p, i) => (dates[i] && titled(i + 1) ? [i] : []));
  const mixed = paras.flatMap((_p, i) => {
    if (!dates[i]) return [];
    const before = titles[i - 1];
    const after = titled(i + 1);
    if (before && after) return [titleFirst.length >= dateFirst.length ? i - 1 : i];
    return before ? [i - 1] : after ? [i] : [];
  });
  const named = namedPosts(paras, dates.indexOf(true), dates.filter(Boolean).length);
  return { titleFirst, dateFirst, mixed, inline, named };
}

/**
 * "Posted by Issa Lompo at 9:30 AM", "Publié par … à 2025-03-18T09:30:00Z", "Категория: … | Добавил: admin
 * (14.10.2025, 17:42)": the foot a blog platform writes under each post, several posts sharing the date over the
 * first.
 */
export const POST_FOOTER =
  /^(?:posted by|publié par|publicado por|publicada por|опубликовано|опубліковано|نشر(?:ه|ت)? بواسطة)\s+.{1,60}?\s+(?:at|à|a las?|às|в|о|في)\s+\S|(?:^|\|\s*)(?:добавил[аи]?|додав(?:ла)?|кошулду|added by)\s*:\s*[\w.@-]{1,40}\s*\(\d/iu;

/** The fewest posts that make a page of posts. */
export const POSTS = 3;

/** "Ends", "-ENDS-", "###", "-30-", "Fin", "Кінець": the mark a press release ends with, under every one. */
const RELEASE_END = /^[-–—#*\s]*(?:ends?|fin|fim|конец|кінець|انتهى|30|#{3})[-–—#*\s]*$/iu;

/**
 * "Querida comunidad:", "Dear friends,", "Шановні друзі!": the greeting a newsletter's letter opens with, under
 * the issue's place and day, which is no item's title.
 */
export const GREETING =
  /^(?:dear|hello|hi|cher|chère|chers|chères|bonjour|querid[oa]s?|estimad[oa]s?|hola|prezad[oa]s?|car[oa]s?|olá|уважаем\p{L}*|дорог\p{L}*|шановн\p{L}*|друзья|друзі|أعزائي|عزيزاتي|الأعزاء)(?:\s+\p{L}+){0,4}\s*[,:!،]$/iu;

/**
 * Paragraphs opened by the same short line, three times or more, on a page with dates of its own: a chat's
 * or a feed's posts under the channel's name. Its day separators date the posts that follow them. The name
 * may stand alone above each post, as a feed's account does over a post dated at its foot.
 */
function namedPosts(paras: Paragraph[], firstDate: number, dates: number): number[] {
  if (dates < 2) return [];
  const openers = new Map<string, number[]>();
  paras.forEach((p, i) => {
    const first = p.lines[0]?.trim() ?? '';
    // (the channel's own description above its first day opens no post)
    // (the page's title, often the channel's name, opens no post either)
    const opens = p.lines.length >= 2 ? i > firstDate : p.lines.length === 1 && i > 0;
    // (alone or over a post's first lines, apart)
    const key = `${p.lines.length >= 2}|${first}`;
    if (opens && isHeading(first, 8) && !isDateLine(first) && !RELEASE_END.test(first))
      openers.set(key, [...(openers.get(key) ?? []), i]);
  });
  const most = [...openers.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (most.length < POSTS) return [];
  // (a post forwarded from another channel opens with where from, "Переслано от: Адал жол", instead)
  const forwarded = paras.flatMap((p, i) =>
    i > firstDate && p.lines.length >= 2 && FORWARDED_FROM.test(p.lines[0]?.trim() ?? '') ? [i] : [],
  );
  return [...most, ...forwarded].sort((a, b) => a - b);
}

/** A post's opening line when it is the name every post opens with: the post's title follows it. */
export function postOpener(paras: Paragraph[], starts: number[]): string | null {
  const first = starts
    .map((i) => paras[i]?.lines[0]?.trim() ?? '')
    .filter((line) => !FORWARDED_FROM.test(line));
  return first.length >= POSTS && first.every((l) => l === first[0]) ? (first[0] ?? null) : null;
}

/**
 * "News > ...", "Новости » ...", "Actualités / ...": the breadcrumb that opens each item of a news page.
 * The root word (group 1) is the same on every item of a page.
 */
const BREADCRUMB = /^(\p{L}[\p{L} ]{1,30}?)\s*(?:[>»›‹]|\s\/\s)\s*(\.\.\.|…|\S.{0,80})$/u;

export function breadcrumb(line: string): { root: string; rest: string } | null {
  const m = BREADCRUMB.exec(line);
  // ("Read more » ქართულად": a link to the rest of an item, then to it in another language, is no crumb; nor
  // is a post's byline, "Por Comunicaciones ARNE / noviembre 3, 2025 / Noticias")
  if (!m || READ_MORE.test((m[1] ?? '').trim()) || isDateLine(line)) return null;
  return { root: (m[1] ?? '').trim().toLocaleLowerCase(), rest: (m[2] ?? '').trim() };
}

/**
 * "إلى الحكومة", "توصيات إلى المجتمع الدولي": Arabic has no capitals, so an addressee line is told by the
 * preposition "to" it opens with.
 */
const ARABIC_ADDRESSEE = /^(?:(?:ال)?توصيات\s+(?:موجهة\s+)?)?(?:إلى|الى|إلي)\s+\p{Script=Arabic}/u;

/**
 * "To the Government:", "Aux autorités locales et coutumières :", "До органів влади:", "Органам власти:",
 * "Исполнительному комитету:", "Закарпатській обласній адміністрації:": a
 * heading addressed "to" someone, by a preposition or, in Russian, Ukrainian and Kyrgyz, by the dative (of a
 * body of two words or more, with or without its colon: "Міжнародним партнерам і донорам", "Эл аралык
 * уюмдарга жана донорлорго").
 */
const TO_ADDRESSEE =
  /^(?:(?:(?:recommandations?|recommendations?|recomendaciones|recomenda[çc][õo]es|рекомендации)\s+)?(?:to|aux?|à|a|al|ao|aos|às|para|для|к|до)\s+\S.*?(?:\s?:)?|\p{Script=Cyrillic}+(?:ам|ям|ым|им|ству|нию|ции|ії|ові|еві|ому|ему|ій|[бвгдзклмнпрстфх]у)(?:(?:\s+\S.*)?\s?:|\s+\S.*)|\S+\s.*\p{Script=Cyrillic}{3}(?:[ыиуүо]н[аеө]|[ео]р[гк][еө]|[ао]р[гк][аео])(?:\s?:)?)$/iu;

/** The bodies recommendations go to: "Government of Nepal …", "International and Donor Organizations". */
const ADDRESSEE_WORD =
  /(?<![\p{L}])(?:governments?|ministry|ministries|commissions?|committees?|councils?|authorities|parliaments?|donors?|partners|organi[sz]ations|agencies|communities|leaders|police|courts?|institutions|states|media|gouvernements?|minist[èe]res?|autorit[ée]s|partenaires|bailleurs|organisations|gobiernos?|ministerios?|autoridades|cooperaci[óo]n|organizaciones|collectivit[ée]s|(?:ال)?حكوم[ةه]|وزار[ةه]|(?:ال)?وزارات|مجلس|(?:ال)?مديري[ةه]|هيئ[ةه]|(?:ال)?منظمات|(?:ال)?جهات|(?:ال)?سلطات|(?:ال)?أجهز[ةه]|(?:ال)?برلمان|مفوضي[ةه]|(?:ال)?لجن[ةه]|قائمقام|محافظ)(?![\p{L}])/iu;

/**
 * "À l'attention du Ministère …", "For the attention of …": an addressee named so, whose recommendations may
 * follow as paragraphs of their own, without bullets.
 */
export const FOR_ATTENTION =
  /^(?:à l['’]attention (?:du|de la|des|de l['’]|d['’])|for the attention of|a la atención de|à atenção d[oa]s?|вниманию)\s*/iu;

/** How many words a heading "for the attention of" someone may have. */
const ATTENTION_WORDS = 30;
/** How many words a heading naming bodies before its colon may have. */
const ADDRESSEE_WORDS = 6;

/** A heading in Title Case: every word of four letters or more capitalised, no sentence in it. */
function isTitleCase(text: string): boolean {
  const long = (text.match(/\p{L}{4,}/gu) ?? []).length;
  const capitalised = (text.match(/(?<![\p{L}])\p{Lu}\p{L}{3,}/gu) ?? []).length;
  return long > 0 && capitalised === long && !/[.;!?]/u.test(text);
}

/**
 * A line that can name an addressee: in capitals, a heading addressed "to" someone (Arabic has no
 * capitals), or a heading in Title Case that names bodies ("Local Governments and Judicial Committees").
 */
/**
 * An addressee line without its number or bullet (Word's own numbering of addressees comes out as a bullet:
 * "• Кабінету Міністрів України").
 */
/**
 * "We call on the Government of Uganda to:", "Nous appelons les autorités à :", "Instamos a la Alcaldía a:": a
 * declaration's call to a body, whose name is the addressee.
 */
const CALL_ON =
  /^(?:we\s+(?:(?:also\s+)?call\s+(?:up)?on|urge|appeal\s+to|request)|nous\s+(?:appelons|exhortons|invitons)|(?:instamos|exhortamos|llamamos)\s+a|apelamos\s+(?:a|ao|à|aos|às)|призываем|закликаємо)\s+(.{3,160}?)\s+(?:to|à|a|de)\s*:$/iu;

export function addresseeText(line: string): string {
  const text = withoutEnumerator(BULLETED.test(line) ? listItemText(line) : line);
  return CALL_ON.exec(text.trim())?.[1] ?? text;
}

/** "CONSIDERANDO:", "WHEREAS", "RESUELVE:": the words of a resolution's preamble and operative part, to no one. */
export const PREAMBLE_WORD =
  /^(?:considerando|consid[ée]rant|whereas|visto|vistos|resuelve[n]?|resolvemos|declaramos|nos comprometemos|acordamos|acuerdan|d[ée]cide(?:nt)?|d[ée]cidons|resolves?|we resolve|recogni[sz]ing|reconociendo|reconnaissant|noting|notant|учитывая|постановля(?:ет|ем)|решили|вирішили|враховуючи)\s*:?$/iu;

function isAddresseeLine(line: string): boolean {
  if (line.length > 200 || PREAMBLE_WORD.test(line.trim())) return false;
  if (CALL_ON.test(line.trim())) return true;
  const text = addresseeText(line);
  if (isCapitals(text)) return true;
  const bare = text.replace(/\s*:$/, '');
  // a heading "to" someone may run long before its colon ("À l'endroit des autorités … et de village :")
  // (so may one "to" someone, without its colon, over its list)
  const to = ARABIC_ADDRESSEE.test(text) || TO_ADDRESSEE.test(text);
  // (one "for the attention of" two ministries runs longer still)
  const words = FOR_ATTENTION.test(text) ? ATTENTION_WORDS : bare === text && !to ? 12 : 18;
  if (!isHeading(bare, words)) return false;
  // (or a few words naming bodies before a colon, in any case: "Collectivités territoriales :")
  const named = isTitleCase(bare) || (bare !== text && wordCount(bare) <= ADDRESSEE_WORDS);
  return to || (named && ADDRESSEE_WORD.test(bare));
}

/** An addressee line followed by a list, or by a short topic line and then a list. */
/**
 * A heading's text on one line: a line, or a heading wrapped over up to three that ends with its colon or
 * stands in a narrow column ("Recommandations aux autorités de" / "transition et aux gouvernements …").
 */
export function headingLine(p: Paragraph | undefined): string | null {
  if (p?.lines.length === 1) return p.text;
  if (!p || p.lines.length > 3) return null;
  // up to its colon, or, in a narrow column, short lines that end no sentence
  const column = p.lines.every((l) => l.trim().length <= NARROW_LINE) && !/[.;,!?]\s*$/u.test(p.text);
  return /[:：]\s*$/u.test(p.text) || column ? p.lines.map((l) => l.trim()).join(' ') : null;
}
const NARROW_LINE = 45;

export function isAddresseeAt(paras: Paragraph[], i: number): boolean {
  const line = headingLine(paras[i]);
  if (line === null || !isAddresseeLine(line)) return false;
  const after = paras[i + 1];
  // (a list of quoted headlines, "1) «Аялдар унчукпай калбашы керек»", is the testimonials')
  const first = after?.lines[0] ?? '';
  if (isListItem(first) && !/^[«“"„][^«»“”"]{3,150}[»”"]$/u.test(listItemText(first))) return true;
  if (after && FOR_ATTENTION.test(line) && isProse(after.text)) return true;
  const then = paras[i + 2];
  // (a topic between an addressee and its list, never a quote: a testimonial's words open with one)
  return Boolean(
    after &&
      !/^[«“"„]/u.test(after.text) &&
      isHeading(after.text.replace(/:$/, ''), 12) &&
      !isAddresseeLine(after.text) &&
      then &&
      isListItem(then.lines[0] ?? ''),
  );
}

/** "We, participants of …", "Nous, …", "Мы, …", "Ми, …", "Биз, …", "نحن، …": the participants speaking. */
export const COLLECTIVE_OPENING =
  /^(?:we|nous|nosotr[oa]s|n[óo]s|мы|ми|биз|нижеподписавшиеся|нижчепідписані|نحن)\s*[,،]/iu;

/** A letter's subject label: "Asunto: Carta de recomendaciones …", "Objet :", "Тема:". */
export const SUBJECT_LABEL = /^(?:asunto|objet|subject|assunto|тема|الموضوع)\s*:\s*/iu;

/**
 * The words a resolution is headed with, in the languages of the field (Arabic ones with or without "the"),
 * after a letter's subject label, after "Carta de", "Letter of" where a letter carries them, and after the
 * place a declaration is named after ("Kabale Declaration").
 */
export const RESOLUTION_WORD = new RegExp(
  `^(?:${SUBJECT_LABEL.source.slice(1)})?` +
    String.raw`(?:(?:carta|lettre|letter|nota|note)\s+(?:de\s+|of\s+|d['’])|\p{Lu}[\p{L}'’-]+\s+(?=declaration|communiqu))?(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?|resolu[çc][ãa]o|declarations?|d[ée]clarations?|declaraci[óo]n(?:es)?|declara[çc](?:[ãa]o|[õo]es)|communiqu[ée]|appeal|appel|llamamiento|(?:final|joint)\s+(?:statement|communiqu[ée]|declaration)|outcome (?:statement|document)|recommendations|recommandations|recomendaciones|recomenda[çc][õo]es|резолюци\p{L}*|резолюці\p{L}*|декларация|декларація|обращение|звернення|заявление|заява|рекомендаци\p{L}*|рекомендаці\p{L}*|итоговый документ|підсумковий документ|сунуштар|(?:ال)?(?:قرارات|قرار|إعلان|اعلان|بيان|توصيات))(?![\p{L}])`,
  'iu',
);

/** Splits a paragraph into single-line paragraphs before each line where `starts` says a new unit begins. */
export function splitParagraphs(
  paras: Paragraph[],
  starts: (lines: string[], i: number) => boolean,
): Paragraph[] {
  return paras.flatMap((p) => {
    const cuts = p.lines.flatMap((_line, i) => (i > 0 && starts(p.lines, i) ? [i] : []));
    if (cuts.length === 0) return [p];
    return [0, ...cuts].map((from, n) => {
      const lines = p.lines.slice(from, cuts[n] ?? p.lines.length);
      return { lines, text: lines.join('\n'), line: p.line + from };
    });
  });
}

/** How many more quotes or brackets a line opens than it closes. */
function openQuotes(line: string): number {
  return (line.match(/[«“„(]/gu)?.length ?? 0) - (line.match(/[»”)]/gu)?.length ?? 0);
}

/**
 * A title wrapped onto a second line inside its quotes or after a dash ("Форумга чакырабыз: «Аялдар жана
 * жаштар —" / "жергиликтүү тынчтыктын таянычы»"), as one line, as short as a title and without a stop.
 */
function joinWrappedTitle(p: Paragraph): Paragraph {
  if (p.lines.length !== 2) return p;
  const [first = '', second = ''] = p.lines.map((line) => line.trim());
  const wrapped = (openQuotes(first) > 0 && openQuotes(second) < 0) || /\s[—–-]$/u.test(first);
  const joined = `${first} ${second}`;
  return wrapped && isHeading(joined, 25) && !/[.!?…]$/u.test(joined) ? withLines(p, [joined]) : p;
}

/**
 * Paragraphs as a page of dated items runs them together: each breadcrumb, title line before a date line,
 * date line, and the body after it stand apart ("Title\n5 March 2024\nBody ..." is three).
 */
export function itemParagraphs(paras: Paragraph[]): Paragraph[] {
  // each line is asked about up to three times (as itself, the line before, the line after)
  const known = new Map<string, boolean>();
  const dateAt = (lines: string[], i: number) => {
    const line = lines[i] ?? '';
    const dated = known.get(line) ?? (isDateLine(line) || isStampLine(line));
    known.set(line, dated);
    return dated;
  };
  // a rule under a heading ("** Title" / "-----" / "Jos, 12 February 2025") parts it from what follows
  const rule = (line: string | undefined) => RULE_LINE.test(line ?? '');
  return splitParagraphs(
    paras,
    (lines, i) =>
      breadcrumb(lines[i] ?? '') !== null ||
      rule(lines[i]) ||
      rule(lines[i - 1]) ||
      dateAt(lines, i) ||
      dateAt(lines, i - 1) ||
      (dateAt(lines, i + 1) && isHeading(lines[i] ?? '', 20)),
  )
    .filter((p) => !(p.lines.length === 1 && rule(p.text)))
    .map(joinWrappedTitle);
}

/** The header cell of a table's column of row numbers: "№", "No.", "#", "N°", "№ п/п", "رقم". */
const NUMBER_HEADER = /^(?:№|#|n[°º]|no\.?|nr\.?|№\s*п\/п|(?:ال)?رقم)$/iu;
/** "1. Normas y valores": a cell that numbers its row. */
const NUMBERED_CELL = /^(\d{1,2})[.)]\s+(\S.*)$/u;

/**
 * A table laid on its side, the strategies across its header and the counts in the row under it
 * ("Strategy<tab>1 Laws<tab>2 Norms and values" / "Organisations<tab>7<tab>12"), read as one label a line.
 */
function acrossRows(p: Paragraph, header: string[], rows: string[][]): Paragraph | null {
  const [label, ...titles] = header;
  const [counts] = rows;
  const numbered = titles.map((t) => /^(\d{1,2})[.):]?\s+(\S.*)$/u.exec(t));
  if (!label || !counts || rows.length !== 1 || !/^\p{L}[\p{L}'’-]*$/u.test(label)) return null;
  if (
    numbered.some((n) => !n) ||
    counts.length !== header.length ||
    !counts.slice(1).every((c) => /^\d{1,6}$/u.test(c))
  )
    return null;
  const lines = [
    `${label}\t${counts[0]}`,
    ...numbered.map((n, i) => `${label} ${n?.[1]}: ${n?.[2]}\t${counts[i + 1]}`),
  ];
  return withLines(p, lines);
}

/**
 * Boxes set side by side, one a strategy, each giving its count, what it counts and its label one above the
 * other ("11<tab>7<tab>9<tab>4" / "organisations<tab>…" / "Pillar 1 · Participation<tab>Pillar 2 · Prevention
 * …"), read as one label and its count a line.
 */
function sideBySide(p: Paragraph, rows: string[][]): Paragraph | null {
  const width = rows[0]?.length ?? 0;
  if (width < 3 || rows.length > 4 || rows.some((r) => r.length !== width)) return null;
  const counts = rows.find((r) => r.every((c) => COUNT_CELL.test(c)));
  const labels = rows.find((r) => r.every((c) => NUMBERED_LABEL.test(labelText(c))));
  const units = rows.find((r) => r.every((c) => /^\p{L}[\p{L}'’-]*$/u.test(c)));
  if (!counts || !labels) return null;
  const lines = labels.map((label, i) => `${label}\t${counts[i]}${units ? ` ${units[i]}` : ''}`);
  return withLines(p, lines);
}

/** A row's number, title and other cells, from a column of numbers or a numbered first cell. */
function numberedRow(
  r: string[],
  numberColumn: boolean,
): { number: string; title: string; rest: string[] } | null {
  if (numberColumn)
    return /^\d{1,2}$/u.test(r[0] ?? '') ? { number: r[0] ?? '', title: r[1] ?? '', rest: r.slice(2) } : null;
  const m = NUMBERED_CELL.exec(r[0] ?? '');
  return m ? { number: m[1] ?? '', title: m[2] ?? '', rest: r.slice(1) } : null;
}

/**
 * A table whose rows are numbered under a header naming what they are, its rows written as labels
 * ("Стратегия 1: Нормы и ценности<tab>6"): a column of numbers under "№" beside a column headed
 * "Стратегия" ("1<tab>Нормы и ценности<tab>6"), or numbered titles under "Estrategia INSPIRE" ("1.
 * Normas y valores<tab>11<tab>79 %").
 */
function numberedRows(p: Paragraph): Paragraph {
  const [header, ...rows] = p.lines.map((l) => l.split('\t').map((c) => c.trim()));
  if (!header || header.length < 2) return p;
  const boxes = sideBySide(p, [header, ...rows]);
  if (boxes) return boxes;
  const across = acrossRows(p, header, rows);
  if (across) return across;
  // a column of numbers under "№", or under the label itself ("Stratégie<tab>Intitulé" over "1<tab>…")
  const underNumber = NUMBER_HEADER.test(header[0] ?? '');
  const numberColumn = underNumber || (rows.length > 0 && rows.every((r) => /^\d{1,2}$/u.test(r[0] ?? '')));
  const label = (underNumber ? header[1] : header[0])?.split(/\s+/u)[0] ?? '';
  if (!/^\p{L}[\p{L}'’-]*$/u.test(label)) return p;
  const numbered = rows.map((r) => numberedRow(r, numberColumn));
  // (rows that count something: a numbered list of organisations with their towns and sites is no such table)
  if (numbered.some((n) => !n) || !numbered.some((n) => n?.rest.some((c) => /^\d/u.test(c)))) return p;
  const lines = [
    p.lines[0] as string,
    ...numbered.map((n) => `${label} ${n?.number}: ${n?.title}\t${n?.rest.join('\t')}`),
  ];
  return withLines(p, lines);
}

/**
 * A label wrapped before its count, the rest on the next line in lower case: "Strategy 1 – … enforcement of"
 * / "laws ........ 5", "• Stratégie 4 – … s'occupent des" / "enfants : 7 organisations", as one line.
 */
function joinWrappedLabels(p: Paragraph): Paragraph {
  const lines: string[] = [];
  const goesOn = (line: string | undefined) =>
    line !== undefined && /^\s*\p{Ll}/u.test(line) && !isListItem(line);
  for (let i = 0; i < p.lines.length; i++) {
    const line = p.lines[i] ?? '';
    const last = lines[lines.length - 1];
    const open =
      last !== undefined && isLabelLine(last) && !TRAILING_COUNT.test(last) && !last.includes('\t');
    // a chart's bar value under its label, as a slide saved as PDF gives it, the label perhaps going on under
    // it ("S4 Soutien aux parents … s'occupant" / "5" / "d'enfants"): the label and its count cell
    const bar = open ? /^\s*(\d{1,4})\s*$/u.exec(line)?.[1] : undefined;
    if (bar) {
      const rest = goesOn(p.lines[i + 1]) ? ` ${p.lines[++i]?.trim()}` : '';
      lines[lines.length - 1] = `${last?.trimEnd()}${rest}\t${bar}`;
    } else if (open && goesOn(line)) lines[lines.length - 1] = `${last.trimEnd()} ${line.trim()}`;
    else lines.push(line);
  }
  return lines.length === p.lines.length ? p : withLines(p, lines);
}

/** "1. Нормы и ценности<tab>11": a numbered row and its count, without a header above it. */
const CAPTIONED_ROW = /^(\d{1,2})[.)]\s+(\S[^\t]*?)\t(\d{1,6})(?:\t[^\t]*)*$/u;
/** The most lines of a table's header over its numbered rows ("Organizaciones" / "Estrategia INSPIRE" / "N.º<tab>%"). */
const HEADER_LINES = 3;
/** How many paragraphs above a table without a header its caption may stand. */
const CAPTION_REACH = 3;

/**
 * Rows numbered under a chart's or table's caption that names what they count per strategy ("Рисунок 1.
 * Количество организаций, работающих по каждой стратегии INSPIRE" over "1. Внедрение … законов<tab>6"):
 * written as labels with the caption's word for a strategy, a title wrapped onto a line in lower case
 * joined to it.
 */
function captionedRows(p: Paragraph, above: Paragraph[]): Paragraph {
  // (a header over two or three lines may stand over the rows, cells spanning others)
  const header = p.lines.findIndex((line) => CAPTIONED_ROW.test(line.trim()));
  if (header < 0 || header > HEADER_LINES || p.lines.slice(0, header).some((l) => wordCount(l) > 5)) return p;
  const label = [...above.slice(-CAPTION_REACH).map((a) => a.text), ...p.lines.slice(0, header)]
    .map((text) => STRATEGY_IN_CAPTION.exec(text)?.[1])
    .findLast(Boolean);
  if (!label) return p;
  const lines: string[] = p.lines.slice(0, header);
  for (const line of p.lines.slice(header)) {
    const row = CAPTIONED_ROW.exec(line.trim());
    const last = lines.length - 1;
    if (row) lines.push(`${label} ${row[1]}: ${row[2]}\t${row[3]}`);
    else if (last >= header && /^\p{Ll}/u.test(line.trim()))
      lines[last] = (lines[last] ?? '').replace(/\t/u, ` ${line.trim()}\t`);
    else return p;
  }
  return lines.length > 0 ? withLines(p, lines) : p;
}
export const STRATEGY_IN_CAPTION =
  /(?<![\p{L}])(strat[ée]gies?|strateg(?:y|ies)|estrategias?|estrat[ée]gias?|стратеги\p{L}*|стратегі\p{L}*)(?![\p{L}])/iu;

/**
 * Counts set side by side on one line, apart by bars ("Laws (S1): 8 | Norms & values (S2): 11 | …", as a
 * slide gives them), one a line.
 */
function countsInLine(p: Paragraph): Paragraph {
  const lines = p.lines.flatMap((line) => {
    const parts = line.split(/\s+\|\s+/u);
    return parts.length >= 3 && parts.every((part) => /[:：]\s*\d{1,6}(?:\s+\p{L}[\p{L}'’-]*)?$/u.test(part))
      ? parts
      : [line];
  });
  return lines.length === p.lines.length ? p : withLines(p, lines);
}

/** A table's rows and numbered lines in Arabic-Indic digits ("١. المشاركة<tab>٩") read with ASCII digits. */
function asciiRows(p: Paragraph): Paragraph {
  if (!/[\u0660-\u0669]/u.test(p.text)) return p;
  const lines = p.lines.map((line) =>
    line.includes('\t') || /^\s*[\u0660-\u0669]/u.test(line) ? asciiDigits(line) : line,
  );
  return withLines(p, lines);
}

/** "• ПАРЛАМЕНТУ И ПРАВИТЕЛЬСТВУ РЕСПУБЛИКИ МОЛДОВА": a heading in capitals numbered by Word, read as a bullet. */
function isBulletedCapitals(line: string): boolean {
  return line.length <= 200 && BULLETED.test(line) && isCapitals(listItemText(line));
}

/** "Strategy 1" alone, its title in the paragraph under it. */
const BARE_LABEL = /^(\p{L}[\p{L}'’-]*)\s+(\d{1,2})$/u;

/**
 * Cards that show a count in large type over its noun and then the strategy it counts ("6" / "organisations" /
 * "Strategy 1" / "Implementation and enforcement of laws"), or the strategy over its count, as site builders
 * set them: one label line each, "Strategy 1 – Implementation and enforcement of laws<tab>6 organisations".
 */
function countCards(paras: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < paras.length; i++) {
    const [count, noun, label, title] = [paras[i], paras[i + 1], paras[i + 2], paras[i + 3]];
    const n = /^\d{1,6}$/u.exec(count?.text.trim() ?? '')?.[0];
    const unit =
      noun && /^\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*){0,2}$/u.test(noun.text.trim())
        ? noun.text.trim()
        : null;
    const bare = label && BARE_LABEL.test(label.text.trim());
    // (the label over its title in one paragraph: "Pilar 1" / "Participación")
    const [head = '', under = ''] = label?.lines.length === 2 ? label.lines : [];
    const over =
      BARE_LABEL.test(head.trim()) && isHeading(under, 12) ? `${head.trim()} – ${under.trim()}` : null;
    const named = label && !bare && numberedLabel(label) ? label.text.trim() : over;
    const line =
      bare && title && isHeading(title.text, 12) ? `${label.text.trim()} – ${title.text.trim()}` : named;
    if (count && n && unit && line) {
      out.push(withLines(count, [`${line}\t${n} ${unit}`]));
      i += bare ? 3 : 2;
      continue;
    }
    // (or the strategy first, its count under its title: "Stratégie 1" / "Mise en œuvre …" / "5 organisations")
    const counted = BARE_LABEL.test(count?.text.trim() ?? '')
      ? COUNT_LINE.exec(label?.text.trim() ?? '')
      : null;
    if (count && noun && counted && isHeading(noun.text, 12)) {
      out.push(withLines(count, [`${count.text.trim()} – ${noun.text.trim()}\t${counted[0]}`]));
      i += 2;
    } else if (count) out.push(count);
  }
  return out;
}

/** Paragraphs with numbered labels and counts on consecutive lines split into one paragraph per line. */
export function labelParagraphs(source: Paragraph[]): Paragraph[] {
  const paras = countCards(source)
    .map(asciiRows)
    .map(countsInLine)
    .map((p, i) => {
      if (CAPTIONED_ROW.test(p.lines[0]?.trim() ?? '')) return captionedRows(p, source.slice(0, i));
      if (p.lines.length < 2) return p;
      if (!p.text.includes('\t')) return joinWrappedLabels(p);
      // (rows under a header their cells do not name, "N.º<tab>%", are read as rows under a caption)
      const rows = numberedRows(p);
      return rows === p ? captionedRows(p, source.slice(0, i)) : rows;
    });
  const labelled = new WeakSet<string[]>();
  for (const p of paras)
    if (p.lines.length > 1 && p.lines.filter(isLabelLine).length * 2 >= p.lines.length) labelled.add(p.lines);
  // in a text without blank lines, a label with its count, or a label heading its section ("Strategy 3 –
  // Safe environments"), stands apart from the lines around it
  const apart = (line: string | undefined) =>
    line !== undefined && isLabelLine(line) && (TRAILING_COUNT.test(line) || isHeading(line));
  return splitParagraphs(paras, (lines, i) => labelled.has(lines) || apart(lines[i]) || apart(lines[i - 1]));
}

/**
 * A line in capitals that a page wrapped before its end: "… AUTORITÉS COUTUMIÈRES ET" / "RELIGIEUSES", "…
 * СЕМЬИ РЕСПУБЛИКИ" / "УЗБЕКИСТАН" (a republic is followed by its name).
 */
const WRAPPED_CAPITALS =
  /(?:^|\s)(?:ET|AND|DE|DES|DU|OF|TO|AUX|AU|À|A|THE|LA|LE|LES|EN|IN|FOR|POUR|Y|E|SA|SON|SES|LEUR|LEURS|ITS|THEIR|SU|SUS|SUA|SEU|DEL|DA|DO|DOS|DAS|И|В|НА|ПО|ДЛЯ|ЕГО|ЕЁ|ИХ|ЖАНА|РЕСПУБЛИКИ|РЕСПУБЛІКИ|REPUBLIC|RÉPUBLIQUE|REPÚBLICA)$|[,–-]$/u;

/**
 * A Russian or Ukrainian capitals line that goes on in the genitive ("… ЗАПАДНО-КАЗАХСТАНСКОЙ" / "ОБЛАСТЕЙ,
 * МАСЛИХАТАМ …", "… НАСЕЛЕНИЯ" / "РЕСПУБЛИКИ ТАДЖИКИСТАН"): a heading addressed to someone opens with the
 * dative, never with the genitive.
 */
const GENITIVE_GOING_ON =
  /^(?:\p{Script=Cyrillic}+(?:ЕЙ|ОВ|ІВ|ИЙ)|ОБЛАСТИ|ОБЛАСТІ|РАЙОНА|РАЙОНУ|РЕСПУБЛИКИ|РЕСПУБЛІКИ|ГОРОДА|МІСТА)(?![\p{L}])/u;

function joinWrappedCapitals(p: Paragraph): Paragraph {
  const lines: string[] = [];
  for (const line of p.lines) {
    const last = lines[lines.length - 1];
    // (or an addressee "to" bodies whose last words end its heading on the next line: "A LAS AGENCIAS … Y A LAS
    // ORGANIZACIONES" / "HUMANITARIAS:")
    const ending =
      /:\s*$/u.test(line) &&
      wordCount(line) <= 3 &&
      !/:\s*$/u.test(last ?? '') &&
      TO_ADDRESSEE.test((last ?? '').trim()) &&
      !TO_ADDRESSEE.test(line.trim());
    const wrapped = WRAPPED_CAPITALS.test(last ?? '') || GENITIVE_GOING_ON.test(line.trim()) || ending;
    if (last !== undefined && isCapitals(last) && isCapitals(line) && wrapped)
      lines[lines.length - 1] = `${last} ${line.trim()}`;
    else lines.push(line);
  }
  return lines.length === p.lines.length ? p : withLines(p, lines);
}

/**
 * An outline's numbered heading wrapped onto the line under it, above its first item ("3. Органам … громад" /
 * "Волинської області" / "3.1. …"), as one line.
 */
function joinWrappedOutline(p: Paragraph): Paragraph {
  const lines = [...p.lines];
  for (let i = 0; i + 2 < lines.length; i++) {
    const next = lines[i + 1] ?? '';
    const joined = `${lines[i] ?? ''} ${next.trim()}`;
    if (!isListItem(next) && !/^\s*\d/u.test(next) && isOutlineHeading([joined, lines[i + 2] ?? ''], 0))
      lines.splice(i, 2, joined);
  }
  return lines.length === p.lines.length ? p : withLines(p, lines);
}

/**
 * Paragraphs split before a line in capitals, and around a heading line with its list right under it; a
 * capitals line wrapped in two, and an outline's heading, is one line first.
 */
export function listParagraphs(paras: Paragraph[]): Paragraph[] {
  const headsList = (lines: string[], i: number) =>
    !isListItem(lines[i] ?? '') &&
    isHeading((lines[i] ?? '').replace(/:$/, ''), 14) &&
    isListItem(lines[i + 1] ?? '');
  return splitParagraphs(paras.map(joinWrappedCapitals).map(joinWrappedOutline), (lines, i) => {
    const line = lines[i] ?? '';
    if (isCapitals(line) && line.length <= 200 && !isListItem(line)) return true;
    // (a heading in capitals that Word's own numbering shows as a bullet stands apart from its list too:
    // "• ПАРЛАМЕНТУ И ПРАВИТЕЛЬСТВУ …" / "• Предусмотреть …")
    if (isBulletedCapitals(line) || isBulletedCapitals(lines[i - 1] ?? '')) return true;
    return (
      headsList(lines, i) ||
      headsList(lines, i - 1) ||
      isOutlineHeading(lines, i) ||
      isOutlineHeading(lines, i - 1)
    );
  });
}

/** Every split the kinds read by: items and their dates, numbered labels, addressees and their lists. */
export function layoutParagraphs(paras: Paragraph[]): Paragraph[] {
  return listParagraphs(labelParagraphs(itemParagraphs(paras)));
}

/** "From: …", "Subject: …", "Date: …": the fields an e-mail copied as text opens with, by what they say. */
const MAIL_FIELDS: [RegExp, 'from' | 'subject' | 'date' | 'other'][] = [
  [/^(?:from|de|от|від|von)$/iu, 'from'],
  [/^(?:subject|objet|asunto|assunto|тема|betreff)$/iu, 'subject'],
  [/^(?:date|sent|envoyé|enviado|fecha|data|дата|datum)(?:\s(?:on|le|el|em))?$/iu, 'date'],
  [/^(?:to|cc|bcc|reply-to|para|à|a|кому|копия|копія|an)$/iu, 'other'],
];
const MAIL_LINE = /^([\p{L}-]{1,10}(?:\s\p{L}{1,3})?)\s*:\s*(.*)$/u;

/**
 * The fields only a message saved whole carries ("Return-Path", "Received", "Message-ID", "Content-Type",
 * "List-Unsubscribe", "X-Mailer"), each on a line and any of them folded onto lines that open with white space.
 */
const RAW_MAIL_LINE =
  /^(return-path|received|delivered-to|message-id|mime-version|content-[a-z-]+|list-[a-z-]+|x-[a-z0-9-]+|dkim-signature|arc-[a-z-]+|authentication-results|received-spf|in-reply-to|references|thread-[a-z-]+|precedence|sender|errors-to|user-agent|importance|organi[sz]ation)\s*:\s*(.*)$/iu;
/** How many lines a header may take: a message saved whole has many, folded over several lines. */
const MAIL_LINES = 80;

/** "1 message", "3 messages", "2 mensajes": the count a conversation printed from Gmail gives under its subject. */
const MESSAGE_COUNT =
  /^\d{1,3}\s+(?:messages?|mensajes?|mensagens?|сообщени\p{L}*|повідомлен\p{L}*|رسائل|رسالة)$/iu;
/** "Google Forms <forms-receipts-noreply@google.com><tab>ven. 19 mars 2027 à 10:14": a printed message's sender and day. */
const SENDER_AND_DAY = /^([^<\t\n]{0,80}<[^>\s]+@[^>\s]+>)[ \t]+(\S.*)$/u;
/** How many lines a printed conversation's head (the account, the subject, the count, the sender) takes at most. */
const PRINTED_HEAD_LINES = 10;

/**
 * A conversation printed from Gmail ("Gmail<tab>account" / its subject / "1 message" / "Sender <address><tab>day"
 * / "À : …"): its first message's fields as a header gives them, and the lines they take; or null.
 */
function printedMailFields(text: string): { fields: Map<string, string>; lines: number } | null {
  if (!/^gmail(?:\s|$)/iu.test(text)) return null;
  const lines = text.split('\n', PRINTED_HEAD_LINES);
  const count = lines.findIndex((l) => MESSAGE_COUNT.test(l.trim()));
  const sender = lines.findIndex((l, i) => count > 0 && i > count && SENDER_AND_DAY.test(l.trim()));
  if (sender < 0) return null;
  const [, from = '', date = ''] = SENDER_AND_DAY.exec(lines[sender]?.trim() ?? '') ?? [];
  const subject = lines
    .slice(1, count)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  // (the addressees' lines under it, "À : …", "To: …")
  const under = mailFields(
    text
      .split('\n', sender + 1 + MAIL_LINES)
      .slice(sender + 1)
      .join('\n'),
  );
  const fields = new Map([...under.fields, ['subject', subject], ['from', from], ['date', date]]);
  return { fields, lines: sender + 1 + under.lines };
}

/** The fields of the e-mail header a text opens with, and how many lines they take. */
function mailFields(text: string): { fields: Map<string, string>; lines: number } {
  const printed = printedMailFields(text);
  if (printed) return printed;
  const fields = new Map<string, string>();
  let lines = 0;
  let last: string | undefined;
  for (const line of text.split('\n', MAIL_LINES)) {
    // (a field folded onto the next line goes on there)
    if (last && /^[ \t]+\S/u.test(line)) {
      fields.set(last, `${fields.get(last)} ${line.trim()}`);
      lines++;
      continue;
    }
    const m = MAIL_LINE.exec(line.trim());
    const field = m ? MAIL_FIELDS.find(([name]) => name.test(m[1] ?? ''))?.[1] : undefined;
    const raw = field ? null : RAW_MAIL_LINE.exec(line);
    if (!(m && field) && !raw) break;
    last = field ?? 'other';
    fields.set(last, libmime.decodeWords(((m && field ? m[2] : raw?.[2]) ?? '').trim()));
    lines++;
  }
  return { fields, lines };
}

/** "-----Original Message-----", "---------- Forwarded message ---------": where a forwarded text starts. */
export const FORWARDED = /^[ \t]*-{2,}\s*\p{L}[\p{L} ]{2,40}\s*-{2,}[ \t]*$/mu;

/**
 * A text without the headers of the messages a reply or forward quotes ("-----Original Message-----" /
 * "From: …" / "Sent: …" / "Subject: …"): they date no item of a page.
 */
function withoutQuotedHeaders(text: string): string {
  if (!/^(?:from|de|от|від|von)\s*:/imu.test(text)) return text;
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FORWARDED.test(line)) continue;
    // (only a line that is a header's field opens one: most paragraphs are looked at no further)
    const opens =
      (i === 0 || !(lines[i - 1] ?? '').trim() || FORWARDED.test(lines[i - 1] ?? '')) &&
      (MAIL_LINE.test(line.trim()) || RAW_MAIL_LINE.test(line));
    const header = opens ? mailFields(lines.slice(i, i + MAIL_LINES).join('\n')) : null;
    if (header?.fields.has('from') && (header.fields.has('date') || header.fields.has('subject'))) {
      i += header.lines - 1;
      continue;
    }
    kept.push(line);
  }
  return kept.join('\n');
}

/** Where the header of an e-mail copied as text ends: at its first blank line. */
export function mailHeaderEnd(text: string): number {
  // (a printed conversation's head has blank lines of its own)
  const printed = printedMailFields(text);
  const start = printed ? text.split('\n', printed.lines).join('\n').length : 0;
  return start + (/^(?:[^\n]*\n)*?[^\n]*\n\n/u.exec(text.slice(start))?.[0].length ?? 0);
}

const RULE = new RegExp(RULE_LINE.source, 'mu');

/**
 * A report pasted into an e-mail's body, under the message's rule or a forward's mark (the first of them: a
 * reply quotes the message it answers after the report); null where the body draws neither.
 */
export function reportBelowRule(text: string): string | null {
  const report = belowRule(text)?.trimStart();
  // (in a forward, the report the forwarded message pasted under its own rule)
  const inner = report && mailHeader(report) ? belowRule(report) : null;
  return inner ?? report ?? null;
}

function belowRule(text: string): string | null {
  const start = mailHeaderEnd(text);
  const rest = text.slice(start);
  const rule = [FORWARDED.exec(rest), RULE.exec(rest)]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  return rule ? text.slice(start + rule.index + rule[0].length) : null;
}

/**
 * The e-mail header a text opens with, and the rest: the header's subject and day name the whole, no item of
 * it, and its addresses are the sender's.
 */
export function splitMailHeader(text: string): { header: string; rest: string } {
  if (!mailHeader(text)) return { header: '', rest: text };
  const lines = text.split('\n');
  const at = mailFields(text).lines;
  return { header: lines.slice(0, at).join('\n'), rest: lines.slice(at).join('\n') };
}

/** The subject and the day of an e-mail's header, when the text opens with one (a subject and a sender or date). */
export function mailHeader(text: string): { subject: string | null; date: string | null } | null {
  const { fields } = mailFields(text);
  const subject = fields.get('subject') || null;
  if (!subject || !(fields.has('from') || fields.has('date'))) return null;
  const day = findDates(fields.get('date') ?? '').find((d) => d.date.length === 10);
  return { subject, date: day?.date ?? null };
}
