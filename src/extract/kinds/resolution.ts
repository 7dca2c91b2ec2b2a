/**
 * Resolutions of a conference or training: a date line, the heading, the event's name, title, place and
 * dates, the preamble ("We, participants ..."), then each addressee as a line in capitals followed by its
 * recommendations as a list (grouped under topic lines or not), and after them the site's footer with
 * testimonials: a person's name in capitals, a headline and their words.
 */
import type { Recommendation } from '../../domain/document.js';
import { getLexicon } from '../../redact/lexicon.js';
import { keyOf } from '../../redact/text.js';
import { isWeekdayName } from '../dates.js';
import { namedEntities } from '../entities.js';
import { isLetterhead } from './document.js';
import {
  addresseeText,
  afterDetails,
  breadcrumb,
  COLLECTIVE_OPENING,
  FOR_ATTENTION,
  headingLine,
  isAddresseeAt,
  isDateLine,
  isItemDateLine,
  listParagraphs,
  PREAMBLE_WORD,
  RESOLUTION_WORD,
  SUBJECT_LABEL,
  splitParagraphs,
} from './layout.js';
import { emptyParts, type KindParts } from './parts.js';
import {
  addUnique,
  asOneLine,
  isCapitals,
  isHeading,
  isListItem,
  isPersonName,
  isProse,
  listItemText,
  NAME_PARTICLES,
  type Paragraph,
  paragraphs,
  placeParts,
  quoted,
  RULE_LINE,
  titleCase,
  withLines,
  withoutCapitalLines,
  wordCount,
} from './text.js';
import { dateOf, datesIn } from './when.js';

export interface EventInfo {
  /** What the event was: "Regional Conference of Women and Youth". */
  name: string | null;
  /** Its own title, as quoted. */
  title: string | null;
  place: string | null;
  city: string | null;
  country: string | null;
  countryCode: string | null;
  start: string | null;
  end: string | null;
}

export interface Testimonial {
  person: string;
  headline: string | null;
  /** How the testimonial introduces the person: "34, paralegal in Sévaré, Mali". */
  about: string | null;
  text: string;
  /** Everyone the testimonial names, the person first. */
  persons: string[];
}

/** What ends a place before its dates: punctuation, and "from" of a range ("Bamako, du 6 au 8 février"). */
const PLACE_END = /(?:[\s.,،;:–—·|-]|(?<![\p{L}])(?:du|les?|from|del|desde|de|с|з|від|من))+$/u;

/** What a line saying where the event was held opens with: "held in Garowe, …", "tenue à Niamey du …". */
const HELD_IN =
  /^(?:(?:held|convened|hosted|organi[sz]ed)\s+(?:in|at)|(?:tenue?|organis[ée]e?|r[ée]unie?s?)\s+(?:à|au|en)|(?:celebrad[oa]|realizad[oa])\s+(?:en|em)|(?:проходивш|состоявш|проведенн)\p{L}*\s+в)\s+/iu;

/** A place of this many words at most: "Aldea Raxruhá Chiquito, San Pedro Carchá, Alta Verapaz, Guatemala". */
const PLACE_WORDS = 10;

/** "Dakar, Senegal. 6-9 February, 2024": a place, then the date or dates, on one short line. */
function placeAndDates(
  text: string,
): Pick<EventInfo, 'place' | 'city' | 'country' | 'countryCode' | 'start' | 'end'> | null {
  // (a line wrapped before its year is one line: "… · 21 y 22 de febrero de" / "2025")
  const joined = /^[^\n]*\n[\d٠-٩]{4}\.?$/u.test(text) ? text.replace('\n', ' ') : text;
  // (and without the icons a post sets before a place and a date: "📍 Өзгөн шаары · 🗓 2025-жылдын 5–6-марты")
  const line = joined.replace(/\p{Extended_Pictographic}\uFE0F?\s*/gu, '').trim();
  if (line.length > 160 || line.includes('\n') || !/[\d٠-٩]{4}/u.test(line)) return null;
  const found = datesIn(line)[0];
  // a year alone is no event's dates ("Considerando que, desde 2017, …")
  if (!found || found.index === 0 || found.from.length < 7) return null;
  // (the Kyrgyz word for city after its name, "Ош ш.", is none of the place's name)
  const place = line
    .slice(0, found.index)
    .replace(PLACE_END, '')
    .replace(HELD_IN, '')
    .replace(/\s+ш\.?$/u, '')
    .trim();
  // "Date: Thu, 14 Mar 2024": a label, no place; nor is a weekday ("الاثنين ١٠ آذار ٢٠٢٥")
  if (place.includes(':') || isWeekdayName(place.replace(/[,،]$/u, ''))) return null;
  const parts = placeParts(place);
  // a place is a few words starting with a capital (or a letter of a script without capitals, as Arabic),
  // once "г." or "ville de" before a city is left out
  if (!parts.city || !/^[\p{Lu}\p{Lo}]/u.test(parts.city) || wordCount(place) > PLACE_WORDS) return null;
  return { place, ...parts, start: found.from, end: found.to };
}

