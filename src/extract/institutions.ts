/**
 * Organisations the personal-data detector leaves out on purpose: public institutions (a ministry, a
 * court, a city authority are no personal data), names in common words ("Harbour Network for Civic
 * Space": no word in it is a name) and names given in quotes after the word for what they are
 * ("Общественное объединение «Правовая инициатива Ала-Тоо»"). A document's organisations include them.
 */
import { ORG_STARTS, STATE_HEADS, TITLES } from '../redact/cues.js';
import { getLexicon } from '../redact/index.js';
import { keyOf, listKey } from '../redact/text.js';
import { ADJECTIVE_ENDINGS, type Gender, isUkrainian, nominativeAdjective } from './slavic.js';

const CAPITALISED = String.raw`\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*`;
/** Small words inside an institution's name, "from the" included ("… Persons from the Occupied Territories"). */
const JOINER = String.raw`(?:(?:of|for|on|the|from|against|de|du|des|la|le|les|pour|sur|contre|del|para|sobre|contra|da|do|dos|das|pentru)[ \t]+|[ld]['’])`;
/** Its next word: after a space, a comma or "and", over small words ("Ministry of Labour and Social Protection"). */
const NEXT_WORD = String.raw`(?:[ \t]*,[ \t]*|[ \t]+(?:(?:and|et|y|e|&)[ \t]+(?!(?:the|la|le|les|el|los|las)[ \t]))?)${JOINER}*${CAPITALISED}`;
/** "Ministry of …", "Ministère de …": a name that the word for a ministry opens. */
const MINISTRY = new RegExp(
  String.raw`(?<![\p{L}])(?:Ministry|Ministère|Ministerio|Ministério|Ministerul)(?:${NEXT_WORD})+`,
  'gu',
);
/**
 * French, Spanish and Portuguese public bodies, named head first and ending with a name: "Hôpital provincial de Bol",
 * "Direction de la Protection Civile", "Tribunal de première instance de Toliara", "Ambassade du Japon".
 */
const ROMANCE_BODY =
  /(?<![\p{L}])(?:Direction|Dirección|Direção|Délégation|Conseil|Commission|Haute Autorité|Haut-Commissariat|Agence|Brigade|Office|Hôpital|Tribunal|Ambassade|Barreau|Mairie|Préfecture|Cour|Municipalidad|Comisionado|Defensoría|Fiscalía|Secretaría|Alcaldía|Gobernación|Juzgado|Procuraduría|Embajada|Corte|Delegacia|Conservatória|Secretaria|Prefeitura|Defensoria|Comissão|Comisión|Governo|Administração|Câmara|Conselho)(?![\p{L}])/gu;
