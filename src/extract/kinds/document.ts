/**
 * Any other document: a title when the text opens with a heading, its own date (a date line or dateline
 * near the top, as `mainDate` finds it), and its authors when credited.
 */
import { mainDate } from '../dates.js';
import { type Author, bylineAuthors, namedAuthors, postHeadAuthor, readAuthors } from './authors.js';
import { breadcrumb, isDateLine } from './layout.js';
import { emptyParts, type KindParts } from './parts.js';
import {
  asOneLine,
  isCapitals,
  isCapitalsMasthead,
  isHeading,
  isPersonName,
  isSetWideApart,
  type Paragraph,
  paragraphs,
  placeParts,
  quotedName,
  RULE_LINE,
  wordCount,
} from './text.js';

/** The title a page's breadcrumb ends with ("Accueil / Publications / Rapport d'activités 2023"), if any. */
function crumbTitle(line: string): string | null {
  const crumb = breadcrumb(line);
  return crumb
    ? (crumb.rest
        .split(/\s*(?:[>»›]|\s\/\s)\s*/u)
        .pop()
        ?.trim() ?? null)
    : null;
}

/** The words a document names itself with: "report", "Relatório", "Informe", "Отчёт", "Звіт", "تقرير". */
const DOCUMENT_WORD =
  /(?<![\p{L}])(?:report|rapport|relat[óo]rio|informe|memoria|bilan|sistematizaci[óo]n|sistematiza[çc][ãa]o|syst[ée]matisation|отч[её]т|звіт|доклад|систематизаци|تقرير|brief|note|записка)/iu;

/**
 * A heading that opens with what the document is, an adjective before it: "Відкритий лист щодо …", "Open letter
 * on …"; not one that speaks of it ("Why this note", "À propos de ce rapport").
 */
const NAMES_ITSELF =
  /^(?:(?!(?:why|this|that|these|about|our|pourquoi|propos|ce|cette|notre|por|sobre|este|esta|nuestro|nuestra|почему|об|этот|эта|наш|чому|про|цей|ця|наш)\s)\p{L}+\s+){0,2}(?:letter|lettre|carta|лист|письмо|обращение|звернення|رسالة|report|rapport|relat[óo]rio|informe|звіт|отч[её]т|brief|note|записка|evaluation|[ée]valuation|evaluaci[óo]n|avalia[çc][ãa]o|summary|r[ée]sum[ée]|resumen|case study|[ée]tude de cas|estudio de caso|sitrep|situation report)(?![\p{L}])/iu;
/** How many paragraphs a letter's head may take (letterhead, reference, addressees, copies) before its title. */
const LETTER_HEAD = 8;

/** "Yours sincerely", "З повагою", "Cordialement": the closing a signature follows. */
const CLOSING =
  /^(?:(?:yours\s+)?(?:sincerely|faithfully|truly)(?:\s+yours)?|(?:best|kind|warm)\s+regards|respectfully|cordialement|salutations distinguées|atentamente|cordialmente|saludos cordiales|atenciosamente|с уважением|з повагою|وتفضلوا بقبول فائق الاحترام|مع خالص التحيات)[,.!]?$/iu;

/**
 * Who signed a letter: the line after its closing, a name alone ("Світлана Олійник" over her position) or
 * after a position and the organisation in quotes ("Голова правління ГО «…» Світлана Олійник").
 */
