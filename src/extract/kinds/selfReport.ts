/**
 * Self-reports on World Humanitarian Summit commitments: a stakeholder block of label / value paragraphs,
 * then sections headed by a transformation code and title ("2D Take concrete steps ..."), each with
 * tab-separated commitment tables (individual, core), a form question, the narrative and a keywords line.
 */
import type { Commitment, FrameworkCode, Section } from '../../domain/document.js';
import { WHS_TRANSFORMATIONS } from '../frameworks.js';
import { POSITION } from './authors.js';
import {
  breadcrumb,
  isDateLine,
  isTableRow,
  isWhsHeading,
  isWhsHeadingLine,
  mailHeader,
  mailHeaderEnd,
  reportBelowRule,
  splitParagraphs,
  WHS_HEADING,
} from './layout.js';
import { emptyParts, type KindParts } from './parts.js';
import {
  asOneLine,
  isCapitals,
  isCapitalsMasthead,
  isHeading,
  isListItem,
  isMasthead,
  isPersonName,
  joinBrokenParagraphs,
  joinLines,
  listItemText,
  nameAndAcronym,
  type Paragraph,
  paragraphs,
  placeParts,
  RULE_LINE,
  splitList,
  wordCount,
} from './text.js';
import { datesIn, firstYear, rangeIn } from './when.js';

export interface Stakeholder {
  organisation: string | null;
  type: string | null;
  city: string | null;
  country: string | null;
  /** ISO 3166-1 alpha-2 of the headquarters country. */
  countryCode: string | null;
  contact: string | null;
  handle: string | null;
  region: string | null;
  /** Every label / value pair of the block as written, recognised or not. */
  fields: Record<string, string>;
}

type StakeholderField = 'organisation' | 'type' | 'headquarters' | 'contact' | 'region' | 'handle';

/** The labels of the stakeholder block, in the languages self-reports are written in. */
const LABELS: [StakeholderField, RegExp][] = [
  [
    'type',
    /organi[sz]ation(?:al)?\s+type|type of (?:the )?organi|type d.organi|cat[ée]gorie d.organi|^statut(?: juridique)?$|tipo de (?:la )?organiza[cç]|тип организации|тип організації|уюмдун түрү|نوع (?:المنظمة|الجهة)/iu,
  ],
  [
    'organisation',
    /organi[sz]ation(?:al)?\s+name|name of (?:the |your )?organi|nom de l.organi|d[ée]nomination|nombre de la organizaci|nome da organiza[cç]|(?:наименование|название) организации|назва організації|уюмдун (?:аталышы|аты)|اسم (?:المنظمة|الجهة|منظمت)|^(?:organi[sz]ation|organisme|organizaci[óo]n|organiza[çc][ãa]o|организация|організація)$/iu,
  ],
  [
    'headquarters',
    /headquarter|city and country|si[èe]ge|ville et pays|sede|ciudad y pa[ií]s|штаб|город и страна|місто та країна|головного офісу|башкы кеңсе|шаар жана өлкө|المقر|المدينة والبلد/iu,
  ],
  [
    'contact',
    /focal point|contact|person in charge|point focal|punto focal|ponto focal|enlace|personne[- ]ressource|r[ée]f[ée]rent|контакт|байланыш адамы|جهة الاتصال|مسؤول(?:ة)? الاتصال|الشخص المسؤول/iu,
  ],
  ['region', /^(?:r[ée]gi[oó]n|regi[ãa]o|регион|регіон|аймак|المنطقة|الإقليم)(?![\p{L}])/iu],
  ['handle', /twitter|handle|social media|r[ée]seaux sociaux|redes sociales|redes sociais|соцсет|تويتر/iu],
];

/** "• Región", "- Region": a label listed with a bullet is the label. */
function stakeholderLabel(listed: string): StakeholderField | null {
  const text = listed.replace(/^[•●▪*\-–]\s+/u, '');
  if (!isHeading(text, 8) || text.includes('\t')) return null;
  for (const [field, re] of LABELS) if (re.test(text)) return field;
  return null;
}

/** A person's name without the position given after it ("Domingas Tefa Sanam, Executive Director"). */
function withoutPosition(value: string): string {
  const [name = '', ...rest] = value.split(/\s*,\s*/u);
  return rest.length > 0 && isPersonName(name) && POSITION.test(rest.join(' ')) ? name : value;
}

/** Reads the label / value paragraphs before the first section (or "Label: value" lines). */
function readStakeholder(paras: Paragraph[]): Stakeholder {
  const s: Stakeholder = {
    organisation: null,
    type: null,
    city: null,
    country: null,
    countryCode: null,
    contact: null,
    handle: null,
    region: null,
    fields: {},
  };
  const set = (field: StakeholderField, label: string, value: string) => {
    s.fields[label] = value;
    if (field === 'headquarters') Object.assign(s, placeParts(value));
    // (a contact person given with their position: "Domingas Tefa Sanam, Executive Director")
    else if (field === 'contact') s.contact ??= withoutPosition(value);
    // the first label of a kind tells it: "Focal Point Name" before "Focal Point Email"
    else s[field] ??= value;
  };
  for (let i = 0; i < paras.length; i++) {
    const text = paras[i]?.text ?? '';
    const inline = (paras[i]?.lines ?? []).flatMap((line) => {
      // "Label: value", "Label ........ value", or "Label<tab>value" as a two-column table copied from a form
      const m = /^([^:\t]{3,60}?)\s*(?:[:：]|\t|\s[.…]{3,})\s*(\S.*)$/u.exec(line);
      const field = m ? stakeholderLabel(m[1] ?? '') : null;
      return m && field ? [{ field, label: m[1] ?? '', value: m[2] ?? '' }] : [];
    });
    for (const { field, label, value } of inline) set(field, label, value);
    if (inline.length > 0) continue;
    // "Type d'organisation" / "ONG - Nationale": the label on one line, its value on the next
    const [first = '', ...rest] = paras[i]?.lines ?? [];
    const below = stakeholderLabel(first);
    if (below && rest.length > 0 && !stakeholderLabel(rest[0] ?? '')) {
      set(below, first, rest.join(' ').trim());
      continue;
    }
    const field = stakeholderLabel(text);
    const value = paras[i + 1]?.text;
    if (field && value !== undefined && !stakeholderLabel(value)) {
      // (a value wrapped over lines is one value: "Association des Femmes … et" / "la Paix (AFRECOP)")
      set(field, text, oneLine(value));
      i++;
    }
  }
  return s;
}