/** Where such a name stops: punctuation, or "and" before an article ("… Civile et le Tribunal …"). */
const ROMANCE_END =
  /[,;:.()«»"“”]|[ \t](?:et|y|e|and|ou|o)[ \t]+(?:le|la|les|l['’]|el|los|las|un|une|des|a|o|os|as|à|às|ao|aos)(?![\p{L}])/u;

/** Where a sentence goes on past the name: a figure, or three words in lower case ("… a annoncé un fonds"). */
const ROMANCE_RUN_ON =
  /[ \t]\p{N}|(?:[ \t]+(?!(?:de|du|des|la|le|les|del|da|do|dos|das|à|a|y|et|e|pour|para)[ \t])\p{Ll}[\p{L}'’-]*){3}/u;

/** The body's name up to its last capitalised word, when one follows the head ("… de Bol", not "… a reçu"). */
function romanceBody(text: string, head: RegExpMatchArray): Institution | undefined {
  const start = head.index ?? 0;
  const line = text.slice(start, start + 160).split('\n', 1)[0] ?? '';
  const rest = line.slice(head[0].length);
  const stop = Math.min(...[ROMANCE_END, ROMANCE_RUN_ON].map((end) => end.exec(rest)?.index ?? rest.length));
  const span = line.slice(0, head[0].length + stop);
  const words = [...span.matchAll(/(?:[ld]['’])?\p{L}[\p{L}'’-]*/gu)].slice(1, 9);
  const last = words.findLast((w) => /^(?:[ld]['’])?\p{Lu}/u.test(w[0]));
  if (!last) return undefined;
  const name = span.slice(0, (last.index ?? 0) + last[0].length);
  return { name, start, end: start + name.length };
}

/** The word for an organisation, whose name goes on with small words: "Forum on Security & Rule of Law". */
const HEAD =
  /(?<![\p{L}])(?:Network|Forum|Coalition|Alliance|Initiative|Institute|Institut|Instituto|Foundation|Fondation|Fundación|Association|Asociación|Union|Centre|Center|Centro|Society|Movement|Federation|League|Platform|Observatory|Observatoire|Observatorio|Fund|Fonds|Trust|Collective|Réseau)(?![\p{L}])/gu;
const SMALL_WORDS_AFTER = new RegExp(
  String.raw`(?:[ \t]+${JOINER}+|[ \t]*[ld]['’]|[ \t]+(?=${CAPITALISED}[ \t]+${JOINER}))${CAPITALISED}(?:${NEXT_WORD})*`,
  'uy',
);

/** The word for a public body, that capitalised words before it name: "Kampala Capital City Authority". */
const BODY =
  /(?<![\p{L}])(?:Authority|Council|Commission|Committee|Agency|Directorate|Department|Bureau|Office|Court|Tribunal|Municipality|Ombudsman|Ombudsperson|Hospital|Cluster|Police|Assembly)(?![\p{L}])/gu;
const NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(?:${CAPITALISED}[ \t]+){1,4}$`, 'u');

/**
 * The words an Arabic organisation's name goes on with: "and the …" ("… والتنمية"), "for the …" ("…
 * للمرأة"), an adjective ("… المدني", "… النسائية"), not a relative pronoun nor the noun of the next clause.
 */
export const ARABIC_NAME_GOES_ON =
  /^(?:[ \t]+(?:وال\p{Script=Arabic}{2,}|لل\p{Script=Arabic}{2,}|(?!الذي|التي)ال\p{Script=Arabic}+(?:ي|ية|ة)(?![\p{L}])))+/u;

/**
 * Arabic public bodies, named in the construct state before their complement: "وزارة الداخلية والبلديات",
 * "بلدية طرابلس", "مفوضية العون الإنساني", "مجلس محافظة البصرة" (the "and", "to" or "in" written onto the head
 * left out).
 */
const ARABIC_BODY =
  /(?<![\p{L}])(?:[وبل]|لل)?((?:وزارة|مفوضية|مجلس|بلدية|دائرة|مديرية|هيئة|محكمة)[ \t]+\p{Script=Arabic}{2,})/gu;

function arabicBody(text: string, m: RegExpMatchArray): Institution | undefined {
  const head = m[1] ?? '';
  // "بلدية في …": a preposition is no complement
  if (getLexicon().stop.has(keyOf(head.split(/[ \t]+/u)[1] ?? ''))) return undefined;
  const start = (m.index ?? 0) + m[0].length - head.length;
  const after = start + head.length;
  const more = ARABIC_NAME_GOES_ON.exec(text.slice(after, after + 80))?.[0] ?? '';
  // "دائرة الأحوال المدنية في كركوك": a directorate's place after its qualified name
  const where = more
    ? (/^[ \t]+في[ \t]+\p{Script=Arabic}{3,}/u.exec(text.slice(after + more.length))?.[0] ?? '')
    : '';
  const name = head + more + where;
  return { name, start, end: start + name.length };
}

/** An organisation's name and where the text gives it. */
export interface Institution {
  name: string;
  start: number;
  end: number;
}

/** The capitalised words before the word for a public body, when one of them names it. */
function namedBody(text: string, head: RegExpMatchArray): Institution | undefined {
  const { common, stop } = getLexicon();
  const at = head.index ?? 0;
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, at - 80), at))?.[0] ?? '';
  const words = before.trim().split(/[ \t]+/u);
  const named = words.slice(
    Math.max(
      0,
      words.findIndex((w) => !stop.has(w.toLocaleLowerCase())),
    ),
  );
  // "High Court", "Security Council": one common word names no one body; "National Peace Council" does
  if (named.length < 2 && !named.some((w) => w && !common.has(w.toLocaleLowerCase()))) return undefined;
  const start = at - before.length + before.indexOf(named[0] ?? '');
  return { start, end: at + head[0].length, name: text.slice(start, at + head[0].length) };
}

/**
 * An organisation named with small words, in common words as it may be: the capitalised words before
 * its head word ("Harbour Network"), then the small words and capitalised ones after it ("for Civic Space").
 */
function namedWithSmallWords(text: string, head: RegExpMatchArray): Institution | undefined {
  const at = head.index ?? 0;
  SMALL_WORDS_AFTER.lastIndex = at + head[0].length;
  const after = SMALL_WORDS_AFTER.exec(text)?.[0];
  if (!after) return undefined;
  const { stop } = getLexicon();
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, at - 80), at))?.[0] ?? '';
  const words = before
    .trim()
    .split(/[ \t]+/u)
    .filter(Boolean);
  const lead = words.findIndex((w) => !stop.has(w.toLocaleLowerCase()));
  const start = lead < 0 ? at : at - before.length + before.indexOf(words[lead] ?? '');
  const end = at + head[0].length + after.length;
  return { name: cutName(text.slice(start, end)), start, end };
}

/** Months and weekdays, in the languages of the names above. */
const DATE_WORDS = new Set(
  (
    'january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday janvier fevrier mars avril mai juin juillet aout septembre ' +
    'octobre novembre decembre enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'
  ).split(' '),
);

/**
 * A name without what runs on after it: "Ministry of Education of September 2023", "Lowlands Forum on
 * Security & Rule of Law, Dr. Sawsan …".
 */
function cutName(whole: string): string {
  // "Institute for Child Development Studies, Belgrade": the city after a comma is where it is, not its name
  const city = /,[ \t]*(\p{Lu}[\p{L}'’-]+)$/u.exec(whole);
  const name =
    city && getLexicon().places.has(listKey(city[1] ?? '').trim()) ? whole.slice(0, city.index) : whole;
  const end = (name.match(/\p{L}[\p{L}'’-]*/gu) ?? []).find(
    (w) => DATE_WORDS.has(keyOf(w)) || (TITLES.has(keyOf(w)) && name.includes(`, ${w}`)),
  );
  if (!end) return name;
  return name.slice(0, name.search(new RegExp(String.raw`(?:[ \t,]+${JOINER}*)?${end}`, 'u'))).trim();
}

/** The head of a Russian or Ukrainian public body's name, in any case: "Министерству", "радою", "центром". */
const SLAVIC_HEAD =
  /(?<![\p{L}])([Мм]инистерств|[Мм]іністерств|[Аа]гентств|[Сс]уд|[Сс]овет|[Кк]омитет|[Кк]омітет|[Пп]арламент|[Сс]лужб|[Пп]рокуратур|[Уу]правлени|[Уу]правлінн|[Дд]епартамент|[Рр]ад|[Цц]ентр|[Оо]фіс|[Оо]фис|[Кк]абінет|[Кк]абинет|[Аа]дміністрац|[Аа]дминистрац|[Пп]равительств|[Сс]обрани|[Аа]кимат|[Хх]окимият)(?:ія|ії|ію|ією|ия|ии|ию|ией|о|а|у|ом|е|ы|ой|ою|ем|я|ю|ям|і|и)?(?![\p{L}])/gu;
/** Adjectives before it, a capitalised one first: "Верховному суду", "Ізюмською міською радою". */
const SLAVIC_ADJECTIVES = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}[\p{Ll}'’]+(?:${ADJECTIVE_ENDINGS})(?:[ \t]+\p{Ll}[\p{Ll}'’]+(?:${ADJECTIVE_ENDINGS})){0,2})[ \t]+$`,
  'u',
);
/**
 * Its complements after it, in the genitive: "юстиции Кыргызской Республики", "соціального захисту населення
 * Балаклійської міської ради", "з надання безоплатної правової допомоги", "Республики Казахстан".
 */
const SLAVIC_COMPLEMENTS =
  /(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:и|та|і)[ \t]+(?=\p{Ll}))?(?:(?:з|із|по)[ \t]+(?:питань|надання|прав|правам|делам|вопросам)|\p{Ll}+о[ \t]+\p{Ll}+(?:их|ых)|\p{L}[\p{Ll}'’]{2,}(?:ии|ия|ія|ії|ого|ої|их|ых|ой|ій|ы|и|і|а|у|я|ов|ів|ей)(?<!ли|ся|сь))(?![\p{L}])){0,8}(?:(?<=Республик[иі])[ \t]+\p{Lu}\p{Ll}+)?/uy;
/** The nominative of each head, and its gender. */
const SLAVIC_HEADS: Record<string, [string, Gender]> = {
  министерств: ['министерство', 'neuter'],
  міністерств: ['міністерство', 'neuter'],
  агентств: ['агентство', 'neuter'],
  суд: ['суд', 'masculine'],
  совет: ['совет', 'masculine'],
  комитет: ['комитет', 'masculine'],
  комітет: ['комітет', 'masculine'],
  парламент: ['парламент', 'masculine'],
  служб: ['служба', 'feminine'],
  прокуратур: ['прокуратура', 'feminine'],
  управлени: ['управление', 'neuter'],
  управлінн: ['управління', 'neuter'],
  департамент: ['департамент', 'masculine'],
  рад: ['рада', 'feminine'],
  центр: ['центр', 'masculine'],
  офіс: ['офіс', 'masculine'],
  офис: ['офис', 'masculine'],
  кабінет: ['кабінет', 'masculine'],
  кабинет: ['кабинет', 'masculine'],
  адміністрац: ['адміністрація', 'feminine'],
  администрац: ['администрация', 'feminine'],
  правительств: ['правительство', 'neuter'],
  собрани: ['собрание', 'neuter'],
  акимат: ['акимат', 'masculine'],
  хокимият: ['хокимият', 'masculine'],
};

function capitalise(word: string): string {
  return (word[0] ?? '').toLocaleUpperCase() + word.slice(1);
}

/** A Russian or Ukrainian body under its own name: the head and its adjectives in the nominative, the rest as is. */
function slavicBody(text: string, head: RegExpMatchArray): Institution | undefined {
  const stem = head[1] ?? '';
  const at = head.index ?? 0;
  const [noun, gender] = SLAVIC_HEADS[stem.toLocaleLowerCase()] ?? [];
  if (!noun || !gender) return undefined;
  const adjectives = SLAVIC_ADJECTIVES.exec(text.slice(Math.max(0, at - 80), at));
  const start = at - (adjectives?.[0].length ?? 0);
  // "Комитет … при Правительстве …": the body a committee is attached to is part of the committee's name
  if (/(?<![\p{L}])при[ \t]+$/iu.test(text.slice(Math.max(0, start - 5), start))) return undefined;
  SLAVIC_COMPLEMENTS.lastIndex = at + head[0].length;
  const rest = SLAVIC_COMPLEMENTS.exec(text)?.[0] ?? '';
  // "суд" alone is any court: a body is named with an adjective or its complements, or opens a sentence
  if (!adjectives && (!rest.trim() || stem[0] === stem[0]?.toLocaleLowerCase())) return undefined;
  // "Кризисный центр «Сенім»": the name in quotes is the organisation's
  if (/^[ \t]*[«"“]/u.test(text.slice(at + head[0].length + rest.length))) return undefined;
  const ukrainian = isUkrainian(`${adjectives?.[1] ?? ''} ${noun}`);
  const name = [
    ...(adjectives?.[1]?.split(/[ \t]+/u).map((a) => nominativeAdjective(a, gender, ukrainian)) ?? []),
    // "Верховна Рада", "Генеральная прокуратура": the head as the text writes it, capitalised when it opens
    adjectives && stem[0] === stem[0]?.toLocaleLowerCase() ? noun : capitalise(noun),
  ].join(' ');
  return {
    start,
    end: at + head[0].length + rest.length,
    name: `${name}${rest.replace(/\s+/gu, ' ')}`,
  };
}

/** A word without its final vowels, so that a case ending is a few letters after it: "объединен". */
function stemOf(word: string): string {
  return keyOf(word).replace(/[aeiouyаеиоуыэюяйь]+$/u, '');
}
const ORGANISATION_STEMS = new Set([...ORG_STARTS, ...STATE_HEADS].map(stemOf));

/** A word for an organisation or a public body, in any case: "объединением", "фондом", "Управлінням", "network". */
export function isOrganisationWord(word: string): boolean {
  for (let cut = 0; cut <= 3 && word.length - cut >= 3; cut++)
    if (ORGANISATION_STEMS.has(stemOf(word.slice(0, word.length - cut)))) return true;
  return false;
}

const QUOTED = /[«“"]([^«»“”"\n]{3,80})[»”"]/gu;
const WORD_BEFORE = /(?<![\p{L}\p{M}])(\p{Ll}[\p{L}\p{M}]*|\p{Lu}+)[ \t]+$/u;
/** The word for an organisation and the words in lower case that complete it: "Фонду громадянської солідарності". */
const WORD_AND_COMPLEMENT = /(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]*)(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,3}[ \t]+$/u;
const WORDS_AFTER = /^[ \t]+(\p{Ll}[\p{L}\p{M}]*)(?:[ \t]+(\p{Ll}[\p{L}\p{M}]*))?/u;
/** The Kyrgyz words for a foundation, an association, a centre, a network, after a quoted name. */
const KYRGYZ_KIND = /^(?:коомдук|фонд|бирикме|борбор|уюм|тарма[кг]|ассоциация|альянс)/u;
/** Legal forms written before an organisation's quoted name: "ГО «…»", "ННО «…»", "ONG « … »". */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  'ГО ОО ОФ ПО ПФ НКО ННО НПО БФ МБФ ОБ ГС ОЮЛ NGO ONG ASBL CSO OSC'.split(' '),
);

/**
 * Public institutions, organisations named with small words and names in quotes after the word for an
 * organisation, in order.
 */
export function findInstitutions(text: string): Institution[] {
  const found: Institution[] = [];
  const add = (i: Institution | undefined) => {
    if (i && !found.some((f) => i.start < f.end && i.end > f.start)) found.push(i);
  };
  for (const m of text.matchAll(MINISTRY))
    add({ name: cutName(m[0]), start: m.index, end: m.index + m[0].length });
  // "Office on Missing Persons", "Committee on the Rights of the Child"; else "Kampala Capital City Authority"
  for (const m of text.matchAll(BODY)) add(namedWithSmallWords(text, m) ?? namedBody(text, m));
  for (const m of text.matchAll(HEAD)) add(namedWithSmallWords(text, m));
  for (const m of text.matchAll(SLAVIC_HEAD)) add(slavicBody(text, m));
  for (const m of text.matchAll(ROMANCE_BODY)) add(romanceBody(text, m));
  if (/\p{Script=Arabic}/u.test(text)) for (const m of text.matchAll(ARABIC_BODY)) add(arabicBody(text, m));
  // after the word for an organisation in lower case or its legal form ("фонд «Тең құқық»", "ГО «Голос
  // громад»"), or the word and its complement in guillemets ("Фонду громадянської солідарності «Мости»",
  // not 'Radio drama "Sisi Dem Voice"'); a name, so capitalised; after a
  // capitalised one alone ("Crisis Centre "Nergi"") the quoted name is the detector's to read
  for (const m of text.matchAll(QUOTED)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const word = WORD_BEFORE.exec(before)?.[1];
    const head = m[0].startsWith('«') ? WORD_AND_COMPLEMENT.exec(before)?.[1] : undefined;
    const quoted = m[1] ?? '';
    if (/^\s*\p{Ll}/u.test(quoted)) continue;
    // Kyrgyz names the kind after the name: "«Достук Үйү» коомдук фонду", "«Көпүрө» жаштар тармагы"
    const after = WORDS_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    const kind = [after?.[1], after?.[2]].some((w) => w && KYRGYZ_KIND.test(w));
    if (
      kind ||
      (word && (isOrganisationWord(word) || LEGAL_FORMS.has(word))) ||
      (head && isOrganisationWord(head))
    )
      add({ name: quoted.trim(), start: m.index + 1, end: m.index + 1 + quoted.length });
  }
  return found.sort((a, b) => a.start - b.start);
}