/** "المشاركات في" / "المشاركين في": Arabic, without lower case, names the participants in words of their own. */
const ARABIC_PARTICIPANTS = /^(?:ال)?مشارك(?:ون|ين|ات)\s+(?:في\s+)?/u;
/** "(Declaração) Final do …", "(Déclaration) finale de la …": what a statement says of itself before the event. */
const STATEMENT_LEAD =
  /^\s*(?:final(?:e|es)?|conjunt[ao]|commune|joint|(?:and|et|y|e)\s+(?:recommendations|recommandations|recomendaciones|recomenda[çc][õo]es))\s+(?:(?:of|do|da|dos|das|du|des|de|del)\s+(?:(?:the|la|l['’])\s*)?)?(?=\p{Lu})/iu;

/** "(البيان) الختامي والتوصيات الصادرة عن …": what a final statement says of itself before the event ("للملتقى"). */
const ARABIC_STATEMENT_LEAD =
  /^(?:\s*(?:(?:ال)?ختامي(?:ة)?|و?(?:ال)?توصيات|(?:ال)?صادر(?:ة)?\s+عن|عن)(?![\p{L}]))+\s*/u;

/** "des participantes à l'atelier …", "of the participants in the …": the words before the event's name. */
const PARTICIPANTS =
  /^(?:(?:of|des|de|del|de\s+l[oa]s)\s+(?:the\s+)?)?(?:(?:participant\p{L}*(?:\s+et\s+participant\p{L}*)?|участник\p{L}*|учасник\p{L}*)\s+(?:(?:of|in|at|to|à|au|aux|en|de|del|a|al)\s+)?(?:the\s+|l['’]|la\s+|le\s+|les\s+|el\s+)?)?/iu;
/** Kyrgyz names the event first, in the genitive, then its participants: "… форумунун катышуучуларынын". */
const KYRGYZ_PARTICIPANTS =
  /^(.+?)(?:нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн)\s+катышуучулар\p{L}*(?=\s|$)/u;

/** A quoted title after an event's name: "… Западного Казахстана «Чистый воздух …»". */
const TRAILING_QUOTE = /\s*[«“"„][^»”"]*[»”"]\s*$/u;

/** The word for an event that opens its name in lower case: "atelier de formation …", "training for …". */
const EVENT_NOUN =
  /(?<![\p{L}])(?:atelier|conf[ée]rence|conferencia|forum|foro|workshop|training|meeting|r[ée]union|s[ée]minaire|seminar|seminario|formation|taller|encuentro|encontro|oficina|семинар\p{L}*|тренинг\p{L}*|тренінг\p{L}*|конференци\p{L}*|конференці\p{L}*|форум\p{L}*)(?![\p{L}])/iu;

/** "Adopted by the Third East African Regional Conference …", "Adoptée par l'atelier …": who adopted it. */
const ADOPTED_BY =
  /^(?:adopted|approved|adopt[ée]e?s?|approuv[ée]e?s?|adoptad[ao]s?|aprobad[ao]s?|aprovad[ao]s?)\s+(?:by|par|por|pel[ao])\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+|las\s+)?(\S.{3,150}?)[.;]?$/iu;

/** The event from "participants of the X": the words before its name (lower case, or Arabic ones) left out. */
function eventName(text: string): string | null {
  const kyrgyz = KYRGYZ_PARTICIPANTS.exec(text.trim());
  if (kyrgyz) return kyrgyz[1] ?? null;
  const rest = text
    .trim()
    .replace(ARABIC_STATEMENT_LEAD, '')
    .replace(STATEMENT_LEAD, '')
    .replace(/^لل(?=\p{Script=Arabic}{3})/u, 'ال')
    // "لورشة العمل …": the event's word without the "of" written onto it
    .replace(/^ل(?=(?:ورشة|مؤتمر|ندوة|ملتقى|منتدى|اجتماع|دورة|لقاء)(?![\p{L}]))/u, '')
    .replace(ARABIC_PARTICIPANTS, '')
    .replace(/[\s.,،:;]+$/u, '')
    // (and the word that led to its title in quotes: "ورشة العمل الإقليمية حول «…»", "atelier sur «…»")
    .replace(/\s+(?:حول|بشأن|on|about|sur|sobre|по|щодо|на тему)$/u, '');
  // "… et recommandations de l'atelier de formation … du Pool": the event's word in the words in lower case
  const lower = /^[\p{Ll}\s'’-]+/u.exec(rest)?.[0] ?? '';
  const noun = EVENT_NOUN.exec(lower);
  if (noun) return rest.slice(noun.index).trim();
  // a name in lower case ("atelier régional …") follows the participants; else its capital starts it
  const named = /\p{Lu}/u.test(rest) ? rest.replace(/^[\p{Ll}\s'’-]+/u, '') : rest.replace(PARTICIPANTS, '');
  return named.trim() || null;
}

/**
 * A row of a cover table under the heading, its label then its value: "المكان<tab>سبها، ليبيا", "Lieu : Niamey",
 * "Fecha: 14 y 15 de marzo de 2025". Only the labels of where and when are read.
 */
const COVER_ROW =
  /^\s*((?:venue|place|location|lieu|lugar|local|место(?:\s+проведения)?|місце(?:\s+проведення)?|(?:ال)?مكان(?:\s+(?:الانعقاد|الورشة|الملتقى))?)|(?:dates?|fecha|fechas|data|datas|дата|даты|дати|(?:ال)?تاريخ))\s*(?:\t|[:：])\s*(\S.{0,120})$/iu;
const WHEN_LABEL = /^(?:dates?|fecha|fechas|data|datas|дата|даты|дати|(?:ال)?تاريخ)$/iu;

/** The place and dates a cover table gives on rows of their own, and the paragraph of its first row. */
function coverRows(head: Paragraph[]): { at: number; place: string | null; dates: string | null } | null {
  let at = -1;
  let place: string | null = null;
  let dates: string | null = null;
  head.forEach((p, i) => {
    for (const line of p.lines) {
      const row = COVER_ROW.exec(line);
      if (!row) continue;
      if (at < 0) at = i;
      if (WHEN_LABEL.test(row[1] ?? '')) dates ??= row[2] ?? null;
      else place ??= row[2]?.trim() ?? null;
    }
  });
  return at < 0 ? null : { at, place, dates };
}

/** The event's place and dates from its cover table's rows, where no line gives both. */
function fromCover(cover: NonNullable<ReturnType<typeof coverRows>>): Partial<EventInfo> {
  const parts = cover.place ? placeParts(cover.place) : null;
  const [span] = cover.dates ? datesIn(cover.dates) : [];
  return {
    ...(parts?.city ? { place: cover.place, ...parts } : {}),
    ...(span && span.from.length >= 7 ? { start: span.from, end: span.to } : {}),
  };
}

function isRange(line: string): boolean {
  const [date] = datesIn(line);
  return date !== undefined && date.from !== date.to;
}

/** The first of a line's parts that is no post's detail: its date, where it is a page's details line. */
function firstDetail(line: string): string {
  return afterDetails(line)[0] ?? line;
}

function readEvent(head: Paragraph[]): {
  event: EventInfo;
  eventLine: number;
  heading: number;
  published: string | null;
} {
  const event: EventInfo = {
    name: null,
    title: null,
    place: null,
    city: null,
    country: null,
    countryCode: null,
    start: null,
    end: null,
  };
  let published: string | null = null;
  let eventLine = -1;
  let heading = -1;
  let placeAlone: (ReturnType<typeof placeParts> & { place: string }) | null = null;
  const cover = coverRows(head);
  head.forEach((p, i) => {
    if (cover && p.lines.some((l) => COVER_ROW.test(l))) return;
    // the publication's date line, above the event's or labelled below it ("تاريخ الإصدار: ١٨ مايو ٢٠٢٤")
    // (a place and days, "Pemba, 5 a 7 de Novembro de 2024", are the event's)
    // (or a letterhead's line, its reference and its place and date set wide apart: "№ 07/25      Кызыл-Кыя
    // ш., 14-апр. 2025-ж.")
    // (or a page's details: "Жарыяланды: 14.04.2025 · Автор: admin · Тегдер: …", "Publicado por … · nov 10, 2025 · …")
    const dateLine =
      published === null
        ? (p.lines
            .map(firstDetail)
            .find((l) => isDateLine(l) && !isRange(l) && (eventLine < 0 || /^\s*\p{L}/u.test(l))) ??
          p.lines
            .map((l) => l.split(/\s{3,}|\t/u).map((part) => part.trim()))
            .filter((parts) => parts.length === 2)
            .map((parts) => parts[1] ?? '')
            .find((part) => isItemDateLine(part) && !isRange(part)))
        : undefined;
    if (dateLine) published = dateOf(dateLine);
    if (dateLine && p.lines.length === 1) return;
    if (heading < 0 && RESOLUTION_WORD.test(p.text) && isHeading(p.text, 3)) heading = i;
    else if (eventLine < 0 && i > 0) {
      const found = placeAndDates(p.text);
      if (found) {
        Object.assign(event, found);
        eventLine = i;
      }
      // "إربد، الأردن" on a line of its own, above the date: the place, with no dates of its own
      const line = p.lines[0] ?? '';
      const parts = line.length <= 60 && !/\d/u.test(line) ? placeParts(line) : null;
      if (!found && parts?.countryCode && parts.city) placeAlone ??= { place: line, ...parts };
    }
  });
  if (eventLine < 0 && cover) {
    Object.assign(event, fromCover(cover));
    eventLine = cover.at;
  }
  if (eventLine < 0 && placeAlone) Object.assign(event, placeAlone);
  // no heading of its own: "Final Communiqué of the Regional Meeting of ..." heads it and names the event
  // (wrapped over up to three lines, as a PDF's narrow title block gives it)
  const long = heading < 0 ? head.findIndex((p) => p.lines.length <= 3 && RESOLUTION_WORD.test(p.text)) : -1;
  if (long >= 0) {
    heading = long;
    // "توصيات ورشة العمل الإقليمية «…»": the event, then its title in quotes
    const rest = (head[long] as Paragraph).text.replace(/\s*\n\s*/gu, ' ').replace(RESOLUTION_WORD, '');
    event.title = quoted(rest);
    event.name = eventName(rest.replace(TRAILING_QUOTE, ''));
  }
  const between = head.slice(heading + 1, eventLine < 0 ? head.length : eventLine);
  // "of participants of the Regional Conference ..." names the event, or else the line under the heading
  // that is not its quoted title ("Республиканской конференции ..."); the quoted line is the event's title
  const named =
    between.find(
      (p) => /^\p{Ll}/u.test(p.text) || ARABIC_PARTICIPANTS.test(p.text) || KYRGYZ_PARTICIPANTS.test(p.text),
    ) ?? between.find((p) => !quoted(p.text) && isHeading(p.text, 16));
  // the event's name, and its title in quotes on the lines under it when no blank line sets it apart; a line
  // that says who adopted the text names it first ("Adopted by the Third … Conference of …")
  const adoptedBy = between.map((p) => ADOPTED_BY.exec(p.text)?.[1]).find(Boolean);
  if (adoptedBy) event.name ??= adoptedBy;
  if (named) event.name ??= eventName(named.text.replace(TRAILING_QUOTE, ''));
  for (const p of between) event.title ??= quoted(p.text);
  // a name or a title wrapped over lines is one line
  event.name = event.name ? asOneLine(event.name.split('\n')).replace(/\s+/gu, ' ') : null;
  // a name from a heading in capitals, as a sentence would write it
  if (event.name && isCapitals(event.name)) event.name = titleCase(event.name);
  event.title = event.title?.replace(/\s+/gu, ' ') ?? null;
  return { event, eventLine, heading, published };
}

/**
 * "Done at …", "Fait à …", "صدر في …": words that say a text was adopted only when they open its line
 * (elsewhere "fait" and "done" are common words).
 */
const ADOPTED =
  /^(?:approved|done|fait|hecho|dad[ao](?=\s+(?:en|a|em)\s)|approuvée?s?|اعتمد|اُعتمد|صدر)(?![\p{L}])/iu;
/**
 * Verbs of adoption that say so anywhere in their line: "Adopted in Entebbe on 6 September 2024.", "Принято
 * 13 октября 2023 г.", "Резолюция … 19-октябрында кабыл алынды".
 */
const ADOPTED_WITHIN =
  /(?<![\p{L}])(?:adopted|adoptée?s?|adoptad[oa]s?|aprobad[oa]s?|принят[аоы]?|ухвален[аоі]?|прийнят[аоі]?|кабыл алын(?:ды|ган))(?![\p{L}])/iu;

/**
 * The date of the first short line that says the text was adopted, and when ("Adopted in Entebbe on …"), or
 * of a place and a day alone on a line after the recommendations, as a signature gives them ("Pemba, aos 8
 * de Novembro de 2024").
 */
function adoptionDate(paras: Paragraph[], end: number): string | null {
  let adopted: string | null = null;
  for (const [i, p] of paras.entries()) {
    const signed = i >= end && p.lines.length === 1 && !isRange(p.text) && placeAndDates(p.text) !== null;
    // (or one sentence of a paragraph says it: "Резолюцію ухвалено 25 квітня 2025 року. Контакти: …")
    const said = signed ? [p.text] : p.text.split(/(?<=[.!?])\s+/u);
    for (const line of said) {
      const done = ADOPTED.test(line);
      if (line.length > 120 || !(signed || done || ADOPTED_WITHIN.test(line))) continue;
      const date = datesIn(line)[0]?.from;
      // (the day it was done, "Fait à Praia, le 29 septembre", over the day a plenary adopted it before)
      if (date && done) return date;
      adopted ??= date ?? null;
    }
  }
  return adopted;
}

/** "Signatories", "Annex", "Signataires": a heading after the recommendations that lists something else. */
const AFTER_RECOMMENDATIONS =
  /^(?:signatories|signed by|annex(?:e)?|signataires|firmantes|signat[áa]rios|anexo|подписавшие|додаток|приложение)\b[\s:]*$/iu;

const RECOMMENDATIONS_TO = /^(?:ال)?توصيات\s+(?:موجهة\s+)?(?=(?:إلى|الى|إلي)\s)/u;

function stripColon(text: string): string {
  return text.replace(/\s*[:：]\s*$/u, '').trim();
}

/** Addressees and their recommendations: lists after capital lines, topic lines kept with each one. */
function isBullet(line: string): boolean {
  return isListItem(line) && !/^\(?[\d٠-٩a-z]/u.test(line);
}

function readRecommendations(
  paras: Paragraph[],
  from: number,
): { recommendations: Recommendation[]; end: number } {
  const recommendations: Recommendation[] = [];
  let addressee: string | null = null;
  let topic: string | null = null;
  let bullets = false;
  // an addressee named "for the attention of" may have its recommendations as paragraphs, one each
  let paragraphs = false;
  let end = from;
  for (let i = from; i < paras.length; i++) {
    const p = paras[i] as Paragraph;
    if (isAddresseeAt(paras, i)) {
      // (an Arabic addressee without the word for recommendations before it: "توصيات إلى …")
      const named = addresseeText(headingLine(p) ?? p.text);
      addressee = stripColon(named).replace(RECOMMENDATIONS_TO, '');
      topic = null;
      bullets = isBullet(paras[i + 1]?.lines[0] ?? '');
      paragraphs = FOR_ATTENTION.test(named) && !isListItem(paras[i + 1]?.lines[0] ?? '');
      continue;
    }
    if (!addressee) continue;
    // the signatories or an annex after the recommendations end them; what the participants resolve for
    // themselves ("RESOLVEMOS:") is to no one
    if (AFTER_RECOMMENDATIONS.test(p.text)) break;
    if (PREAMBLE_WORD.test(p.text.trim())) {
      addressee = null;
      continue;
    }
    // a numbered paragraph after a list of bullets is the text going on ("6. Participants thanked ...")
    if (isListItem(p.lines[0] ?? '') && !(bullets && !isBullet(p.lines[0] ?? ''))) {
      for (const line of p.lines) {
        const last = recommendations[recommendations.length - 1];
        if (isListItem(line) || !last) {
          const rec: Recommendation = { addressee, text: listItemText(line) };
          if (topic) rec.topic = topic;
          recommendations.push(rec);
        } else last.text = `${last.text} ${line}`;
      }
      end = i + 1;
    } else if (paragraphs && isProse(p.text) && !FOR_ATTENTION.test(p.text)) {
      recommendations.push({ addressee, text: p.text.replace(/\s*\n\s*/gu, ' ') });
      end = i + 1;
    } else if (isHeading(stripColon(p.text), 12) && isListItem(paras[i + 1]?.lines[0] ?? '')) {
      topic = stripColon(p.text);
    } else addressee = null;
  }
  return { recommendations, end };
}

/**
 * A person's name on a line of its own: two to five words of letters, in capitals, or in Arabic, which has
 * none (the testimonial must then spell the name in full, see `readTestimonials`).
 */
function isNameLine(text: string): boolean {
  if (/^[\p{Script=Arabic}\p{M}]+(?:\s+[\p{Script=Arabic}\p{M}]+){1,4}$/u.test(text)) return true;
  return isCapitals(text) && /^[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,4}$/u.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The name as the testimonial spells it ("Kadiatou Sangaré" for "KADIATOU SANGARÉ"). */
function spelledName(name: string, text: string): string {
  const words = name.split(/\s+/).map(escapeRegExp).join('\\s+');
  const found = new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, 'iu').exec(text);
  return found ? found[0].replace(/\s+/g, ' ') : titleCase(name);
}

/** A headline without the quotation marks around it: "« On nous écoute enfin »". */
function unquoted(text: string): string {
  return text.replace(/^[«“"„]\s*(.*?)\s*[»”"]$/su, '$1');
}

/**
 * What of a name line the testimonial must repeat: a name in capitals stands out by itself, so its surname
 * is enough; an Arabic line of a few words could be any heading, so the text must give it whole, or its
 * first word when that is a known given name ("تقول سلمى ...").
 */
function nameToLookFor(name: string, known: boolean): string {
  const words = name.split(/\s+/);
  if (isCapitals(name)) return words[words.length - 1] ?? name;
  const first = words[0] ?? name;
  return known || getLexicon().arabicNames.has(keyOf(first)) ? first : name;
}

/**
 * The testimonials after the recommendations; the people each names are those the document's own pass for
 * names found (`persons`) that its text mentions, so that no text is searched for names twice.
 */
/**
 * A testimonial in a table's row: who speaks (and who they are) in one cell, the headline and their quoted
 * words in the next ("[фото] Фарангис Юсуфова студентка, г. Кулоб<tab>Я впервые говорила … «На форуме …»").
 */
function tableTestimonial(line: string, persons: string[]): Testimonial | null {
  const [who = '', said = ''] = line.split('\t').map((c) => c.trim());
  const person = persons.find((name) => who.includes(name));
  const quote = said.search(/[«“„"]/u);
  if (!person || quote <= 0) return null;
  const about = who
    .slice(who.indexOf(person) + person.length)
    .replace(/^[\s,،]+/u, '')
    .trim();
  return {
    person,
    headline: said.slice(0, quote).trim(),
    about: about || null,
    text: said.slice(quote),
    persons: [person],
  };
}

/** "1) «Аялдар унчукпай калбашы керек»": a quoted headline numbered as a list's item, without its number. */
function unnumberedHeadlines(p: Paragraph): Paragraph {
  const lines = p.lines.map((line) => line.replace(/^\s*\d{1,2}[.)]\s+(?=[«“"„])/u, ''));
  return lines.some((line, i) => line !== p.lines[i]) ? withLines(p, lines) : p;
}

function readTestimonials(source: Paragraph[], from: number, persons: string[]): Testimonial[] {
  const all = source.map((p, i) => (i >= from ? unnumberedHeadlines(p) : p));
  const rows = all
    .slice(from)
    .flatMap((p) => p.lines.filter((l) => l.includes('\t')).map((l) => tableTestimonial(l, persons)));
  if (rows.some(Boolean)) return rows.filter((t): t is Testimonial => t !== null);
  const out: Testimonial[] = [];
  // a name the document gives as a person's, alone on its line: its headline and story may follow it
  // without blank lines ("Вікторія Ганич" / "Я вперше говорила …" / "Вікторія переїхала …")
  const known = new Set(persons);
  const named = (line: string | undefined) => known.has(line?.trim() ?? '');
  // or a quoted headline may stand over its speaker
  // ("«Ачууланбай, сүйлөшөбүз»" / "Нурсултан …, …: «…»"), or a name line over its headline and story
  const quotedLine = (line: string | undefined) => QUOTED.test(line ?? '');
  const paras = splitParagraphs(
    all.slice(from),
    (lines, i) =>
      [lines[i], lines[i - 1], lines[i - 2]].some(named) ||
      ((quotedLine(lines[i - 1]) || (i === 1 && !isProse(lines[0] ?? ''))) && SPEAKER.test(lines[i] ?? '')) ||
      // a card without blank lines: "«headline»" / "Name, who they are" / "«their words …"
      (quotedLine(lines[i - 1]) && CARD_SPEAKER.test(lines[i] ?? '')) ||
      (CARD_SPEAKER.test(lines[i - 1] ?? '') &&
        (i === 1 || quotedLine(lines[i - 2])) &&
        /^[«“„"]/u.test(lines[i] ?? '')) ||
      isNameLine(lines[i - 1] ?? '') ||
      (isNameLine(lines[i - 2] ?? '') && !isProse(lines[i - 1] ?? '')),
  );
  for (let i = 0; i < paras.length; i++) {
    const name = paras[i]?.text ?? '';
    const spoken = speakerFirst(paras, i, persons);
    if (spoken) {
      out.push(spoken);
      continue;
    }
    if (!isNameLine(name) && !known.has(name)) continue;
    let j = i + 1;
    while (paras[j]?.text === name) j++;
    const headline =
      paras[j] && !isProse(paras[j]?.text ?? '') && !isCapitals(paras[j]?.text ?? '')
        ? paras[j++]?.text
        : null;
    const body: string[] = [];
    while (paras[j] && isProse(paras[j]?.text ?? '') && !isNameLine(paras[j]?.text ?? ''))
      body.push(paras[j++]?.text ?? '');
    const text = body.join('\n\n');
    const mentioned = nameToLookFor(name, known.has(name));
    if (!text || !new RegExp(escapeRegExp(mentioned), 'iu').test(text)) continue;
    const person = spelledName(name, text);
    const about =
      new RegExp(`${escapeRegExp(person)}\\s*[,،]\\s*([^:“"«.!?]{2,90}?)\\s*[:“"«]`, 'u').exec(text)?.[1] ??
      null;
    out.push({
      person,
      headline: headline ? unquoted(headline) : null,
      about: about?.replace(/[,،\s]+$/u, '') ?? null,
      text,
      persons: addUnique(
        [person],
        persons.filter((p) => text.includes(p)),
      ),
    });
    i = j - 1;
  }
  return out.length > 0 ? out : attributedTestimonials(paras, persons);
}

/**
 * Testimonials whose speaker is named under their words ("«headline»" / their story / "— Оксана Левченко,
 * голова ініціативної групи, смт Бородянка"): the prose above the line, back to a quoted headline.
 */
function attributedTestimonials(paras: Paragraph[], persons: string[]): Testimonial[] {
  return paras.flatMap((p, i) => {
    const m = ATTRIBUTION.exec(p.lines.at(-1)?.trim() ?? '');
    const person = m?.[1] ?? '';
    if (!m || !isPersonName(person)) return [];
    // (the words and their speaker in one paragraph: "«In Dhahar I sat …»" / "— Faadumo Cabdi Warsame, …")
    if (p.lines.length > 1) return [attributed(m, p.lines.slice(0, -1).join('\n'), null, persons)];
    let j = i;
    while (j > 0 && isProse(paras[j - 1]?.text ?? '') && !QUOTED.test(paras[j - 1]?.text ?? '')) j--;
    const before = paras[j - 1]?.text ?? '';
    const quoted = QUOTED.test(before);
    // a quote alone over its speaker is their words, not a headline
    const words = j < i ? paras.slice(j, i).map((b) => b.text) : quoted ? [before] : [];
    if (words.length === 0 || words.some((w) => ATTRIBUTION.test(w))) return [];
    const headline = j < i && quoted && before.length <= 150 ? unquoted(before) : null;
    return [attributed(m, words.join('\n\n'), headline, persons)];
  });
}

/** A testimonial of the speaker an attribution names, with their words. */
function attributed(
  m: RegExpExecArray,
  text: string,
  headline: string | null,
  persons: string[],
): Testimonial {
  const person = m[1] ?? '';
  return {
    person,
    headline,
    about: m[2]?.trim() ?? null,
    text,
    persons: addUnique(
      [person],
      persons.filter((known) => text.includes(known)),
    ),
  };
}

/**
 * "Issouf Kaboré, président d’un club à Kaya : « … »", "Mme Bernadette Yakité, animatrice … : « … »": a
 * speaker's name (after a title), who they are, then their words.
 */
const NAMED = String.raw`(?:(?:Mme|Mlle|M\.|Mr\.?|Mrs\.?|Ms\.?|Dra?\.?|Prof\.?|Sra\.?|Srta\.?|Sr\.?|Doña|Don|Lic\.|Licda\.|Ing\.|Г-жа|Г-н|Пані|Пан)\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|${NAME_PARTICLES})){1,4}|\p{Script=Arabic}+(?:\s+\p{Script=Arabic}+){1,3})`;
const SPEAKER_NAME = String.raw`^${NAMED}\s*(?:[,،]\s*([^:«“"\n]{2,120}?))?`;
const SPEAKER = new RegExp(String.raw`${SPEAKER_NAME}\s*:\s*(?:[«“"]|$)`, 'u');
/** A card's speaker: their name and who they are on a line between the quoted headline and their words. */
const CARD_SPEAKER = new RegExp(String.raw`${SPEAKER_NAME}\s*$`, 'u');
const QUOTED = /^[«“"„].*[»”"]$/su;
/** A speaker named under their words, after a dash: "— Тарас Мельничук, член ради ВПО". */
const ATTRIBUTION = new RegExp(String.raw`^[—–-]\s*${NAMED}\s*(?:[,،]\s*([^\n]{2,160}?))?\s*$`, 'u');

/** The most words of a testimonial's quoted headline. */
const HEADLINE_WORDS = 12;

/**
 * A testimonial that opens with its speaker rather than with their name on a line of its own; the line
 * before it, when quoted or short, is its headline.
 */
function speakerFirst(paras: Paragraph[], i: number, persons: string[]): Testimonial | null {
  const p = paras[i] as Paragraph;
  const before = paras[i - 1]?.text ?? '';
  const next = paras[i + 1]?.text ?? '';
  // (or over its short quoted headline and their words: "Мадина Серикбаева, школьный психолог" / "«…»" / "«…»")
  const split = next.split('\n');
  const [over = '', ...words] = split.length > 1 ? split : [next, paras[i + 2]?.text ?? ''];
  const headed =
    QUOTED.test(over) &&
    wordCount(over) <= HEADLINE_WORDS &&
    QUOTED.test(words.join('\n').replace(/[.!?…]$/u, ''))
      ? CARD_SPEAKER.exec(p.text)
      : null;
  const card = !headed && QUOTED.test(before) && QUOTED.test(next) ? CARD_SPEAKER.exec(p.text) : null;
  const m = SPEAKER.exec(p.text) ?? card ?? headed;
  const person = m?.[1] ?? '';
  const known = persons.some((name) => name.includes(person) || person.includes(name));
  // an Arabic name has no capitals to show it: the document's pass for names must know it
  if (!m || !(isPersonName(person) || /^\p{Script=Arabic}/u.test(person)) || !known) return null;
  // "María Quispe, lideresa de El Alto:" with the words in the next paragraph, as a card gives them
  const said = headed
    ? `${p.text}\n\n${words.join('\n')}`
    : (card || /:\s*$/u.test(p.text)) && next
      ? `${p.text}\n\n${next}`
      : p.text;
  const headline = headed
    ? unquoted(over)
    : before.length <= 150 && QUOTED.test(before)
      ? unquoted(before)
      : null;
  return {
    person,
    headline,
    about: m[2]?.trim() ?? null,
    text: said,
    persons: addUnique(
      [person],
      persons.filter((known) => said.includes(known)),
    ),
  };
}

/** A resolution's word anywhere in a line: "… катышуучуларынын резолюциясы", "Résolution des participants". */
const NAMES_RESOLUTION = new RegExp(RESOLUTION_WORD.source.replace(/^\^/u, '(?<![\\p{L}])'), 'iu');

/** "sob o lema «…»", "sous le thème « … »", "under the motto “…”": the event's theme in its opening. */
const MOTTO =
  /(?:lema|tema|th[èe]me|theme|motto|slogan|devise|девиз\p{L}*|гасл\p{L}*|شعار)\s*:?\s*[«“"„]\s*([^»”"]{3,200}?)\s*[»”"]/iu;

/** A forwarded message's header line: "From:", "De :", "Assunto:", "Тема:". */
const MAIL_HEADER = /^(?:from|de|von|от|від|subject|assunto|objet|asunto|тема|sent|enviado|envoyé)\s*:/imu;

/** "Thème : « … »", "Theme: …": a line that gives the event's theme, not part of the title. */
const THEME_LINE = /^(?:th[èe]me|tema|тема|topic|المحور|الموضوع)\s*[:：]/iu;

/** "Resolution" / "of participants of the X" / "“Title”.": the heading lines as one title. */
function fullTitle(lines: Paragraph[]): string {
  // the title ends where a dated line starts ("نُشر بتاريخ 24 تشرين الأول 2024 · …") or the heading is given
  // again under a title line that gave it whole
  const end = lines.findIndex(
    (p, i) => i > 0 && (datesIn(p.text).length > 0 || RESOLUTION_WORD.test(p.text)),
  );
  const [heading, ...rest] = lines
    .slice(0, end < 0 ? lines.length : end)
    .filter((p) => !THEME_LINE.test(p.text))
    .map((p) => asOneLine(p.lines).replace(/\s+/g, ' '));
  const word = heading && isCapitals(heading) ? titleCase(heading) : (heading ?? '');
  // a heading that is a title of its own leaves the theme quoted under it out ("Declaração Final da
  // Conferência …" over "«Regressar com dignidade …»"); the word alone is completed by the lines under it
  const whole = wordCount(word) > 3;
  const parts = whole ? rest.filter((r) => !QUOTED_LINE.test(r.trim())) : rest;
  return [word, ...parts].join(' ').replace(/[\s.]+$/u, '');
}

/**
 * A resolution copied without blank lines: its heading in capitals, its place-and-dates line, its theme in
 * quotes under the heading and the collective "We, …" opening each stand apart from the lines around them.
 */
function headParagraphs(paras: Paragraph[]): Paragraph[] {
  return splitParagraphs(paras, (lines, i) => {
    const line = lines[i] ?? '';
    const before = lines[i - 1] ?? '';
    return (
      (isCapitals(before) && !isCapitals(line)) ||
      placeAndDates(line) !== null ||
      placeAndDates(before) !== null ||
      COLLECTIVE_OPENING.test(line) ||
      (QUOTED_LINE.test(line.trim()) && NAMES_RESOLUTION.test(before))
    );
  });
}

/** A headline alone in quotes ("« Documenter, c'est déjà refuser l'oubli »") opens the testimonial under it. */
const QUOTED_LINE = /^[«“"„].{3,150}[»”"]$/u;

/** A table's column of addressees, and of recommendations ("الجهة الموجهة إليها التوصية", "Recommandation"). */
const ADDRESSEE_COLUMN =
  /addressee|addressed|destinataire|adress[ée]|destinat[aá]ri|dirigid|адресат|кому|الجهة|موجه|^(?:responsables?|responsible|responsável|ответственн\p{L}*|відповідальн\p{L}*)$/iu;
const RECOMMENDATION_COLUMN = /recommend|recommand|recomenda|рекомендац|сунуш|توصي/iu;

/**
 * A table of recommendations with a column of their addressees, as the lists a resolution writes: each
 * addressee once, then its recommendations numbered. A row without the addressee's cell continues the
 * addressee above it (a cell spanning rows in the page).
 */
export function recommendationTables(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = (lines[i] ?? '').split('\t');
    const to = header.findIndex((c) => ADDRESSEE_COLUMN.test(c));
    const what = header.findIndex((c, k) => k !== to && RECOMMENDATION_COLUMN.test(c));
    if (header.length < 2 || to < 0 || what < 0) {
      out.push(lines[i] ?? '');
      continue;
    }
    let addressee = '';
    let n = 0;
    // (in a table of two columns, a row under a cell that spans it has one cell, and no tab)
    const rowAt = (k: number) =>
      (lines[k] ?? '').includes('\t') ||
      (header.length === 2 && addressee !== '' && (lines[k] ?? '').trim() !== '');
    for (i++; i < lines.length && rowAt(i); i++) {
      const cells = (lines[i] ?? '').split('\t').map((c) => c.trim());
      const full = cells.length >= header.length;
      // a row short of the addressee's cell: its cells stand in the other columns
      const at = (column: number) => (full ? cells[column] : cells[column - (column > to ? 1 : 0)]) ?? '';
      if (full && at(to) && at(to) !== addressee) {
        addressee = at(to);
        n = 0;
        out.push('', /[:：]$/u.test(addressee) ? addressee : `${addressee}:`);
      }
      // (a cell's list, its items apart by bullets, is one recommendation an item)
      for (const item of at(what).split(/\s•\s/u).filter(Boolean)) out.push('', `${++n}. ${item.trim()}`);
    }
    out.push('');
    i--;
  }
  return out.join('\n');
}

/**
 * The first paragraph, after a line that gives only when it was published ("Жарыяланды: 23.09.2024") and a
 * letterhead (a name, an address, a telephone).
 */
function opening(paras: Paragraph[]): Paragraph | undefined {
  return paras.find((p) => !(p.lines.length === 1 && isDateLine(p.text)) && !isLetterhead(p));
}

export function readResolution(source: string): KindParts {
  const text = recommendationTables(source);
  const paras = splitParagraphs(listParagraphs(headParagraphs(paragraphs(text))), (lines, i) =>
    QUOTED_LINE.test((lines[i - 1] ?? '').trim()),
  );
  const firstAddressee = paras.findIndex((_p, i) => isAddresseeAt(paras, i));
  const headEnd = Math.min(firstAddressee < 0 ? paras.length : firstAddressee, 16);
  const { event, eventLine, heading, published } = readEvent(paras.slice(0, headEnd));
  const preambleStart = Math.max(eventLine, heading) + 1;
  const preamble = paras
    .slice(preambleStart, firstAddressee < 0 ? paras.length : firstAddressee)
    .map((p) => p.text)
    .join('\n\n');
  const { recommendations, end } =
    firstAddressee < 0
      ? { recommendations: [], end: paras.length }
      : readRecommendations(paras, firstAddressee);
  const entityText = withoutCapitalLines(paras);
  const testimonials = readTestimonials(paras, end, namedEntities(entityText).persons);
  const adopted = published ?? adoptionDate(paras, firstAddressee < 0 ? paras.length : end);
  // the first line, unless a line above the heading names the resolution ("… форумунун катышуучуларынын
  // резолюциясы «…»" under the publisher's name)
  const naming = paras
    .slice(0, Math.max(0, heading))
    .find((p) => p.lines.length === 1 && NAMES_RESOLUTION.test(p.text) && !breadcrumb(p.text));
  // a resolution forwarded by e-mail starts under the message's header and rule, at its heading, as does one
  // under its publisher's letterhead (a name, a reference number, a date)
  const above = paras.slice(0, Math.max(0, heading));
  const forwarded =
    heading > 0 &&
    (above.some((p) => RULE_LINE.test(p.text) || MAIL_HEADER.test(p.text)) ||
      above.every((p) => isLetterhead(p) || (p.lines.length === 1 && isCapitals(p.text))));
  // a title line wrapped onto a second (a PDF's) is one line
  const first =
    (naming?.text ?? (forwarded ? paras[heading]?.text : opening(paras)?.text))?.replace(/\s*\n\s*/gu, ' ') ??
    null;
  if (naming && !event.name && KYRGYZ_PARTICIPANTS.test(naming.text)) event.name = eventName(naming.text);
  // an event named only in a banner in capitals is named by the title line ("Déclaration finale de la
  // Conférence …"), and its theme in quotes by a line of the head ("Thème : « … »")
  if (!event.name && first && RESOLUTION_WORD.test(first))
    event.name = eventName(first.replace(RESOLUTION_WORD, '').replace(TRAILING_QUOTE, ''));
  // a line all in quotes before any other quote ("«Нарын Келечеги» коомдук бирикмеси" is a publisher's name)
  const head = paras.slice(0, Math.max(0, eventLine)).filter((p) => !isLetterhead(p));
  // or the motto the opening gives ("… realizado sob o lema «Terra, gado e paz …»")
  if (event.name && !event.title)
    event.title =
      quoted(head.find((p) => /^[“"«„‘][^\n]*[”"»“’]$/u.test(p.text.trim()))?.text ?? '') ??
      head.map((p) => quoted(p.text)).find(Boolean) ??
      MOTTO.exec(paras[eventLine + 1]?.text ?? '')?.[1]?.replace(/\s+/gu, ' ') ??
      null;
  // a first line naming the event and its title is the title as the document gives it, unless cut short
  // before its quote closes
  const givenWhole =
    first &&
    !/[“«„][^”»]*$/u.test(first) &&
    heading > 0 &&
    event.name &&
    event.title &&
    first.includes(event.name) &&
    first.includes(event.title);
  const built =
    heading >= 0 && event.name && !givenWhole
      ? fullTitle(paras.slice(heading, Math.max(eventLine, heading + 1)))
      : null;
  // a heading that is the resolution's word alone says less than the line above it naming the resolution
  const title =
    (built && !(naming && wordCount(built) <= 2) ? built : first)?.replace(SUBJECT_LABEL, '') ?? null;
  return {
    ...emptyParts(),
    title,
    date: adopted ?? event.end ?? event.start,
    recommendations,
    details: {
      event,
      published: adopted,
      preamble,
      addressees: [...new Set(recommendations.map((r) => r.addressee))],
      testimonials,
    },
    entityText,
    // a table of recommendations' row numbers are no figures: its rows read as numbered items
    ...(text === source ? {} : { figureText: text }),
    entities: {
      persons: testimonials.flatMap((t) => t.persons),
      locations: event.city ? [event.city] : [],
      countries: event.countryCode ? [event.countryCode] : [],
    },
  };
}
