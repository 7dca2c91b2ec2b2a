/**
 * Who a document credits with writing it: credit lines ("Edited by: Name, Role – Org", "Подготовили: …"), a
 * credits heading with a person per line under it, and a post's byline ("By Name | …"). Factsheets, reports
 * and news posts credit their authors alike.
 */
import { getLexicon } from '../../redact/lexicon.js';
import { keyOf } from '../../redact/text.js';
import { findDates } from '../dates.js';
import { hasOrganisationWord } from '../names.js';
import { isItemDateLine, withoutReadingTime } from './layout.js';
import { isPersonName, isProse, listItemText, type Paragraph, wordCount } from './text.js';

export interface Author {
  /** What the person did, as the label says: "Edited by". */
  role: string;
  name: string;
  position: string | null;
  organisation: string | null;
}

/**
 * Labels that credit people with a document: "Edited by", "Author", "Rédigé par", "Подготовил", "Научный
 * редактор", and with the document named first: "Отчёт подготовили", "Звіт підготували".
 */
const AUTHOR_LABEL =
  /^(?:(?:отч[её]т\p{L}*|звіт\p{L}*|доклад\p{L}*|справк\p{L}*|report)\s+)?(?:(?:written|prepared|compiled|redacted|edited|produced|translated|reviewed|submitted)\s+by|soumise?\s+par|authors?|authorship|auteure?s?|autor(?:es|as|a)?|autoria|autoría|r[ée]dig[ée]e?\s+par|pr[ée]par[ée]e?s?\s+par|preparad[oa]s?\s+por|r[ée]vis[ée]e?\s+par|relue?\s+par|relatoria|relator[ae]?|rapporteur(?:se)?|evaluators?|[ée]valuat(?:eur|rice)s?|evaluador(?:es|as)?|avaliador(?:es|as)?|оцінювач(?:і|ка)?|оценщики|relecture|[ée]dit[ée]e?\s+par|elaborad[oa]s?\s+por|elabora[çc][ãa]o|elaboraci[óo]n|editado\s+por|revisad[oa]s?\s+por|elabor[óo]|revis[óo]|redact[óo]|facilitators?|facilitated\s+by|texto?|text|review|r[ée]daction|redacci[óo]n|reda(?:c?[çc])[ãa]o|equipo\s+(?:evaluador|consultor|de\s+(?:la\s+)?(?:misi[óo]n|evaluaci[óo]n|visita|seguimiento))|(?:evaluation|mission|review|visit|monitoring)\s+team|[ée]quip[ea]\s+(?:d['’][ée]valuation|de\s+(?:la\s+)?(?:mission|visite|suivi|avalia[çc][ãa]o|revis[ãa]o|visita))|текст|редагування|редакция|редакція|revis[ãa]o|revisi[óo]n(?:\s+t[ée]cnica)?|r[ée]vision(?:\s+technique)?|подготовил[аи]?|підготува(?:в|ла|ли)|редагува(?:в|ла|ли)|(?:от)?редактировал[аи]?|даярдаган(?:дар)?|редакциялаган|карап\s+чыккан(?:дар)?|составител[ьи]|упорядни(?:к|ця|ки)|укладач(?:ка|і)?|автор(?:[ыаи]|ка|ки)?|(?:\p{L}+\s+)?редактор(?:[ыаи]|ка)?|إعداد|اعداد|تحرير|كتابة|مراجعة|تدقيق|المؤلف(?:ون|ة)?)(?:\s+(?:of the report|du rapport|del informe|do relatório|отчёта|отчета|доклада|звіту))?$/iu;

/** "Prepared by Name …" without a colon: the credits that say "by". */
const BY_VERB =
  '(?:written|prepared|compiled|edited|produced|translated|reviewed)\\s+by|(?:r[ée]dig|[ée]dit|pr[ée]par|r[ée]alis|relu)[ée]?e?s?\\s+par|(?:elaborad|editad|redactad|revisad|preparad|realizad)[oa]s?\\s+por';
const BY_LABEL = new RegExp(`^(${BY_VERB})\\s+`, 'iu');

/**
 * "This factsheet was written by A (ACCS) and reviewed by B (SCCRF).", "Este informe fue elaborado por A y
 * revisado por B.": the document credits its authors in a sentence about itself.
 */
const ABOUT_ITSELF = new RegExp(
  `^(?:this|the|ce|cette|le|la|este|esta|el)\\s+[\\p{L} -]{2,40}?\\s+(?:was|were|has been|have been|a été|ont été|fue|fueron|ha sido)\\s+(?=(?:${BY_VERB})\\s)`,
  'iu',
);
const AND_BY = new RegExp(`\\s+(?:and|et|y|e)\\s+(?=(?:${BY_VERB})\\s)`, 'giu');
/** "…, with the support of the Tilelli Fund": who funded the work, after who did it. */
const SUPPORTED_BY =
  /,?\s+(?:with (?:the )?(?:support|funding|financial support) (?:of|from)|thanks to|avec le soutien|grâce au soutien|avec l['’]appui|con el apoyo|gracias al apoyo|com o apoio|при поддержке|за підтримки)(?![\p{L}]).*$/iu;

/**
 * A sentence crediting the document's authors as its credits, one after another ("written by A · reviewed by
 * B"); one that credits an organisation ("… was produced by ACSA with funding from …") names no author.
 */
function creditsInSentence(line: string): string {
  const about = ABOUT_ITSELF.exec(line);
  const credits = about ? line.slice(about[0].length) : '';
  const by = BY_LABEL.exec(credits);
  const first = by ? credits.slice(by[0].length).split(/\s*[(,;.]|\s+(?:and|et|y|e)\s/u)[0] : '';
  const person = first && isPersonName(first.trim()) && !hasOrganisationWord(first);
  return person ? credits.replace(SUPPORTED_BY, '').replace(AND_BY, ' · ') : line;
}
/** Words of a position, not an organisation: "Name, Executive Director". */
export const POSITION =
  /(?:director|officer|coordinator|manager|head|chair|president|specialist|advis[eo]r|consultant|researcher|assistant|lead|editor|analyst|expert|lawyer|paralegal|juriste|avocate?|chargée?|directeur|directrice|coordinat|responsable|présidente?|secrétaire|coordinador|coordenador|directora?|diretora?|abogad[oa]|advogad[oa]|юрист|координатор|директор|эксперт|експерт|керівни|менеджер|специалист|фахів|голова|председател|төрага|مسؤول|منسق|مدير|رئيس)/iu;

/** A credit's first sentence, outside brackets: "A (Role, Org) and B (Org). The survey was funded …". */
function firstSentence(names: string): string {
  let depth = 0;
  // (the stop of a title before a name, "M. Jean-Pierre", "Dr. Amina", ends no sentence)
  for (const m of names.matchAll(
    /[()]|(?<!(?:^|[\s(;,])(?:M|Mr|Mrs|Ms|Dr|Dra|Prof|Sr|Sra))\.(?=\s+\p{Lu}|\s*$)|,(?=\s+(?!(?:and|et|y|e|и|і|та)\s)\p{Ll})/gu,
  )) {
    if (m[0] === '(') depth++;
    else if (m[0] === ')') depth--;
    // "… (Observatorio Andino), con el apoyo del …": a clause in lower case after the names
    else if (depth === 0 && (m[0] === '.' || names[m.index - 1] === ')')) return names.slice(0, m.index);
  }
  return names;
}

/** The label and the names of a credit line, or null: "Edited by: …", "Prepared by …". */
function creditOf(text: string): { role: string; names: string } | null {
  // (a label after its icon, "🔎 review: …"; a writing hand alone credits who wrote, "✍️ Elena Stojanovska")
  const line = listItemText(text)
    .replace(/^(?:(?!✍)\p{Extended_Pictographic}\uFE0F?\s*)+/u, '')
    .replace(WRITING_HAND, 'Author: ');
  // "Rédaction : …", or a table's label cell ("Équipe de mission<tab>Mme …")
  const colon = /^([^:\t]{2,40})(?::|\t)\s*(\S.*)$/u.exec(line);
  if (colon && AUTHOR_LABEL.test((colon[1] ?? '').trim()))
    return { role: (colon[1] ?? '').trim(), names: firstSentence(colon[2] ?? '') };
  const by = BY_LABEL.exec(line);
  const names = by ? firstSentence(line.slice(by[0].length)) : '';
  if (by && names.length <= 200 && /^\p{Lu}/u.test(names)) return { role: by[1] ?? '', names };
  // a byline: "By Ratna Dewi Lamadjido | 3 April 2024", "Por Aissatu Djaló Baldé e Nelson Mendes Có · …"
  const byline = BYLINE.exec(line);
  const people = byline ? creditedPeople(byline[2] ?? '') : [];
  return people.length > 0 && people.every(isPersonName)
    ? { role: byline?.[1] ?? '', names: byline?.[2] ?? '' }
    : null;
}

/** "✍️ Elena Stojanovska (MNCS)": a writing hand before a name, as social cards credit who wrote. */
const WRITING_HAND = /^✍\uFE0F?\s*(?=\p{Lu})/u;

const BYLINE = /^(by|par|por|від|автор)\s+([^|·,–—]+?)\s*(?:[|·–—]\s*\S.*)?$/iu;

/** "A (Org) et B (Org)", "A and B, Org", "A, Role; B, Role", "A (Org), B (Org)": the people credited, split
 * at "and", a semicolon or a comma after a bracket, outside brackets. */
function creditedPeople(names: string): string[] {
  const people: string[] = [];
  let depth = 0;
  let from = 0;
  for (const m of names.matchAll(
    // (or two credits a table's cell ran together, the first ending with its organisation's acronym: "…, БЦДГ Іван Кюркчи, …")
    /[()]|\s*;\s*|(?<=\)),\s*(?!(?:and|et|y|e|и|і|та)\s)|\s+(?:and|et|y|e|и|і|та|&|و)\s+|\s+و(?=\p{Script=Arabic}{3}|\p{Lu})|(?<=,\s*\p{Lu}{2,})\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/gu,
  )) {
    // "… الموسوي وحيدر …": the Arabic "and" written onto a given name, not a name that opens with it ("وليد")
    // (or written onto a name in Latin letters: "… وLual Makuei Ajak")
    const after = m.index + m[0].length;
    if (
      m[0].trim() === 'و' &&
      !m[0].endsWith(' ') &&
      !isArabicGivenName(names, after) &&
      !/^\p{Lu}/u.test(names.slice(after))
    )
      continue;
    if (m[0] === '(') depth++;
    else if (m[0] === ')') depth--;
    // "Monitoring and Evaluation Officer": an "and" inside a position, the words after it no one's name
    else if (depth === 0 && (m[0].includes(';') || !inPosition(names, from, m))) {
      people.push(names.slice(from, m.index));
      from = m.index + m[0].length;
    }
  }
  return [...people, names.slice(from)]
    .map((p) => p.trim().replace(/[,;]$/u, '').trim().replace(NAME_TITLE, ''))
    .filter(Boolean);
}

/** Whether an "and" joins the words of a position rather than two people ("…, Monitoring and Evaluation Officer"). */
function inPosition(names: string, from: number, and: RegExpMatchArray): boolean {
  const before = names.slice(from, and.index);
  const after = names.slice((and.index ?? 0) + and[0].length).split(/[,(;]/u)[0] ?? '';
  // (or words in lower case, no one's name: "фахівець з моніторингу та оцінки"; or the end of an
  // organisation's name after a position: "…, investigadora, Observatório da Terra e Paz (OTP)")
  return (
    before.includes(',') &&
    !/[)]\s*,?\s*$/u.test(before) &&
    (POSITION.test(after) || /^\p{Ll}/u.test(after.trim()) || wordCount(after) === 1)
  );
}

/** Whether the Arabic word at `at` is a known given name ("حيدر" of "وحيدر"). */
function isArabicGivenName(text: string, at: number): boolean {
  const word = /^\p{Script=Arabic}+/u.exec(text.slice(at))?.[0] ?? '';
  // a word with the article ("والسلام", "and peace") is no given name
  return !word.startsWith('ال') && getLexicon().arabicNames.has(keyOf(word));
}

/** A title before a name: "د.", "Dr.", "Prof.", "Mme". */
const NAME_TITLE = /^(?:د\.|أ\.|Dra?\.?|Prof\.?|Mme|Mlle|M\.|Mrs?\.?|Ms\.?|Sra?\.)\s+/u;

/** "Олена Кравченко, Дмитро Шевчук (БФ «Опора громад»)": names listed with commas, their organisation after. */
function listedPeople(names: string): string[] | null {
  const m = /^([^()]+?)\s*(\([^()]+\))?$/u.exec(names.trim());
  const people = m?.[1]?.split(/\s*,\s*/u) ?? [];
  const person = (p: string) =>
    isPersonName(p) && wordCount(p) <= 3 && !POSITION.test(p) && !hasOrganisationWord(p);
  if (people.length < 2 || !people.every(person)) return null;
  return people.map((p) => (m?.[2] ? `${p} ${m[2]}` : p));
}

/**
 * "coordinadora de incidencia de la CQDN", "de l'observatoire de l'ANEH": the organisation a position or a
 * unit names, capitalised, after "of".
 */
const OF_NAME =
  /(?:^|\s)(?:(?:of(?:\s+the)?|de(?:\s+la)?|del|da|do|du|des)\s+|(?:de\s+)?l['’]|d['’])(\p{Lu}[^,;]*)$/u;

/**
 * "Name, Role – Organisation", "Name, Role, Organisation", "Name (Organisation)", "Name (Role, Organisation)",
 * "Name (Organisation, City)", "Name, Organisation (ACRONYM)", "Name, role of the Organisation".
 */
function authorOf(role: string, credit: string): Author {
  const bracket = /^(.+?)\s*\(([^()]+)\)$/u.exec(credit);
  if (bracket && isPersonName((bracket[1] ?? '').trim())) {
    const inside = (bracket[2] ?? '').split(/\s*,\s*/u);
    return {
      role,
      name: (bracket[1] ?? '').trim(),
      position: inside.find((p) => POSITION.test(p)) ?? null,
      organisation: organisationAsWritten(inside.find((p) => !POSITION.test(p)) ?? ''),
    };
  }
  // "Yesenia Paola Epieyú – Colectiva Wayuu Ipa": the name, a dash, and where they work
  const dashed = credit.includes(',') ? null : /^(.+?)\s+[–—]\s+(\S.*)$/u.exec(credit);
  if (dashed && (isPersonName((dashed[1] ?? '').trim()) || ARABIC_NAME.test((dashed[1] ?? '').trim()))) {
    const after = (dashed[2] ?? '').trim();
    const position = POSITION.test(after);
    return {
      role,
      name: (dashed[1] ?? '').trim(),
      position: position ? after : null,
      organisation: position ? null : organisationAsWritten(after),
    };
  }
  // "Name, Programme Manager (YURHWA)": the organisation in brackets after the position
  const bracketed = /\(([^()]+)\)$/u.exec(credit)?.[1];
  const [name = '', ...rest] = credit.replace(/\s*\([^()]+\)$/u, '').split(/\s*[,،]\s*/);
  const dash = rest.join(', ').split(/\s+[–—-]\s+/);
  const parts = dash.length > 1 ? dash : rest;
  const [only] = parts;
  // "координатор программ НАПР", "аналітик ХМГМ", "expert FDS": the organisation's acronym after the position
  const acronym = parts.length === 1 && only ? /^(\p{Ll}.*?)\s+(\p{Lu}{2,}[\p{Lu}\d-]*)$/u.exec(only) : null;
  if (acronym)
    return { role, name: name.trim(), position: acronym[1] ?? null, organisation: acronym[2] ?? null };
  // (where the brackets give the organisation, words in lower case before them are a position: "…, psicólogo
  // comunitario (CAPT)"; a name in capitals, "…, Instituto Caribeño … (ICEI)", is the organisation)
  if (parts.length === 1 && only && !POSITION.test(only) && (!bracketed || /^\p{Lu}/u.test(only)))
    return { role, name: name.trim(), position: null, organisation: organisationAsWritten(only) };
  const of = parts.length === 1 && only ? OF_NAME.exec(only)?.[1] : undefined;
  if (of) return { role, name: name.trim(), position: only ?? null, organisation: organisationAsWritten(of) };
  // (a position in capitals before it: "Programme Officer WILPF")
  const capitalised = parts.length === 1 && only ? /^(.+?)\s+(\p{Lu}{2,}[\p{Lu}\d-]*)$/u.exec(only) : null;
  if (capitalised)
    return {
      role,
      name: name.trim(),
      position: capitalised[1] ?? null,
      organisation: capitalised[2] ?? null,
    };
  return {
    role,
    name: name.trim(),
    position: (parts.length > 1 ? parts.slice(0, -1).join(dash.length > 1 ? ' – ' : ', ') : only) || null,
    organisation:
      parts.length > 1
        ? organisationAsWritten(parts[parts.length - 1] ?? '')
        : organisationAsWritten(bracketed ?? ''),
  };
}

/** Two to five Arabic words, as a credit names a person before a dash (Arabic writes no capitals). */
const ARABIC_NAME = /^\p{Script=Arabic}+(?:\s+\p{Script=Arabic}+){1,4}$/u;

/** An organisation as the credit writes it, with its legal form: "ГО «Світанок громад»". */
function organisationAsWritten(organisation: string): string | null {
  // "de l'observatoire de l'ANEH", "from the research unit of WILPF": the organisation the part names after "of"
  const part = organisation.trim();
  const within = /^(?:of|from|de|d['’]|du|des|del|da|do)\s*\p{Ll}/u.test(part)
    ? OF_NAME.exec(part)?.[1]
    : undefined;
  return (within ?? part) || null;
}

/** "Authors" alone as a heading, with a credit per line under it ("Name, Role, Organisation"). */
/** How many paragraphs of one credit each may follow a credits heading. */
const CREDIT_PARAGRAPHS = 6;

function creditsUnder(paras: Paragraph[], i: number): Author[] {
  const heading = paras[i] as Paragraph;
  const role = (heading.lines[0] ?? '').trim().replace(/\s*:$/u, '');
  if (!AUTHOR_LABEL.test(role)) return [];
  // (a line credits people when it opens with a name: before a comma, a bracket or an "and")
  const credited = (line: string) =>
    isPersonName(line.split(/,|\s\(|\s(?:and|et|e|y|и|і|та)\s/u)[0]?.trim() ?? '');
  // the names under the heading, in its paragraph, or in the next, or one a paragraph; several on a line
  // set apart by dots ("Comfort Ngwa Tamfu, CWPA · Aïssatou Bello Hamadou, CAWMN")
  const after = paras.slice(i + 1, i + 1 + CREDIT_PARAGRAPHS);
  const end = after.findIndex((p) => p.lines.length > 1 || !credited(p.text));
  const lines =
    heading.lines.length > 1
      ? heading.lines.slice(1)
      : end === 0
        ? (after[0]?.lines ?? [])
        : after.slice(0, end < 0 ? after.length : end).map((p) => p.text);
  // (a line cut inside an organisation's name goes on on the next: "…, Associação das Mulheres Rurais de" /
  // "Bafatá (AMURBA)")
  const whole = lines.reduce<string[]>((all, line) => {
    const last = all.at(-1);
    if (last !== undefined && isCutCredit(last) && !credited(line))
      all[all.length - 1] = `${last} ${line.trim()}`;
    else all.push(line);
    return all;
  }, []);
  // (each read as a credit line is: "A e B (RECAPROC). Contacto: …" credits both; a bullet opens no name)
  return whole
    .flatMap((line) => listItemText(line).split(/\s+[·•|]\s+/u))
    .filter(credited)
    .flatMap((line) => creditedAuthors(`${role}: ${line.trim()}`));
}

/**
 * A byline under a title without a label: the people who wrote it, each with their organisation in brackets
 * ("Galgalo Guyo Wario (CPDI) and Dr. Amina Halake Boru (Horn Drylands Research Collective)"), or null.
 */
export function bylineAuthors(line: string): Author[] | null {
  if (line.length > 200 || !/\)\s*$/u.test(line) || /[.;:]\s*$/u.test(line)) return null;
  const people = creditedPeople(line).map((c) => authorOf('by', c));
  return people.length > 0 && people.every((a) => isPersonName(a.name) && a.organisation) ? people : null;
}

export function readAuthors(paras: Paragraph[]): Author[] {
  const out = paras.flatMap((_p, i) => creditsUnder(paras, i));
  for (const p of paras)
    for (const [i, line] of p.lines.entries()) {
      // a second credit under a labelled one, set under its value ("Prepared by:   Leyla Mammadova, …, MWDC" /
      // "Tamar Beridze, …, MWDC")
      const prior = p.lines[i - 1] ?? '';
      const above = i > 0 && !isCutCredit(prior) ? creditOf(prior) : null;
      if (above && !/^[^:\t]{1,40}:|\t/u.test(line) && isPersonName(line.split(',')[0]?.trim() ?? '')) {
        out.push(...creditedAuthors(`${above.role}: ${line.trim()}`));
        continue;
      }
      // a credit wrapped onto the next line goes on there in lower case ("…, Оксана Мельничук," / "юристка – …")
      // or a credit line cut before its last name or organisation ("…, and Abdirahman" / "Moalim Nur, …")
      const next = p.lines[i + 1] ?? '';
      // (or before a name's last word, which the next line gives before its position: "… and Daudi Petro" /
      // "Kalinga (Paralegal Supervisor)")
      const lastName = NAME_GOES_ON.test(line) && /^\p{Lu}[\p{L}'’-]*\s*\(/u.test(next);
      const cut =
        next !== '' &&
        (isCutCredit(line) || lastName) &&
        !/\t|^[^:.]{1,40}:/u.test(next) &&
        (creditOf(line) !== null || ABOUT_ITSELF.test(line)) &&
        !creditOf(next);
      // or a name in guillemets that the line's end left open ("…, AO «Casa" / "Deschisă».")
      const open = (line.match(/«/gu)?.length ?? 0) > (line.match(/»/gu)?.length ?? 0);
      const whole =
        /^\s*\p{Ll}/u.test(next) || cut || (open && next) ? `${line.trimEnd()} ${next.trim()}` : line;
      // several credits in a line: "Elaboración: A (REPENIV). Revisión: B (Fundación Illari)."
      for (const part of creditsInSentence(whole).split(CREDIT_AFTER_SENTENCE))
        out.push(...creditedAuthors(part));
    }
  return out;
}

/**
 * A credit line cut after a dash, a comma, an "and" or a preposition inside a name ("… Mulheres Rurais de" /
 * "Bafatá (AMURBA)"), or after the first word of the name after it or after "by" ("… et relue par Ardian" /
 * "Memeti-Rexha (FAPE)").
 */
const CUT_CREDIT =
  /(?:[—–,-]|\s(?:and|et|y|e|та|і|и|و|of|for|de|da|do|das|dos|du|des|del|pour|para)|(?:,|\s(?:and|et|y|e|та|і|и|by|par|por|від))\s+\p{Lu}[\p{L}'’-]*)\s*$/u;

/** A credit line that ends with two words of a name after an "and". */
const NAME_GOES_ON = /\s(?:and|et|y|e|та|і|и)\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*\s*$/u;

/** A credit line cut short, unless it ends with an organisation's acronym ("…, Project Coordinator, MWDC"). */
function isCutCredit(line: string): boolean {
  return CUT_CREDIT.test(line) && !/,\s*\p{Lu}{2,}\s*$/u.test(line);
}

/** Where a sentence ends and another credit's label opens ("… (REPENIV). Revisión: …"), or a dot or bar parts credits. */
const CREDIT_AFTER_SENTENCE = /(?<=\p{Ll}{2}\.|\)\.|;)\s+(?=[^\s:][^:.;]{1,39}:\s)|\s+[·|]\s+/u;

/** The people a credit line names, the organisation after the last name everyone's without one. */
/**
 * "Dunia Marisol Paz Reyes and Elvin Josué Mejía Alvarado, CAFADES": the people a line of its own under a
 * title names without a label, their organisation after the last; null where any part is no person's name.
 */
export function namedAuthors(line: string): Author[] | null {
  const text = line.trim();
  if (text.length > 160 || /[.:;!?]$|\d|\t/u.test(text)) return null;
  const authors = creditedPeople(text).map((c) => authorOf('', c));
  const person = (name: string) => isPersonName(name) && !hasOrganisationWord(name);
  if (authors.length === 0 || !authors.every((a) => person(a.name))) return null;
  return withLastOrganisation(authors);
}

function creditedAuthors(line: string): Author[] {
  const credit = creditOf(line);
  if (!credit) return [];
  // (an organisation credited names no author: "Prepared by Linda Mtoto Network Tanzania (LMNT) with …")
  const authors = (listedPeople(credit.names) ?? creditedPeople(credit.names))
    .map((c) => authorOf(credit.role, c))
    .filter((a) => !hasOrganisationWord(a.name));
  return withLastOrganisation(authors);
}

/** "A and B, Org", "A, Role; B, Role – Org": the organisation after the last name is everyone's who has none. */
function withLastOrganisation(authors: Author[]): Author[] {
  const shared = authors[authors.length - 1]?.organisation ?? null;
  for (const a of authors) a.organisation ??= shared;
  return authors;
}

/** "Kadiatou Sangaré | AFPDM ·", "Irene Salcedo Montero": the author over a post's day, and where they work. */
export function postAuthor(line: string): Author | null {
  const [name = '', organisation = ''] = line
    .split(/\s+[|·•]\s*/u)
    .map((part) => part.replace(/[\s·•|]+$/u, ''));
  return isPersonName(name) ? { role: 'by', name, position: null, organisation: organisation || null } : null;
}

/** How many lines a post's head (its title, author, day, categories, reading time) takes at most, how long each. */
const POST_HEAD_LINES = 8;
const POST_HEAD_CHARS = 160;

/**
 * Who wrote a blog post, as its head says over its day: on lines one under another, as a list or not
 * ("• Nerea Quintana Betancor" / "• 18 noviembre, 2026" / "• Sin comentarios"), or on one line before it
 * ("Natalina do Rosário Pinto 14 ago. 2026 Monitorização, Violência doméstica").
 */
export function postHeadAuthor(paras: Paragraph[]): Author | null {
  const lines = paras
    .slice(0, POST_HEAD_LINES)
    .flatMap((p) => p.lines.slice(0, POST_HEAD_LINES).map(listItemText))
    .filter(Boolean)
    .slice(0, POST_HEAD_LINES);
  for (const [i, line] of lines.entries()) {
    // (prose is no head's line: only short lines are asked for their day)
    if (line.length > POST_HEAD_CHARS) continue;
    const over = i > 0 && isItemDateLine(withoutReadingTime(line)) ? postAuthor(lines[i - 1] ?? '') : null;
    // (a name before a day, not a title before a year: "Annual Report 2023"; nor a verb: "Publicado el …")
    const day = over || isProse(line) ? undefined : findDates(line)[0];
    const before = day && day.date.length === 10 ? line.slice(0, day.start).trim() : '';
    const author = over ?? (/\p{Lu}\S*$/u.test(before) ? postAuthor(before) : null);
    if (author) return author;
  }
  return null;
}
