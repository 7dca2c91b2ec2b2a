/**
 * Synthetic outcome harvest exports for benchmarks: one CSV file shaped like a real harvest spreadsheet
 * (typos and long names in the headers, an extra column, quoted cells with commas, quotes and line breaks,
 * several languages and scripts, codebook labels in the coded columns). A seeded generator makes every run
 * write the same bytes for the same row count, so that runs are comparable.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { seededRandom } from '../src/code/linear.js';
import type { Codebook } from '../src/domain/codebook.js';

/** The header row, as harvest exports spell it (typos, trailing spaces and all); "Partner" maps to no field. */
export const HEADERS = [
  'FragmentID',
  'Outcome status',
  'OH-harvesting period',
  'coutnry',
  'Year',
  'Outcome description',
  'Significance of the outcome',
  'Additional information (use if needed) ',
  'Rating significance',
  'Social actor',
  'Scale',
  'Contribution of the programme',
  'Contribution of other actors and factors',
  'Rating contribution',
  'The change was unintended',
  'Evidence supporting the outcome statement',
  'Outcome statements is CONFIDENTIAL',
  'Link to Outcomes in Results Framework ',
  'Link to SCC Specific Objectives',
  'Outcome is negative',
  'MCQType of change',
  'TypeOfChangeCluster',
  'Partner',
] as const;

export type Header = (typeof HEADERS)[number];

export { seededRandom };

type Lang = 'en' | 'fr' | 'es' | 'ru' | 'uk' | 'ar';

interface Parts {
  months: string[];
  /** "In {month} {year}," */
  opening: (month: string, year: number) => string;
  actors: string[];
  actions: string[];
  objects: string[];
  places: string[];
  /** Clauses added until a description is long enough. */
  clauses: string[];
  significance: string[];
  contribution: string[];
  others: string[];
}