function signatory(paras: Paragraph[]): Author | null {
  const closing = paras.findIndex((p) => CLOSING.test(p.text.trim()));
  const line = closing < 0 ? '' : (paras[closing + 1]?.lines[0]?.trim() ?? '');
  const words = line.split(/\s+/u);
  const name = [3, 2].map((n) => words.slice(-n).join(' ')).find((n) => isPersonName(n) && !/[«»"]/u.test(n));
  if (!name) return null;
  const before = line.slice(0, line.length - name.length).trim();
  const organisation = /«[^«»]+»/u.test(before) ? quotedName(before.replace(/^.*?\s(?=\S+\s*«)/u, '')) : null;
  return { role: 'signed by', name, position: before || null, organisation };
}

/** What a masthead's lines give under a publisher's name: a series and its number, a telephone, an address. */
const MASTHEAD_LINE =
  /\s[·|]\s|@|\+\d|t[ée]l\.|phone|№|n[°º]\s?\d|issue|s[ée]rie|series|serie|выпуск|випуск|سلسلة|العدد|هاتف/iu;

/**
 * A letterhead above the title: a line of two parts set wide apart ("ОО «Водии Сулҳ»      Для внутреннего
 * пользования"), lines over a rule (an organisation's name in two languages, then "ـــــ"), or a
 * publisher's name over a masthead's lines ("POLICY BRIEF · JUNE 2024", "Tél. : …", "سلسلة … – العدد 9").
 */
export function isLetterhead(p: Paragraph): boolean {
  return (
    (p.lines.length === 1 && isSetWideApart(p.text)) ||
    // "CHALBI PEACE AND DEVELOPMENT INITIATIVE (CPDI) · CONFLICT ANALYSIS BRIEF"
    (p.lines.length === 1 && isCapitalsMasthead(p.text)) ||
    // a name, an address, a telephone and an e-mail on one line ("«Жаңы Муун» … • тел.: … • …@gmail.com")
    (p.lines.length === 1 && (p.text.match(/\s[·|•]\s/gu)?.length ?? 0) >= 2 && MASTHEAD_LINE.test(p.text)) ||
    // a name over its town and country ("منظمة شراع للسلام والتنمية" / "درنة – ليبيا"), perhaps over the
    // day it wrote ("الاثنين ١٠ آذار ٢٠٢٥ م")
    (p.lines.length >= 2 &&
      p.lines.length <= 3 &&
      !/\d/u.test(`${p.lines[0]} ${p.lines[1]}`) &&
      placeParts((p.lines[1] ?? '').replace(/\s+[–—-]\s+/gu, ', ')).country !== null &&
      p.lines.slice(2).every((l) => isDateLine(l))) ||
    p.lines.some((l) => RULE_LINE.test(l)) ||
    (p.lines.length >= 2 && p.lines.length <= 4 && p.lines.slice(1).some((l) => MASTHEAD_LINE.test(l)))
  );
}

/**
 * The title a heading paragraph gives, as one line: wrapped over up to three lines (between rules, perhaps); a fourth, or a third
 * after two, that starts anew with a capital is its subtitle ("… Дніпропетровської області" / "Звіт за
 * результатами моніторингу").
 */
function headingTitle(p: Paragraph | undefined): string | null {
  // (rules drawn over and under it are none of it)
  const lines = (p?.lines ?? []).map((l) => l.trim()).filter((l) => !RULE_LINE.test(l));
  if (lines.length === 0 || lines.length > 4) return null;
  const last = lines[lines.length - 1] ?? '';
  const subtitle = lines.length >= 3 && /^\p{Lu}/u.test(last) && !/^\p{Lu}/u.test(lines[1] ?? '');
  const title = asOneLine(subtitle ? lines.slice(0, -1) : lines);
  return isHeading(title, 25) ? title : null;
}

/** "For immediate release", "Para difusión inmediata", "Дароо жарыялоо үчүн": a press release's note, no title. */
const RELEASE_NOTE =
  /^(?:for immediate release|immediate release|pour (?:diffusion|publication) imm[ée]diate|para (?:difusi[óo]n|publicaci[óo]n) inmediata|para (?:divulga[çc][ãa]o|publica[çc][ãa]o) imediata|для (?:немедленного|незамедлительного) (?:распространения|опубликования)|для негайного (?:поширення|оприлюднення)|дароо жарыялоо үчүн|للنشر الفوري)\s*[.:]?$/iu;

/** The longest line of a town and its country under a letterhead. */
const TOWN_CHARS = 80;

/** "Titre du document<tab>…", "Title: …": a cover's field that gives the title. */
const TITLE_FIELD =
  /^(?:(?:document\s+)?title|titre(?:\s+du\s+(?:document|rapport))?|t[íi]tulo(?:\s+d[eo]l?\s+(?:documento|informe|relat[óo]rio))?|название(?:\s+документа)?|назва(?:\s+документа)?|العنوان)\s*(?::|\t)\s*(\S.{3,300})$/iu;

/** The title a cover's field gives, among the first paragraphs' lines; or null. */
function titled(paras: Paragraph[]): string | null {
  const lines = paras.slice(0, LETTER_HEAD).flatMap((p) => p.lines);
  return lines.map((l) => TITLE_FIELD.exec(l.trim())?.[1]?.trim()).find(Boolean) ?? null;
}

export function readDocument(text: string): KindParts {
  const all = paragraphs(text);
  // a breadcrumb above the title is the page's way there; its last step is the title as written
  const crumb = all[0]?.lines.length === 1 ? crumbTitle(all[0].text) : null;
  const opened = crumb || (all[0] && isLetterhead(all[0])) ? all.slice(1) : all;
  // a rule drawn under the letterhead, and a press release's note that it may go out at once
  const paras = (RULE_LINE.test(opened[0]?.text ?? '') ? opened.slice(1) : opened).filter(
    (p, i) => i >= LETTER_HEAD || !RELEASE_NOTE.test(p.text.trim()),
  );
  // "АНАЛІТИЧНА ЗАПИСКА", "POLICY BRIEF": a label in capitals above the title says what the document is
  const label =
    paras[0] && isCapitals(paras[0].text) && wordCount(paras[0].text) <= 3 && !/\d/u.test(paras[0].text);
  const labelled = label && !isDateLine(paras[1]?.text ?? '') && headingTitle(paras[1]);
  // a publisher's letterhead in capitals above the title that names the document ("Relatório Anual …")
  // (perhaps with its town under it: "Huamanga, Ayacucho – Perú")
  const line = paras[1]?.lines.length === 1 ? paras[1].text : '';
  const town =
    line.length <= TOWN_CHARS && placeParts(line.replace(/\s+[–—-]\s+/gu, ', ')).country !== null ? 1 : 0;
  const under =
    !labelled && isCapitals(paras[0]?.lines[0] ?? '') && DOCUMENT_WORD.test(paras[1 + town]?.text ?? '')
      ? headingTitle(paras[1 + town])
      : null;
  // a letter's own name under its head ("Вих. № …", the addressees, "Копія: …"), not a masthead's line
  // ("Policy brief | Jos, 14 November 2023")
  const named = DOCUMENT_WORD.test(paras[0]?.text ?? '')
    ? null
    : paras
        .slice(1, LETTER_HEAD)
        .find(
          (p) =>
            NAMES_ITSELF.test(p.text) &&
            wordCount(p.text) >= 3 &&
            !/[|·]/u.test(p.text) &&
            !isDateLine(p.text) &&
            headingTitle(p),
        );
  const heading =
    titled(paras) || labelled || under || (named ? headingTitle(named) : null) || headingTitle(paras[0]);
  const title =
    crumb && heading && crumb.toLocaleLowerCase() === heading.toLocaleLowerCase()
      ? crumb
      : (heading ?? crumb);
  // credited under a label, else in a byline under the title or named alone on the line under it, else by a
  // signature
  const underLabel = readAuthors(paras);
  const titleAt = labelled ? 1 : under ? 1 + town : named ? paras.indexOf(named) : 0;
  const below = paras[titleAt + 1];
  const byline =
    underLabel.length === 0
      ? (paras
          .slice(1, 4)
          .map((p) => bylineAuthors(p.text))
          .find(Boolean) ?? (below?.lines.length === 1 ? namedAuthors(below.text) : null))
      : null;
  const credited = byline ?? underLabel;
  // else the post's head of a blog's page, else a letter's signature
  const uncredited = credited.length === 0 ? (postHeadAuthor(paras) ?? signatory(paras)) : null;
  const authors = uncredited ? [uncredited] : credited;
  return {
    ...emptyParts(),
    title,
    date: mainDate(text),
    details: authors.length > 0 ? { authors } : {},
    entities: { persons: authors.map((a) => a.name) },
  };
}
