/**
 * News pages: many items, each opened by a breadcrumb ("News > ...") or, on pages without one, by a short
 * title followed by a date alone on its line; then the body. Image file names left in the text by the page
 * (all lower case, sizes, extensions) are dropped from the bodies.
 */
import { type DocumentItem, type Entities, emptyEntities } from '../../domain/document.js';
import { findDates } from '../dates.js';
import { contactEntities, findEntities } from '../entities.js';
import { postAuthor, postHeadAuthor } from './authors.js';
import {
  breadcrumb,
  CATEGORY_LINE,
  COMMENTS_HEADING,
  datedTitles,
  datelineOpening,
  GREETING,
  hasReadingTime,
  isDateLine,
  isItemDateLine,
  isReactionsLine,
  isStampLine,
  isUpdatedLine,
  itemParagraphs,
  listsPostDetails,
  POST_FOOTER,
  POSTED_BY_WORDS,
  POSTS,
  postOpener,
  postsText,
  READ_MORE,
  splitMailHeader,
  titleWithDate,
  withoutForwarding,
  withoutReadingTime,
} from './layout.js';
import { emptyParts, type KindParts } from './parts.js';
import {
  addUnique,
  isCapitals,
  isHeading,
  isProse,
  listItemText,
  type Paragraph,
  paragraphs,
  withLines,
  wordCount,
} from './text.js';
import { dateOf } from './when.js';

/** An image's file name or alt text left by the page: "sudan kitchen volunteers 88213 web", "x.jpg". */
function isImageName(text: string): boolean {
  if (text.includes('\n')) return false;
  if (/\.(?:jpe?g|png|gif|webp|svg|tiff?)$/iu.test(text) || /\b\d{3,4}x\d{3,4}\b/u.test(text)) return true;
  return (
    !/\p{Lu}/u.test(text) && !/[.!?:;,"“”«»)]$/u.test(text) && wordCount(text) <= 12 && /\p{Ll}/u.test(text)
  );
}

/** A post's paragraph without its lines of reactions. */
function withoutReactions(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isReactionsLine(line))
    .join('\n');
}

/** Who posted an item, after its date: "by Faith Kiprono", "par …", "por …", "від …". */
const BYLINE = new RegExp(`(?<![\\p{L}])(?:${POSTED_BY_WORDS})\\s+\\p{Lu}`, 'u');

/** "… поделились записью", "… shared a post": a post shared from another page, whose name follows. */
const SHARED_POST =
  /(?:поделил(?:ся|ась|ось|ись|и) записью|поділил(?:ся|ася|ося|ися|и) (?:записом|дописом)|shared a (?:post|link)|a partagé une publication|compartió una publicación|compartilhou uma publicação)\s*$/iu;

/**
 * The posts of a blog page, each ending at its foot: each starts at the date over it, or, under a date that
 * heads an earlier post too, at its title (a heading over its text), after the foot, labels and share links
 * of the post before.
 */
function footedStarts(paras: Paragraph[]): number[] {
  const feet = paras.flatMap((p, i) => (POST_FOOTER.test(p.text) ? [i] : []));
  if (feet.length >= 2) return startsOver(paras, feet);
  const dated = datedAtTheirFoot(paras);
  return dated.length >= 2 ? startsOver(paras, dated) : [];
}