const PARTS: Record<Lang, Parts> = {
  en: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    opening: (m, y) => `In ${m} ${y},`,
    actors: [
      'the local council of {place}',
      'a committee of displaced families from {place}',
      'the regional education department',
      '{n} women community mediators',
      'the provincial police command',
      'a network of {n} youth groups',
      'the ministry of social affairs',
      'three elders of the {place} district',
      'the editors of a community radio station',
      'a coalition of {n} civil-society organisations',
    ],
    actions: [
      'agreed to publish',
      'adopted',
      'began to hold monthly hearings on',
      'signed a memorandum on',
      'set up a joint committee for',
      'allocated a budget line to',
      'withdrew the draft decree on',
      'invited the "Women for Peace" forum to review',
      'started to document',
    ],
    objects: [
      'water-truck deliveries on a fixed weekly rota',
      'the registration of returnees',
      'complaints about checkpoint abuse',
      'a referral pathway for survivors of violence',
      'the reopening of the market road',
      'school places for displaced children',
      'land disputes between herders and farmers',
      'cases of missing persons',
    ],
    places: [
      'Al-Bab',
      'Mosul',
      'Kramatorsk',
      'Osh',
      'Mopti',
      'Bunia',
      'Juba',
      'Tumaco',
      'Sittwe',
      'Mitrovica',
      'Marawi',
      'Taiz',
    ],
    clauses: [
      'which the council now posts on its noticeboard',
      'after two years of refusing to meet the committee',
      'and invited {n} representatives of the camps to take part',
      'in a written decision of {n} pages',
      'so that about {n} households get a predictable service',
      'with a review every six months, in public',
      'even though, as one official said, "nobody asked us before"',
      'and named a focal point, a deputy mayor, to follow it up',
    ],
    significance: [
      'Before this, decisions were taken behind closed doors, and quarrels at the distribution points had twice ended in fistfights.',
      'It is the first written agreement between the authorities and a body representing displaced people in the area.',
      'About {n} people, most of them women and children, now have a predictable service and something to point to when it fails.',
      'The practice has since been copied by two neighbouring districts, without support from the programme.',
    ],
    contribution: [
      'From June to September the partner helped the families elect their committee, trained its {n} members in negotiation and hosted three meetings in a neutral venue.',
      'The programme funded legal advice, drafted the proposal with the committee and brought journalists to the public hearing.',
      'Partner staff accompanied the mediators to {n} meetings with officials and kept minutes that both sides signed.',
    ],
    others: [
      'A donor made further funding conditional on a fair distribution plan.',
      'A change of governor in the spring made the council more open to requests.',
      'UN agencies raised the issue in the coordination meeting.',
    ],
  },
  fr: {
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    opening: (m, y) => `En ${m} ${y},`,
    actors: [
      'le conseil communal de {place}',
      'un comité de {n} femmes déplacées',
      'la direction régionale de l’éducation',
      'les chefs coutumiers de {place}',
      'le tribunal de grande instance',
      'un réseau de {n} associations de jeunes',
    ],
    actions: [
      'a adopté',
      'a accepté de publier',
      'a commencé à documenter',
      'a signé une convention sur',
      'a créé un cadre de concertation pour',
      'a inscrit au budget',
    ],
    objects: [
      'la gestion partagée des points d’eau',
      'l’enregistrement des naissances des enfants déplacés',
      'les plaintes pour violences basées sur le genre',
      'la réouverture de la route du marché',
      'les conflits fonciers entre éleveurs et agriculteurs',
    ],
    places: ['Mopti', 'Ségou', 'Bunia', 'Goma', 'Kidal', 'Tombouctou'],
    clauses: [
      'après deux ans de blocage',
      'et a invité {n} représentantes des sites de déplacés',
      'par une décision écrite, affichée à la mairie',
      'avec un suivi public tous les six mois',
      'alors que, selon un élu, « personne ne nous l’avait demandé »',
    ],
    significance: [
      'C’est la première fois que les autorités reconnaissent un comité de déplacés comme interlocuteur.',
      'Environ {n} ménages bénéficient désormais d’un service prévisible.',
      'Deux communes voisines ont depuis repris la pratique, sans appui du programme.',
    ],
    contribution: [
      'Le partenaire a formé les {n} membres du comité à la négociation et a facilité trois rencontres avec la mairie.',
      'Le programme a financé un appui juridique et a accompagné la rédaction de la proposition.',
    ],
    others: [
      'Un bailleur a conditionné son financement à un plan de distribution équitable.',
      'La nomination d’un nouveau préfet a facilité le dialogue.',
    ],
  },
  es: {
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    opening: (m, y) => `En ${m} de ${y},`,
    actors: [
      'la alcaldía de {place}',
      'un comité de {n} mujeres lideresas',
      'la Defensoría del Pueblo',
      'el consejo comunitario de {place}',
      'una red de {n} organizaciones juveniles',
      'la fiscalía seccional',
    ],
    actions: [
      'aprobó',
      'acordó publicar',
      'empezó a documentar',
      'firmó un acuerdo sobre',
      'creó una mesa de diálogo sobre',
      'asignó recursos a',
    ],
    objects: [
      'la ruta de protección para líderes sociales',
      'el registro de víctimas del conflicto',
      'la reapertura del camino veredal',
      'las denuncias de reclutamiento de menores',
      'la restitución de tierras en la zona rural',
    ],
    places: ['Tumaco', 'Quibdó', 'Buenaventura', 'Apartadó', 'El Tambo'],
    clauses: [
      'después de dos años sin respuesta',
      'e invitó a {n} representantes de las veredas',
      'mediante un decreto de {n} páginas',
      'con una revisión pública cada seis meses',
      'aunque, según un funcionario, "nadie lo había pedido antes"',
    ],
    significance: [
      'Es la primera vez que la autoridad reconoce al consejo comunitario como interlocutor.',
      'Unas {n} familias cuentan ahora con una respuesta previsible.',
      'Dos municipios vecinos adoptaron la misma práctica sin apoyo del programa.',
    ],
    contribution: [
      'La organización socia capacitó a las {n} integrantes del comité y facilitó tres reuniones con la alcaldía.',
      'El programa financió asesoría jurídica y acompañó la redacción de la propuesta.',
    ],
    others: [
      'Un donante condicionó su apoyo a un plan de distribución justo.',
      'El cambio de alcalde abrió espacio al diálogo.',
    ],
  },
  ru: {
    months: [
      'январе',
      'феврале',
      'марте',
      'апреле',
      'мае',
      'июне',
      'июле',
      'августе',
      'сентябре',
      'октябре',
      'ноябре',
      'декабре',
    ],
    opening: (m, y) => `В ${m} ${y} года`,
    actors: [
      'айыл окмоту села {place}',
      'комитет из {n} женщин-медиаторов',
      'районный отдел образования',
      'совет старейшин {place}',
      'сеть из {n} молодёжных инициатив',
      'областная прокуратура',
    ],
    actions: [
      'утвердил',
      'согласился опубликовать',
      'начал документировать',
      'подписал меморандум о',
      'создал рабочую группу по',
      'выделил средства на',
    ],
    objects: [
      'график подачи поливной воды',
      'регистрацию внутренне перемещённых лиц',
      'жалобы на действия сотрудников на блокпостах',
      'распределение пастбищ между сёлами',
      'маршрут направления пострадавших от насилия',
    ],
    places: ['Ош', 'Баткен', 'Джалал-Абад', 'Краматорск', 'Харьков'],
    clauses: [
      'после двух лет отказов',
      'и пригласил {n} представителей общин',
      'письменным решением на {n} страницах',
      'с публичным пересмотром раз в полгода',
      'хотя, по словам чиновника, «раньше об этом никто не просил»',
    ],
    significance: [
      'Впервые власти признали комитет переселенцев стороной переговоров.',
      'Около {n} семей получают услугу по понятному графику.',
      'Два соседних района переняли практику без поддержки программы.',
    ],
    contribution: [
      'Партнёр обучил {n} членов комитета ведению переговоров и провёл три встречи с властями на нейтральной площадке.',
      'Программа оплатила юридические консультации и помогла подготовить предложение.',
    ],
    others: [
      'Донор поставил дальнейшее финансирование в зависимость от справедливого плана.',
      'Смена главы района облегчила диалог.',
    ],
  },
  uk: {
    months: [
      'січні',
      'лютому',
      'березні',
      'квітні',
      'травні',
      'червні',
      'липні',
      'серпні',
      'вересні',
      'жовтні',
      'листопаді',
      'грудні',
    ],
    opening: (m, y) => `У ${m} ${y} року`,
    actors: [
      'міська рада {place}',
      'комітет із {n} внутрішньо переміщених жінок',
      'обласна служба у справах дітей',
      'мережа з {n} молодіжних організацій',
      'прокуратура області',
    ],
    actions: [
      'ухвалила',
      'погодилася оприлюднити',
      'почала документувати',
      'підписала меморандум про',
      'створила робочу групу щодо',
    ],
    objects: [
      'порядок розселення переміщених родин',
      'випадки зникнення безвісти',
      'доступ до укриттів для людей з інвалідністю',
      'скарги на затримки виплат',
    ],
    places: ['Краматорськ', 'Дніпро', 'Запоріжжя', 'Суми'],
    clauses: [
      'після року відмов',
      'і запросила {n} представників громад',
      'письмовим рішенням на {n} сторінках',
      'з публічним переглядом щопівроку',
    ],
    significance: [
      'Вперше влада визнала раду переселенців стороною діалогу.',
      'Близько {n} родин отримують послугу за зрозумілим графіком.',
    ],
    contribution: [
      'Партнер навчив {n} членів комітету вести переговори та організував три зустрічі з радою.',
      'Програма оплатила юридичні консультації.',
    ],
    others: [
      'Донор пов’язав подальше фінансування з прозорим планом.',
      'Зміна керівництва області полегшила діалог.',
    ],
  },
  ar: {
    months: [
      'كانون الثاني',
      'شباط',
      'آذار',
      'نيسان',
      'أيار',
      'حزيران',
      'تموز',
      'آب',
      'أيلول',
      'تشرين الأول',
      'تشرين الثاني',
      'كانون الأول',
    ],
    opening: (m, y) => `في ${m} ${y}،`,
    actors: [
      'المجلس المحلي في {place}',
      'لجنة من {n} نساء نازحات',
      'مديرية التربية في المحافظة',
      'شبكة من {n} مجموعات شبابية',
      'وجهاء حي {place}',
    ],
    actions: ['وافق على نشر', 'اعتمد', 'بدأ بتوثيق', 'وقّع مذكرة تفاهم بشأن', 'شكّل لجنة مشتركة لمتابعة'],
    objects: [
      'جدول توزيع صهاريج المياه أسبوعياً',
      'تسجيل العائلات العائدة',
      'الشكاوى المتعلقة بالحواجز',
      'حالات المفقودين',
      'إعادة فتح طريق السوق',
    ],
    places: ['الباب', 'الموصل', 'تعز', 'عدن', 'جنديرس'],
    clauses: [
      'بعد عامين من الرفض',
      'ودعا {n} ممثلين عن المخيمات للمشاركة',
      'بقرار مكتوب من {n} صفحات',
      'مع مراجعة علنية كل ستة أشهر',
    ],
    significance: [
      'هذه أول اتفاقية مكتوبة بين السلطات وجهة تمثل النازحين في المنطقة.',
      'أصبح لدى نحو {n} أسرة خدمة منتظمة يمكن الاحتكام إليها.',
    ],
    contribution: [
      'ساعد الشريك العائلات على انتخاب لجنتها ودرّب أعضاءها الـ{n} على التفاوض واستضاف ثلاثة اجتماعات.',
      'موّل البرنامج الاستشارات القانونية ورافق صياغة المقترح.',
    ],
    others: ['اشترط أحد المانحين خطة توزيع عادلة لمواصلة التمويل.', 'سهّل تغيير المحافظ الحوار مع المجلس.'],
  },
};

