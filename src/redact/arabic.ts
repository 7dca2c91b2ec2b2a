/**
 * Arabic script has no capitals, so names are found by what surrounds them: titles (الشيخ), kunyas
 * (أبو خليل), nasab particles (بن، بنت), verbs of saying, given-name lists followed by a family name with
 * the article (سلمى الخطيب), organisation heads (جمعية، شبكة), place words (مدينة، مخيم) and known places.
 */
import type { RedactionLabel, SpanSource } from '../domain/redaction.js';
import {
  ARABIC_ORG_HEADS,
  ARABIC_PARTICLES,
  ARABIC_PLACE_BEFORE,
  ARABIC_STATE_HEADS,
  ARABIC_STRONG_PLACE_BEFORE,
  NOT_NAMES,
  PERSON_BEFORE,
  TITLES,
} from './cues.js';
import type { Lexicon } from './lexicon.js';
import { keyOf, type Token } from './text.js';

export interface Found {
  first: number;
  last: number;
  label: RedactionLabel;
  confidence: number;
  source: SpanSource;
}

function words(list: string): Set<string> {
  return new Set(list.split('|').map(keyOf));
}

/** Cities, towns and regions of the Arabic-speaking places this field works in, in Arabic script. */
const ARABIC_PLACES = words(
  'سوريا|سورية|العراق|اليمن|ليبيا|السودان|لبنان|الاردن|فلسطين|مصر|تونس|الجزائر|المغرب|موريتانيا|تركيا|ايران|الصومال|تشاد|مالي|النيجر|دمشق|حلب|حمص|حماة|ادلب|اللاذقية|طرطوس|الرقة|دير الزور|الحسكة|القامشلي|درعا|السويداء|القنيطرة|عفرين|منبج|كوباني|عين العرب|الباب|اعزاز|جرابلس|تل ابيض|راس العين|البوكمال|الميادين|تدمر|دوما|داريا|الغوطة|جسر الشغور|معرة النعمان|بغداد|البصرة|الموصل|اربيل|دهوك|السليمانية|كركوك|سنجار|تلعفر|الفلوجة|الرمادي|تكريت|سامراء|بعقوبة|ديالى|النجف|كربلاء|الحلة|الكوت|العمارة|الناصرية|الديوانية|السماوة|الانبار|نينوى|صلاح الدين|حلبجة|زاخو|سنجار|القيارة|الحويجة|طوزخورماتو|صنعاء|عدن|تعز|الحديدة|مارب|لحج|ابين|شبوة|حضرموت|المكلا|سيئون|اب|ذمار|حجة|صعدة|عمران|البيضاء|المهرة|سقطرى|الضالع|طرابلس|بنغازي|مصراتة|سبها|درنة|سرت|الزاوية|الخرطوم|ام درمان|الفاشر|نيالا|الجنينة|كسلا|بورتسودان|الابيض|كادقلي|الدمازين|دارفور|كردفان|غزة|رفح|خان يونس|نابلس|جنين|الخليل|رام الله|بيت لحم|القدس|طولكرم|قلقيلية|اريحا|بيروت|صيدا|صور|بعلبك|عرسال|زحلة|النبطية|بنت جبيل|مرجعيون|حاصبيا|جزين|عكار|حلبا|الهرمل|المنية|زغرتا|البترون|جبيل|جونية|عمان|الزرقاء|المفرق|اربد|الزعتري|الرمثا|معان|القاهرة|الاسكندرية|غازي عنتاب|عنتاب|اسطنبول|انطاكيا|اورفا|مرسين|نواكشوط|تمبكتو|غاو|انواذيبو',
);

/**
 * Common Arabic words that follow في/من and are not places (a short list: month, year, field, camp, villages,
 * houses, violence, repair, support, thousands ...).
 */