/** "Individual Commitments", "Compromissos centrais": the heading over a commitment table. */
const TABLE_HEADING =
  /^[\p{L} ]{0,30}(?:commitments?|engagements?|compromisos?|compromissos?|обязательств\p{L}*|зобов['’]язан\p{L}*|милдеттенм\p{L}*)[\p{L} ]{0,30}:?$/iu;

const RULE_LINES = new RegExp(RULE_LINE.source, 'gmu');

/** The heading over the stakeholder block, in the languages self-reports are written in. */
const STAKEHOLDER_HEADING =
  /^(?:stakeholder information|informations? (?:sur|de) l['’]acteur|informaci[óo]n de la parte interesada|informa[çc][õo]es d[ao] (?:parte interessada|actor)|информация об организации|кызыкдар тарап жөнүндө маалымат)\s*:?$/iu;

function oneLine(text: string): string {
  return asOneLine(text.split('\n'));
}

/** Whether a text opens with or holds another's words, case aside: a title's copy, a masthead's name. */
function namesAlike(text: string | undefined, start: string | undefined): boolean {
  const key = (s: string) => oneLine(s).toLocaleLowerCase();
  return Boolean(text && start && key(text).includes(key(start)));
}

/** "Individual Commitments", "Core Commitments": which kind of commitment the next table lists. */
function scopeOf(heading: string): string {
  if (/individu|индивидуал|індивідуал|жеке|فردي/iu.test(heading)) return 'individual';
  if (
    /\bcore\b|fondamenta|fundamenta|centra[li]|principa[il]|b[áa]sic|\bde base\b|esencial|essencia|основн|ключев|негизги|أساسي|اساسي/iu.test(
      heading,
    )
  )
    return 'core';
  return heading.toLocaleLowerCase();
}

/** The words for a commitment's type and its core responsibility, in a table's header or a form's question. */
const TYPE_WORD = /type|tipo|тип|түрү|نوع/iu;
const RESPONSIBILITY_WORD = /responsib|responsab|ответственн|відповідальн|жоопкерчилик|مسؤولية/iu;

/** A cell's value; an empty cell, a dash or "N/A" ("—" in a core commitment's type column) gives none. */
function cellValue(cells: string[], i: number): string | null {
  const cell = cells[i] ?? '';
  return i >= 0 && !/^(?:[—–-]?|n\/?a|н\/д|s\/o|no aplica|não se aplica|sans objet)$/iu.test(cell)
    ? cell
    : null;
}

function columnsOf(header: string[]): {
  text: number;
  type: number;
  responsibility: number;
  headed: boolean;
} {
  const headed = header.every((c) => wordCount(c) <= 5);
  if (!headed)
    return { text: 0, type: header.length >= 3 ? 1 : -1, responsibility: header.length - 1, headed };
  const find = (re: RegExp) => header.findIndex((c) => re.test(c));
  const type = find(TYPE_WORD);
  const responsibility = find(RESPONSIBILITY_WORD);
  const text = header.findIndex((_c, i) => i !== type && i !== responsibility);
  return { text: Math.max(0, text), type, responsibility, headed };
}

/**
 * Rows of a tab-separated table; a cell broken over lines is joined until the row has all its cells, and a
 * line in lower case after a whole row goes on its last cell ("… Никого не оставить" / "позади").
 */
function tableRows(lines: string[]): string[][] {
  const rows: string[][] = [];
  let width = 0;
  let pending = '';
  for (const line of lines) {
    const last = rows[rows.length - 1];
    if (!pending && last && last.length >= 2 && !line.includes('\t') && /^\p{Ll}/u.test(line.trim())) {
      last[last.length - 1] = joinLines(last[last.length - 1] ?? '', line.trim());
      continue;
    }
    // (a row whose cells a PDF wrapped, the first cell cut mid-sentence: "… refugee and<tab>Operational<tab>Political
    // Leadership to" / "Jordanian host community …<tab>Prevent and End Conflicts", each part under its cell)
    const parts = line.split('\t').map((c) => c.trim());
    if (
      !pending &&
      last &&
      parts.length >= 2 &&
      parts.length < last.length &&
      !/[.!?;:)»”"]$/u.test(last[0] ?? '')
    ) {
      parts.forEach((part, k) => {
        const at = k === 0 ? 0 : last.length - parts.length + k;
        last[at] = joinLines(last[at] ?? '', part);
      });
      continue;
    }
    pending = pending ? joinLines(pending, line) : line;
    const cells = pending.split('\t').map((c) => c.trim());
    if (rows.length === 0 || cells.length >= width) {
      rows.push(cells);
      width = Math.max(width, cells.length);
      pending = '';
    }
  }
  if (pending) rows.push(pending.split('\t').map((c) => c.trim()));
  return rows;
}

/** A commitment table's column that says whether each is individual or core ("Âmbito", "Scope"). */
const SCOPE_COLUMN = /^(?:scope|[âá]mbito|alcance|port[ée]e|категори[яі])$/iu;

/**
 * A table whose scope column spans rows (Word's merged cells): a row that has the cell gives the scope of
 * the rows under it that lack it; a caption row over the header ("Compromisso<tab>Classificação") is none.
 */
function scopedCommitments(table: Paragraph): Commitment[] | null {
  const rows = table.lines.map((l) => l.split('\t').map((c) => c.trim()));
  const at = rows.findIndex((r, i) => i < 2 && r.some((c) => SCOPE_COLUMN.test(c)));
  const header = rows[at] ?? [];
  const scopeAt = header.findIndex((c) => SCOPE_COLUMN.test(c));
  if (at < 0) return null;
  const rest = header.filter((_c, i) => i !== scopeAt);
  const cols = columnsOf(rest);
  let scope: string | null = null;
  return rows.slice(at + 1).flatMap((row) => {
    const full = row.length >= header.length;
    if (full) scope = scopeOf(row[scopeAt] ?? '');
    const cells = full ? row.filter((_c, i) => i !== scopeAt) : row;
    const cell = (i: number) => cellValue(cells, i);
    return cells.some((c) => c !== '')
      ? [
          {
            text: cell(cols.text) ?? '',
            type: cell(cols.type),
            coreResponsibility: cell(cols.responsibility),
            scope,
          },
        ]
      : [];
  });
}

/**
 * A table's rows under the rows that divide it by scope ("Compromissos individuais" across every column),
 * each part with its scope; the first part, with the header, keeps the scope the table was given.
 */
function scopedParts(lines: string[], scope: string | null): { scope: string | null; rows: string[][] }[] {
  const parts: { scope: string | null; lines: string[] }[] = [{ scope, lines: [] }];
  for (const line of lines) {
    const divides = !line.includes('\t') && wordCount(line) <= 4 ? scopeOf(line) : null;
    if (divides === 'individual' || divides === 'core') parts.push({ scope: divides, lines: [] });
    else parts[parts.length - 1]?.lines.push(line);
  }
  return parts.map((part) => ({ scope: part.scope, rows: tableRows(part.lines) }));
}

function readCommitments(table: Paragraph, scope: string | null): Commitment[] {
  const scoped = scopedCommitments(table);
  if (scoped) return scoped;
  const [first, ...more] = scopedParts(table.lines, scope);
  const rows = first?.rows ?? [];
  let header = rows[0] ?? [];
  const headed = columnsOf(header);
  // a header's words wrapped onto a line of their own ("Type d'engag" / "ement<tab>fondamentale") are no row,
  // nor is a header's second row, naming the parts of a cell that spans them ("Compromisso<tab>Classificação"
  // / "Tipo de compromisso<tab>Responsabilidade central")
  const wrapped = (r: string[] | undefined) =>
    r?.every((c) => c === '' || (/^\p{Ll}/u.test(c) && wordCount(c) <= 2));
  const second = rows[1] ?? [];
  const spanned =
    headed.headed &&
    second.length >= 2 &&
    second.every((c) => wordCount(c) <= 5) &&
    second.some((c) => TYPE_WORD.test(c) || RESPONSIBILITY_WORD.test(c));
  const parts = [
    {
      scope: first?.scope ?? scope,
      rows: headed.headed ? rows.slice(wrapped(second) || spanned ? 2 : 1) : rows,
    },
    ...more,
  ];
  const width = Math.max(0, ...parts.flatMap((part) => part.rows.map((r) => r.length)));
  if (spanned) header = [...header.slice(0, Math.max(1, width - second.length)), ...second];
  const named = spanned ? columnsOf(header) : headed;
  // two header cells a PDF read as one ("Type d'engag Responsabilité") over rows of three: by position
  const cols =
    named.type >= 0 && named.type === named.responsibility && width > header.length
      ? { ...named, type: 1, responsibility: width - 1 }
      : named;
  return parts.flatMap((part) =>
    part.rows
      .filter((row) => row.some((c) => c !== ''))
      .map((row) => ({
        text: cellValue(row, cols.text) ?? '',
        type: cellValue(row, cols.type),
        coreResponsibility: cellValue(row, cols.responsibility),
        scope: part.scope,
      })),
  );
}

const NUMBERED_ITEM = /^\s*\d{1,2}[.)]\s+\S/u;
/** "• Commitment: TWPC commits to …": a commitment a web form lists under its label. */
const LABELLED_COMMITMENT =
  /^\s*(?:[•◦▪*-]\s*)?(?:commitment|engagement|compromiso|compromisso|обязательство|зобов['’]язання)\s*:\s*/iu;
/** A listed commitment's labelled type and core responsibility, in the languages of the forms. */
/** A label's value, up to a bar, the line's end, or a dash before the next label ("… – Responsabilité fondamentale :"). */
const LABEL_VALUE = String.raw`\s*:\s*((?:(?!\s[–—]\s+[^\s:|]+(?:\s+[^\s:|]+){0,2}\s*:)[^|\n])+)`;
const LISTED_TYPE = new RegExp(
  `(?:commitment type|type d.engagement|tipo de compromiso|tipo de compromisso|тип обязательства)${LABEL_VALUE}`,
  'iu',
);
const LISTED_RESPONSIBILITY = new RegExp(
  `(?:core responsibility|responsabilit[ée] fondamentale|responsabilidad (?:básica|central|fundamental)|responsabilidade central|(?:основная|ключевая) ответственность|(?:основна|ключова) відповідальність)${LABEL_VALUE}`,
  'iu',
);

/**
 * Commitments as a numbered list, each with its type and core responsibility on a labelled line under it
 * ("1) BBWPN commits to …" / "Commitment type: Operational | Core responsibility: Leave No One Behind"); null
 * for a list without those labels, which is no commitment table.
 */
function listedCommitments(p: Paragraph, scope: string | null): Commitment[] | null {
  // (numbered, labelled, or bulleted: "• TAHCOS s'engage à …" / "Type d'engagement : … – Responsabilité fondamentale : …")
  // (a bullet under it that gives its type or core responsibility opens none)
  const labels = (line: string) => LISTED_TYPE.test(line) || LISTED_RESPONSIBILITY.test(line);
  const opens = (line: string) =>
    NUMBERED_ITEM.test(line) || LABELLED_COMMITMENT.test(line) || (isListItem(line) && !labels(line));
  if (!opens(p.lines[0] ?? '') || !LISTED_RESPONSIBILITY.test(p.text)) return null;
  const items: string[][] = [];
  for (const line of p.lines) {
    if (opens(line))
      items.push([listItemText(line.replace(/^\s*\d{1,2}[.)]\s+/u, '')).replace(LABELLED_COMMITMENT, '')]);
    else items[items.length - 1]?.push(line.trim());
  }
  return items.map((lines) => {
    const labelled = lines.findIndex((l) => LISTED_TYPE.test(l) || LISTED_RESPONSIBILITY.test(l));
    const all = lines.join('\n');
    return {
      text: (labelled < 0 ? lines : lines.slice(0, labelled)).join(' ').trim(),
      type: LISTED_TYPE.exec(all)?.[1]?.trim() ?? null,
      coreResponsibility: LISTED_RESPONSIBILITY.exec(all)?.[1]?.trim() ?? null,
      scope,
    };
  });
}

/**
 * "(Individual commitment – Operational – Political Leadership to Prevent and End Conflicts)": a listed
 * commitment's scope, type and core responsibility in brackets after it.
 */
const BRACKETED =
  /\s*\(([^()]*?(?:commitment|engagement|compromiso|compromisso|обязательств\p{L}*|зобов['’]язанн\p{L}*|التزام)[^()]*)\)\s*\.?$/iu;

/** A line of a listed commitment: its labelled core responsibility, or its scope and the rest in brackets. */
export function isListedCommitment(line: string): boolean {
  return LISTED_RESPONSIBILITY.test(line) || (/\)\s*\.?$/u.test(line) && BRACKETED.test(line));
}

/** Commitments as a bulleted list, each with its scope, type and core responsibility in brackets; or null. */
function bracketedCommitments(p: Paragraph): Commitment[] | null {
  const items: string[] = [];
  for (const line of p.lines)
    if (isListItem(line)) items.push(listItemText(line).trim());
    else if (items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
    else return null;
  if (items.length === 0 || !items.every((item) => BRACKETED.test(item))) return null;
  return items.map((item) => {
    const m = BRACKETED.exec(item) as RegExpExecArray;
    const [scope = '', ...rest] = (m[1] ?? '').split(/\s[–—-]\s|;\s*|\s\|\s/u).map((part) => part.trim());
    return {
      text: item.slice(0, m.index).trim(),
      type: rest.length >= 2 ? (rest[0] ?? null) : null,
      coreResponsibility: rest.at(-1) ?? null,
      scope: scopeOf(scope),
    };
  });
}

/** The form's question ("1. A. Highlight concrete actions …", "1.A Highlight …", "Pregunta 1.A: …"), not the reporter's words. */
const QUESTION =
  /^(?:(?:question|pregunta|questão|вопрос)\s+)?\d{1,2}(?:\s*\.\s*\p{L}\s*[.):]|\.\p{Lu})\s+\S/iu;

/** "Keywords", "Mots-clés: ...": the line naming a section's keywords, with them or before them. */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s+/u;
/** The label of a keywords line, without its section's number ("3.1.4 Mots-clés"). */
const keywordsLabel = (text: string) => (text.split(/[:：\t|]/)[0] ?? '').replace(SECTION_NUMBER, '');
const KEYWORDS =
  /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:key\s?words?|mots[- ]cl[ée]s|palabras clave|palavras-chave|ключевые слова|ключові слова|ачкыч сөздөр|الكلمات المفتاحية)\s*[:：|]?\s*(.*)$/iu;

/** Whether the line before ends the form's question that opens a few lines up (it wraps, then stops). */
function afterQuestion(lines: string[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const line = (lines[j] ?? '').trim();
    if (j < i - 1 && /[.?]$/u.test(line)) return false;
    if (QUESTION.test(line)) return /[.?]$/u.test((lines[i - 1] ?? '').trim());
  }
  return false;
}

interface SectionRead {
  section: Section;
  /** The form's question, which names the reporting period. */
  question: string | null;
}

/** The fewest characters of a commitment's sentence: a type or a responsibility is shorter. */
const COMMITMENT_CHARS = 40;

function readSection(code: string, title: string, body: Paragraph[]): SectionRead {
  const commitments: Commitment[] = [];
  const narrative: string[] = [];
  const keywords: string[] = [];
  let scope: string | null = null;
  let question: string | null = null;
  let cells = 0;
  for (let i = 0; i < body.length; i++) {
    const p = body[i] as Paragraph;
    const next = body[i + 1];
    const listing = (q: Paragraph, within: string | null) =>
      listedCommitments(q, within) ?? bracketedCommitments(q);
    const nextIsTable =
      isTableRow(next?.lines[0] ?? '') || (next !== undefined && listing(next, null) !== null);
    const listed = listing(p, scope);
    // (keywords in a form's row of their own, "Ачкыч сөздөр<tab>…", are no commitment)
    const keyworded = KEYWORDS.test(oneLine(p.text)) && isHeading(keywordsLabel(p.text), 3);
    if (listed) {
      commitments.push(...listed);
    } else if (isTableRow(p.lines[0] ?? '') && !keyworded) {
      // (a table of individual commitments, then one without their type column and without a heading: the
      // core commitments, which have no type)
      const [first = '', ...rest] = (p.lines[0] ?? '').split('\t');
      const columns = rest.length + 1;
      // (its first cell a commitment's sentence, not a cut row's type: "Operational<tab>Uphold …")
      const core = scope === 'individual' && cells === columns + 1 && first.trim().length >= COMMITMENT_CHARS;
      commitments.push(...readCommitments(p, core ? 'core' : scope));
      cells = columns;
    } else if (nextIsTable && isHeading(p.text.replace(/:$/u, ''), 6)) {
      scope = scopeOf(p.text);
    } else if (QUESTION.test(p.text) && p.text.length > 60) {
      question ??= p.text;
    } else if (keyworded) {
      // keywords wrapped onto a second line are one list
      const inline = KEYWORDS.exec(oneLine(p.text))?.[1] ?? '';
      if (inline) keywords.push(...splitList(inline));
      else if (body[i + 1]) keywords.push(...splitList(oneLine(body[++i]?.text ?? '')));
    } else narrative.push(p.text);
  }
  return { section: { code, title, text: narrative.join('\n\n'), keywords, commitments }, question };
}

/** "Les réponses portent sur l'année civile 2022": a calendar year the report says it covers. */
const CALENDAR_YEAR =
  /(?:calendar year|ann[ée]e civile|a[ñn]o (?:calendario|civil)|ano civil|календарн\p{L}+ год\p{L}*)\s+((?:19|20)\d\d)/iu;

/** "Le présent rapport couvre la période du 1er janvier au 31 décembre 2024": the period in a sentence. */
const COVERS =
  /(?:report|rapport|informe|relat[óo]rio|отч[её]т|звіт)\p{L}*\s+(?:covers|couvre|cubre|abrange|охватывает|охоплює)\s[^.\n]{0,120}/iu;

/** "Reporting period: 01.01.2022 – 31.12.2022", "Período del informe\tDel 1 de enero al 31 de diciembre de 2023". */
const PERIOD_LABEL =
  /^(?:[^\n]*\s[·|]\s)?[>\s*•\-–]*(?:reporting period|period covered|reference period|(?:what )?period (?:does|that) (?:this|the) report covers?|p[ée]riode (?:couverte|du rapport|de rapport|de r[ée]f[ée]rence)|per[íi]odo (?:del informe|cubierto|de reporte|do relat[óo]rio|abrangido|de refer[êe]ncia)|الفترة المشمولة|فترة التقرير|(?:ما )?الفترة التي يغطيها|отч[её]тный период|звітний період)(?![\p{L}])[^\n]*$/imu;

/**
 * The period the report's label gives, or the first question naming one asks about ("between 1 January – 31
 * December 2020"), else the calendar year the report says it covers.
 */
function reportingPeriod(questions: string[], text: string): { start: string; end: string } | null {
  for (const q of [PERIOD_LABEL.exec(text)?.[0] ?? '', COVERS.exec(text)?.[0] ?? '', ...questions]) {
    const range = rangeIn(q);
    if (range) return { start: range.from, end: range.to };
  }
  const year = CALENDAR_YEAR.exec(text)?.[1];
  return year ? { start: `${year}-01-01`, end: `${year}-12-31` } : null;
}

/**
 * What may stand before the date a report was submitted or signed: a short label ("Submitted on:", "Дата
 * представления:", perhaps with the weekday: "تاريخ الإرسال: الأربعاء"), or where it was signed ("г. Ош,",
 * "Fait à Kaya, le", "Done at Juba on").
 */
const STATED_LABEL =
  /^(?:[\p{L}\p{M}'’ .–—-]{0,30}[:,،]?(?:\s*(?:le|on|el|a|em|aos))?(?:\s*\p{L}[\p{L}\p{M}]{1,14},?)?(?:\s+(?:le|on|el|em))?|(?:fait|done|hecho|feito|signed|sign[ée]e?)\s+(?:à|at|in|en|em)\s+[\p{L}\p{M}'’ .-]{1,30},?\s*(?:le|on|el|a|em)?)\s*$/iu;

/** "Submitted by Meseret Alemu Tadesse, Executive Director, on 20 February 2025": who sent it, and when. */
const SUBMITTED_BY =
  /^(?:submitted|signed|sent|soumis|soumise|présenté|signé|presentado|enviado|firmado|submetido|assinado|подан[оа]?|подписан[оа]?)\s+(?:by|par|por|pelo|pela|от|ким)\s/iu;

/** The words a self-report names itself with. */
const SELF_REPORT_WORD =
  /self[- ]?(?:reports?|reflections?|assessments?)(?![\p{L}])|auto-?[ée]valuation|autoevaluaci[óo]n|autorreflexi[óo]n|autoavalia[çc][ãa]o|самоотч[её]т|самооценк|самозвіт|самооцінк|(?:ال)?تقرير (?:ال)?ذاتي|(?:ال)?تقييم (?:ال)?ذاتي/iu;

/** An e-mail header's line of when it was sent. */
const SENT_LINE = /^\s*(?:sent|enviado|envoyé|gesendet|отправлено|надіслано)\s*:/iu;

/**
 * "Voici une copie de vos réponses, enregistrées le 28 févr. 2025 à 16:42", "Your response was recorded on …": a
 * form's receipt of the answers, and the day it gives right after.
 */
const RECORDED_ON =
  /(?<![\p{L}])(?:recorded|submitted|received|enregistr[ée]e?s?|soumise?s?|re[çc]ue?s?|registrad[ao]s?|enviad[ao]s?|recibid[ao]s?|записан\p{L}*|отправлен\p{L}*|получен\p{L}*|зареєстрован\p{L}*|надіслан\p{L}*|отриман\p{L}*)\s+(?:(?:on|le|el|em)\s+)?(?=\d)/iu;

/** The day a line says the answers were recorded, or null. */
function recordedOn(line: string): string | null {
  const m = RECORDED_ON.exec(line);
  const [date] = m ? datesIn(line.slice(m.index + m[0].length)) : [];
  return date?.index === 0 && date.from.length === 10 ? date.from : null;
}

/** The day the report was submitted, published or signed, on a line of its own (a period is not one). */
function statedDate(paras: Paragraph[]): string | null {
  // (a line wrapped before the year its date ends with: "… Data de submissão: 11 de março de" / "2025")
  const lines = paras.flatMap((p) =>
    p.lines.map((line, i) =>
      /^\s*(?:19|20)\d{2}\b/u.test(p.lines[i + 1] ?? '') ? `${line} ${p.lines[i + 1]?.trim()}` : line,
    ),
  );
  for (const line of lines) {
    // (or a part of a line of parts: "Période couverte : … · Soumis à Bouaké, le 14 mars 2025")
    // (an e-mail's "Enviado: martes, 18 de febrero …", quoted under the report, is when a message was sent)
    if (SENT_LINE.test(line)) continue;
    const recorded = recordedOn(line);
    if (recorded) return recorded;
    for (const part of line.split(/\s[·|•]\s/u)) {
      if (!isDateLine(part, STATED_LABEL) && !(SUBMITTED_BY.test(part) && part.length <= 160)) continue;
      const [date] = datesIn(part);
      if (date && date.from === date.to && date.from.length === 10) return date.from;
    }
  }
  return null;
}

/** "Question: …" / "Answer: …": an online form exported as text, each field a question and its answer. */
const QUESTION_LINE = /^(?:question|pregunta|pergunta|вопрос|питання|السؤال)\s*:\s*(.*)$/iu;
const ANSWER_LINE =
  /^(?:answer|r[ée]ponse|respuesta|resposta|ответ|відповідь|الإجابة|الاجابة|الجواب)\s*:\s*(.*)$/iu;
/**
 * "Text of individual commitment 1", "نص الالتزام الفردي رقم 1", "Individual commitment – text", or the
 * commitment's name and number alone ("Engagement de base n° 1"): the question a commitment's text answers.
 */
const COMMITMENT_TEXT =
  /(?:text|texte|texto|текст|نص)\s.*(?:commitment|engagement|compromiso|compromisso|обязательств|зобов|الالتزام).*\d|(?:commitment|engagement|compromiso|compromisso|обязательств\p{L}*|зобов['’]язання|الالتزام)\s*[–—:-]\s*(?:text|texte|texto|текст|نص)$|^(?:\p{L}+\s+){0,2}(?:commitment|engagement|compromiso|compromisso|обязательство|зобов['’]язання)(?:\s+\p{L}+){0,2}\s*(?:№|no\.?|n\.?\s?[°º]|#)?\s*\d{1,2}$/iu;
const FORM_QUESTIONS = 6;
/** "Individual commitment 2 – commitment type": one part of a commitment the form asks for by itself. */
const COMMITMENT_PART =
  /^(.*?(?:commitment|engagement|compromiso|compromisso|обязательств)\p{L}*.*?)\s+(\d+)\s*[–—-]\s*(.+)$/iu;

interface FormCommitment {
  core: boolean;
  text: string;
  type?: string;
  responsibility?: string;
}

/** A form's commitments as the reader knows them listed: under their heading, types and duties labelled. */
function commitmentList(commitments: FormCommitment[]): string[] {
  const list = (core: boolean) =>
    commitments
      .filter((c) => c.core === core)
      .map((c, i) => {
        const labels = [
          ...(c.type ? [`Commitment type: ${c.type}`] : []),
          ...(c.responsibility ? [`Core responsibility: ${c.responsibility}`] : []),
        ];
        return `${i + 1}) ${c.text}${labels.length ? `\n   ${labels.join(' | ')}` : ''}`;
      });
  const individual = list(false);
  const core = list(true);
  return [
    ...(individual.length ? [`Individual commitments:\n${individual.join('\n')}`] : []),
    ...(core.length ? [`Core commitments:\n${core.join('\n')}`] : []),
  ];
}

/**
 * "What is your organisation's name? *", "Region:", "Organisation Name *": a field of a web form's page
 * copied as text, its question alone on its line (perhaps marked required or optional), the answer under it.
 */
const ASKED =
  /^(.{3,400}?(?:[?؟:](?=\s*(?:\*|\([^)]*\))?\s*$)|(?=\s+\*\s*$)))\s*(?:\*|\((?:optional|facultati[fv]o?|opcional|اختياري|необязательн\p{L}*|необов['’]язков\p{L}*)\))?\s*$/iu;
/** How many fields must ask a question outright, or mark it required, for a page to be read as a form. */
const FORM_QUESTION_MARKS = 3;

/** The question a form's line asks, and whether it asks outright or marks it required; or null. */
function askedIn(line: string): { question: string; marked: boolean } | null {
  const m = ASKED.exec(line);
  if (m?.[1]) return { question: m[1].replace(/:$/u, '').trim(), marked: /[?؟]$|\*\s*$/u.test(line) };
  // (a commitment asked part by part: "Individual commitment 1 – commitment type"; the keywords, and when the
  // form was sent, asked without a mark: "Keywords (choose up to three)", "Timestamp")
  const unmarked =
    ((COMMITMENT_PART.test(line) || NAMES_A_COMMITMENT.test(line)) && wordCount(line) <= 8) ||
    /^(?:timestamp|horodateur|marca temporal|carimbo de data\/hora|отметка времени|позначка часу)$/iu.test(
      line,
    ) ||
    KEYWORDS.exec(line)?.[1]?.replace(/^\([^)]*\)$/u, '') === '';
  return unmarked ? { question: line, marked: false } : null;
}

/**
 * "Engagement individuel n° 2", "Type d'engagement (engagement individuel n° 1)": a question on a commitment
 * named by its number, which a form may leave optional.
 */
const NAMES_A_COMMITMENT =
  /(?:commitment|engagement|compromiso|compromisso|обязательств|зобов['’]язан|الالتزام)\p{L}*(?:\s+\p{L}+){0,2}\s*(?:№|no\.?|n\.?\s?[°º]|#|رقم)?\s*\d{1,2}\)?$/iu;

/** "Aucune réponse", "No response": what a form's receipt shows for a question left unanswered. */
const NO_ANSWER =
  /^(?:no (?:response|answer)|aucune réponse|pas de réponse|sin respuesta|sem resposta|нет ответа|немає відповіді|لا توجد إجابة)$/iu;

/** A form's field, its question and what was answered; or a line of the page between fields. */
type FormPart = { question: string; answer: string } | string;

/** "Question: …" / "Answer: …" lines, each answer running to the next question or rule. */
function labelledFields(text: string): FormPart[] | null {
  const lines = text.split('\n');
  const asked = lines.filter((l, i) => QUESTION_LINE.test(l) && ANSWER_LINE.test(lines[i + 1] ?? '')).length;
  if (asked < FORM_QUESTIONS) return null;
  const parts: FormPart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const question = QUESTION_LINE.exec(lines[i] ?? '')?.[1]?.trim();
    const first = question !== undefined ? ANSWER_LINE.exec(lines[i + 1] ?? '')?.[1]?.trim() : undefined;
    if (question === undefined || first === undefined) {
      if (!RULE_LINE.test(lines[i] ?? '')) parts.push(lines[i] ?? '');
      continue;
    }
    const answer = [first];
    for (
      i += 2;
      i < lines.length && !QUESTION_LINE.test(lines[i] ?? '') && !RULE_LINE.test(lines[i] ?? '');
      i++
    )
      answer.push(lines[i] ?? '');
    i--;
    parts.push({ question, answer: answer.join('\n').trim() });
  }
  return parts;
}

/**
 * The type a KoboToolbox or ODK form gives each question, in the first column of a submission printed as a
 * table of type, question and response ("select_one<tab>Region<tab>Asia and the Pacific").
 */
const QUESTION_TYPE =
  /^(?:text|select_one|select_multiple|integer|decimal|range|date|datetime|time|image|audio|video|file|note|calculate|geopoint|acknowledge|barcode|rank|start|end|today|username|deviceid|phonenumber|audit)\t/u;

const SYSTEM_FIELD = /^(?:_[\w/]+|meta\/\w+)\t/u;

/**
 * A form's submission printed as a table of type, question and response; a response too long for its cell
 * set in the lines under its row, up to the next row.
 */
function typedFields(text: string): FormPart[] | null {
  const lines = text.split('\n');
  if (lines.filter((l) => QUESTION_TYPE.test(l)).length < FORM_QUESTIONS) return null;
  const parts: FormPart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // (the platform's own fields of the submission, "_uuid<tab>…", "meta/instanceID<tab>…", are no answers)
    if (SYSTEM_FIELD.test(line)) continue;
    if (!QUESTION_TYPE.test(line)) {
      parts.push(line);
      continue;
    }
    const [, question = '', ...cells] = line.split('\t');
    const answer = [cells.join(' ').trim()];
    const row = (l: string | undefined) => QUESTION_TYPE.test(l ?? '') || SYSTEM_FIELD.test(l ?? '');
    if (!answer[0]) while (i + 1 < lines.length && !row(lines[i + 1])) answer.push(lines[++i] ?? '');
    parts.push({ question: question.trim(), answer: answer.join('\n').trim() });
  }
  return parts;
}

/** The most words of a question set beside its answer in a form's table. */
const QUESTION_CELL_WORDS = 8;

/**
 * A form printed as a table of two columns, each question beside its answer ("Organisation Name *<tab>West
 * Nile …", "Commitment type<tab>Operational"), as a filled PDF form reads.
 */
function tabbedFields(text: string): FormPart[] | null {
  const lines = text.split('\n');
  const cells = (line: string) => line.split('\t').map((c) => c.trim());
  const field = (line: string) => {
    const [question = '', answer = '', ...more] = cells(line);
    return (
      more.length === 0 &&
      answer !== '' &&
      /^\p{Lu}/u.test(question) &&
      wordCount(question) <= QUESTION_CELL_WORDS
    );
  };
  const marked = lines.filter((l) => field(l) && askedIn(cells(l)[0] ?? '')?.marked).length;
  if (marked < FORM_QUESTION_MARKS) return null;
  return lines.map((line) => {
    if (!field(line)) return line;
    const [question = '', answer = ''] = cells(line);
    return { question: askedIn(question)?.question ?? question, answer };
  });
}

/**
 * A web form's page copied as text: each question over its answer, in one paragraph or in two (a question
 * alone, the answer in the paragraph under it).
 */
function askedFields(text: string): FormPart[] | null {
  const paras = text.split(/\n{2,}/u);
  const parts: FormPart[] = [];
  let marked = 0;
  for (let i = 0; i < paras.length; i++) {
    const [line = '', ...rest] = (paras[i] ?? '').split('\n');
    const asked = askedIn(line.trim());
    const alone = rest.length === 0;
    const answer = alone ? (paras[i + 1] ?? '') : rest.join('\n');
    const first = answer.split('\n')[0]?.trim() ?? '';
    if (asked && first && !askedIn(first)) {
      parts.push({ question: asked.question, answer: answer.trim() });
      if (asked.marked) marked++;
      if (alone) i++;
    } else parts.push('', paras[i] ?? '', '');
  }
  const fields = parts.filter((p) => typeof p !== 'string').length;
  return fields >= FORM_QUESTIONS && marked >= FORM_QUESTION_MARKS ? parts : null;
}

/** "Characters used: 1,118 / 3,000": a platform's count of what an answer may hold, under the answer. */
const CHARACTER_COUNTER =
  /^(?:characters? used|caract[èe]res utilis[ée]s|caracteres usados|использовано символов|використано символів)\s*:?\s*[\d\s,.]+\/\s*[\d\s,.]+$/gimu;

/**
 * A printed form's options, each with its mark: chosen ("◉ ONG - Nationale", "☑ Foncier", "[x] Advocacy") or
 * not ("○ Gouvernement", "☐ Genre"); a drop-down's arrow after its choice ("3A Réduire … ▾").
 */
const CHOSEN_BOX = String.raw`[◉●⦿☑☒✔✓▣]|\((?:x|X|•)\)|\[(?:x|X|✓)\]`;
const UNCHOSEN_BOX = String.raw`[○◯☐□⚪]|\(\s\)|\[\s\]`;
const CHOSEN = new RegExp(String.raw`^[ \t]*(?:${CHOSEN_BOX})\uFE0F?[ \t]+(?=\S)`, 'u');
const UNCHOSEN = new RegExp(String.raw`^[ \t]*(?:${UNCHOSEN_BOX})\uFE0F?[ \t]+\S`, 'u');
const UNCHOSEN_MARK = new RegExp(UNCHOSEN_BOX, 'gu');
const CHOSEN_MARK = new RegExp(CHOSEN_BOX, 'u');
/** Any option's mark, set in a line among others ("☐ Member State ☐ NGO - International ☒ NGO - National"). */
const OPTION_MARK = new RegExp(String.raw`(?:${CHOSEN_BOX}|${UNCHOSEN_BOX})\uFE0F?[ \t]*`, 'gu');
const DROP_DOWN = /[ \t]+[▾▼]$/u;
/** The fewest options left unchosen that make a text a printed form. */
const FORM_OPTIONS = 3;

/** A line of options side by side as the options chosen ("Organisational Type<tab>NGO - National"). */
function chosenInLine(line: string): string {
  const marks = [...line.matchAll(OPTION_MARK)];
  const [first] = marks;
  if (!first || marks.length < 2) return line;
  const chosen = marks.flatMap((m, k) =>
    CHOSEN_MARK.test(m[0])
      ? [line.slice(m.index + m[0].length, marks[k + 1]?.index ?? line.length).trim()]
      : [],
  );
  return `${line.slice(0, first.index)}${chosen.join(', ')}`;
}

/** A printed form's answers as it gives them: its chosen options without their marks, the others left out. */
function chosenOptions(text: string): string {
  if ((text.match(UNCHOSEN_MARK)?.length ?? 0) < FORM_OPTIONS || !CHOSEN_MARK.test(text)) return text;
  const lines = text.split('\n').map(chosenInLine);
  // (the boxes ticked in one list are one answer: "Déplacement, Retour et réintégration, Foncier")
  const out: string[] = [];
  // (the line of the answer the boxes ticked so far make, while no other line came)
  let ticked = -1;
  // (the transformations ticked in a list of them, "tick all that apply", are no sections: their sections follow)
  const transformations = new Set<number>();
  for (const line of lines) {
    if (UNCHOSEN.test(line) || (ticked >= 0 && line.trim() === '')) continue;
    const answer = line.replace(CHOSEN, '').replace(DROP_DOWN, '');
    if (!CHOSEN.test(line)) {
      if (ticked >= 0) out.push('');
      out.push(answer);
      ticked = -1;
    } else if (ticked >= 0) {
      if (isWhsHeadingLine(answer.trim()) && isWhsHeadingLine(out[ticked]?.trim() ?? ''))
        transformations.add(ticked);
      out[ticked] += `, ${answer.trim()}`;
    } else ticked = out.push(answer) - 1;
  }
  return out
    .filter((_line, i) => !transformations.has(i))
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n');
}

/** "Individual Commitments (1)", "Core Commitments (2)": a platform's heading over its commitments' cards. */
const CARDS_HEADING =
  /^(?:individual|core|engagements?\s+individuels?|engagements?\s+fondamentaux|compromisos?\s+individuales?|compromisos?\s+b[áa]sicos?)(?:\s+commitments?)?\s*(?:\(\d+\))?$/iu;
const CARD_LABEL = /^(?:commitment|engagement|compromiso|compromisso)$/iu;
const CARD_LINE = new RegExp(`^\\s*${CARD_LABEL.source.slice(1, -1)}\\s*$`, 'imu');

/**
 * A platform's commitments set as cards under their heading ("Commitment" / its text / "Commitment Type: …" /
 * "Core Responsibility: …"), as the reader knows them listed.
 */
function commitmentCards(text: string): string {
  // (most texts have none: only they are taken apart)
  if (!CARD_LINE.test(text)) return text;
  const paras = text.split(/\n{2,}/u);
  const out: string[] = [];
  let cards: FormCommitment[] = [];
  let core = false;
  let found = false;
  const flush = () => {
    out.push(...commitmentList(cards));
    cards = [];
  };
  for (let i = 0; i < paras.length; i++) {
    const [first = '', ...rest] = (paras[i] ?? '').split('\n');
    if (CARDS_HEADING.test(first.trim()) && rest.length === 0) {
      core = scopeOf(first) === 'core';
      continue;
    }
    if (!CARD_LABEL.test(first.trim()) || rest.length === 0) {
      flush();
      out.push(paras[i] ?? '');
      continue;
    }
    const card: FormCommitment = { core, text: rest.join(' ').replace(/\s+/gu, ' ').trim() };
    for (const line of (paras[i + 1] ?? '').split('\n')) {
      const [label = '', value = ''] = line.split(/:\s*/u, 2);
      if (TYPE_WORD.test(label) && value) card.type = value.trim();
      else if (RESPONSIBILITY_WORD.test(label) && value) card.responsibility = value.trim();
    }
    if (card.type || card.responsibility) i++;
    cards.push(card);
    found = true;
  }
  flush();
  return found ? out.join('\n\n') : text;
}

/**
 * A form exported as questions and answers, as the report it stands for: a transformation's answer as its
 * heading, short questions as labels of their answers ("Region: Asia and the Pacific"), the commitments
 * asked part by part listed whole, a long question above its answer. Other texts are returned as they are.
 */
export function formAnswers(source: string): string {
  const text = commitmentCards(chosenOptions(source.replace(CHARACTER_COUNTER, '')));
  const parts = typedFields(text) ?? labelledFields(text) ?? tabbedFields(text) ?? askedFields(text);
  if (!parts) return text;
  const out: string[] = [];
  let commitments: FormCommitment[] = [];
  const flush = () => {
    out.push(...commitmentList(commitments));
    commitments = [];
  };
  for (const part of parts) {
    if (typeof part === 'string') {
      out.push(part);
      continue;
    }
    const { question, answer: said } = part;
    if (NO_ANSWER.test(said)) continue;
    const byPart = COMMITMENT_PART.exec(question);
    // (or its text asked by number, its type and core responsibility by the questions after it)
    const last = commitments.at(-1);
    if (!byPart && COMMITMENT_TEXT.test(question)) {
      commitments.push({ core: scopeOf(question) === 'core', text: said });
      continue;
    }
    if (
      !byPart &&
      last &&
      // (perhaps naming the commitment after it: "Type d'engagement (engagement individuel n° 1)")
      wordCount(question.replace(/\s*\([^)]*\)$/u, '')) <= 4 &&
      (TYPE_WORD.test(question) || RESPONSIBILITY_WORD.test(question))
    ) {
      if (TYPE_WORD.test(question)) last.type = said;
      else last.responsibility = said;
      continue;
    }
    if (byPart) {
      const core = scopeOf(byPart[1] ?? '') === 'core';
      const what = byPart[3] ?? '';
      if (/text|texte|texto|текст/iu.test(what)) commitments.push({ core, text: said });
      const current = commitments.at(-1);
      if (current && TYPE_WORD.test(what)) current.type = said;
      else if (current && RESPONSIBILITY_WORD.test(what)) current.responsibility = said;
      continue;
    }
    flush();
    const label = question.replace(/\s*\([^)]*\)\s*$/u, '');
    if (isWhsHeadingLine(said.split('\n')[0] ?? '')) out.push('', said, '');
    else if (wordCount(label) <= 10 && !said.includes('\n')) out.push('', `${label}: ${said}`, '');
    else out.push('', question, '', said, '');
  }
  flush();
  return out.join('\n');
}

/** "Индивидуальное обязательство № 1", "Core commitment 2": a commitment's own heading over its block. */
const COMMITMENT_HEADING =
  /^\p{L}+\s+(?:commitment|engagement|compromiso|compromisso|обязательство|зобов['’]язання)\s*(?:№|no\.?|n[°º]|#)?\s*(\d{1,2})\s*:?$/iu;

/**
 * Commitments each in a block under its own heading, its type and core responsibility labelled on the lines
 * under its words (a label's value wrapped onto the next line), as the list the reader knows.
 */
export function commitmentBlocks(text: string): string {
  return text
    .split(/\n{2,}/u)
    .map((block) => {
      const [heading = '', ...lines] = block.split('\n').map((l) => l.trim());
      const number = COMMITMENT_HEADING.exec(heading)?.[1];
      const labelled = lines.findIndex((l) => LISTED_TYPE.test(l) || LISTED_RESPONSIBILITY.test(l));
      if (!number || labelled <= 0) return block;
      const labels: string[] = [];
      for (const line of lines.slice(labelled)) {
        if (LISTED_TYPE.test(line) || LISTED_RESPONSIBILITY.test(line)) labels.push(line);
        else labels[labels.length - 1] += ` ${line}`;
      }
      const type = labels.map((l) => LISTED_TYPE.exec(l)?.[1]?.trim()).find(Boolean);
      const duty = labels.map((l) => LISTED_RESPONSIBILITY.exec(l)?.[1]?.trim()).find(Boolean);
      const core = scopeOf(heading) === 'core';
      return (
        commitmentList([
          { core, text: lines.slice(0, labelled).join(' '), type, responsibility: duty },
        ])[0]?.replace(/^(\S+ commitments:\n)1\)/u, `$1${number})`) ?? block
      );
    })
    .join('\n\n');
}

/** How far a cover page's lines may keep the title from the organisation's name above them. */
const COVER_PARAGRAPHS = 6;

/** The link a web page opens with for screen readers. */
const SKIP_LINK =
  /^(?:skip to (?:main )?content|aller au contenu(?: principal)?|ir al contenido(?: principal)?|перейти к (?:основному )?содержимому)$/iu;

/** A transformation's heading wrapped onto the line under it ("… женщин и" / "девочек и защищать их"), as one line. */
function joinWrappedHeadings(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = (lines[i + 1] ?? '').trim();
    const wrapped = /^\p{Ll}/u.test(next) && wordCount(next) <= 8 && !/[.;:]$/u.test(next);
    if (wrapped && isWhsHeadingLine(line.trim())) {
      out.push(`${line.trimEnd()} ${next}`);
      i++;
    } else out.push(line);
  }
  return out.join('\n');
}

/** A report sent in an e-mail's body: what follows the message's rule or forward mark, or its header. */
function sentReport(text: string): string {
  return reportBelowRule(text) ?? text.slice(mailHeaderEnd(text));
}

/** "Thanks for filling out «…»", "Merci d'avoir rempli le formulaire « … »": a form's receipt, naming the form. */
const FORM_RECEIPT =
  /^(?:thanks?(?: you)? for filling (?:out|in)|merci d['’]avoir rempli|gracias por (?:completar|rellenar|llenar)|obrigad[oa] por preencher|спасибо за заполнение|дякуємо за заповнення)(?:\s+(?:the form|le formulaire|el formulario|o formulário|формы|форми))?\s*[«"“]\s*(.+?)\s*[»"”]\s*$/iu;

/** "3A – transformation": a form's name for a section, the word for one alone. */
const FORM_SECTION = /^(?:transformation|transformación|transformação|трансформация|трансформація|التحول)$/iu;

export function readSelfReport(source: string): KindParts {
  // (a report pasted into an e-mail is dated by the message when it gives no date of its own)
  const mail = mailHeader(source);
  const text = joinWrappedHeadings(commitmentBlocks(formAnswers(mail ? sentReport(source) : source)));
  // a form's label on the line right after a value or the narrative ("… Ngaïkoura" / "Region", "…year
  // before." / "Keywords"), the form's question right after a table, section and table headings, as
  // copies without blank lines give them, open a paragraph of their own
  const labelled = (lines: string[], i: number) => {
    const line = (lines[i] ?? '').trim();
    const before = (lines[i - 1] ?? '').trim();
    if (QUESTION.test(line) && line.length > 60) return true; // the form's question after a table row
    if (afterQuestion(lines, i)) return true; // the reporter's words under it
    // a section's heading, and what follows it; a table's heading right above its first row
    if (isWhsHeadingLine(line) || isWhsHeadingLine(before)) return true;
    if (TABLE_HEADING.test(line) && isTableRow(lines[i + 1] ?? '')) return true;
    if (isTableRow(line) && TABLE_HEADING.test(before)) return true;
    // commitments listed under their heading rather than tabled ("Individual commitments:" / "1) …")
    if (NUMBERED_ITEM.test(line) && TABLE_HEADING.test(before)) return true;
    if (TABLE_HEADING.test(line) && NUMBERED_ITEM.test(lines[i + 1] ?? '')) return true;
    if (KEYWORDS.test(before) && !KEYWORDS.exec(before)?.[1]) return true; // the keywords under "Keywords"
    if (STAKEHOLDER_HEADING.test(line) || (isCapitals(before) && !isCapitals(line) && i > 0)) return true;
    return stakeholderLabel(line) !== null || (isHeading(line, 3) && KEYWORDS.test(line));
  };
  // rules drawn with "=====" or "-----" under a title or between sections are no text
  const paras = splitParagraphs(joinBrokenParagraphs(paragraphs(text.replace(RULE_LINES, ''))), labelled);
  // (a table's caption that names the section's code again, "Transformação 3A – Compromissos assumidos", is no
  // section of its own)
  const codeAt = (i: number) => WHS_HEADING.exec(paras[i]?.text ?? '')?.[1]?.toUpperCase();
  const starts = paras
    .flatMap((p, i) => (isWhsHeading(p) ? [i] : []))
    .filter((i, n, all) => n === 0 || codeAt(i) !== codeAt(all[n - 1] ?? -1));
  // (a saved web form's "Skip to main content" and breadcrumb are no title)
  // (nor a bar of links, "← Back to the reports (https://…) | Download PDF (https://…)")
  const head = paras.slice(0, starts[0] ?? paras.length).filter(
    (p) =>
      // ("Identifiant Twitter / X" is a label)
      !(breadcrumb(p.text) && !stakeholderLabel(p.text)) &&
      !SKIP_LINK.test(p.text) &&
      !(p.lines.length === 1 && (p.text.match(/https?:\/\//gu)?.length ?? 0) >= 2),
  );
  // (nor is a masthead over the title: in capitals, "SOMMET HUMANITAIRE MONDIAL · PLATEFORME D'ENGAGEMENTS",
  // or a line in ordinary case over the one that names the report, "القمة العالمية للعمل الإنساني – منصة
  // الالتزامات"; an organisation's name in capitals over a cover is read below)
  const namesReport = (p: Paragraph | undefined) => SELF_REPORT_WORD.test(p?.text ?? '');
  if (
    head.length > 1 &&
    (isCapitalsMasthead(head[0]?.text ?? '') ||
      isMasthead(head[0]?.text ?? '') ||
      (namesReport(head[1]) && !namesReport(head[0]) && !isCapitals(head[0]?.text ?? '')))
  )
    head.shift();
  const titled = head[0] && !stakeholderLabel(head[0].text) ? 1 : 0;
  // a title in capitals with its copy in ordinary case below, or the organisation's name in capitals above
  // the title that names it, below or on the page after a cover: that title, as one line however it wraps
  const capitals = titled && isCapitals(head[0]?.text ?? '');
  const copied = capitals
    ? Math.max(
        0,
        head.findIndex((p, i) => i > 0 && i <= COVER_PARAGRAPHS && namesAlike(p.text, head[0]?.text)),
      )
    : 0;
  // (a form's receipt names the form it answers: "Merci d'avoir rempli le formulaire « … »")
  const receipt = head.map((p) => FORM_RECEIPT.exec(oneLine(p.text))?.[1]).find(Boolean);
  const title = receipt ?? (titled ? oneLine(head[copied]?.text ?? '') : null);
  const stakeholder = readStakeholder(
    head.slice(titled + copied).filter((p) => !STAKEHOLDER_HEADING.test(p.text)),
  );
  const reads = starts.map((start, n) => {
    const m = WHS_HEADING.exec(paras[start]?.text ?? '');
    const end = starts[n + 1] ?? paras.length;
    const code = (m?.[1] ?? '').toUpperCase();
    // a heading in capitals ("TRANSFORMATION 5A: INVEST IN LOCAL CAPACITIES") under the Agenda's own wording
    let written = (m?.[2] ?? '').trim();
    let body = paras.slice(start + 1, end);
    // (a form's name for its section, "3A – transformation", over the code and title the reporter chose)
    const chosen = FORM_SECTION.test(written)
      ? body.slice(0, 3).findIndex((p) => WHS_HEADING.exec(p.text)?.[1]?.toUpperCase() === code)
      : -1;
    if (chosen >= 0) {
      written = (WHS_HEADING.exec(body[chosen]?.text ?? '')?.[2] ?? written).trim();
      body = body.slice(chosen + 1);
    }
    const title = isCapitals(written)
      ? (WHS_TRANSFORMATIONS.find((t) => t.code === code)?.title ?? written)
      : written;
    return readSection(code, title, body);
  });
  const sections = reads.map((r) => r.section);
  const period = reportingPeriod(
    reads.flatMap((r) => (r.question ? [r.question] : [])),
    text,
  );
  // the Agenda for Humanity's own title, so that reports in any language share one
  const frameworks: FrameworkCode[] = sections.map((s) => ({
    framework: 'whs',
    code: s.code ?? '',
    title: WHS_TRANSFORMATIONS.find((t) => t.code === s.code)?.title ?? s.title,
  }));
  const parts = emptyParts();
  const contactIsEmail = stakeholder.contact?.includes('@') && !stakeholder.contact.startsWith('@');
  return {
    ...parts,
    title,
    // the day it was submitted or signed, else the year its title gives, else its period's
    date:
      statedDate(paras) ?? mail?.date ?? (title ? firstYear(title) : null) ?? period?.end.slice(0, 4) ?? null,
    sections,
    frameworks,
    details: { stakeholder, period },
    entities: {
      organizations: stakeholder.organisation ? nameAndAcronym(stakeholder.organisation) : [],
      locations: stakeholder.city ? [stakeholder.city] : [],
      countries: stakeholder.countryCode ? [stakeholder.countryCode] : [],
      handles: stakeholder.handle?.startsWith('@') ? [stakeholder.handle] : [],
      emails: contactIsEmail && stakeholder.contact ? [stakeholder.contact] : [],
      persons: stakeholder.contact && isPersonName(stakeholder.contact) ? [stakeholder.contact] : [],
    },
    // the narrative's figures, and the commitments' ("at least 20% of its humanitarian funding")
    figureText: sections.flatMap((s) => [...s.commitments.map((c) => c.text), s.text]).join('\n\n'),
    entityText: [
      // (the people an e-mail that carries the report is from and to)
      mail ? source.slice(0, source.indexOf('\n\n')) : '',
      title ?? '',
      ...Object.values(stakeholder.fields),
      ...sections.flatMap((s) => [s.title, ...s.commitments.map((c) => c.text), s.text]),
    ].join('\n\n'),
  };
}