interface Country {
  /** As harvest teams write it: mostly in English, sometimes in the local language. */
  names: string[];
  code: string;
  langs: Lang[];
}

const COUNTRIES: Country[] = [
  { names: ['Syria', 'Syria', 'سوريا'], code: 'SYR', langs: ['en', 'ar', 'ar'] },
  { names: ['Iraq', 'Iraq', 'العراق'], code: 'IRQ', langs: ['en', 'ar'] },
  { names: ['Yemen', 'اليمن'], code: 'YEM', langs: ['ar', 'en'] },
  { names: ['Ukraine', 'Ukraine', 'Україна'], code: 'UKR', langs: ['uk', 'en', 'ru'] },
  { names: ['Kyrgyzstan', 'Кыргызстан'], code: 'KGZ', langs: ['ru', 'en'] },
  { names: ['Colombia'], code: 'COL', langs: ['es', 'es', 'en'] },
  { names: ['Mali'], code: 'MLI', langs: ['fr', 'fr', 'en'] },
  { names: ['DR Congo', 'RD Congo'], code: 'COD', langs: ['fr', 'en'] },
  { names: ['South Sudan'], code: 'SSD', langs: ['en'] },
  { names: ['Myanmar', 'Burma'], code: 'MMR', langs: ['en'] },
  { names: ['Kosovo'], code: 'XKX', langs: ['en'] },
  { names: ['Philippines'], code: 'PHL', langs: ['en'] },
];