const ARABIC_NOT_PLACES = words(
  'شهر|عام|سنه|يوم|اسبوع|فتره|مرحله|اطار|مجال|ظل|حين|وقت|بدايه|نهايه|منتصف|خلال|اثناء|جلسه|اجتماع|ورشه|تدريب|مشروع|برنامج|حمله|مجلس|لجنه|بيت|منزل|مدرسه|جامعه|مركز|مستشفى|مكتب|محكمه|سجن|حي|مدينه|قريه|مخيم|منطقه|محافظه|بلده|ريف|شمال|جنوب|شرق|غرب|وسط|كل|بعض|اكثر|اقل|عدد|نحو|حوالي|قبل|بعد|امام|خلف|بين|داخل|خارج|اجل|اول|ثاني|ثالث|مره|حال|حاله|ضوء|سياق|اطار|صفوف|اوساط|قبل|جهه|جانب|طرف|حق|حقوق|قضيه|قضايا|موضوع|شان|اجل|نساء|امراه|رجال|شباب|اطفال|عائلات|عائله|اسر|اسره|مواطنين|سكان|اهالي|النساء|الرجال|قرى|بيوت|منازل|مدارس|مراكز|احياء|مناطق|بلدات|عنف|ترميم|اعاده|اعمار|دعم|تمويل|توزيع|تقديم|حمايه|مساعده|رعايه|الاف|مئات|عشرات',
);

/**
 * The shapes of verbal nouns, which follow في/من/إلى as often as places do: تفعيل (تمكين، تنفيذ), تفعلة (تهدئة،
 * تنمية), تفاعل (تزايد، تعاون), استفعال (استخراج، استراتيجية), مفاعلة (متابعة، مشاركة). A town of such a shape
 * (تكريت) is known to the gazetteer, which is asked first.
 */
const VERBAL_NOUN = /^(?:ت..ي.|ت...ه|ت.ا..|است\p{L}{3,}|م.ا..ه)$/u;

/** Activities an organisation runs: the name has ended before them ("أطلقت مؤسسة X حملة"). */
const ACTIVITIES = words(
  'حمله|جلسه|جلسات|ورشه|مذكره|برنامج|مشروع|تدريب|دوره|اجتماع|لقاء|بيان|تقرير|مبادره|نشاط|زياره|مؤتمر|ندوه|مسح|دراسه|استبيان',
);

/** Phrases that follow a name without being part of it: "شبكة نساء الضفتين بدعم من ...", "… بقيمة 38,000 دولار". */
const AFTER_NAME = words(
  'بدعم|بتمويل|بالتعاون|بالشراكة|بمشاركة|برعاية|بحضور|بمناسبة|بالتنسيق|بقيمه|بمبلغ|باجمالي|بتكلفه',
);

/** Heads of organisations' names besides the common ones: "صندوق الأمل للتضامن". */
const MORE_ORG_HEADS = words('صندوق|مرصد');

const PREPOSITIONS = words(
  'في|من|الي|علي|عن|مع|حتي|منذ|لدي|عند|ضد|حول|خلال|بين|ان|انه|انها|الذي|التي|و|او|ثم|قد|لقد|كما|لكن|بل|اذا|لم|لن|ما|لا|هل',
);
const PROCLITICS = /^(?:و|ف|ب|ل|وب|ول|فب|فل)(?=\S{3})/u;

function stripProclitic(key: string): string {
  return key.replace(PROCLITICS, '');
}

function isArabic(t: Token | undefined): t is Token {
  return t !== undefined && t.script === 'arabic';
}

/** The gap between two Arabic words lets one name run on (no punctuation, no line break). */
function joined(t: Token | undefined): boolean {
  return t !== undefined && /^(?:[ \t\u00a0\u200c\u200e\u200f]|\u200d)+$/u.test(t.gap);
}

function isPlace(key: string, lexicon: Lexicon): boolean {
  return ARABIC_PLACES.has(key) || lexicon.places.get(key) === true;
}

/** A place of one or two words at i (with a proclitic stripped), or undefined. */
function placeAt(tokens: Token[], i: number, lexicon: Lexicon): number | undefined {
  const t = tokens[i];
  if (!isArabic(t)) return undefined;
  const next = tokens[i + 1];
  for (const key of [t.key, stripProclitic(t.key)]) {
    if (isArabic(next) && joined(next) && isPlace(`${key} ${next.key}`, lexicon)) return i + 1;
    if (isPlace(key, lexicon)) return i;
  }
  return undefined;
}