/** "#ВодаБезСпоров #МехриВахш": a line of hashtags only, which may close a post's text above its foot. */
const HASHTAGS_ONLY = /^(?:#[\p{L}\p{N}_]+\s*)+$/u;

/**
 * Posts each dated under its text by a line of their details ("… — рассказала медиатор." / "Опубликовано:
 * 07.11.2025 · Рубрика: …"): every such line of the page closes a text (over any hashtags), the first one too,
 * so that no date heads a post. The date lines, or none.
 */
function datedAtTheirFoot(paras: Paragraph[]): number[] {
  // (or cards whose line of who and when stands under their "Leer más »", every one's, the first's too:
  // "Comunicación Rukux Ixoq 6 noviembre, 2026 Sin comentarios")
  const underMore = (i: number) => READ_MORE.test(paras[i - 1]?.text.trim() ?? '');
  // (or cards whose day and reading time close them, the next card's title under: "19 нояб. 2026 4 мин чтения")
  const closesCard = (i: number) =>
    isDayAndReadingTime(paras[i]?.text ?? '') && !isProse(paras[i + 1]?.text ?? '');
  const lines = paras.flatMap((p, i) => (isItemDateLine(p.text) || closesCard(i) ? [i] : []));
  const dates = lines.every(underMore)
    ? lines
    : lines.filter((i) => listsPostDetails(paras[i]?.text ?? '') || closesCard(i));
  const closes = (i: number) => {
    let j = i - 1;
    while (
      j > 0 &&
      (HASHTAGS_ONLY.test(paras[j]?.text.trim() ?? '') || READ_MORE.test(paras[j]?.text.trim() ?? ''))
    )
      j--;
    return isProse(paras[j]?.text ?? '');
  };
  return dates.length >= 2 && dates.every(closes) ? dates : [];
}

/** Where each post starts, given the foot that closes it: its date line, else its title (a heading over text). */
function startsOver(paras: Paragraph[], feet: number[]): number[] {
  return feet.flatMap((foot, k) => {
    const after = k > 0 ? (feet[k - 1] as number) : -1;
    const span = paras.slice(after + 1, foot).map((p, j) => ({ p, i: after + 1 + j }));
    const dated = span.findLast(({ p }) => isItemDateLine(p.text));
    const titled = span.find(
      ({ p, i }) => isHeading(p.text, 30) && !CATEGORY_LINE.test(p.text) && isProse(paras[i + 1]?.text ?? ''),
    );
    const start = dated?.i ?? titled?.i;
    return start === undefined ? [] : [start];
  });
}

/** A post's day with the time it takes to read: "19 нояб. 2026 4 мин чтения", "Jan 28, 2025 · 5 min read". */
function isDayAndReadingTime(line: string): boolean {
  return hasReadingTime(line) && isItemDateLine(withoutReadingTime(line));
}

/** The day a post's foot gives, where its platform writes one there. */
function dayAtFoot(paras: Paragraph[]): string | null {
  const foot =
    paras.find((p) => POST_FOOTER.test(p.text)) ??
    paras.findLast((p) => isItemDateLine(p.text) || isDayAndReadingTime(p.text));
  return foot ? firstDay([foot.text]) : null;
}

/** Where items start: breadcrumb lines sharing a root, else title lines followed by a date line. */
function itemStarts(paras: Paragraph[]): { starts: number[]; crumbs: boolean; footed?: boolean } {
  const roots = new Map<string, number[]>();
  paras.forEach((p, i) => {
    const crumb = p.lines.length === 1 ? breadcrumb(p.text) : null;
    if (crumb) roots.set(crumb.root, [...(roots.get(crumb.root) ?? []), i]);
  });
  const best = [...roots.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (best.length >= 2) return { starts: best, crumbs: true };
  const footed = footedStarts(paras);
  if (footed.length >= 2) return { starts: footed, crumbs: false, footed: true };
  // a title then its date, or on some pages the date then the title: whichever the page does more
  const { titleFirst, dateFirst, mixed, inline, named } = datedTitles(paras);
  // posts under their channel's name, more than items read any other way, or each right over a date's item
  const others = Math.max(titleFirst.length, dateFirst.length, mixed.length, inline.length);
  const overDates = named.length === dateFirst.length && named.every((n, k) => dateFirst[k] === n + 1);
  // (a category every post repeats over its title and date, "Société" / "Kankan : …" / "Par … - 14 mars 2025",
  // opens none: the title does)
  const overTitles = named.filter((n) => titleFirst.includes(n + 1)).length * 2 >= named.length;
  if (!overTitles && (named.length > others || (named.length >= POSTS && overDates)))
    return { starts: named, crumbs: false };
  // titles that carry their dates, or a page that mixes the orders: more items read that way
  if (inline.length > Math.max(titleFirst.length, dateFirst.length, mixed.length))
    return { starts: inline, crumbs: false };
  if (mixed.length > Math.max(titleFirst.length, dateFirst.length)) return { starts: mixed, crumbs: false };
  // as many of each (a menu line before a date looks like a title too): the one whose bodies follow
  const bodies = (starts: number[]) => starts.filter((i) => isProse(paras[i + 2]?.text ?? '')).length;
  const dateLed =
    dateFirst.length > titleFirst.length ||
    (dateFirst.length === titleFirst.length && bodies(dateFirst) > bodies(titleFirst));
  return { starts: dateLed ? dateFirst : titleFirst, crumbs: false };
}

/**
 * A post without the channel's name that opens it, alone on its line or before a caption's first words
 * ("amudh.lundanorte Dundo: 30 activistas …"): the caption's first line is then the post's title.
 */
function withoutOpener(source: Paragraph[], opener: string | null): Paragraph[] {
  const [first, ...rest] = source;
  if (!opener || first?.lines[0]?.trim() !== opener) return source;
  const paras = first.lines.length > 1 ? [withLines(first, first.lines.slice(1)), ...rest] : rest;
  const caption = paras[0];
  const words = caption?.lines[0]?.trimStart().slice(opener.length) ?? '';
  if (!caption?.lines[0]?.trimStart().startsWith(opener) || !/^\s+\S/u.test(words)) return paras;
  return [
    withLines(caption, [words.trim()]),
    ...(caption.lines.length > 1 ? [withLines(caption, caption.lines.slice(1))] : []),
    ...paras.slice(1),
  ];
}

/** The most words of a category set over a post's title. */
const CATEGORY_WORDS = 3;

/** A short line of a few words over a longer title line, the text under them. */
function isCategoryOver(paras: Paragraph[], i: number): boolean {
  const [category, title, text] = [paras[i]?.text ?? '', paras[i + 1]?.text ?? '', paras[i + 2]?.text ?? ''];
  return (
    isHeading(category, CATEGORY_WORDS) &&
    !isProse(category) &&
    isHeading(title, 30) &&
    !/[.!?…;:]["'”»)]*$/u.test(title) &&
    !isDateLine(title) &&
    !isItemDateLine(title) &&
    wordCount(title) > wordCount(category) + 2 &&
    isProse(text)
  );
}

/** The first whole day the texts name, or null. */
function firstDay(texts: string[]): string | null {
  for (const text of texts) {
    const day = findDates(text).find((d) => d.date.length === 10);
    if (day) return day.date;
  }
  return null;
}

/** Where a post dated at its foot ("15 mar 2025 · ❤️ 212 · 💬 18"), as feeds show it, has its last date line. */
function footDate(body: Paragraph[]): number {
  return body.findLastIndex((p) => isItemDateLine(p.text));
}

function readItem(
  source: Paragraph[],
  crumbs: boolean,
  opener: string | null,
  datedAtFoot: boolean,
): DocumentItem {
  const paras = withoutOpener(source, opener);
  let i = 0;
  let title: string | null = null;
  if (crumbs) {
    // the crumb's last step is the title, unless a title line follows it ("Home > News > Society")
    const rest = breadcrumb(paras[0]?.text ?? '')?.rest ?? '';
    const next = paras[1]?.text ?? '';
    if (!/^(?:\.\.\.|…)$/u.test(rest) && !(isHeading(next, 30) && !isItemDateLine(next))) title = rest;
    i = 1;
  }
  let date: string | null = null;
  const inline = title === null ? titleWithDate(paras[i]?.text ?? '') : null;
  if (inline) {
    title = inline.title;
    date = inline.date;
    i++;
  }
  // a date line that names who posted it ("Posted on 3 March 2025 by Faith Kiprono") stays with the item
  let byline: string | null = null;
  const dateLine = () => {
    const line = paras[i++]?.text ?? '';
    if (BYLINE.test(line)) byline = line;
    return dateOf(line);
  };
  if (date === null && paras[i] && isItemDateLine(paras[i]?.text ?? '')) date = dateLine();
  // (and the day it was changed, under it)
  if (date !== null && isUpdatedLine(paras[i]?.text ?? '')) i++;
  // (a post's time relative to the day it was seen says no day: its own date is found in it below)
  let stamped = false;
  const stampLine = () => {
    if (date !== null || !isStampLine(paras[i]?.text ?? '')) return;
    stamped = true;
    i++;
  };
  stampLine();
  // a forwarded post's title under the line that says whence ("[ Переслано з: … ]"), which stays with it
  const opening = paras[i];
  const { paragraph, forwarded } = opening
    ? withoutForwarding(opening)
    : { paragraph: null, forwarded: null };
  if (paragraph && forwarded) paras.splice(i, 1, paragraph);
  byline ??= forwarded;
  // (or shared, under who shared it and who posted it first: "… поделились записью" / "Акимат города …")
  if (!forwarded && SHARED_POST.test(paras[i]?.lines[0] ?? '') && (paras[i]?.lines.length ?? 0) <= 2)
    byline ??= paras[i++]?.text ?? null;
  // a category over the title ("Безпека громад" / "У Чорткові провели …" / the text): the title is under it
  if (title === null && isCategoryOver(paras, i)) i++;
  if (title === null && paras[i] && isHeading(paras[i]?.text ?? '', 30)) title = paras[i++]?.text ?? null;
  // (a post under its time, or a wall's post under its date: the first line of its caption, over the lines
  // that go on from it)
  const caption = paras[i];
  const first = caption?.lines[0]?.trim() ?? '';
  if (
    title === null &&
    (stamped || date !== null) &&
    caption &&
    caption.lines.length > 1 &&
    isHeading(first, 30) &&
    !/[.:]$/u.test(first)
  ) {
    title = first;
    paras[i] = withLines(caption, caption.lines.slice(1));
  }
  if (date === null && paras[i] && isItemDateLine(paras[i]?.text ?? '')) date = dateLine();
  stampLine();
  // a release's body opens with its place and date ("QUIBDÓ, 18 de abril de 2024.– …")
  date ??= datelineOpening(paras[i]?.text ?? '');
  // (its readers' comments, under their heading, end it)
  const comments = paras.findIndex((p, k) => k >= i && COMMENTS_HEADING.test(p.text.trim()));
  const rest = paras.slice(i, comments < 0 ? paras.length : comments);
  const foot = (datedAtFoot || stamped) && date === null ? footDate(rest) : -1;
  if (foot >= 0) date = dateOf(rest.splice(foot, 1)[0]?.text ?? '');
  // (else the first day its opening names: "📍 Kafanchan | 19 March 2025", "On 11 March 2025, …")
  if (stamped && date === null) date = firstDay([title ?? '', ...rest.slice(0, 2).map((p) => p.text)]);
  const body = rest
    .map((p) => withoutReactions(p.text))
    // (a "read more" line stays: it may give the item's address)
    .filter((t) => t && !isImageName(t));
  // (a channel's pin or bell before a post's title, or a heart after it, is no word of it: "📌 Лейлек …")
  const bare = title?.replace(EMOJI_BEFORE, '').replace(EMOJI_AFTER, '') ?? null;
  return { title: bare || title, date, text: [...(byline ? [byline] : []), ...body].join('\n\n') };
}

/**
 * What the page's head gives that belongs to no item: its site, address and handles, and the names in its
 * sentences (a channel's description), not the words of its title or masthead ("KWPMN Newsletter"); and
 * the organisation whose name opens each post.
 */
function leadEntities(lead: Paragraph[], opener: string | null): Partial<Entities> {
  if (lead.length === 0) return {};
  // (a newsletter's letter, from its greeting to its signature, names people and places in every line)
  const letter = lead.findIndex((p) => GREETING.test(p.text));
  const entities = findEntities(
    lead
      .filter((p, i) => isProse(p.text) || (letter >= 0 && i > letter))
      .map((p) => p.text)
      .join('\n\n'),
  );
  // the page's owner, whose name opens each of its posts ("Nimba Peace Hut Women's Network - NPHWN")
  if (opener) addUnique(entities.organizations, findEntities(opener).organizations);
  return contactEntities(lead.map((p) => p.text).join('\n\n'), entities);
}

/** "View this email in your browser", "¿No ves bien este correo? Ver en el navegador": a newsletter's link to its web copy. */
const WEB_COPY =
  /^\[?(?:¿[^?]*\?\s*)?(?:view (?:this (?:e-?mail|newsletter|message) )?(?:in|on) (?:your |a )?(?:web )?browser|view (?:it )?online|voir (?:la version en ligne|(?:cet? (?:e-?mail|courriel|message) )?dans (?:votre|le) navigateur)|afficher dans (?:le|votre) navigateur|ver (?:este correo |este mensaje |el boletín )?en (?:el|tu|su) navegador|ver (?:no|em) (?:seu )?navegador|(?:открыть|посмотреть) в браузере|(?:переглянути|відкрити) (?:в|у) браузері|عرض (?:هذه الرسالة )?(?:في|على) المتصفح)/iu;

/** The page's first line, above any subtitle ("Newsletter of … | Issue No. 23"), under its link to its web copy. */
function pageTitle(lead: Paragraph[]): string | null {
  const first = lead.find((p) => !WEB_COPY.test(p.text))?.lines[0];
  return first && isHeading(first, 20) && !isDateLine(first) ? first.trim() : null;
}

/** A newsletter's issue number, before the day it came out. */
const ISSUE =
  /^(?:issue|no\.|n[°º]|num[ée]ro|n[úu]mero|edici[óo]n|выпуск|випуск|номер|العدد)\s*(?:№|no\.?)?\s*[\d٠-٩]{1,3}\s*[·•|,–—-]\s*/iu;

/** The date of the last date line above a paragraph. */
function separatorDate(paras: Paragraph[], before: number): string | null {
  for (let i = before - 1; i >= 0; i--) {
    const text = paras[i]?.text ?? '';
    if (isItemDateLine(text)) return dateOf(text);
  }
  return null;
}

/**
 * Titles set in capitals ("BAMBARI : 11 COMITÉS …") as the page writes them in ordinary case elsewhere, in its
 * contents ("1. Bambari : 11 comités …").
 */
function inOrdinaryCase(items: DocumentItem[], paras: Paragraph[]): DocumentItem[] {
  if (!items.some((item) => item.title && isCapitals(item.title))) return items;
  const written = new Map<string, string>();
  for (const line of paras.flatMap((p) => p.lines)) {
    const text = listItemText(line.trim());
    if (!isCapitals(text)) written.set(text.toLocaleLowerCase(), text);
  }
  return items.map((item) => {
    const ordinary =
      item.title && isCapitals(item.title) ? written.get(item.title.toLocaleLowerCase()) : undefined;
    return ordinary ? { ...item, title: ordinary } : item;
  });
}

/** An emoji, with its variation, skin tone and the ones joined to it ("👩‍🏫", "🙋‍♀️"). */
const EMOJI = String.raw`\p{Extended_Pictographic}\uFE0F?\p{Emoji_Modifier}?(?:\u200D\p{Extended_Pictographic}\uFE0F?\p{Emoji_Modifier}?|\u200D[♀♂]\uFE0F?)*`;
const EMOJI_BEFORE = new RegExp(`^(?:${EMOJI}\\s*)+`, 'u');
const EMOJI_AFTER = new RegExp(`(?:\\s*${EMOJI})+$`, 'u');

/** A blog platform's buttons over a post: "Subscribe Sign in", "Suscribirse Iniciar sesión". */
const ACCOUNT_BUTTONS =
  /^(?:(?:subscribe|sign in|sign up|join now|\+ follow|follow|report this article|suscribirse|iniciar sesión|s['’]abonner|se connecter|подписаться|войти|підписатися|увійти|assinar|entrar)\s*){1,3}$/iu;
/** How many lines the head of a post, its title, author, day and buttons, takes at most. */
const POST_HEAD_LINES = 12;

/**
 * A blog platform's page of one post (Medium, Substack): its title (under the publication's name and account
 * buttons, if any), then who wrote it and the day, with the platform's reading time, buttons or reactions in
 * its head. Where its title and its date line are among the head's lines, or null.
 */
function singlePost(lines: string[]): { title: number; date: number } | null {
  const head = lines.slice(0, POST_HEAD_LINES);
  const buttons = head.findIndex((line) => ACCOUNT_BUTTONS.test(line));
  // (or a thread, titled by its first post: "Threats after the fires: … 🧵 (1/7)")
  const thread = head.findIndex((line) => THREAD_OPENER.test(line));
  const platform = buttons >= 0 || head.some((line) => hasReadingTime(line) || isReactionsLine(line));
  // (the title under the last of the buttons set one under another: "Join now" / "Sign in")
  let title = thread >= 0 ? thread : buttons + 1;
  while (thread < 0 && buttons >= 0 && ACCOUNT_BUTTONS.test(lines[title] ?? '')) title++;
  if ((!platform && thread < 0) || !isHeading(lines[title] ?? '', 30)) return null;
  const under = lines.slice(0, title + POST_HEAD_LINES);
  const date = under.findIndex((line, i) => i > title && isItemDateLine(postDay(line)));
  return date < 0 ? null : { title, date };
}

/** "… 🧵 (1/7)", "… 1/5", "🧵 …": the first post of a thread, its mark or numbering about its first line. */
const THREAD_OPENER = /\s*(?:🧵\s*)?\(?(?<!\d)1\s?\/\s?\d{1,2}\)?\s*(?:🧵\s*)?$|\s*🧵\s*$|^🧵\s*/u;
/** "· 21.6K Views", "· 8.317 Visualizações": how often a post was seen, after its day. */
const VIEWS =
  /\s*[·|]\s*[\d.,]+\s?[KkMm]?\s+(?:views|vues|visualizaciones|visualizações|просмотр\p{L}*|перегляд\p{L}*|مشاهدات?)\s*$/iu;

/** "9:14 AM · ", "10:42 · ": the time a post's day line opens with. */
const TIME_BEFORE = /^\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s*[·|]\s*/u;

/** A post's day line without the platform's reading time, its views or its time: "Nov 4, 2026". */
function postDay(line: string): string {
  return withoutReadingTime(line.replace(VIEWS, '').replace(TIME_BEFORE, ''));
}

/** Whether a text is a blog platform's page of one post. */
export function isSinglePost(text: string): boolean {
  const lines = text
    .split('\n', POST_HEAD_LINES * 3)
    .map((line) => line.trim())
    .filter(Boolean);
  return singlePost(lines) !== null;
}

/** A blog platform's page of one post as one item, under its title, dated by the line under its author. */
function readSinglePost(paras: Paragraph[]): KindParts | null {
  const lines = paras.flatMap((p) => p.lines.map((line) => line.trim())).filter(Boolean);
  const post = singlePost(lines);
  if (!post) return null;
  const at = post.date;
  const date = dateOf(postDay(lines[at] ?? ''));
  const author = postAuthor(lines[at - 1] ?? '');
  const title = lines[post.title]?.replace(THREAD_OPENER, '') ?? null;
  // its standfirst and its body, without its author and day, the platform's reactions and buttons, and the
  // reading times of the platform's other posts listed under it
  const text = [...lines.slice(post.title + 1, author ? at - 1 : at), ...lines.slice(at + 1)]
    .filter((line) => !isReactionsLine(line) && !ACCOUNT_BUTTONS.test(line))
    .map((line) => (hasReadingTime(line) ? withoutReadingTime(line) : line))
    .join('\n\n');
  return {
    ...emptyParts(),
    title,
    date,
    items: [{ title, date, text }],
    details: { itemCount: 1, ...(author ? { authors: [author] } : {}) },
    entities: { ...emptyEntities(), persons: author ? [author.name] : [] },
  };
}

export function readNews(source: string): KindParts {
  const text = postsText(source);
  const paras = itemParagraphs(paragraphs(text));
  const { starts, crumbs, footed } = itemStarts(paras);
  // (a post's page may list a few of the platform's other posts under it; a thread's posts are one post)
  const thread = paras
    .slice(0, POST_HEAD_LINES)
    .some((p) => p.lines.some((l) => THREAD_OPENER.test(l.trim())));
  const post = starts.length < POSTS || thread ? readSinglePost(paras) : null;
  if (post) return post;
  // (a breadcrumb opens each item of its page too, read as the crumb it is)
  const opener = crumbs ? null : postOpener(paras, starts);
  // posts under their channel's name with no date line above the first: each is dated at its foot
  const datedAtFoot = opener !== null && paras.findIndex((p) => isItemDateLine(p.text)) > (starts[0] ?? 0);
  const read = starts.map((start, n) => {
    const item = readItem(paras.slice(start, starts[n + 1] ?? paras.length), crumbs, opener, datedAtFoot);
    // a post dated at its foot ("Добавил: admin (14.10.2025, 17:42)"), or by the day separator above it, which
    // may stand over several posts
    if (footed && item.date === null)
      item.date = dayAtFoot(paras.slice(start, starts[n + 1] ?? paras.length));
    if ((opener || footed) && item.date === null) item.date = separatorDate(paras, start);
    return item;
  });
  const items = inOrdinaryCase(read, paras);
  const lead = paras.slice(0, starts[0] ?? 0);
  // a page of one post names who wrote it in the post's head, over its day
  const author = items.length === 1 ? postHeadAuthor(paras.slice(0, (starts[0] ?? 0) + 2)) : null;
  // the page's date: its latest item's, or the day its head says it was published, when later
  // (a newsletter's issue number before its day: "العدد 9 · 31 تشرين الأول/أكتوبر 2025", "Issue 23 | March 2025")
  const published = lead.flatMap((p) =>
    p.lines
      .map((l) => l.replace(ISSUE, ''))
      .filter((l) => isDateLine(l))
      .map((l) => dateOf(l) ?? ''),
  );
  const dates = [
    ...items.flatMap((item) => (item.date ? [item.date] : [])),
    ...published.filter(Boolean),
  ].sort();
  return {
    ...emptyParts(),
    title: pageTitle(lead),
    date: dates[dates.length - 1] ?? null,
    items,
    // (and the addresses of the e-mail it came in)
    entities: contactEntities(splitMailHeader(source).header, {
      ...emptyEntities(),
      ...leadEntities(lead, opener),
    }),
    details: { itemCount: items.length, ...(author ? { authors: [author] } : {}) },
  };
}