const PROGRAMMES = ['DLG', 'SPC', 'ACC', 'PRO', 'WYL', 'MED'];
const PARTNERS = [
  'Jisr Civic Forum',
  'Voices of Kramatorsk',
  'Red Juvenil del Pacífico',
  'Ассоциация «Иниша»',
  'Tamkeen Network',
  'Kisima Peace, Justice & Rights',
];
const OBJECTIVES = [
  'DLG: Communities, leaders and authorities settle disputes through dialogue rather than force',
  'SPC: Civic actors work safely and hold space for public debate',
  'ACC: Violations are documented, and survivors seek justice and redress',
  'WYL: Women and young people take part in decisions that affect them',
];
const EVIDENCE = [
  'Yes (council decision; photo of the published rota)',
  'Yes (signed memorandum)',
  'Partly: minutes of the meeting, interviews with 3 participants',
  'Media report, "Local radio, 12 May"',
  'No written evidence yet',
];

/** Labels of a codebook list, as people type them in a spreadsheet. */
function labels(codebook: Codebook, list: string): string[] {
  const codes = codebook.lists[list];
  if (!codes?.length) throw new Error(`the codebook has no list ${list}`);
  return codes.map((c) => c.label);
}

/** A CSV cell: quoted when it holds a comma, quote or line break, quotes doubled (RFC 4180). */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Generates rows for a codebook; `row(i)` returns the cells of data row i in HEADERS order. */
export function rowGenerator(codebook: Codebook, seed = 20_240_501): (i: number) => string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const shuffled = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  const num = () => String(2 + Math.floor(random() * (random() < 0.7 ? 40 : 1500)));
  const fill = (template: string, parts: Parts) =>
    template.replace(/\{place\}/g, () => pick(parts.places)).replace(/\{n\}/g, num);
  const types = labels(codebook, 'type_of_change');
  const clusters = labels(codebook, 'type_of_change_cluster');
  const actors = labels(codebook, 'social_actor');
  const scales = labels(codebook, 'scale');
  const significanceRatings = labels(codebook, 'rating_significance');
  const contributionRatings = labels(codebook, 'rating_contribution');
  const statuses = labels(codebook, 'outcome_status');

  /** 200 to 400 characters: an opening sentence, then clauses until it is long enough, cut at a word. */
  function description(parts: Parts, year: number): string {
    let text = `${parts.opening(pick(parts.months), year)} ${fill(pick(parts.actors), parts)} ${pick(parts.actions)} ${pick(parts.objects)}`;
    const target = 200 + Math.floor(random() * 200);
    let clauses: string[] = [];
    while (text.length < target) {
      if (clauses.length === 0) clauses = shuffled(parts.clauses);
      text += `, ${fill(clauses.pop() as string, parts)}`;
    }
    if (text.length > 400) text = text.slice(0, text.lastIndexOf(' ', 399));
    return `${text}.`;
  }

  /** Up to `count` different sentences of a pool. */
  function sentences(pool: string[], parts: Parts, count: number, lineBreaks: boolean): string {
    const picked = shuffled(pool)
      .slice(0, count)
      .map((s) => fill(s, parts));
    return picked.join(lineBreaks && random() < 0.3 ? '\n' : ' ');
  }

  const yesNo = (yes: number) => (random() < yes ? pick(['YES', 'Yes', 'yes']) : pick(['NO', 'No', 'no']));

  return (i: number) => {
    const country = pick(COUNTRIES);
    const lang = pick(country.langs);
    const parts = PARTS[lang];
    const year = 2019 + Math.floor(random() * 7);
    const yearCell =
      random() < 0.9
        ? String(year)
        : pick([`FY${year}`, `${year}/${String(year + 1).slice(2)}`, `${year}.0`]);
    const programme = pick(PROGRAMMES);
    const changeCount = 1 + Math.floor(random() * 3);
    const changes = [...new Set(Array.from({ length: changeCount }, () => pick(types)))];
    const negative = random() < 0.05;
    return [
      `CVP-${country.code}/${programme}${String(i + 1).padStart(6, '0')}`,
      random() < 0.9 ? (statuses[0] ?? 'Outcome') : pick(statuses),
      `Harvest ${year + (random() < 0.5 ? 0 : 1)}`,
      pick(country.names),
      yearCell,
      description(parts, year),
      sentences(parts.significance, parts, 1 + Math.floor(random() * 3), true),
      random() < 0.7 ? '' : sentences(parts.others, parts, 1, false),
      pick(significanceRatings),
      pick(actors),
      pick(scales),
      sentences(parts.contribution, parts, 1 + Math.floor(random() * 2), false),
      random() < 0.2 ? '' : sentences(parts.others, parts, 1, false),
      pick(contributionRatings),
      yesNo(0.1),
      pick(EVIDENCE),
      yesNo(0.15),
      `Outcome ${1 + Math.floor(random() * 3)}.${1 + Math.floor(random() * 4)}`,
      pick(OBJECTIVES),
      negative ? 'YES' : 'NO',
      negative ? `${types.at(-1)}` : changes.join(', '),
      pick(clusters),
      pick(PARTNERS),
    ];
  };
}

/** Writes a CSV file of `rows` synthetic outcomes (CRLF line ends, as spreadsheets save them); returns its size in bytes. */
export async function writeSyntheticCsv(
  file: string,
  rows: number,
  codebook: Codebook,
  seed?: number,
): Promise<number> {
  const row = rowGenerator(codebook, seed);
  const out = createWriteStream(file, { encoding: 'utf8' });
  let bytes = 0;
  const write = async (line: string) => {
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(`${HEADERS.map(cell).join(',')}\r\n`);
  for (let i = 0; i < rows; i++) await write(`${row(i).map(cell).join(',')}\r\n`);
  out.end();
  await once(out, 'finish');
  return bytes;
}