/** Extends a name from its first word over nasab particles, kunyas and family names with the article. */
function nameEnd(tokens: Token[], i: number, lexicon: Lexicon, max = 5): number {
  let end = i;
  for (let j = i + 1; j < tokens.length && j - i < max; j++) {
    const t = tokens[j];
    if (!isArabic(t) || !joined(t)) break;
    const prev = tokens[j - 1]?.key ?? '';
    const afterParticle = ARABIC_PARTICLES.has(prev);
    if (
      !afterParticle &&
      !ARABIC_PARTICLES.has(t.key) &&
      (lexicon.stop.has(t.key) || PREPOSITIONS.has(t.key))
    )
      break;
    if (ARABIC_PARTICLES.has(t.key) || ARABIC_PARTICLES.has(prev)) end = j;
    else if (t.key.startsWith('ال') && !isPlace(t.key, lexicon)) end = j;
    else if (lexicon.arabicNames.has(t.key)) end = j;
    else break;
    if (ARABIC_PARTICLES.has(t.key) && j + 1 < tokens.length) continue;
  }
  // a name never ends on a particle
  while (end > i && ARABIC_PARTICLES.has(tokens[end]?.key ?? '')) end -= 1;
  return end;
}

function orgAt(tokens: Token[], i: number, lexicon: Lexicon): Found | undefined {
  let end = i;
  for (let j = i + 1; j < tokens.length && j - i <= 4; j++) {
    const t = tokens[j];
    if (!isArabic(t) || !joined(t) || lexicon.stop.has(t.key) || PREPOSITIONS.has(t.key)) break;
    if (ACTIVITIES.has(t.key) || AFTER_NAME.has(t.key)) break;
    end = j;
    if (/^لل/u.test(t.key)) break;
  }
  return end > i
    ? { first: i, last: end, label: 'ORGANIZATION', confidence: 0.75, source: 'organisation' }
    : undefined;
}

/**
 * The places listed after a place, each with its "and" written on ("من إدلب وسرمدا والدانا."): single words
 * up to the list's end (punctuation or a preposition), not a noun with its adjective ("وإدلب والمجتمع المضيف").
 */
function listedPlaces(tokens: Token[], last: number, lexicon: Lexicon): Found[] {
  const items: number[] = [];
  for (let j = last + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (!isArabic(t) || !joined(t) || !/^و\p{L}{3,}$/u.test(t.key)) break;
    const bare = t.key.slice(1);
    if (lexicon.stop.has(bare) || PREPOSITIONS.has(bare) || ACTIVITIES.has(bare) || /ات$/u.test(bare)) break;
    items.push(j);
  }
  const after = tokens[(items.at(-1) ?? last) + 1];
  const ends =
    !isArabic(after) || !joined(after) || PREPOSITIONS.has(after.key) || lexicon.stop.has(after.key);
  return ends
    ? items.map((j) => ({ first: j, last: j, label: 'LOCATION', confidence: 0.6, source: 'context' }))
    : [];
}

/** People, places and organisations named in the Arabic-script words of a text. */
export function findArabic(tokens: Token[], lexicon: Lexicon): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isArabic(t)) continue;
    const key = stripProclitic(t.key);
    const next = tokens[i + 1];
    const hit = arabicAt(tokens, i, t, key, next, lexicon);
    if (hit) {
      found.push(hit);
      i = hit.last;
      if (hit.label === 'LOCATION') {
        const listed = listedPlaces(tokens, i, lexicon);
        found.push(...listed);
        i = listed.at(-1)?.last ?? i;
      }
    }
  }
  return found;
}

