import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { detectKind } from './detect.js';
import { type EventInfo, readResolution, type Testimonial } from './resolution.js';

const formats = new URL('../../../../shared/formats/', import.meta.url);
const read = (name: string) => readResolution(readFileSync(new URL(name, formats), 'utf8'));

function count<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

describe('readResolution', () => {
  it('reads the event, the date line, addressees with their recommendations and the testimonials', () => {
    const parts = read('resolution-dakar-2024.txt');
    const event = parts.details.event as EventInfo;
    assert.equal(parts.date, '2024-02-10');
    assert.equal(event.name, 'Sub-regional Training of Community Paralegals');
    assert.match(event.title ?? '', /^Justice Close to People: .* in the Central Sahel$/);
    assert.deepEqual([event.place, event.city, event.countryCode], ['Dakar, Senegal', 'Dakar', 'SN']);
    assert.deepEqual([event.start, event.end], ['2024-02-06', '2024-02-09']);
    assert.match(parts.title ?? '', /^Resolution of participants of the Sub-regional .* Central Sahel”$/);
    assert.match(parts.details.preamble as string, /^We, participants .* the following measures:$/s);
    assert.deepEqual(
      [...count(parts.recommendations.map((r) => r.addressee))],
      [
        ['MINISTRIES OF JUSTICE OF MALI, BURKINA FASO AND NIGER', 4],
        ['TRANSITIONAL AUTHORITIES, DEFENCE AND SECURITY FORCES', 5],
        ['NATIONAL HUMAN RIGHTS COMMISSIONS AND LOCAL AUTHORITIES', 3],
        ['INTERNATIONAL AND DONOR ORGANIZATIONS', 2],
      ],
    );
    assert.deepEqual(parts.recommendations[4], {
      addressee: 'TRANSITIONAL AUTHORITIES, DEFENCE AND SECURITY FORCES',
      topic: 'Protection of civilians',
      text: 'Respect international humanitarian law and human rights in all operations, and investigate every allegation of abuse against civilians;',
    });
    const testimonials = parts.details.testimonials as Testimonial[];
    assert.deepEqual(
      testimonials.map((t) => [t.person, t.headline]),
      [
        ['Kadiatou Sangaré', 'Documents give back dignity'],
        ['Issiaka Ouédraogo', 'A mediator between two worlds'],
        ['Hadiza Mamane Garba', 'I no longer keep silent'],
      ],
    );
    assert.equal(testimonials[0]?.about, '34, paralegal in Sévaré, Mali');
  });

  it('reads a letter of recommendations, titled by its subject line, with "A la …:" addressees', () => {
    const text = [
      'Puerto Asís, Putumayo, 14 de marzo de 2025',
      'Señoras y señores\nGOBERNACIÓN DEL PUTUMAYO\nDEFENSORÍA DEL PUEBLO\nE. S. M.',
      'Asunto: Carta de recomendaciones del Encuentro Subregional de Mujeres Defensoras «Cuidar la vida»',
      'Respetadas autoridades:',
      'Nosotras, cuarenta y tres mujeres de doce organizaciones, les presentamos las siguientes recomendaciones:',
      'A la Gobernación del Putumayo:\n1. Poner en marcha el Plan Departamental de Garantías.\n2. Destinar presupuesto propio a la ruta de protección.',
      'A la Defensoría del Pueblo:\n1. Acompañar de manera permanente a las lideresas de las zonas rurales.',
      'Atentamente,',
      'Ana Lucía Jamioy Chindoy\nRepresentante legal – ASOMUTEPP',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.equal(
      parts.title,
      'Carta de recomendaciones del Encuentro Subregional de Mujeres Defensoras «Cuidar la vida»',
    );
    assert.equal((parts.details.event as EventInfo).name, 'Encuentro Subregional de Mujeres Defensoras');
    assert.deepEqual(
      [...count(parts.recommendations.map((r) => r.addressee))],
      [
        ['A la Gobernación del Putumayo', 2],
        ['A la Defensoría del Pueblo', 1],
      ],
    );
  });

  it('reads a resolution in Russian, with a heading in capitals, dashes for bullets and lists glued to headings', () => {
    const text = [
      'Резолюция участников Форума молодёжи «Вода и мир»',
      'Ноя 05.2021',
      'РЕЗОЛЮЦИЯ',
      'участников Форума молодёжи',
      '«Вода и мир».',
      'с. Кара-Суу, Кыргызстан, 3-4 ноября 2021 г.',
      'Мы, участники форума, заявляем о готовности работать вместе.',
      'АКИМИАТУ ГОРОДА\n- Опубликовать графики полива;\n- Создать группы раннего предупреждения.',
      'МЕЖДУНАРОДНЫМ ОРГАНИЗАЦИЯМ:\nФинансирование\n– Поддерживать местные инициативы по диалогу, включая',
      'Форум организован общественным фондом «Мост». Участники форума.',
      'ЖЫЛДЫЗ АСАНОВА',
      'Мы научились слушать',
      'Жылдыз Асанова, 19, студентка: «Теперь я знаю, куда обращаться».',
    ].join('\n\n');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.equal(parts.date, '2021-11-05');
    assert.deepEqual(
      [event.city, event.countryCode, event.start, event.end],
      ['Кара-Суу', 'KG', '2021-11-03', '2021-11-04'],
    );
    assert.equal(parts.title, 'Резолюция участников Форума молодёжи «Вода и мир»');
    assert.deepEqual(parts.recommendations, [
      { addressee: 'АКИМИАТУ ГОРОДА', text: 'Опубликовать графики полива;' },
      { addressee: 'АКИМИАТУ ГОРОДА', text: 'Создать группы раннего предупреждения.' },
      {
        addressee: 'МЕЖДУНАРОДНЫМ ОРГАНИЗАЦИЯМ',
        topic: 'Финансирование',
        text: 'Поддерживать местные инициативы по диалогу, включая',
      },
    ]);
    const [testimonial] = parts.details.testimonials as Testimonial[];
    assert.equal(testimonial?.person, 'Жылдыз Асанова');
    assert.equal(testimonial?.about, '19, студентка');
  });

  it('reads an Arabic final statement: addressees after "to", Eastern Arabic digits, a name without capitals', () => {
    const text = [
      'البيان الختامي للمؤتمر الوطني للشباب حول المياه والسلام',
      '٥ كانون الثاني ٢٠٢٤',
      'البيان الختامي',
      'المشاركين في المؤتمر الوطني للشباب حول المياه والسلام',
      '«الماء حق للجميع»',
      'صنعاء، اليمن، ٣ - ٤ كانون الثاني ٢٠٢٤',
      'إن المشاركين في المؤتمر، وقد ناقشوا أثر شح المياه على السلم الأهلي، يوصون بما يلي:',
      'إلى وزارة المياه والبيئة:\n١. نشر جداول توزيع المياه في كل حي؛\n٢. إشراك الشباب في لجان المياه.',
      'توصيات إلى المنظمات الدولية\nالتمويل:\n- دعم مبادرات الحوار المحلية لمدة ثلاث سنوات على الأقل.',
      'شهادات',
      'خالد العمري',
      'صوتنا مسموع',
      'خالد العمري، ٢٢ عاماً، طالب هندسة: «لأول مرة جلست مع مسؤولي المياه وتحدثت عن مشاكل حيّنا».',
    ].join('\n\n');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.equal(parts.date, '2024-01-05');
    assert.equal(event.name, 'المؤتمر الوطني للشباب حول المياه والسلام');
    assert.equal(event.title, 'الماء حق للجميع');
    assert.deepEqual(
      [event.place, event.city, event.countryCode, event.start, event.end],
      ['صنعاء، اليمن', 'صنعاء', 'YE', '2024-01-03', '2024-01-04'],
    );
    assert.equal(
      parts.title,
      'البيان الختامي المشاركين في المؤتمر الوطني للشباب حول المياه والسلام «الماء حق للجميع»',
    );
    assert.match(parts.details.preamble as string, /^إن المشاركين .* يوصون بما يلي:$/u);
    assert.deepEqual(parts.recommendations, [
      { addressee: 'إلى وزارة المياه والبيئة', text: 'نشر جداول توزيع المياه في كل حي؛' },
      { addressee: 'إلى وزارة المياه والبيئة', text: 'إشراك الشباب في لجان المياه.' },
      {
        addressee: 'إلى المنظمات الدولية',
        topic: 'التمويل',
        text: 'دعم مبادرات الحوار المحلية لمدة ثلاث سنوات على الأقل.',
      },
    ]);
    const testimonials = parts.details.testimonials as Testimonial[];
    assert.deepEqual(
      testimonials.map((t) => [t.person, t.headline, t.about]),
      [['خالد العمري', 'صوتنا مسموع', '٢٢ عاماً، طالب هندسة']],
    );
  });

  it('reads a French resolution: a city alone names its country, addressees "Aux … :", quoted headlines', () => {
    const text = [
      'RÉSOLUTION',
      "des participantes à l'atelier régional de formation des femmes médiatrices",
      '« Femmes, paix et sécurité au Sahel »',
      'Bamako, du 6 au 8 février 2024',
      'Nous, participantes à l’atelier, adressons les recommandations suivantes :',
      'AUX AUTORITÉS DE TRANSITION\n\n1. Adopter un quota de femmes ;\n2. Associer les médiatrices aux missions.',
      'Aux autorités locales et coutumières :\n\n- Ouvrir les conseils de village aux femmes ;\n- Reconnaître les médiatrices.',
      'TÉMOIGNAGES',
      'AMINATA TRAORÉ',
      '« On nous écoute enfin »',
      'Aminata Traoré, 41 ans, médiatrice à Mopti : « Avant, personne ne nous demandait notre avis. »',
    ].join('\n\n');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.deepEqual(
      [event.name, event.place, event.city, event.countryCode, event.start, event.end],
      [
        'atelier régional de formation des femmes médiatrices',
        'Bamako',
        'Bamako',
        'ML',
        '2024-02-06',
        '2024-02-08',
      ],
    );
    assert.deepEqual(parts.details.addressees, [
      'AUX AUTORITÉS DE TRANSITION',
      'Aux autorités locales et coutumières',
    ]);
    assert.equal(parts.recommendations.length, 4);
    const [testimonial] = parts.details.testimonials as Testimonial[];
    assert.deepEqual(
      [testimonial?.person, testimonial?.headline],
      ['Aminata Traoré', 'On nous écoute enfin'],
    );
  });

  it('reads a final communiqué: one heading line naming the event, "To …:" addressees, an adoption date', () => {
    const text = [
      "HORN AND LAKES WOMEN'S PEACE PLATFORM",
      'Final Communiqué of the Regional Meeting of Women Peacebuilders on Cross-Border Displacement',
      'Entebbe, Uganda, 4–6 September 2024',
      '1. The meeting was convened by the Platform and brought together 57 participants.',
      'To the Government of South Sudan:\n• Register all new arrivals at the border;\n• Allocate land for returnees.',
      'To donors:\n• Fund women-led organisations directly.',
      '6. Participants thanked the Government of Uganda for its hospitality.',
      'Adopted in Entebbe on 6 September 2024.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.deepEqual(
      [event.name, event.city, event.countryCode, parts.details.published, parts.date],
      [
        'Regional Meeting of Women Peacebuilders on Cross-Border Displacement',
        'Entebbe',
        'UG',
        '2024-09-06',
        '2024-09-06',
      ],
    );
    assert.equal(
      parts.title,
      'Final Communiqué of the Regional Meeting of Women Peacebuilders on Cross-Border Displacement',
    );
    assert.deepEqual(
      parts.recommendations.map((r) => r.addressee),
      ['To the Government of South Sudan', 'To the Government of South Sudan', 'To donors'],
    );
  });

  it('reads testimonials under a name in ordinary case or a quoted headline, without blank lines', () => {
    const text = [
      'РЕЗОЛЮЦІЯ\nучасниць і учасників тренінгу',
      'м. Ужгород, 19–21 березня 2024 року',
      'Ми, учасниці та учасники тренінгу,',
      'Органам місцевого самоврядування:\n• Створити ради ВПО.',
      'ГОЛОСИ УЧАСНИЦЬ ТА УЧАСНИКІВ',
      'Вікторія Ганич\nЯ вперше говорила від імені громади\nВікторія переїхала з Маріуполя до Мукачева у 2022 році: «Я провела свій перший діалог».',
      '«Ачууланбай, сүйлөшөбүз»\nНурсултан Жумабек уулу, Кочкор районунан келген жаштар лидери: «Биз 2 жолу жолугушуу уюштурдук».',
    ].join('\n\n');
    const parts = readResolution(
      `${text}\n\nРезолюция катышуучулар тарабынан 2024-жылдын 19-октябрында кабыл алынды.`,
    );
    // adopted, as a Kyrgyz sentence says at its end
    assert.equal(parts.details.published, '2024-10-19');
    const testimonials = parts.details.testimonials as Testimonial[];
    assert.deepEqual(
      testimonials.map((t) => [t.person, t.headline]),
      [
        ['Вікторія Ганич', 'Я вперше говорила від імені громади'],
        ['Нурсултан Жумабек уулу', 'Ачууланбай, сүйлөшөбүз'],
      ],
    );
  });

  it('names the event a plural heading names in lower case, and leaves the theme line out of the title', () => {
    const text = [
      'ASSOCIATION DES FEMMES ACTRICES DE PAIX DU POOL (AFAP-Pool)\nTél. : +242 06 614 22 80 – afap.pool@gmail.com',
      "Résolutions et recommandations de l'atelier de formation des médiatrices du département du Pool",
      'Thème : « Femmes et jeunes, gardiens de la paix »',
      'Kinkala, République du Congo, 23 – 25 oct. 2024',
      'Nous, participantes à l’atelier,',
      'AUX AUTORITÉS LOCALES\n• Reconnaître les comités de paix.',
    ].join('\n\n');
    const parts = readResolution(text);
    assert.equal(
      parts.title,
      "Résolutions et recommandations de l'atelier de formation des médiatrices du département du Pool",
    );
    assert.equal(
      (parts.details.event as EventInfo).name,
      'atelier de formation des médiatrices du département du Pool',
    );
  });

  it('takes the line naming the resolution over a bare heading, and the theme all in quotes over a quoted publisher', () => {
    const text = [
      'Жаштар жана аялдар үчүн аймактык тынчтык мектебинин катышуучуларынын резолюциясы',
      '«Нарын Келечеги» коомдук бирикмеси\nНарын ш., Ленин көч., 45',
      'ЖАШТАР ЖАНА АЯЛДАР ҮЧҮН АЙМАКТЫК ТЫНЧТЫК МЕКТЕБИ',
      '«Жайыт, суу жана кен: талаштарды тынчтык жолу менен чечүү»',
      'Нарын шаары, Кыргыз Республикасы, 17–19-октябрь, 2024-жыл',
      'РЕЗОЛЮЦИЯ',
      'Биз, тынчтык мектебинин катышуучулары,',
      'ЖЕРГИЛИКТҮҮ ӨЗ АЛДЫНЧА БАШКАРУУ ОРГАНДАРЫНА:\n• Жайыт комитеттерине аялдарды киргизүү.',
    ].join('\n\n');
    const parts = readResolution(text);
    assert.equal(
      parts.title,
      'Жаштар жана аялдар үчүн аймактык тынчтык мектебинин катышуучуларынын резолюциясы',
    );
    assert.equal(
      (parts.details.event as EventInfo).title,
      'Жайыт, суу жана кен: талаштарды тынчтык жолу менен чечүү',
    );
  });

  it('reads an Arabic final statement: its event after "الختامي", testimonials by name line or by speaker', () => {
    const text = [
      'البيان الختامي للملتقى التشاوري للنساء حول السلام المحلي في حضرموت',
      'المكلا، اليمن. 9-10 أكتوبر 2024',
      'نحن المشاركات والمشاركين في الملتقى،',
      'إلى السلطة المحلية في محافظة حضرموت:\n- تخصيص 30% من مقاعد لجان السلام للنساء؛',
      'شهادات من الملتقى',
      'فاطمة أحمد باحميش\n«البحر رزقنا جميعاً»\nفاطمة أحمد باحميش، تعمل في تجفيف الأسماك في الشحر: «نريد أن نكون في اللجنة.»',
      '«التوثيق حفظ ذاكرتنا»',
      'روان الشيخ علي، موثِّقة من الرقة: «وثّقنا مع فريقنا 214 حالة اختفاء».',
    ].join('\n\n');
    const parts = readResolution(text);
    assert.equal(
      (parts.details.event as EventInfo).name,
      'الملتقى التشاوري للنساء حول السلام المحلي في حضرموت',
    );
    assert.deepEqual(
      (parts.details.testimonials as Testimonial[]).map((t) => [t.person, t.headline]),
      [
        ['فاطمة أحمد باحميش', 'البحر رزقنا جميعاً'],
        ['روان الشيخ علي', 'التوثيق حفظ ذاكرتنا'],
      ],
    );
  });

  it('reads a Portuguese declaration forwarded by e-mail: its heading under the message, its motto in the opening', () => {
    const text = [
      'Bom dia a todos,',
      'Reencaminho a declaração final do fórum de Gabu.',
      '---------- Mensagem encaminhada ---------\nDe: Fatumata Djaló <fatumata.djalo@remupal.org>\nAssunto: Declaração Final',
      '________________________________________',
      'Declaração Final do II Fórum Regional de Mulheres do Leste pela Paz',
      'Gabu, Guiné-Bissau, 11 a 13 de novembro de 2024',
      'Nós, participantes do II Fórum, realizado sob o lema «Terra, gado e paz», agricultoras e mediadoras;',
      'AO GOVERNO DA REPÚBLICA DA GUINÉ-BISSAU\n\na) Aprovar o regulamento da Lei da Terra;',
    ].join('\n\n');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.equal(parts.title, 'Declaração Final do II Fórum Regional de Mulheres do Leste pela Paz');
    assert.deepEqual(
      [event.name, event.title],
      ['II Fórum Regional de Mulheres do Leste pela Paz', 'Terra, gado e paz'],
    );
  });

  it('reads an addressee in capitals wrapped after "РЕСПУБЛИКИ", and a testimonial headline over its speaker', () => {
    const text = [
      'РЕЗОЛЮЦИЯ\nучастников регионального форума',
      'г. Термез, 14–15 ноября 2024 г.',
      'Мы, участники форума,',
      'МИНИСТЕРСТВУ ПО ПОДДЕРЖКЕ МАХАЛЛИ И СЕМЬИ РЕСПУБЛИКИ\nУЗБЕКИСТАН',
      '• закрепить за каждой семьёй социального работника;',
      'ГОЛОСА УЧАСТНИКОВ',
      'ДИЛЬФУЗА РАХИМОВА',
      'Дети не выбирали войну\nДильфуза Рахимова, психолог из Денау: «За год я работала с 38 детьми».',
    ].join('\n\n');
    const parts = readResolution(text);
    assert.deepEqual(
      parts.recommendations.map((r) => r.addressee),
      ['МИНИСТЕРСТВУ ПО ПОДДЕРЖКЕ МАХАЛЛИ И СЕМЬИ РЕСПУБЛИКИ УЗБЕКИСТАН'],
    );
    assert.deepEqual(
      (parts.details.testimonials as Testimonial[]).map((t) => [t.person, t.headline]),
      [['Дильфуза Рахимова', 'Дети не выбирали войну']],
    );
    // an addressee "to" bodies whose last word ends its heading on the next line
    const wrapped = readResolution(
      [
        'RESOLUCIÓN',
        'Nosotras, jóvenes mediadoras, recomendamos:',
        'A LAS AUTORIDADES LOCALES:\na) Reconocer las redes de mediación;',
        'A LAS AGENCIAS DE NACIONES UNIDAS Y A LAS ORGANIZACIONES\nHUMANITARIAS:',
        'Protección:\na) Incluir el apoyo psicosocial;',
        'b) Abrir un espacio seguro en cada wilaya;',
        'Medios de vida:\nc) Financiar programas de formación profesional.',
      ].join('\n\n'),
    );
    assert.deepEqual(
      wrapped.recommendations.map((r) => r.addressee),
      [
        'A LAS AUTORIDADES LOCALES',
        ...Array(3).fill('A LAS AGENCIAS DE NACIONES UNIDAS Y A LAS ORGANIZACIONES HUMANITARIAS'),
      ],
    );
  });

  it('reads addressees numbered as an outline, each with the recommendations numbered under it', () => {
    const text = [
      'РЕКОМЕНДАЦИИ\nучастников Регионального круглого стола',
      'Комрат, Республика Молдова, 14–15 ноября 2023 г.',
      'Мы, участницы и участники круглого стола,',
      'обращаемся со следующими рекомендациями:',
      '1. Правительству Республики Молдова:\n1.1. Обеспечить перевод кампаний;\n1.2. Открыть филиалы кризисного центра.',
      '2. Средствам массовой информации:\n2.1. Проверять информацию перед публикацией.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    assert.deepEqual(
      readResolution(text).recommendations.map((r) => [r.addressee, r.text]),
      [
        ['Правительству Республики Молдова', 'Обеспечить перевод кампаний;'],
        ['Правительству Республики Молдова', 'Открыть филиалы кризисного центра.'],
        ['Средствам массовой информации', 'Проверять информацию перед публикацией.'],
      ],
    );
  });

  it('reads outline headings without a colon, one wrapped before its first item, over items wrapped as a PDF does', () => {
    const text = [
      'РЕЗОЛЮЦІЯ\nучасників і учасниць регіонального тренінгу «Повернення додому»',
      'м. Луцьк, 12–14 березня 2025 року',
      'Учасники та учасниці тренінгу рекомендують:',
      '1. Міністерству у справах ветеранів України\n1.1. Передбачити фінансування посад фахівців у\nкожній громаді.\n1.2. Включити модуль про запобігання насильству.',
      '2. Органам місцевого самоврядування територіальних громад\nВолинської області\n2.1. Відкрити в громадах ветеранські простори.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    assert.deepEqual(
      readResolution(text).recommendations.map((r) => [r.addressee, r.text]),
      [
        [
          'Міністерству у справах ветеранів України',
          'Передбачити фінансування посад фахівців у кожній громаді.',
        ],
        ['Міністерству у справах ветеранів України', 'Включити модуль про запобігання насильству.'],
        [
          'Органам місцевого самоврядування територіальних громад Волинської області',
          'Відкрити в громадах ветеранські простори.',
        ],
      ],
    );
  });

  it("dates a resolution by its letterhead's line, a reference and a place and date set wide apart", () => {
    const text = [
      '«Үмүт Чырагы» коомдук бирикмеси\nБаткен облусу, Кызыл-Кыя шаары',
      '№ 07/25                                   Кызыл-Кыя ш., 14-апр. 2025-ж.',
      'РЕЗОЛЮЦИЯ\nаймактык тренингдин катышуучуларынын',
      'Кызыл-Кыя шаары, Баткен облусу, 2025-жылдын 9–11-апрели',
      'ЭЛ АРАЛЫК УЮМДАРГА:',
      '– Мигранттардын үй-бүлөлөрү менен иштеген уюмдарды колдоо.',
      'Резолюция катышуучулар тарабынан 2025-жылдын 11-апрелинде кабыл алынды.',
    ].join('\n\n');
    const parts = readResolution(text);
    assert.equal(parts.date, '2025-04-14');
    const event = parts.details.event as { start: string; end: string };
    assert.deepEqual([event.start, event.end], ['2025-04-09', '2025-04-11']);
  });

  it('reads testimonials under numbered quoted headlines, their heading in capitals no addressee', () => {
    const text = [
      'РЕЗОЛЮЦИЯ\nаймактык тренингдин катышуучуларынын',
      'Кызыл-Кыя шаары, 2025-жылдын 10–11-апрели',
      'ЭЛ АРАЛЫК УЮМДАРГА ЖАНА ДОНОРЛОРГО:',
      '– Мигранттардын үй-бүлөлөрү менен иштеген уюмдарды колдоо;\n– Диаспоранын уюмдары менен байланышты бекемдөө.',
      'КАТЫШУУЧУЛАРДЫН ҮНҮ',
      '1) «Аялдар унчукпай калбашы керек»\nГулиза Токтогулова, аялдар кеңешинин мүчөсү: «Биздин айылда жаш келиндер көп.»',
      '2) «Ордер – бул кагаз эмес, коргоо»\nАзамат Жолдошев, участкалык инспектор: «Мурда мен ордерди жөн гана кагаз деп ойлочумун.»',
    ].join('\n\n');
    const parts = readResolution(text);
    assert.deepEqual(
      parts.recommendations.map((r) => r.addressee),
      ['ЭЛ АРАЛЫК УЮМДАРГА ЖАНА ДОНОРЛОРГО', 'ЭЛ АРАЛЫК УЮМДАРГА ЖАНА ДОНОРЛОРГО'],
    );
    assert.deepEqual(
      (parts.details.testimonials as { person: string; headline: string }[]).map((t) => [
        t.person,
        t.headline,
      ]),
      [
        ['Гулиза Токтогулова', 'Аялдар унчукпай калбашы керек'],
        ['Азамат Жолдошев', 'Ордер – бул кагаз эмес, коргоо'],
      ],
    );
  });

  it('reads an addressee in capitals wrapped over two lines (after "ET", after "À SA"), "les 12 et 13", "Fait à …, le …"', () => {
    const text = [
      'RÉSOLUTION',
      'des participants et participantes à la conférence nationale des jeunes',
      'Ouagadougou, les 12 et 13 octobre 2023',
      'AU GOUVERNEMENT DE TRANSITION\n\n1. Garantir l’accès des jeunes aux examens.',
      'AUX COLLECTIVITÉS TERRITORIALES ET AUX AUTORITÉS COUTUMIÈRES ET\nRELIGIEUSES\n\n2. Ouvrir les cadres de concertation ;\n3. Promouvoir le dialogue.',
      'AU CONSEIL NATIONAL DES DROITS DE L’HOMME (CNDH) ET À SA\nCOMMISSION RÉGIONALE DU CENTRE\n\n4. Effectuer des visites inopinées.',
      'Fait à Ouagadougou, le 13 oct. 2023',
      'TÉMOIGNAGE',
      '« Nous voulons être des bâtisseurs, pas des suspects »',
      'Issouf Kaboré, président d’un club de jeunes leaders à Kaya : « Depuis que nous avons quitté Djibo, on nous regarde comme des suspects. »',
    ].join('\n\n');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.deepEqual(
      [event.name, event.city, event.countryCode, event.start, event.end, parts.details.published],
      ['conférence nationale des jeunes', 'Ouagadougou', 'BF', '2023-10-12', '2023-10-13', '2023-10-13'],
    );
    assert.deepEqual(parts.details.addressees, [
      'AU GOUVERNEMENT DE TRANSITION',
      'AUX COLLECTIVITÉS TERRITORIALES ET AUX AUTORITÉS COUTUMIÈRES ET RELIGIEUSES',
      'AU CONSEIL NATIONAL DES DROITS DE L’HOMME (CNDH) ET À SA COMMISSION RÉGIONALE DU CENTRE',
    ]);
    assert.equal(parts.recommendations.length, 4);
    assert.deepEqual(
      (parts.details.testimonials as Testimonial[]).map((t) => [t.person, t.headline, t.about]),
      [
        [
          'Issouf Kaboré',
          'Nous voulons être des bâtisseurs, pas des suspects',
          'président d’un club de jeunes leaders à Kaya',
        ],
      ],
    );
  });

  it('reads addressees written in Title Case when they name bodies, not other headings', () => {
    const text = [
      'Resolution',
      'of participants of the National Consultation of Women Human Rights Defenders',
      'Nepalgunj, Nepal. 28-30 November, 2023',
      'We, participants of the consultation, recommend:',
      'Government of Nepal and the Ministry of Home Affairs\n\n  • Adopt a national protection mechanism;\n  • Register every complaint.',
      'Local Governments and Judicial Committees\n\n  • Include women defenders in mediation.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    assert.deepEqual(readResolution(text).details.addressees, [
      'Government of Nepal and the Ministry of Home Affairs',
      'Local Governments and Judicial Committees',
    ]);
    const report =
      'Annual report\n\nKey Findings\n\n• Fewer disputes.\n\nRecommendations\n\nNext Steps\n\n• More training.';
    assert.equal(detectKind(report), 'document');
  });

  it('reads sentence-case addressees after "A la …", and a city with its other name in brackets', () => {
    const text = [
      'RESOLUCIÓN',
      'de las participantes del Encuentro de Mujeres Amazónicas',
      'Nueva Loja (Lago Agrio), Ecuador, 12 al 14 de septiembre de 2023',
      'Nosotras, participantes del encuentro, recomendamos:',
      'A la Defensoría del Pueblo\n\n1. Abrir una oficina en Sucumbíos.',
      'A la cooperación internacional\n\n1. Financiar a las organizaciones de mujeres.\n2. Apoyar la vigilancia comunitaria.',
    ].join('\n\n');
    const parts = readResolution(text);
    assert.deepEqual(parts.details.addressees, [
      'A la Defensoría del Pueblo',
      'A la cooperación internacional',
    ]);
    const event = parts.details.event as EventInfo;
    assert.deepEqual([event.city, event.countryCode], ['Nueva Loja', 'EC']);
  });

  it('reads testimonials each opened by its speaker over a short quoted headline and their quoted words', () => {
    const text = [
      'РЕЗОЛЮЦИЯ\nучастников областного тренинга «Ребёнок в центре»',
      'г. Кызылорда, 12–13 ноября 2026 года',
      'АКИМАТУ ОБЛАСТИ\n\n1. Открыть кабинеты психологов.',
      'Отзывы участников',
      'Мадина Серикбаева, школьный психолог, г. Аральск\n«Школа не должна справляться одна»\n«Раньше я боялась звонить в полицию. Теперь знаю, кому сообщать».',
      'Ерболат Жанузаков, инспектор ювенальной полиции, п. Айтеке би\n«Ребёнка нельзя опрашивать пять раз»\n«Мы договорились опрашивать ребёнка один раз.»',
    ].join('\n\n');
    assert.deepEqual(
      (readResolution(text).details.testimonials as { person: string; headline: string }[]).map((t) => [
        t.person,
        t.headline,
      ]),
      [
        ['Мадина Серикбаева', 'Школа не должна справляться одна'],
        ['Ерболат Жанузаков', 'Ребёнка нельзя опрашивать пять раз'],
      ],
    );
  });

  it('reads a title and an event\'s name wrapped inside a word as whole words ("Defen-" / "soras")', () => {
    const text = [
      'RESOLUCIÓN\nde las participantes del Encuentro Macrorregional de Mujeres Defen-\nsoras de la Memoria',
      'Huamanga, 14 y 15 de noviembre de 2024',
      'A LAS AUTORIDADES REGIONALES\n\n1. Garantizar la búsqueda de las personas desaparecidas.',
    ].join('\n\n');
    const parts = readResolution(text);
    assert.equal(
      (parts.details.event as EventInfo).name,
      'Encuentro Macrorregional de Mujeres Defensoras de la Memoria',
    );
    assert.match(parts.title ?? '', /Mujeres Defensoras de la Memoria$/u);
  });

  it('dates a declaration by the day it was done ("Fait à Praia, le 29 …"), after the day a plenary adopted it', () => {
    const text = [
      'DÉCLARATION DE PRAIA',
      'des participantes à l’Atelier régional de formation des femmes médiatrices',
      'Praia, Cap-Vert, 22-25 sept. 2026',
      'Nous, 38 femmes médiatrices, réunies à Praia ;',
      'AUX GOUVERNEMENTS\n\n– Intégrer les médiatrices dans les comités villageois.',
      'Adoptée à l’unanimité en séance plénière le 25 septembre 2026.',
      'Fait à Praia, le 29 septembre 2026',
      'TÉMOIGNAGES DES PARTICIPANTES',
      '« Ici, on m’écoute enfin »',
      'Ana Paula Lopes Fortes, jeune leader à Assomada (Cap-Vert) : « Avant l’atelier, les adultes ne m’écoutaient pas. »',
    ].join('\n\n');
    const parts = readResolution(text);
    assert.equal(parts.details.published, '2026-09-29');
    assert.deepEqual(
      (parts.details.testimonials as { person: string }[]).map((t) => t.person),
      ['Ana Paula Lopes Fortes'],
    );
  });

  it('reads Russian addressees in the dative, a city alone, and "Принято" as the adoption date', () => {
    const text = [
      'РЕЗОЛЮЦИЯ',
      'Республиканской конференции гражданского общества',
      '«Женщины и молодёжь в предупреждении экстремизма»',
      'г. Душанбе, 12–13 октября 2023 г.',
      'Мы, участники конференции, рекомендуем:',
      'Органам власти:\n1. Разработать программу реинтеграции;\n2. Обучить социальных работников.',
      'Международным партнёрам и донорам:\n1. Поддержать местные инициативы.',
      'Принято 13 октября 2023 г.',
    ].join('\n\n');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.deepEqual(
      [event.name, event.city, event.countryCode, parts.details.published],
      ['Республиканской конференции гражданского общества', 'Душанбе', 'TJ', '2023-10-13'],
    );
    assert.deepEqual(parts.details.addressees, ['Органам власти', 'Международным партнёрам и донорам']);
    assert.equal(parts.recommendations.length, 3);
  });

  it('reads a Ukrainian resolution copied from a web page: a dated category line, a city in Ukrainian', () => {
    const text = [
      'Резолюція учасників Форуму місцевих громад «Відновлення разом»',
      '11.11.2024   Документи',
      'РЕЗОЛЮЦІЯ',
      'учасників і учасниць Форуму місцевих громад',
      '«Відновлення разом»',
      'м. Чернігів, 7–8 листопада 2024 року',
      'Ми, 146 учасників і учасниць форуму, звертаємося з такими рекомендаціями:',
      'ВЕРХОВНІЙ РАДІ УКРАЇНИ\n\n1. Ухвалити закон про статус прикордонних громад;\n2. Передбачити субвенцію.',
      'Обласним військовим адміністраціям:\n\n1. Залучати громади до планування.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.deepEqual(
      [event.city, event.countryCode, event.start, event.end, parts.details.published],
      ['Чернігів', 'UA', '2024-11-07', '2024-11-08', '2024-11-11'],
    );
    assert.deepEqual(parts.details.addressees, [
      'ВЕРХОВНІЙ РАДІ УКРАЇНИ',
      'Обласним військовим адміністраціям',
    ]);
    assert.equal(parts.recommendations.length, 3);
  });

  it('reads long addressees before a colon, and recommendations lettered in Arabic under a topic line', () => {
    const french = readResolution(
      [
        'DÉCLARATION FINALE',
        'Nous, participantes, recommandons :',
        "À l'endroit des autorités préfectorales et des chefs de quartier et de village :",
        '  • associer les femmes aux comités locaux ;\n  • faciliter le retour des personnes déplacées.',
        "À l'endroit des partenaires :",
        '  - financer les initiatives locales.',
      ].join('\n\n'),
    );
    assert.deepEqual(french.details.addressees, [
      "À l'endroit des autorités préfectorales et des chefs de quartier et de village",
      "À l'endroit des partenaires",
    ]);
    const arabic = readResolution(
      [
        'البيان الختامي',
        'نحن، المشاركات، نوصي بما يلي:',
        'إلى الحكومة:',
        'الوثائق والخدمات\nأ) إصدار الوثائق المدنية المفقودة؛\nب) إعادة تأهيل المدارس.',
        'إلى المجالس البلدية:',
        'أ) إنشاء مكاتب لاستقبال الشكاوى.',
      ].join('\n\n'),
    );
    assert.deepEqual(arabic.details.addressees, ['إلى الحكومة', 'إلى المجالس البلدية']);
    assert.equal(arabic.recommendations.length, 3);
  });

  it('reads a resolution copied without blank lines: heading, event and title, place and dates', () => {
    const text = [
      'Общественный фонд «Жайық Жастары»',
      'РЕЗОЛЮЦИЯ',
      'участников Регионального форума женщин и молодёжи Западного Казахстана',
      '«Чистый воздух и вода — право каждого»',
      'г. Атырау, Республика Казахстан, 17–18 октября 2024 г.',
      'Мы, участники форума, обращаемся со следующими рекомендациями:',
      'ПРАВИТЕЛЬСТВУ РЕСПУБЛИКИ КАЗАХСТАН',
      '1. Обеспечить публикацию данных мониторинга выбросов;',
      '2. Разработать порядок компенсации.',
      'АКИМАТАМ АТЫРАУСКОЙ И ЗАПАДНО-КАЗАХСТАНСКОЙ',
      'ОБЛАСТЕЙ, МАСЛИХАТАМ ВСЕХ УРОВНЕЙ',
      '3. Объявлять слушания заранее.',
    ].join('\n');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.deepEqual(
      [event.name, event.title, event.city, event.countryCode, event.start, event.end],
      [
        'Регионального форума женщин и молодёжи Западного Казахстана',
        'Чистый воздух и вода — право каждого',
        'Атырау',
        'KZ',
        '2024-10-17',
        '2024-10-18',
      ],
    );
    assert.deepEqual(parts.details.addressees, [
      'ПРАВИТЕЛЬСТВУ РЕСПУБЛИКИ КАЗАХСТАН',
      'АКИМАТАМ АТЫРАУСКОЙ И ЗАПАДНО-КАЗАХСТАНСКОЙ ОБЛАСТЕЙ, МАСЛИХАТАМ ВСЕХ УРОВНЕЙ',
    ]);
    assert.equal(parts.recommendations.length, 3);
  });

  it('names an event shown only in a banner in capitals by the title line, its theme by a quoted line', () => {
    const text = [
      "Déclaration finale de la Conférence sous-régionale des femmes artisans de paix d'Afrique centrale",
      "CONFÉRENCE SOUS-RÉGIONALE DES FEMMES ARTISANS DE PAIX D'AFRIQUE CENTRALE",
      'Thème : « Documenter, protéger, réparer »',
      'Bangui, République centrafricaine – du 5 au 7 juin 2024',
      'DÉCLARATION FINALE',
      'Nous, participantes, recommandons :',
      "À l'endroit du Gouvernement :",
      '- créer un fonds de réparation.',
    ].join('\n\n');
    const event = readResolution(text).details.event as EventInfo;
    assert.deepEqual(
      [event.name, event.title, event.city, event.start, event.end],
      [
        "Conférence sous-régionale des femmes artisans de paix d'Afrique centrale",
        'Documenter, protéger, réparer',
        'Bangui',
        '2024-06-05',
        '2024-06-07',
      ],
    );
  });

  it('reads testimonials under a quoted headline on the line above, a speaker after a title', () => {
    const text = [
      'DÉCLARATION FINALE',
      'Nous, participantes, recommandons :',
      "À l'endroit du Gouvernement :",
      '- créer un fonds de réparation.',
      'TÉMOIGNAGES',
      "« Documenter, c'est déjà refuser l'oubli »\nMme Bernadette Yakité, animatrice à Bambari : « Au début, les femmes avaient peur. »",
      '« Au Tchad aussi, nous voulons la vérité »\nAchta Mahamat Abakar, juriste venue de N’Djamena : « Nous repartons avec une méthode. »',
      '« Une intérprete cambiaría todo »\nLic. Mirtha Aguilera Soliz, abogada del SLIM de Camiri: «Acompañé 35 denuncias.»',
      '« Queremos estar en los comités »\nDoña Rosalía Yandura Cuéllar, autoridad comunal de Ñaurenda: «Caminábamos 12 kilómetros.»',
    ].join('\n\n');
    const testimonials = readResolution(text).details.testimonials as Testimonial[];
    assert.deepEqual(
      testimonials.map((t) => [t.person, t.headline]),
      [
        ['Bernadette Yakité', "Documenter, c'est déjà refuser l'oubli"],
        ['Achta Mahamat Abakar', 'Au Tchad aussi, nous voulons la vérité'],
        ['Mirtha Aguilera Soliz', 'Une intérprete cambiaría todo'],
        ['Rosalía Yandura Cuéllar', 'Queremos estar en los comités'],
      ],
    );
  });

  it('reads an Arabic letterhead dated by weekday with its Hijri day after, and "قرارات وتوصيات" as the heading', () => {
    const text = [
      'جمعية نساء تلعفر للتنمية والسلام\nتلعفر – محافظة نينوى – العراق\nالاثنين ١٠ آذار ٢٠٢٥ م، الموافق ١٠ رمضان ١٤٤٦ هـ',
      'قرارات وتوصيات',
      'ملتقى نساء تلعفر للسلام والتعايش',
      '«نساء من أجل العودة والمصالحة»',
      'تلعفر، العراق، ٨–٩ آذار/مارس ٢٠٢٥',
      'نحن، المشاركات في ملتقى نساء تلعفر للسلام والتعايش، وعددنا ٦٨ امرأة؛',
      'إلى الحكومة المحلية في قضاء تلعفر:\n١. تسهيل إصدار الوثائق المدنية للنساء العائدات.',
    ].join('\n\n');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.equal(
      parts.title,
      'قرارات وتوصيات ملتقى نساء تلعفر للسلام والتعايش «نساء من أجل العودة والمصالحة»',
    );
    assert.deepEqual(
      [event.name, event.city, event.countryCode, event.start, event.end, parts.details.published],
      ['ملتقى نساء تلعفر للسلام والتعايش', 'تلعفر', 'IQ', '2025-03-08', '2025-03-09', '2025-03-10'],
    );
  });

  it('reads a numbered addressee in capitals wrapped before "РЕСПУБЛИКИ …" as one', () => {
    const text = [
      'РЕЗОЛЮЦИЯ',
      'участников региональной конференции «Женщины и молодёжь за мир»',
      'г. Куляб, Республика Таджикистан, 22–23 мая 2025 года',
      'Мы, участники конференции, обращаемся со следующими рекомендациями:',
      '1. МИНИСТЕРСТВУ ТРУДА, МИГРАЦИИ И ЗАНЯТОСТИ НАСЕЛЕНИЯ\nРЕСПУБЛИКИ ТАДЖИКИСТАН',
      '1.1. Открыть консультационные пункты для трудовых мигрантов.\n1.2. Включить жён мигрантов в программы занятости.',
      '2. МЕЖДУНАРОДНЫМ ОРГАНИЗАЦИЯМ И ДОНОРАМ',
      '2.1. Поддержать женские комитеты махаллей.',
    ].join('\n\n');
    assert.deepEqual(
      [...count(readResolution(text).recommendations.map((r) => r.addressee))],
      [
        ['МИНИСТЕРСТВУ ТРУДА, МИГРАЦИИ И ЗАНЯТОСТИ НАСЕЛЕНИЯ РЕСПУБЛИКИ ТАДЖИКИСТАН', 2],
        ['МЕЖДУНАРОДНЫМ ОРГАНИЗАЦИЯМ И ДОНОРАМ', 1],
      ],
    );
  });

  it('reads a declaration named after its town, its addressees each called on "to:"', () => {
    const text = [
      'Kabale Declaration\nof the Great Lakes Cross-Border Women Traders’ Peace Conference',
      'Kabale, Uganda, 2–4 September 2025',
      'We, the 212 participants of the Conference, gathered in Kabale from 2 to 4 September 2025,',
      'Recognising that small-scale cross-border trade feeds families on both sides of the border;',
      'We call on the Government of the Republic of Uganda to:',
      '• Set up women’s help desks at the one-stop border posts;\n• Publish the fees traders pay at each crossing.',
      'We call on the East African Community to:',
      '• Simplify the trade regime for women traders.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.equal(
      (parts.details.event as EventInfo).name,
      'Great Lakes Cross-Border Women Traders’ Peace Conference',
    );
    assert.deepEqual(
      [...count(parts.recommendations.map((r) => r.addressee))],
      [
        ['the Government of the Republic of Uganda', 2],
        ['the East African Community', 1],
      ],
    );
  });

  it('reads a place and days in a table row, and a labelled publication date below them', () => {
    const text = [
      'توصيات ورشة العمل التشاورية «دور المرأة في التهدئة المحلية»',
      'تعز، اليمن\t١٤ و١٥ مايو ٢٠٢٤',
      'تاريخ الإصدار: ١٨ مايو ٢٠٢٤',
      'نظّمت المؤسسة ورشة عمل تشاورية.',
      'إلى الحكومة:\n١. فتح الطرق.',
    ].join('\n\n');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.deepEqual(
      [event.city, event.countryCode, event.start, event.end, parts.details.published],
      ['تعز', 'YE', '2024-05-14', '2024-05-15', '2024-05-18'],
    );
  });

  it('reads a Kyrgyz title above the heading, naming the event in the genitive', () => {
    const text = [
      '«Ынтымак Булагы» коомдук фонду',
      'Башкы бет > Документтер > Резолюциялар',
      'Түштүк аймактык жарандык форумунун катышуучуларынын резолюциясы «Жергиликтүү тынчтык»',
      'РЕЗОЛЮЦИЯ',
      '«Жергиликтүү тынчтык»',
      'Жалал-Абад шаары, Кыргыз Республикасы, 2024-жылдын 5-6-апрели',
      'Биз, форумдун катышуучулары, сунуштайбыз:',
      'МИНИСТРЛЕР КАБИНЕТИНЕ\n\n1. Мыйзамды кабыл алуу.',
    ].join('\n\n');
    const parts = readResolution(text);
    assert.equal(
      parts.title,
      'Түштүк аймактык жарандык форумунун катышуучуларынын резолюциясы «Жергиликтүү тынчтык»',
    );
    const event = parts.details.event as EventInfo;
    assert.deepEqual(
      [event.name, event.city, event.countryCode, event.start, event.end],
      ['Түштүк аймактык жарандык форуму', 'Жалал-Абад', 'KG', '2024-04-05', '2024-04-06'],
    );
  });

  it('reads a Kyrgyz resolution: the event in the genitive before its participants, "Баткен шаары"', () => {
    const text = [
      'РЕЗОЛЮЦИЯ',
      'Аялдар жана жаштар форумунун катышуучуларынын',
      '«Тынчтык үчүн диалог»',
      'Баткен шаары, Кыргызстан, 2024-жылдын 14–16-майы',
      'Биз, форумдун катышуучулары, төмөнкүлөрдү сунуштайбыз:',
      'ЖЕРГИЛИКТҮҮ БИЙЛИККЕ\n\n1. Комиссияларга аялдарды киргизүү.',
    ].join('\n\n');
    const event = readResolution(text).details.event as EventInfo;
    assert.deepEqual(
      [event.name, event.city, event.countryCode, event.start, event.end],
      ['Аялдар жана жаштар форуму', 'Баткен', 'KG', '2024-05-14', '2024-05-16'],
    );
  });

  it('reads an Arabic heading line naming the event and its title, a place alone and a Hijri date line', () => {
    const text = [
      'توصيات ورشة العمل الإقليمية «المرأة والحماية الاجتماعية في المجتمعات المضيفة للاجئين»',
      'إربد، الأردن\n١٢ رمضان ١٤٤٥ هـ الموافق ٢٢ آذار ٢٠٢٤ م',
      'وفي ختام أعمالها، خرجت الورشة بالتوصيات التالية:',
      'إلى وزارة العمل:\n١. توسيع مظلة الضمان الاجتماعي.\n٢. تبسيط إجراءات التسجيل.',
    ].join('\n\n');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.deepEqual(
      [event.name, event.title, event.place, event.city, event.countryCode, parts.details.published],
      [
        'ورشة العمل الإقليمية',
        'المرأة والحماية الاجتماعية في المجتمعات المضيفة للاجئين',
        'إربد، الأردن',
        'إربد',
        'JO',
        '2024-03-22',
      ],
    );
    assert.equal(parts.recommendations.length, 2);
  });

  it('takes an Arabic testimonial that names its speaker by the given name alone, not a heading', () => {
    const text = [
      'البيان الختامي',
      'إلى وزارة المياه والبيئة:\n١. نشر جداول توزيع المياه في كل حي.',
      'شهادات',
      'سلمى الحوراني',
      'لم أعد وحدي',
      'تقول سلمى إن الرسائل التي كانت تصلها لم تعد مشكلتها الخاصة، فقد تعلمت كيف توثّقها وأين تبلّغ عنها.',
      'توصيات عامة',
      'ندعو إلى نشر هذه التوصيات على نطاق واسع في كل المحافظات وبين جميع الشركاء.',
    ].join('\n\n');
    const testimonials = readResolution(text).details.testimonials as Testimonial[];
    assert.deepEqual(
      testimonials.map((t) => [t.person, t.headline]),
      [['سلمى الحوراني', 'لم أعد وحدي']],
    );
  });

  it('reads a Portuguese declaration from a PDF: wrapped title, event days under its theme, "Ao …:", where it was signed', () => {
    const text = [
      'Declaração Final da Conferência Provincial de\nMulheres Construtoras de Paz de Cabo Delgado',
      '«Regressar com dignidade: mulheres e reconstrução em Cabo\nDelgado»\nPemba, 5 a 7 de Novembro de 2024',
      'Nós, mulheres líderes comunitárias, reunidas na Conferência Provincial;',
      'Considerando que, desde 2017, o conflito armado deslocou mais de 1 milhão de pessoas;',
      'Ao Governo da República de Moçambique:',
      'a) Garantir que o processo de regresso seja voluntário;\n\nb) Simplificar a emissão de bilhetes de identidade.',
      'Às lideranças comunitárias e religiosas:',
      'a) Condenar publicamente as uniões prematuras.',
      'Pemba, aos 8 de Novembro de 2024',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.equal(
      parts.title,
      'Declaração Final da Conferência Provincial de Mulheres Construtoras de Paz de Cabo Delgado',
    );
    const event = parts.details.event as EventInfo;
    assert.deepEqual(
      [event.city, event.countryCode, event.start, event.end],
      ['Pemba', 'MZ', '2024-11-05', '2024-11-07'],
    );
    assert.equal(event.name, 'Conferência Provincial de Mulheres Construtoras de Paz de Cabo Delgado');
    assert.deepEqual(parts.details.addressees, [
      'Ao Governo da República de Moçambique',
      'Às lideranças comunitárias e religiosas',
    ]);
    assert.equal(parts.date, '2024-11-08');
  });

  it('reads a table of recommendations whose addressee cell spans its rows', () => {
    const text = [
      'Final Communiqué of the Regional Workshop of Community Protection Focal Points',
      'Port Sudan, Sudan | 10–12 November 2024',
      'We, the participants, make the recommendations in the table below:',
      [
        'No.\tAddressee\tRecommendation\tPriority',
        '1\tTo the Ministry of Social Development\tAdopt minimum protection standards in shelters.\tHigh',
        '2\tAppoint a protection officer in every shelter of over 500 people.\tHigh',
        '3\tTo the United Nations agencies\tFund women-led organisations directly.\tMedium',
      ].join('\n'),
      'The participants',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.deepEqual(
      parts.recommendations.map((r) => [r.addressee, r.text]),
      [
        ['To the Ministry of Social Development', 'Adopt minimum protection standards in shelters.'],
        [
          'To the Ministry of Social Development',
          'Appoint a protection officer in every shelter of over 500 people.',
        ],
        ['To the United Nations agencies', 'Fund women-led organisations directly.'],
      ],
    );
    assert.equal(parts.figureText?.includes('2\tAppoint'), false, 'row numbers are no figures');
    // (in Arabic, the bodies named without "to": "الحكومة …", "مجلس …")
    const arabic = [
      'قرار',
      'المشاركون في الدورة التدريبية الوطنية للمدافعين الشباب',
      'دهوك، العراق. ١٤-١٦ تشرين الأول ٢٠٢٦',
      'نتقدّم بالتوصيات الواردة في الجدول الآتي:',
      [
        'ت\tالجهة المعنية\tالتوصية\tالأولوية',
        '١\tالحكومة الاتحادية وحكومة إقليم كوردستان\tتنفيذ اتفاق سنجار.\tعاجلة',
        '٢\tعدم إغلاق أي مخيم قبل توفير السكن.\tعاجلة',
        '٣\tمجلس النواب العراقي\tتعديل قانون الناجيات.\tمتوسطة',
      ].join('\n'),
    ].join('\n\n');
    assert.equal(detectKind(arabic), 'resolution');
    assert.deepEqual(readResolution(arabic).details.addressees, [
      'الحكومة الاتحادية وحكومة إقليم كوردستان',
      'مجلس النواب العراقي',
    ]);
  });

  it('reads a Kyrgyz resolution under its publication date: addressees in the dative, dated event and signature', () => {
    const text = [
      'Жарыяланды: 23.09.2024',
      'Чүй облустук аялдар жана жаштар форумунун катышуучуларынын резолюциясы',
      'Токмок шаары, Кыргыз Республикасы, 2024-жылдын 19–20-сентябры',
      'Биз, форумдун катышуучулары, төмөнкүлөрдү сунуштайбыз:',
      'Кыргыз Республикасынын Министрлер Кабинетине:',
      '• Мамлекеттик программага аялдар уюмдарынын сунуштарын киргизүү;\n• Акысыз курстарды кеңейтүү.',
      'Токмок шаарынын мэриясына жана жергиликтүү кеңештерге:',
      '• Жаштар демилгелерин колдоо.',
      'Эл аралык уюмдарга жана донорлорго:',
      '• Узак мөөнөттүү каржылоо берүү.',
      'Токмок ш., 2024-жылдын 20-сентябры',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.equal(parts.title, 'Чүй облустук аялдар жана жаштар форумунун катышуучуларынын резолюциясы');
    assert.deepEqual(parts.details.addressees, [
      'Кыргыз Республикасынын Министрлер Кабинетине',
      'Токмок шаарынын мэриясына жана жергиликтүү кеңештерге',
      'Эл аралык уюмдарга жана донорлорго',
    ]);
    assert.equal(parts.recommendations.length, 4);
  });

  it("dates a resolution's publication by its page's details line, and its event by the place and days under it", () => {
    const text = [
      'РЕЗОЛЮЦИЯ',
      '«Ала качууга жол жок» коомдук угуусунун катышуучуларынын',
      'Жарыяланды: 14.04.2025 · Автор: admin · Тегдер: #АлаКачууЖок, гендердик зомбулук',
      'Кемин шаары, Чүй облусу, 2025-жылдын 10-апрели',
      'Биз, коомдук угуунун катышуучулары, төмөнкү сунуштарды беребиз:',
      'КЕМИН РАЙОНДУК МАМЛЕКЕТТИК АДМИНИСТРАЦИЯСЫНА:',
      '1. Комиссиялардын ишин жандандыруу;\n2. Коопсуз жай ачуу маселесин кароо.',
    ].join('\n\n');
    const { details } = readResolution(text);
    assert.equal(details.published, '2025-04-14');
    const event = details.event as EventInfo;
    assert.deepEqual([event.city, event.start, event.end], ['Кемин', '2025-04-10', '2025-04-10']);
    // the details line opened by who posted it, the day after it
    const posted = readResolution(
      [
        'Resolución del IV Encuentro Regional de Mujeres Defensoras',
        'Publicado por Comunicación REMEDEF · nov 10, 2025 · Incidencia, Pronunciamientos · 2 comentarios',
        'RESOLUCIÓN',
        'Tapachula, Chiapas, México. 5 al 7 de noviembre de 2025',
        'Nosotras, 118 mujeres defensoras, reunidas en Tapachula, acordamos:',
        'A LOS GOBIERNOS DE MÉXICO Y GUATEMALA:',
        '1. Garantizar el acceso al asilo;\n2. Cesar las detenciones prolongadas.',
      ].join('\n\n'),
    ).details;
    const met = posted.event as EventInfo;
    assert.deepEqual(
      [posted.published, met.city, met.start, met.end],
      ['2025-11-10', 'Tapachula', '2025-11-05', '2025-11-07'],
    );
  });

  it('reads an Arabic statement whose addressees are numbered in Arabic-Indic digits, its recommendations by letter and dash', () => {
    const text = [
      'البيان الختامي والتوصيات الصادرة عن ورشة العمل الإقليمية حول «التعايش السلمي في إقليم سيلا»',
      'مدينة مأرب، ١٤-١٥ أكتوبر ٢٠٢٥',
      'نحن المشاركات في الورشة، وعددنا ٥٢ امرأة،',
      'نتقدم بالتوصيات الآتية:',
      '١. إلى مجلس القيادة الرئاسي والحكومة اليمنية',
      'أ- تضمين ثلاث وسيطات في كل لجنة محلية.\n\nب- الاعتراف الرسمي بدور الوسيطات المحليات.',
      '٢. إلى السلطة المحلية في محافظتي مأرب والجوف',
      '1- إنشاء مكتب لشؤون الوسيطات.\n\n2- تخصيص مساحات آمنة للنساء.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.deepEqual(parts.details.addressees, [
      'إلى مجلس القيادة الرئاسي والحكومة اليمنية',
      'إلى السلطة المحلية في محافظتي مأرب والجوف',
    ]);
    assert.equal(parts.recommendations.length, 4);
    const event = parts.details.event as EventInfo;
    assert.deepEqual([event.name, event.city, event.start], ['ورشة العمل الإقليمية', 'مأرب', '2025-10-14']);
  });

  it("reads addressees in capitals that Word's own numbering shows as bullets, like their recommendations", () => {
    const text = [
      'РЕЗОЛЮЦИЯ',
      'участниц и участников Регионального форума «Женщины севера Молдовы за безопасность»',
      'мун. Бельцы, 23–24 октября 2025 года',
      'Мы, участницы и участники форума, рекомендуем:',
      '• ПАРЛАМЕНТУ И ПРАВИТЕЛЬСТВУ РЕСПУБЛИКИ МОЛДОВА\n• Предусмотреть не менее 5 млн леев.\n• Ускорить открытие центров помощи.\n' +
        '• ГЕНЕРАЛЬНОМУ ИНСПЕКТОРАТУ ПОЛИЦИИ\n• Обеспечить работу мобильных групп.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.deepEqual(parts.details.addressees, [
      'ПАРЛАМЕНТУ И ПРАВИТЕЛЬСТВУ РЕСПУБЛИКИ МОЛДОВА',
      'ГЕНЕРАЛЬНОМУ ИНСПЕКТОРАТУ ПОЛИЦИИ',
    ]);
    assert.equal(parts.recommendations.length, 3);
    assert.equal((parts.details.event as EventInfo).city, 'Бельцы');
  });

  it('reads recommendations lettered "a." under numbered addressees, and no preamble word as an addressee', () => {
    const text = [
      'Resolución del II Encuentro Provincial de Mujeres Ronderas de Chota',
      'Chota, Cajamarca, Perú – 18 y 19 de julio de 2025',
      'Nosotras, 214 mujeres ronderas de 63 caseríos;',
      'CONSIDERANDO:',
      '- Que las rondas campesinas son nuestra forma de organización;\n\n- Que en 2024 el CEM atendió 487 casos;',
      'ACORDAMOS dirigir las siguientes demandas:',
      '1) AL MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES (MIMP):',
      'a. Abrir un Centro Emergencia Mujer en Tacabamba.\n\nb. Capacitar cada año a las mujeres ronderas.',
      '2) A LA CORTE SUPERIOR DE JUSTICIA DE CAJAMARCA:',
      'a. Aplicar el protocolo de coordinación.',
      'RESOLVEMOS:',
      '1. Fortalecer nuestras rondas femeninas en cada caserío.',
    ].join('\n\n');
    const parts = readResolution(text);
    assert.deepEqual(parts.details.addressees, [
      'AL MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES (MIMP)',
      'A LA CORTE SUPERIOR DE JUSTICIA DE CAJAMARCA',
    ]);
    assert.equal(parts.recommendations.length, 3);
  });

  it('reads a hard-wrapped communiqué: addressees over two lines, "and recommendations of" in its heading', () => {
    const text = [
      'FINAL COMMUNIQUE AND RECOMMENDATIONS OF THE MINDANAO WOMEN AND YOUTH PEACE FORUM',
      'Cotabato City, 12-14 November 2024',
      'We, the participants of the Mindanao Women and Youth Peace Forum, put forward these recommendations:',
      'A. To the Bangsamoro Transition Authority (BTA):',
      '   1. Allocate at least 5% of the annual block grant to conflict resolution.',
      'B. To the Ministry of Social Services and Development (MSSD) and the\n   Ministry of Public Order and Safety (MPOS):',
      '   2. Include women’s organisations in the case management of\n      decommissioned combatants.\n' +
        '   3. Set aside PHP 50,000,000 for livelihood grants.',
    ].join('\n\n');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.equal(event.name, 'Mindanao Women and Youth Peace Forum');
    assert.deepEqual([event.city, event.countryCode], ['Cotabato City', 'PH']);
    assert.deepEqual(
      [...count(parts.recommendations.map((r) => r.addressee))],
      [
        ['To the Bangsamoro Transition Authority (BTA)', 1],
        [
          'To the Ministry of Social Services and Development (MSSD) and the Ministry of Public Order and Safety (MPOS)',
          2,
        ],
      ],
    );
  });

  it('reads testimonials given as cards: a quoted headline, the speaker and who they are, then their words', () => {
    const text = [
      'Final Communiqué of the Regional Workshop of Protection Focal Points',
      'Port Sudan, Sudan | 10–12 November 2024',
      'We, the participants, recommend:',
      'To the Ministry of Social Development:',
      '1. Adopt minimum protection standards in shelters.',
      'Voices from the workshop',
      '«I am no longer afraid of the night»',
      'Amna Osman Idris, coordinator of a shelter in Port Sudan',
      '«In our shelter 418 people live in the classrooms of one school. Amna Osman Idris asked for lights.»',
    ].join('\n\n');
    const [card] = readResolution(text).details.testimonials as Testimonial[];
    assert.deepEqual(
      [card?.person, card?.headline, card?.about],
      ['Amna Osman Idris', 'I am no longer afraid of the night', 'coordinator of a shelter in Port Sudan'],
    );
    // the same card without blank lines, as a PDF's shaded box gives it
    const boxed = text.replace(/»\n\n(Amna[^\n]*)\n\n«/u, '»\n$1\n«');
    const [box] = readResolution(boxed).details.testimonials as Testimonial[];
    assert.deepEqual(
      [box?.person, box?.headline],
      ['Amna Osman Idris', 'I am no longer afraid of the night'],
    );
  });

  it('reads an Arabic statement under its letterhead: ordinal addressees, its theme apart, the region after the city', () => {
    const text = [
      'منظمة شمس سنجار للتنمية والسلام (SSDP)\nShams Sinjar Organization for Development and Peace\nالعدد: ش س/٢٠٢٤/١١٧\nالتاريخ: ١٥ كانون الأول ٢٠٢٤م',
      'البيان الختامي لورشة العمل الإقليمية حول عودة النازحين إلى سنجار\n«العودة الآمنة: دور النساء في بناء الثقة»\nدهوك، إقليم كوردستان العراق، ١٠–١١ كانون الأول ٢٠٢٤',
      'خلصت الورشة إلى التوصيات الآتية:',
      'أولاً: توصيات إلى الحكومة الاتحادية العراقية:\n١. الإسراع في تنفيذ قانون الناجيات.\n٢. تخصيص ميزانية لإعادة الإعمار.',
      'ثانياً: توصيات إلى حكومة إقليم كوردستان:\n١. تسهيل حرية تنقل العائدين.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.equal(parts.title?.startsWith('البيان الختامي لورشة العمل الإقليمية'), true, parts.title ?? '');
    assert.deepEqual(
      [event.name, event.city, event.countryCode],
      ['ورشة العمل الإقليمية حول عودة النازحين إلى سنجار', 'دهوك', 'IQ'],
    );
    assert.deepEqual(
      [...count(parts.recommendations.map((r) => r.addressee))],
      [
        ['إلى الحكومة الاتحادية العراقية', 2],
        ['إلى حكومة إقليم كوردستان', 1],
      ],
    );
  });

  it('reads who adopted a resolution, a long addressee "to" someone without its colon, a day written "28th day of"', () => {
    const text = [
      'Arusha Resolution on the Protection of Women Human Rights Defenders in East Africa',
      'Adopted by the Third East African Regional Conference of Women Human Rights Defenders',
      'Arusha, United Republic of Tanzania, 26th – 28th November 2024',
      'We, 80 women human rights defenders, hereby resolve and call upon:',
      'To the East African Community Secretariat and the East African Legislative Assembly (EALA)',
      '• Adopt a regional framework on the protection of human rights defenders;\n• Create a standing dialogue.',
      'Adopted in Arusha on this 28th day of November 2024.',
    ].join('\n\n');
    const parts = readResolution(text);
    assert.equal(
      (parts.details.event as EventInfo).name,
      'Third East African Regional Conference of Women Human Rights Defenders',
    );
    assert.deepEqual(parts.details.addressees, [
      'To the East African Community Secretariat and the East African Legislative Assembly (EALA)',
    ]);
    assert.equal(parts.date, '2024-11-28');
  });

  it('reads a PDF declaration under its network in capitals: a wrapped heading, addressees in a narrow column', () => {
    const text = [
      'RÉSEAU DES FEMMES SAHÉLIENNES POUR LA PAIX ET LA SÉCURITÉ',
      'Déclaration finale de la Conférence régionale des\nfemmes du Sahel sur la paix, la sécurité et la\ncohésion sociale',
      'Thème : « Femmes du Sahel, gardiennes de la paix »',
      'Niamey, 11 – 13 mars 2025',
      'Nous, 148 femmes leaders, formulons les recommandations suivantes :',
      'Recommandations aux autorités de\ntransition et aux gouvernements des\npays du Sahel',
      '▪ Adopter ou réviser les plans d’action\nnationaux sur la résolution 1325 ;',
      '▪ Garantir la présence d’au moins 30 % de\nfemmes dans les instances de dialogue.',
      'Fait à Niamey, le 13 mars 2025',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.equal(
      parts.title,
      'Déclaration finale de la Conférence régionale des femmes du Sahel sur la paix, la sécurité et la cohésion sociale',
    );
    assert.deepEqual(parts.details.addressees, [
      'Recommandations aux autorités de transition et aux gouvernements des pays du Sahel',
    ]);
    assert.equal(parts.recommendations.length, 2);
    assert.equal(parts.date, '2025-03-13');
  });

  it('reads a resolution under a one-line letterhead, its city before its region, its signatories apart', () => {
    const text = [
      '«Жаңы Муун» жаштар коомдук бирикмеси Ош облусу  •  тел.: +996 (3232) 5-14-27  •  janymuun@gmail.com',
      'Wau Resolution of the National Civil Society Dialogue on Peace and Elections',
      'Wau, Western Bahr el Ghazal State, South Sudan, 4–6 March 2025',
      'We, the participants, recommend:',
      'To the Government of South Sudan:',
      '1. Publish the electoral calendar.\n2. Protect civic space.',
      'Signatories',
      '1. Wau Women’s Association\n2. Youth for Peace Network',
    ].join('\n\n');
    const parts = readResolution(text);
    assert.equal(parts.title, 'Wau Resolution of the National Civil Society Dialogue on Peace and Elections');
    const event = parts.details.event as EventInfo;
    assert.deepEqual([event.city, event.countryCode], ['Wau', 'SS']);
    assert.equal(parts.recommendations.length, 2);
  });

  it('reads testimonials set in a table: the speaker in one cell, the headline and quoted words in the next', () => {
    const text = [
      'Резолюция участников Регионального молодёжного форума мира',
      'г. Бохтар, 17–18 апреля 2025 года',
      'Мы, участники форума, рекомендуем:',
      'Правительству Республики Таджикистан:',
      '1. Принять программу поддержки молодёжных инициатив.',
      'Голоса участников',
      '[фото] Фарангис Юсуфова студентка, г. Кулоб\tЯ впервые говорила с хукуматом на равных «На форуме я работала в группе по воде и земле. Фарангис Юсуфова»',
    ].join('\n\n');
    const [said] = readResolution(text).details.testimonials as Testimonial[];
    assert.deepEqual(
      [said?.person, said?.headline],
      ['Фарангис Юсуфова', 'Я впервые говорила с хукуматом на равных'],
    );
  });

  it('reads addressees in the dative without a colon, speakers named under their words, and an adoption told in a sentence', () => {
    const text = [
      'Резолюція учасниць Форуму громадських ініціатив Полтавщини',
      'м. Полтава, 12–13 травня 2025 р.',
      'Ми, 54 учасниці форуму, звертаємося з такими рекомендаціями:',
      'Полтавській обласній військовій адміністрації',
      '• Залучати жіночі ініціативи до робочої групи з відновлення.\n• Оприлюднювати протоколи засідань.',
      'Міжнародним партнерам і донорам',
      '• Підтримати місцеві жіночі організації напряму.',
      'Голоси учасниць',
      '«Ми знаємо свої громади»',
      'Я п’ять років веду групу взаємодопомоги у своєму селі. Ми хочемо, щоб нас питали.',
      '— Галина Бондар, голова ГО «Берегиня», с. Мачухи',
      'Резолюцію ухвалено 13 травня 2025 року. Контакти: forum@example.org.ua',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.deepEqual(
      parts.recommendations.map((r) => r.addressee),
      [
        'Полтавській обласній військовій адміністрації',
        'Полтавській обласній військовій адміністрації',
        'Міжнародним партнерам і донорам',
      ],
    );
    const [testimonial] = parts.details.testimonials as Testimonial[];
    assert.equal(testimonial?.person, 'Галина Бондар');
    assert.equal(testimonial?.headline, 'Ми знаємо свої громади');
    // (who they are may name an organisation in quotes)
    assert.equal(testimonial?.about, 'голова ГО «Берегиня», с. Мачухи');
    assert.match(testimonial?.text ?? '', /^Я п’ять років/u);
    assert.equal(parts.details.published, '2025-05-13');
  });

  it('reads addressees numbered as an outline ("1. To …" over "1.1 …"), a place "held in", and words with their speaker under them', () => {
    const text = [
      'RESOLUTION\nof the Second Conference of Women Mediators',
      'held in Kismayo, Jubaland State, Somalia, from 3rd to 5th of June 2025',
      'We, 90 women mediators, gathered in Kismayo;',
      'adopt the following recommendations:',
      '1. To the Federal Government of Somalia',
      '1.1 Adopt the National Action Plan on Women, Peace and Security.\n\n1.2 Recognise women mediators in the reconciliation framework.',
      '2. To Clan Elders',
      '2.1 Invite women mediators to the formal sessions.',
      'Adopted in Kismayo on 5 June 2025.',
      'VOICES FROM THE CONFERENCE',
      '"I sat outside the room for two days while the elders talked."\n— Faadumo Cabdi Warsame, mediator, Dhahar district',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.deepEqual(parts.details.addressees, ['To the Federal Government of Somalia', 'To Clan Elders']);
    assert.equal(parts.recommendations.length, 3);
    const event = parts.details.event as EventInfo;
    assert.deepEqual(
      [event.city, event.countryCode, event.start, event.end],
      ['Kismayo', 'SO', '2025-06-03', '2025-06-05'],
    );
    const [testimonial] = parts.details.testimonials as Testimonial[];
    assert.equal(testimonial?.person, 'Faadumo Cabdi Warsame');
    assert.match(testimonial?.text ?? '', /^"I sat outside/u);
  });

  it('reads an event line wrapped before its year after a long place, and a closing "Dada en …, el …"', () => {
    const text = [
      'Resolución de la Asamblea Comunitaria de Mujeres de San Pedro Carchá',
      'Aldea Raxruhá Chiquito, San Pedro Carchá, Alta Verapaz, Guatemala · 21 y 22 de febrero de\n2025',
      'Nosotras y nosotros, 137 personas de 21 comunidades, declaramos lo siguiente.',
      'RESUELVE:',
      'A la Municipalidad de San Pedro Carchá:\n\na) Garantizar el acceso al agua de las comunidades.\nb) Consultar a las comunidades antes de cada obra.',
      'Dada en la aldea Raxruhá Chiquito, San Pedro Carchá, el 22 de febrero de 2025.',
    ].join('\n\n');
    const parts = readResolution(text);
    const event = parts.details.event as EventInfo;
    assert.deepEqual([event.countryCode, event.start, event.end], ['GT', '2025-02-21', '2025-02-22']);
    assert.equal(parts.details.published, '2025-02-22');
    assert.equal(parts.date, '2025-02-22');
  });

  it('reads a table of addressees whose recommendations are a list in one cell', () => {
    const text = [
      'Carta de Maputo das Mulheres Mediadoras pela Paz',
      'Maputo, 21 a 23 de outubro de 2024',
      'Nós, 96 mulheres mediadoras, apresentamos as seguintes recomendações:',
      'Destinatário\tRecomendações\nAo Governo de Moçambique\tAprovar o II Plano Nacional; • Garantir 30% de mulheres nas comissões.\nÀ Assembleia da República\tRever a Lei de Terras.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    assert.deepEqual(
      readResolution(text).recommendations.map((r) => [r.addressee, r.text]),
      [
        ['Ao Governo de Moçambique', 'Aprovar o II Plano Nacional;'],
        ['Ao Governo de Moçambique', 'Garantir 30% de mulheres nas comissões.'],
        ['À Assembleia da República', 'Rever a Lei de Terras.'],
      ],
    );
  });

  it("reads addressees numbered by Word's own list, which reads as bullets, over their nested lists", () => {
    const text = [
      'РЕЗОЛЮЦІЯ\nучасників регіонального форуму «Житло після руйнувань»',
      'м. Чернівці, 17–18 жовтня 2024 року',
      'Ми, учасники та учасниці регіонального форуму, звертаємося з такими рекомендаціями:',
      '• Кабінету Міністрів України',
      '• ухвалити державну програму соціального житла для ВПО;\n• продовжити виплату допомоги на проживання.',
      '• Міжнародним партнерам і донорам',
      '• підтримувати багаторічні програми соціального житла.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.deepEqual(parts.details.addressees, [
      'Кабінету Міністрів України',
      'Міжнародним партнерам і донорам',
    ]);
    assert.equal(parts.recommendations.length, 3);
  });

  it('reads a table of numbered recommendations whose "Responsable" column names who each goes to', () => {
    const text = [
      "Recommandations de l'atelier régional « Terres, paix et retour »",
      'Ziguinchor (Sénégal), du 18 au 20 novembre 2024',
      "Considérant que la paix passe par la sécurité foncière, l'atelier adopte les recommandations suivantes :",
      [
        'N°\tRecommandation\tResponsable\tÉchéance',
        '1\tAccélérer le déminage des zones de retour.\tGouvernement du Sénégal\t2025',
        '2\tAssocier les comités villageois de paix aux commissions domaniales.\tCollectivités territoriales\tMars 2025',
        '3\tRecenser les litiges fonciers liés au retour.\tCollectivités territoriales\tEn continu',
      ].join('\n'),
      'Fait à Ziguinchor, le 20 nov. 2024',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.deepEqual(parts.details.addressees, ['Gouvernement du Sénégal', 'Collectivités territoriales']);
    assert.equal(parts.recommendations.length, 3);
  });

  it('reads Kyrgyz addressees in the dative without a colon over "1.1." items, and an event line behind icons', () => {
    const text = [
      '«Суу, жайыт жана тынчтык» райондук форумунун резолюциясы',
      '📍 Өзгөн шаары, Ош облусу · 🗓 2025-жылдын 5–6-марты',
      'Биз, 14 айыл аймагынан келген 57 катышуучу, төмөнкүлөрдү сунуштайбыз:',
      '1. Кыргыз Республикасынын Министрлер Кабинетине',
      '1.1. Суу пайдалануучулар ассоциацияларында аялдардын үлүшүн көбөйтүү.\n\n1.2. Сугат каналдарын калыбына келтирүү.',
      '2. Эл аралык уюмдарга жана донорлорго',
      '2.1. Долбоорлорду кеминде үч жылга каржылоо.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.deepEqual(parts.details.addressees, [
      'Кыргыз Республикасынын Министрлер Кабинетине',
      'Эл аралык уюмдарга жана донорлорго',
    ]);
    assert.equal(parts.recommendations.length, 3);
    const event = parts.details.event as EventInfo;
    assert.deepEqual([event.city, event.start, event.end], ['Өзгөн', '2025-03-05', '2025-03-06']);
  });

  it('reads addressees "for the attention of" someone, however long, over their recommendations as paragraphs', () => {
    const text = [
      'RÉSOLUTION\ndes participantes à l’atelier régional « Femmes, foncier et paix »',
      'Mongo (Tchad), du 18 au 20 novembre 2024',
      'Nous, 62 participantes et participants, formulons les recommandations suivantes :',
      'À l’attention du Ministère de la Justice, chargé des Droits Humains',
      'Accélérer l’adoption du Code foncier et y inscrire le droit des femmes à hériter de la terre.',
      'Garantir une assistance juridique gratuite aux femmes veuves et divorcées.',
      'À l’attention du Ministère de l’Élevage et des Productions Animales et du Ministère de la Production et de la Transformation Agricoles',
      'Baliser, avec la participation des communautés, les couloirs de transhumance avant chaque saison.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.deepEqual(
      parts.recommendations.map((r) => r.addressee.slice(0, 40)),
      [
        'À l’attention du Ministère de la Justice',
        'À l’attention du Ministère de la Justice',
        'À l’attention du Ministère de l’Élevage ',
      ],
    );
  });

  it('reads recommendations from a two-column table whose addressee cells span their rows', () => {
    const text = [
      'RÉSOLUTION',
      'des participantes au Forum transfrontalier des femmes pour la paix',
      'Ziguinchor, Sénégal, 19–21 novembre 2025',
      'Nous, 74 participantes et participants, formulons les recommandations suivantes :',
      [
        'Destinataire\tRecommandation',
        'AUX GOUVERNEMENTS\tOrganiser des audiences foraines d’état civil.',
        'Accélérer le déminage humanitaire des champs.',
        'AUX COLLECTIVITÉS TERRITORIALES\tRéserver 30 % des places aux femmes.',
        'Inscrire une ligne pour les initiatives des jeunes.',
      ].join('\n'),
      'Fait à Ziguinchor, le 22 novembre 2025.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    assert.deepEqual(
      readResolution(text).recommendations.map((r) => [r.addressee, r.text.slice(0, 22)]),
      [
        ['AUX GOUVERNEMENTS', 'Organiser des audience'],
        ['AUX GOUVERNEMENTS', 'Accélérer le déminage '],
        ['AUX COLLECTIVITÉS TERRITORIALES', 'Réserver 30 % des plac'],
        ['AUX COLLECTIVITÉS TERRITORIALES', 'Inscrire une ligne pou'],
      ],
    );
  });

  it('reads a Kyrgyz place without the word for city after it ("Ош ш.")', () => {
    const text = [
      'Аймактык аялдар форумунун катышуучуларынын резолюциясы',
      'Ош ш., 2025-жылдын 6–7-ноябры',
      'Биз, форумдун 134 катышуучусу, төмөнкүлөрдү сунуштайбыз:',
      'ЖЕРГИЛИКТҮҮ ӨЗ АЛДЫНЧА БАШКАРУУ ОРГАНДАРЫНА:',
      '– Аялдар кеңештерин колдоо.',
    ].join('\n\n');
    const event = readResolution(text).details.event as EventInfo;
    assert.deepEqual(
      [event.place, event.city, event.countryCode, event.start, event.end],
      ['Ош', 'Ош', 'KG', '2025-11-06', '2025-11-07'],
    );
  });

  it("reads the event's place and dates from a cover table's rows, which are no part of the title", () => {
    const text = [
      'Recommandations des participantes à l’atelier régional des médiatrices du Sahel',
      'Lieu\tNiamey, Niger\nDates\t3 – 5 juin 2025\nOrganisation\tRéseau des médiatrices du Sahel',
      'Nous, 40 participantes, formulons les recommandations suivantes :',
      'AUX AUTORITÉS LOCALES :',
      '- Associer les médiatrices aux comités de gestion des conflits fonciers.',
      '- Créer un fonds pour les radios communautaires.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'resolution');
    const parts = readResolution(text);
    assert.equal(
      parts.title,
      'Recommandations des participantes à l’atelier régional des médiatrices du Sahel',
    );
    const event = parts.details.event as EventInfo;
    assert.deepEqual(
      [event.name, event.place, event.city, event.countryCode, event.start, event.end],
      [
        'atelier régional des médiatrices du Sahel',
        'Niamey, Niger',
        'Niamey',
        'NE',
        '2025-06-03',
        '2025-06-05',
      ],
    );
  });
});