function arabicAt(
  tokens: Token[],
  i: number,
  t: Token,
  key: string,
  next: Token | undefined,
  lexicon: Lexicon,
): Found | undefined {
  // the word as written first: وزارة is not و + زارة
  if (ARABIC_STATE_HEADS.has(t.key) || ARABIC_STATE_HEADS.has(key)) return undefined;
  if (ARABIC_ORG_HEADS.has(t.key) || ARABIC_ORG_HEADS.has(key) || MORE_ORG_HEADS.has(key))
    return orgAt(tokens, i, lexicon);
  const nextOk =
    isArabic(next) &&
    joined(next) &&
    (ARABIC_PARTICLES.has(next.key) || (!lexicon.stop.has(next.key) && !PREPOSITIONS.has(next.key)));
  // "حي الشيخ مقصود": a title after a place word is part of the place's name
  const before = tokens[i - 1];
  if (
    TITLES.has(t.key) &&
    nextOk &&
    isArabic(before) &&
    joined(t) &&
    ARABIC_STRONG_PLACE_BEFORE.has(before.key)
  ) {
    return {
      first: i,
      last: nameEnd(tokens, i + 1, lexicon),
      label: 'LOCATION',
      confidence: 0.75,
      source: 'context',
    };
  }
  if (
    (TITLES.has(t.key) || PERSON_BEFORE.has(t.key) || PERSON_BEFORE.has(key)) &&
    nextOk &&
    !TITLES.has(next.key)
  ) {
    const place = placeAt(tokens, i + 1, lexicon);
    if (place !== undefined)
      return { first: i + 1, last: place, label: 'LOCATION', confidence: 0.8, source: 'gazetteer' };
    const strong = TITLES.has(t.key) || lexicon.arabicNames.has(next.key) || ARABIC_PARTICLES.has(next.key);
    if (strong)
      return {
        first: i + 1,
        last: nameEnd(tokens, i + 1, lexicon),
        label: 'PERSON',
        confidence: 0.85,
        source: 'title',
      };
  }
  if ((key === 'ابو' || key === 'ام') && nextOk) {
    return {
      first: i,
      last: nameEnd(tokens, i, lexicon),
      label: 'PERSON',
      confidence: 0.8,
      source: 'name-shape',
    };
  }
  const place = placeAt(tokens, i, lexicon);
  if (place !== undefined)
    return { first: i, last: place, label: 'LOCATION', confidence: 0.85, source: 'gazetteer' };
  // a given name that is also a noun before its plural complement is the noun: "عودة العائلات", "عودة آلاف
  // العائلات" (the return of the families), not "Odeh"
  const nounBefore =
    joined(next) &&
    isArabic(next) &&
    (/^ال\p{L}{2,}ات$/u.test(next.key) || /^(?:الاف|مئات|عشرات)$/u.test(next.key));
  if (lexicon.arabicNames.has(key) && !lexicon.stop.has(key) && !nounBefore) {
    const end = nameEnd(tokens, i, lexicon);
    if (end > i) return { first: i, last: end, label: 'PERSON', confidence: 0.7, source: 'name-list' };
  }
  const prev = tokens[i - 1];
  const strong = isArabic(prev) && ARABIC_STRONG_PLACE_BEFORE.has(prev.key);
  if (isArabic(prev) && joined(t) && ARABIC_PLACE_BEFORE.has(prev.key) && (strong || !key.startsWith('ال'))) {
    const pronoun = /(?:هم|هن|كم|كن|نا|ها)$/u.test(key);
    // "منظمات", "جمعيات": a plural of things; "عمل المدافعات", "صندوق الأمل": a noun before its genitive
    const noun = /..ات$/u.test(key) || (joined(next) && isArabic(next) && next.key.startsWith('ال'));
    const cue =
      ARABIC_STATE_HEADS.has(key) ||
      ARABIC_ORG_HEADS.has(key) ||
      NOT_NAMES.has(key) ||
      ARABIC_PLACE_BEFORE.has(key);
    if (
      strong ||
      (!pronoun &&
        !noun &&
        !cue &&
        !ARABIC_NOT_PLACES.has(key) &&
        !VERBAL_NOUN.test(key) &&
        !ACTIVITIES.has(t.key) &&
        !ACTIVITIES.has(key) &&
        !lexicon.stop.has(key) &&
        !PREPOSITIONS.has(key) &&
        key.length > 2)
    ) {
      return { first: i, last: i, label: 'LOCATION', confidence: strong ? 0.75 : 0.45, source: 'context' };
    }
  }
  return undefined;
}
