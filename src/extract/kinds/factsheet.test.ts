import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { type Author, readAuthors } from './authors.js';
import { detectKind } from './detect.js';
import { type NamedLink, readFactsheet, type StrategyCount } from './factsheet.js';
import { paragraphs } from './text.js';

const formats = new URL('../../../../shared/formats/', import.meta.url);
const read = (name: string) => readFactsheet(readFileSync(new URL(name, formats), 'utf8'));

describe('readFactsheet', () => {
  it('reads the country, the count per strategy, the sections, the links and the authors', () => {
    const parts = read('factsheet-moldova.txt');
    assert.deepEqual(parts.details.country, { name: 'Moldova', code: 'MD' });
    assert.equal(parts.details.respondents, 9);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.count]),
      [
        [1, 5],
        [2, 4],
        [3, 6],
        [4, 7],
        [5, 2],
        [6, 8],
        [7, 5],
      ],
    );
    assert.deepEqual(parts.figures[1], {
      value: 5,
      unit: 'organisations',
      label: 'Strategy 1: Implementation and enforcement of laws',
    });
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title]),
      [
        ['1', 'Implementation and enforcement of laws'],
        ['2', 'Norms and values (gender, social, community)'],
        ['3', 'Safe environments'],
        ['4', 'Parent and care giver support'],
        ['5', 'Income and economic strengthening'],
        ['6', 'Response and support services'],
        ['7', 'Education and life skills'],
      ],
    );
    assert.match(parts.sections[5]?.text ?? '', /assisted 212 children in 2019, of whom 143 were girls/);
    assert.doesNotMatch(parts.sections[6]?.text ?? '', /LINKS AND REFERENCES|anpc-md\.org/);
    const links = parts.details.organisations as NamedLink[];
    assert.equal(links.length, 9);
    assert.deepEqual(links[0], {
      name: 'National Alliance for Child Protection (ANPC-MD)',
      url: 'http://www.anpc-md.org',
    });
    assert.deepEqual(parts.details.authors as Author[], [
      {
        role: 'Redacted by',
        name: 'Doina Cebotari-Lungu',
        position: 'Communication Officer',
        organisation: 'ANPC-MD',
      },
      {
        role: 'Edited by',
        name: 'Victor Rusnac',
        position: 'Programme Coordinator',
        organisation: 'ANPC-MD',
      },
    ]);
    assert.equal(parts.date, '2019-08');
    assert.deepEqual(parts.details.surveyPeriod, { start: '2019-05', end: '2019-08' });
    assert.equal(parts.frameworks.length, 7);
    assert.deepEqual(parts.frameworks[3], {
      framework: 'inspire',
      code: '4',
      title: 'Parent and caregiver support',
    });
  });

  it('reads counts on the label line, a block without blank lines, and another language', () => {
    const text = [
      'Стратегии INSPIRE: страновой обзор',
      'АРМЕНИЯ',
      'На основе ответов 5 организаций',
      'Стратегия 1: Законы – 2 организации\nСтратегия 2: Нормы и ценности (4 организации)\nСтратегия 3: Безопасная среда: 1',
      'СТРАТЕГИЯ 2: НОРМЫ И ЦЕННОСТИ',
      'Текст о нормах.',
      'ССЫЛКИ',
      'Детский фонд «Арев» - <https://arev.am>',
      'Подготовил: Арам Петросян, координатор – Детский фонд «Арев»',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(parts.details.country, { name: 'Армения', code: 'AM' });
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'Законы', 2],
        [2, 'Нормы и ценности', 4],
        [3, 'Безопасная среда', 1],
      ],
    );
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title, s.text]),
      [['2', 'Нормы и ценности', 'Текст о нормах.']],
    );
    assert.deepEqual(parts.details.organisations, [{ name: 'Детский фонд «Арев»', url: 'https://arev.am' }]);
    assert.equal((parts.details.authors as Author[])[0]?.name, 'Арам Петросян');
    assert.deepEqual(
      parts.frameworks.map((f) => f.code),
      ['1', '2', '3'],
    );
  });

  it('reads a country after a dash in the title, respondents, bulleted links and two authors with "et"', () => {
    const text = [
      'FICHE PAYS INSPIRE — SÉNÉGAL',
      'Dakar, juin 2023',
      "Nombre d'organisations par stratégie (sur 9 répondants)",
      'Stratégie 1 : Lois – 4 organisations\nStratégie 2 : Normes et valeurs – 6 organisations\nStratégie 3 : Environnements sûrs – 2 organisations',
      '• COSEPE – https://cosepe.sn\n• Jiggen Kolda – https://www.facebook.com/jiggenkolda',
      "Rédigé par : Awa Ndiaye Sarr (COSEPE) et Ibrahima Faye (Observatoire Ouest-Africain des Droits de l'Enfant)",
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(parts.details.country, { name: 'Sénégal', code: 'SN' });
    assert.deepEqual(readFactsheet('INSPIRE Country Factsheet\n\nBOSNIA AND HERZEGOVINA').details.country, {
      name: 'Bosnia and Herzegovina',
      code: 'BA',
    });
    assert.equal(parts.title, 'FICHE PAYS INSPIRE — SÉNÉGAL');
    assert.equal(parts.details.respondents, 9);
    assert.deepEqual(
      (parts.details.organisations as { name: string }[]).map((o) => o.name),
      ['COSEPE', 'Jiggen Kolda'],
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [
        ['Awa Ndiaye Sarr', 'COSEPE'],
        ['Ibrahima Faye', "Observatoire Ouest-Africain des Droits de l'Enfant"],
      ],
    );
  });

  it('reads credits in a sentence, under "Texto:" and "Revisión técnica:", with roles inside brackets or after "of"', () => {
    const authors = (text: string) =>
      (readFactsheet(text).details.authors as Author[]).map((a) => [a.name, a.organisation]);
    assert.deepEqual(
      authors(
        'Prepared by Jelena Marković-Ilić (Research Coordinator, SCCV) and Miloš Radovanović (Institute for ' +
          "Child Development Studies, Belgrade). The survey was funded by the Balkan Children's Futures Foundation.",
      ),
      [
        ['Jelena Marković-Ilić', 'SCCV'],
        ['Miloš Radovanović', 'Institute for Child Development Studies'],
      ],
    );
    assert.deepEqual(
      authors(
        'Texto: Luana Cavalcanti Ribeiro (RENIP)\nRevisão: Tiago Mendes Albuquerque (Instituto Maré Alta)',
      ),
      [
        ['Luana Cavalcanti Ribeiro', 'RENIP'],
        ['Tiago Mendes Albuquerque', 'Instituto Maré Alta'],
      ],
    );
    assert.deepEqual(
      authors(
        'Elaboración: Yokasta Altagracia Féliz Medina, coordinadora de incidencia de la CQDN.\n' +
          'Revisión técnica: Ramón Antonio Peralta Cruz, Instituto Caribeño de Estudios sobre la Infancia (ICEI).',
      ),
      [
        ['Yokasta Altagracia Féliz Medina', 'CQDN'],
        ['Ramón Antonio Peralta Cruz', 'Instituto Caribeño de Estudios sobre la Infancia'],
      ],
    );
  });

  it('reads strategy sections headed with a Kyrgyz ordinal, and credits ending before a clause in lower case', () => {
    const text = [
      'INSPIRE стратегиялары боюнча өлкөлүк маалымат баракчасы: Кыргызстан',
      '№\tINSPIRE стратегиясы\tУюмдар\n1\tМыйзамдарды ишке ашыруу\t5\n2\tНормалар жана баалуулуктар\t9\n3\tКоопсуз чөйрө\t4',
      '2-стратегия. Нормалар жана баалуулуктар',
      'Уюмдар ата-энелер менен иштешет.',
      'Elaborada por María Fernanda Quishpe Andrango (RENSIV) y Diego Alejandro Cevallos Mora (Observatorio ' +
        'Andino de Infancia), con el apoyo del Fondo Chimborazo para la Niñez.',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title]),
      [['2', 'Нормалар жана баалуулуктар']],
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [
        ['María Fernanda Quishpe Andrango', 'RENSIV'],
        ['Diego Alejandro Cevallos Mora', 'Observatorio Andino de Infancia'],
      ],
    );
  });

  it('reads credits whose positions hold an "and" and whose organisation follows the position in brackets', () => {
    const credits = readFactsheet(
      'Prepared by Grace Ayikoru Drajua, Programme Manager (YURHWA), and Isaac Taban Lodu, Monitoring and ' +
        'Evaluation Officer (YURHWA)',
    ).details.authors as Author[];
    assert.deepEqual(
      credits.map((a) => [a.name, a.organisation]),
      [
        ['Grace Ayikoru Drajua', 'YURHWA'],
        ['Isaac Taban Lodu', 'YURHWA'],
      ],
    );
  });

  it('reads credits labelled "Text", "Rédaction", "Equipo evaluador", "Текст", "Редагування"', () => {
    const names = (text: string) =>
      (readFactsheet(text).details.authors as Author[]).map((a) => [a.name, a.organisation]);
    assert.deepEqual(names('Text: Ioana Mihăilescu, Programme Officer, CSCR'), [
      ['Ioana Mihăilescu', 'CSCR'],
    ]);
    assert.deepEqual(names('Rédaction : Jeanne Ngabu Dhejju, chargée de suivi-évaluation, SOFIP'), [
      ['Jeanne Ngabu Dhejju', 'SOFIP'],
    ]);
    assert.deepEqual(
      names(
        'Equipo evaluador: Claudia Painemal Huenchullán y Rodrigo Sepúlveda Arancibia (Kimün Consultores)',
      ),
      [
        ['Claudia Painemal Huenchullán', 'Kimün Consultores'],
        ['Rodrigo Sepúlveda Arancibia', 'Kimün Consultores'],
      ],
    );
    assert.deepEqual(
      names(
        'Текст: Оксана Левчук-Дмитренко (КДБН)\nРедагування: Андрій Галушко (Правова ініціатива Поділля)',
      ),
      [
        ['Оксана Левчук-Дмитренко', 'КДБН'],
        ['Андрій Галушко', 'Правова ініціатива Поділля'],
      ],
    );
  });

  it('reads counts told in running sentences, and the country named after "au" in the title', () => {
    const text = [
      'Les stratégies INSPIRE au Gabon : fiche pays',
      'Sur les 11 organisations qui ont répondu, 5 organisations travaillent sur la stratégie 1 (mise en œuvre et ' +
        'application des lois) et 8 organisations sur la stratégie 2 (normes et valeurs). La stratégie 3 ' +
        '(environnements sûrs) ne concerne que 3 organisations. Les services de soutien (stratégie 6) constituent ' +
        'la stratégie la plus citée, avec 9 organisations.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'factsheet');
    const parts = readFactsheet(text);
    assert.deepEqual(parts.details.country, { name: 'Gabon', code: 'GA' });
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.count, s.title]),
      [
        [1, 5, 'mise en œuvre et application des lois'],
        [2, 8, 'normes et valeurs'],
        [3, 3, 'environnements sûrs'],
        [6, 9, ''],
      ],
    );
  });

  it("takes the survey's months for its period, not a later range of years", () => {
    const text =
      'INSPIRE Country Factsheet: Romania\n\nThe questionnaire circulated between January and February 2024. ' +
      'Romania has a National Strategy for 2022–2027.';
    assert.deepEqual(readFactsheet(text).details.surveyPeriod, { start: '2024-01', end: '2024-02' });
  });

  it('takes a title wrapped onto a line in lower case whole', () => {
    const text =
      'Стратегії INSPIRE для подолання насильства щодо\nдітей — Інформаційний листок країни: Україна\n\n' +
      'Опитування охопило 13 організацій.';
    assert.equal(
      readFactsheet(text).title,
      'Стратегії INSPIRE для подолання насильства щодо дітей — Інформаційний листок країни: Україна',
    );
  });

  it('dates a factsheet by a dateline set apart from its subtitle or publisher by a dot', () => {
    const text = (line: string) =>
      `INSPIRE Country Factsheet: Serbia\n\n${line}\n\nWe asked 21 organisations.`;
    assert.equal(readFactsheet(text('Belgrade, February 2024 · Serbian Coalition (SCCV)')).date, '2024-02');
    assert.equal(readFactsheet(text('Mapeamento da sociedade civil · março de 2024')).date, '2024-03');
  });

  it("reads numbered rows under a chart's caption as counts, and leaves a masthead in two cells out of the title", () => {
    const text = [
      'ХСЗД · Хатлонская сеть защиты детей\tСерия «INSPIRE в Центральной Азии»',
      'Страновой обзор INSPIRE: Таджикистан',
      'Рисунок 1. Количество организаций, работающих по каждой\nстратегии INSPIRE',
      '1. Внедрение и соблюдение законов\t6\n2. Нормы и ценности\t11\n3. Безопасная среда\t4\n4. Поддержка родителей и лиц,\t9\nосуществляющих уход',
      '5. Доходы и экономическое укрепление\t3',
    ].join('\n\n');
    assert.equal(detectKind(text), 'factsheet');
    const parts = readFactsheet(text);
    assert.equal(parts.title, 'Страновой обзор INSPIRE: Таджикистан');
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'Внедрение и соблюдение законов', 6],
        [2, 'Нормы и ценности', 11],
        [3, 'Безопасная среда', 4],
        [4, 'Поддержка родителей и лиц, осуществляющих уход', 9],
        [5, 'Доходы и экономическое укрепление', 3],
      ],
    );
  });

  it('reads counts from a Word table whose first cell is the label and number', () => {
    const text = [
      'Ficha país: Chile',
      'Estrategia\tNombre\tOrganizaciones\nEstrategia 1\tImplementación de las leyes\t5 organizaciones\n' +
        'Estrategia 2\tNormas y valores\t8 organizaciones\nEstrategia 3\tSeguridad en el entorno\t4 organizaciones',
    ].join('\n\n');
    assert.equal(detectKind(text), 'factsheet');
    assert.deepEqual(
      (readFactsheet(text).details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'Implementación de las leyes', 5],
        [2, 'Normas y valores', 8],
        [3, 'Seguridad en el entorno', 4],
      ],
    );
  });

  it('opens a strategy section at a heading that repeats the title a table counts, after a dash or a bar', () => {
    const text = [
      'INSPIRE Country Factsheet: Serbia',
      '#\tINSPIRE strategy\tOrganisations\n1\tImplementation and enforcement of laws\t6\n2\tNorms and values\t13\n3\tSafe environments\t8',
      'INSPIRE Strategy 1 – Implementation and enforcement of laws',
      'Two organisations monitor the new law.',
      'Strategy 3 | Safe environments',
      'Schools in Niš mapped unsafe routes.',
    ].join('\n\n');
    assert.deepEqual(
      readFactsheet(text).sections.map((s) => [s.code, s.title, s.text]),
      [
        ['1', 'Implementation and enforcement of laws', 'Two organisations monitor the new law.'],
        ['3', 'Safe environments', 'Schools in Niš mapped unsafe routes.'],
      ],
    );
  });

  it('titles a pillar section without the count its heading repeats after a dash', () => {
    const text = [
      'Информационный лист: выполнение Резолюции 1325 в Казахстане',
      'Направление\tКоличество организаций\n1. Участие\t12 организаций\n2. Предотвращение\t9 организаций\n3. Защита\t14 организаций',
      'Направление 1. Участие — 12 организаций',
      'Организации готовят женщин к выборам в маслихаты.',
      'Направление 3. Защита — 14 организаций',
      'Кризисные центры приняли женщин из сёл.',
    ].join('\n\n');
    assert.deepEqual(
      readFactsheet(text).sections.map((s) => [s.code, s.title]),
      [
        ['1', 'Участие'],
        ['3', 'Защита'],
      ],
    );
  });

  it('opens strategy sections headed with the letter INSPIRE gives each: "Стратегия 1 (I). …"', () => {
    const text = [
      'Бюллетень: стратегии INSPIRE в Узбекистане',
      'Стратегия 1: Внедрение и обеспечение соблюдения законов — 5 организаций\nСтратегия 2: Нормы и ценности — 11 организаций\nСтратегия 4: Поддержка родителей — 13 организаций',
      'Стратегия 1 (I). Внедрение и обеспечение соблюдения законов',
      'Правовой центр консультирует семьи.',
      'Стратегия 2 (N). Нормы и ценности',
      'В 2024 году прошло 64 встречи.',
    ].join('\n\n');
    assert.deepEqual(
      readFactsheet(text).sections.map((s) => [s.code, s.title]),
      [
        ['1', 'Внедрение и обеспечение соблюдения законов'],
        ['2', 'Нормы и ценности'],
      ],
    );
  });

  it('joins a table cell wrapped onto the next line to the title of its strategy', () => {
    const text = [
      'INSPIRE Country Factsheet',
      'Strategy\tNumber of organisations\nStrategy 1: Implementation and\t6 organisations\nenforcement of laws\nStrategy 2: Norms and values\t4 organisations\nStrategy 3: Safe environments\t3 organisations',
    ].join('\n\n');
    assert.deepEqual(
      (readFactsheet(text).details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'Implementation and enforcement of laws', 6],
        [2, 'Norms and values', 4],
        [3, 'Safe environments', 3],
      ],
    );
    // (a note under the table is none of the last row's title)
    const noted = `${text}\nn = 13 organisations; multiple answers possible.`;
    assert.equal((readFactsheet(noted).details.strategies as StrategyCount[])[2]?.title, 'Safe environments');
  });

  it('reads a Russian factsheet: the country after a colon, respondents in another case', () => {
    const text = [
      'СТРАТЕГИИ INSPIRE ПО ПРЕКРАЩЕНИЮ НАСИЛИЯ В ОТНОШЕНИИ ДЕТЕЙ\nИнформационный лист по стране: КАЗАХСТАН',
      '(на основе ответов 8 организаций)',
      'Стратегия 1: Законы – 3 организации\nСтратегия 2: Нормы и ценности – 5 организации\nСтратегия 3: Безопасная среда – 2 организации',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(parts.details.country, { name: 'Казахстан', code: 'KZ' });
    assert.equal(parts.details.respondents, 8);
  });

  it('takes the noun of counts in a table without one from its header', () => {
    const text = [
      'FICHA DE PAÍS INSPIRE — GUATEMALA',
      'Número de organizaciones por estrategia (de 11 encuestadas)',
      'Estrategia\tOrganizaciones\nEstrategia 1: Leyes\t5\nEstrategia 2: Normas y valores\t9\nEstrategia 3: Entornos seguros\t3',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.count, s.unit]),
      [
        [5, 'organizaciones'],
        [9, 'organizaciones'],
        [3, 'organizaciones'],
      ],
    );
    assert.equal(parts.details.respondents, 11);
  });

  it('reads counts in a table with a column of row numbers, or with more cells after the count', () => {
    const numbered = readFactsheet(
      [
        'Ташкентская сеть защиты детей (ТСЗД) · Серия «Карта INSPIRE» · Выпуск 3',
        'Страновой информационный лист INSPIRE — Узбекистан',
        'Опрос десяти организаций.',
        '№\tСтратегия\tЧисло организаций\n1\tНормы и ценности\t6\n2\tБезопасная среда\t2\n3\tОбразование\t5',
        '¹ Подробнее: https://example.uz/otchet',
      ].join('\n\n'),
    );
    assert.equal(numbered.title, 'Страновой информационный лист INSPIRE — Узбекистан');
    assert.deepEqual(
      (numbered.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count, s.unit]),
      [
        [1, 'Нормы и ценности', 6, 'организаций'],
        [2, 'Безопасная среда', 2, 'организаций'],
        [3, 'Образование', 5, 'организаций'],
      ],
    );
    assert.equal(numbered.details.respondents, 10);
    assert.deepEqual(numbered.details.organisations, []);
    const shares = readFactsheet(
      'Strategy\tOrganisations\tShare\nStrategy 1: Implementation and enforcement\t7 organisations\t58%\nof laws\n' +
        'Strategy 2: Norms and values\t9 organisations\t75%\nStrategy 3: Safe environments\t4 organisations\t33%',
    );
    assert.deepEqual(
      (shares.details.strategies as StrategyCount[]).map((s) => [s.title, s.count]),
      [
        ['Implementation and enforcement of laws', 7],
        ['Norms and values', 9],
        ['Safe environments', 4],
      ],
    );
  });

  it('reads counts in wrapped bullets, behind dotted leaders and sections without blank lines, in numbered cells', () => {
    const counts = (text: string) =>
      (readFactsheet(text).details.strategies as StrategyCount[]).map((s) => [s.number, s.count, s.unit]);
    const bullets =
      'Fiche pays INSPIRE : Bénin\n\n  • Stratégie 1 – Mise en œuvre des lois : 6 organisations\n' +
      "  • Stratégie 2 – Soutien aux parents et aux personnes qui s'occupent des\n    enfants : 7 organisations\n" +
      '  • Stratégie 3 – Environnements sûrs : 5 organisations';
    assert.deepEqual(counts(bullets), [
      [1, 6, 'organisations'],
      [2, 7, 'organisations'],
      [3, 5, 'organisations'],
    ]);
    const leaders =
      'INSPIRE Country Factsheet — Montenegro\n14 organisations responded.\nNumber of organisations per INSPIRE strategy\n' +
      'Strategy 1 – Implementation and enforcement of\nlaws ............... 5\nStrategy 2 – Norms and values ........ 9\n' +
      'Strategy 3 – Safe environments ....... 4\nSource: ACSA survey.\nEXAMPLES\nStrategy 3 – Safe environments\n' +
      'Safe Schoolyard Nikšić mapped unsafe routes with 410 pupils.\n▌Strategy 2 · Norms and values\nA campaign ran.';
    assert.deepEqual(
      readFactsheet(leaders).sections.map((s) => [s.code, s.title, s.text]),
      [
        ['3', 'Safe environments', 'Safe Schoolyard Nikšić mapped unsafe routes with 410 pupils.'],
        ['2', 'Norms and values', 'A campaign ran.'],
      ],
    );
    assert.deepEqual(counts(leaders), [
      [1, 5, 'organisations'],
      [2, 9, 'organisations'],
      [3, 4, 'organisations'],
    ]);
    const arabic =
      'ورقة قُطرية حول استراتيجيات INSPIRE: المغرب\n\nالاستراتيجية ١: تنفيذ القوانين وإنفاذها – ٥ منظمات\n' +
      'الاستراتيجية ٢: المعايير والقيم – ٩ منظمات\nالاستراتيجية ٣: البيئات الآمنة – ٤ منظمات';
    assert.deepEqual(readFactsheet(arabic).details.country, { name: 'المغرب', code: 'MA' });
    assert.deepEqual(counts(arabic), [
      [1, 5, 'منظمات'],
      [2, 9, 'منظمات'],
      [3, 4, 'منظمات'],
    ]);
    const across =
      'INSPIRE Country Snapshot: Cambodia\n\n18 organisations responded.\n\n' +
      'Strategy\t1 Laws\t2 Norms and values\t3 Safe environments\nOrganisations\t7\t12\t5\n\n' +
      'Strategy 1 – Implementation and enforcement of laws\n\nA network monitors courts.';
    // a section under its heading's own words, fuller than the table's label
    assert.deepEqual(
      readFactsheet(across).sections.map((s) => [s.code, s.title]),
      [['1', 'Implementation and enforcement of laws']],
    );
    assert.deepEqual(counts(across), [
      [1, 7, 'organisations'],
      [2, 12, 'organisations'],
      [3, 5, 'organisations'],
    ]);
    const cells =
      'Red Paraguaya por una Niñez sin Violencia\n\nFicha país INSPIRE: Paraguay\n\n' +
      'Estrategia INSPIRE\tN.º de organizaciones\t% de encuestadas\n1. Leyes\t8\t57 %\n2. Normas y valores\t11\t79 %' +
      '\n\nEnlaces\n\nOrganización\tEnlace\nRPNV\thttps://rpnv.org.py';
    assert.equal(readFactsheet(cells).title, 'Ficha país INSPIRE: Paraguay');
    assert.deepEqual(readFactsheet(cells).details.organisations, [
      { name: 'RPNV', url: 'https://rpnv.org.py' },
    ]);
    const quoted = readFactsheet('Fiche INSPIRE\n\nКризисный центр «Сенім» – http://senim-aktobe.kz');
    assert.deepEqual(quoted.details.organisations, [
      { name: 'Кризисный центр «Сенім»', url: 'http://senim-aktobe.kz' },
    ]);
    assert.deepEqual(quoted.entities.organizations, ['Сенім']);
    // a note after its icon under the last count is none of its title ("ℹ" is a letter in lower case)
    const noted = readFactsheet(
      'Fiche pays INSPIRE : Guinée\n\n• Stratégie 1 : Mise en œuvre des lois — 9 organisations\n• Stratégie 2 : Normes et valeurs — 11 organisations\n• Stratégie 3 : Sécurisation de l’environnement — 5 organisations\n\nℹ️ Une même organisation peut travailler sur plusieurs stratégies.',
    );
    assert.deepEqual(
      (noted.details.strategies as StrategyCount[]).map((s) => s.title),
      ['Mise en œuvre des lois', 'Normes et valeurs', 'Sécurisation de l’environnement'],
    );
    // a narrow column's links wrapped after their scheme or before their dash, a count under its dash
    const narrow = readFactsheet(
      [
        'Информационный лист INSPIRE: Казахстан',
        'Стратегия 1: Законы – 5 организаций\n\nСтратегия 2: Нормы и ценности – 7 организаций\n\nСтратегия 7: Образование и жизненные навыки –\n9 организаций',
        'ОРГАНИЗАЦИИ И ССЫЛКИ\nАлматинская коалиция за права ребёнка (АКПР)\n– https://akpr.kz',
        'Юридическая клиника «Бала құқығы» – https://\nbalakukygy.kz',
      ].join('\n\n'),
    );
    assert.deepEqual(narrow.details.organisations, [
      { name: 'Алматинская коалиция за права ребёнка (АКПР)', url: 'https://akpr.kz' },
      { name: 'Юридическая клиника «Бала құқығы»', url: 'https://balakukygy.kz' },
    ]);
    assert.equal((narrow.details.strategies as StrategyCount[])[2]?.title, 'Образование и жизненные навыки');
    // a table of links copied with its cells set apart by spaces
    const spaced = readFactsheet(
      'INSPIRE Country Factsheet: Armenia\n\nLori Family Resource Network   https://lorifamily.am\nSafe Steps Gyumri   https://www.instagram.com/safesteps.gyumri',
    );
    assert.deepEqual(spaced.details.organisations, [
      { name: 'Lori Family Resource Network', url: 'https://lorifamily.am' },
      { name: 'Safe Steps Gyumri', url: 'https://www.instagram.com/safesteps.gyumri' },
    ]);
    // a table's row number before a label that numbers itself, and a column of shares after the count
    const rows =
      'Ficha país INSPIRE: Honduras\n\nN.º\tEstrategia\tOrganizaciones\t% de respuestas\n' +
      '1\tEstrategia 1: Implementación y vigilancia del cumplimiento de las leyes\t9 organizaciones\t64 %\n' +
      '2\tEstrategia 2: Normas y valores\t11 organizaciones\t79 %';
    assert.deepEqual(counts(rows), [
      [1, 9, 'organizaciones'],
      [2, 11, 'organizaciones'],
    ]);
    assert.equal(
      (readFactsheet(rows).details.strategies as StrategyCount[])[0]?.title,
      'Implementación y vigilancia del cumplimiento de las leyes',
    );
    // a chart on a slide saved as PDF: coded labels, each bar's value under its label, the caption asking
    // how many; its credits "Préparé par"
    const slides = readFactsheet(
      "Fiche pays : Djibouti\n\nCombien d'organisations travaillent sur chaque stratégie ?\n\n" +
        'S1 Mise en œuvre et application des lois\n4\n\nS2 Normes et valeurs\n6\n\n' +
        "S4 Soutien aux parents et aux personnes s'occupant\n5\nd'enfants\n\n0 2 4 6 8\n\n" +
        'Préparé par : Fatouma Houssein Robleh, chargée de programme – REDDE',
    );
    assert.deepEqual(
      (slides.details.strategies as StrategyCount[]).map((c) => [c.number, c.count, c.unit, c.title]),
      [
        [1, 4, 'organisations', 'Mise en œuvre et application des lois'],
        [2, 6, 'organisations', 'Normes et valeurs'],
        [4, 5, 'organisations', "Soutien aux parents et aux personnes s'occupant d'enfants"],
      ],
    );
    assert.deepEqual(
      (slides.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [['Fatouma Houssein Robleh', 'REDDE']],
    );
    // cards a site builder sets: the count over its noun, then the strategy; each name boxed over its link
    const cards = readFactsheet(
      [
        'INSPIRE Country Factsheet: Cambodia',
        'Number of organisations working on each INSPIRE strategy',
        '6\n\norganisations\n\nStrategy 1\n\nImplementation and enforcement of laws',
        '11\n\norganisations\n\nStrategy 2\n\nNorms and values',
        'Organisations and links',
        'Cambodian Alliance for Safe Childhoods (CASC)\n\nhttps://www.casc-cambodia.org',
        "Kampot Children's Rights Circle\n\nhttps://www.facebook.com/kampotcrc",
      ].join('\n\n'),
    );
    assert.deepEqual(
      (cards.details.strategies as StrategyCount[]).map((c) => [c.number, c.count, c.unit, c.title]),
      [
        [1, 6, 'organisations', 'Implementation and enforcement of laws'],
        [2, 11, 'organisations', 'Norms and values'],
      ],
    );
    assert.deepEqual(
      (cards.details.organisations as NamedLink[]).map((o) => o.url),
      ['https://www.casc-cambodia.org', 'https://www.facebook.com/kampotcrc'],
    );
    // links in brackets with the town after them, a footnote's link no organisation's, and the resolution's
    // number before a table's header no count of respondents
    const armenia = readFactsheet(
      [
        'Информационный лист 1325: Армения',
        'Этот лист основан на ответах 21 организации гражданского общества.',
        'Компонент Резолюции 1325\tЧисло организаций\tДоля\n1. Участие\t14\t67%\n2. Предотвращение\t9\t43%',
        '• Ширакский центр женских инициатив (ШЦЖИ) (https://shirakwomen.am) – Гюмри\n• ОО «Дом надежды» (https://hopehouse-vanadzor.am) – Ванадзор',
        '[^1]: Данные ШЦЖИ по итогам выборов; полный отчёт: https://shirakwomen.am/vybory-2024',
      ].join('\n\n'),
    );
    assert.equal(armenia.details.respondents, 21);
    assert.deepEqual(
      (armenia.details.organisations as NamedLink[]).map((o) => o.url),
      ['https://shirakwomen.am', 'https://hopehouse-vanadzor.am'],
    );
    // (the label over its title in one paragraph), the survey's period beside the word for it, the date of a
    // dateline with its byline after a slash
    const pillars = readFactsheet(
      [
        'Ficha de país 1325: Colombia',
        '9 septiembre, 2025 / Por Comunicaciones',
        'Esta ficha presenta el mapeo realizado entre el 2 de junio y el 18 de julio de 2025 con 19 organizaciones.',
        'Organizaciones que trabajan en cada pilar',
        '15\n\norganizaciones\n\nPilar 1\nParticipación\n\n79 % de las respuestas',
        '11\n\norganizaciones\n\nPilar 2\nPrevención\n\n58 % de las respuestas',
        'Entre enero de 2024 y junio de 2025 se registraron 37 amenazas.',
      ].join('\n\n'),
    );
    assert.deepEqual(
      (pillars.details.strategies as StrategyCount[]).map((c) => [c.number, c.count, c.title]),
      [
        [1, 15, 'Participación'],
        [2, 11, 'Prevención'],
      ],
    );
    assert.deepEqual(pillars.details.surveyPeriod, { start: '2025-06-02', end: '2025-07-18' });
    assert.equal(pillars.date, '2025-09-09');
    // (or the strategy first, its count under its title)
    const first = readFactsheet(
      'Fiche pays INSPIRE : Burkina Faso\n\nStratégie 1\n\nMise en œuvre et application des lois\n\n5 organisations\n\n' +
        'Stratégie 2\n\nNormes et valeurs\n\n9 organisations',
    );
    assert.deepEqual(
      (first.details.strategies as StrategyCount[]).map((c) => [c.number, c.count, c.title]),
      [
        [1, 5, 'Mise en œuvre et application des lois'],
        [2, 9, 'Normes et valeurs'],
      ],
    );
    // a narrow column: each name over one or two lines, its link under it, in the order listed
    const column = readFactsheet(
      'Информационный бюллетень 1325: Молдова\n\nНаправление 1. Участие\t11 организаций\n\n' +
        'Платформа «Женщины за диалог и\nбезопасность» (ПЖДБ)\nhttps://dialog-femei.md\n\n' +
        'ОО «Гагаузские женщины за равенство»\nhttps://gagauz-women.md\n\n' +
        'Ассоциация «Мост над Днестром» – https://most-nistru.md\n\nОпрос:\nhttps://forms.example.org/1325',
    );
    assert.deepEqual(
      (column.details.organisations as NamedLink[]).map((o) => o.url),
      ['https://dialog-femei.md', 'https://gagauz-women.md', 'https://most-nistru.md'],
    );
    assert.equal(
      (column.details.organisations as NamedLink[])[0]?.name,
      'Платформа «Женщины за диалог и безопасность» (ПЖДБ)',
    );
    // one name over a link is no list of organisations
    assert.deepEqual(
      readFactsheet('Fiche INSPIRE\n\nLire le rapport complet\nhttps://example.org/r.pdf').details
        .organisations,
      [],
    );
    assert.deepEqual(counts(cells), [
      [1, 8, 'organizaciones'],
      [2, 11, 'organizaciones'],
    ]);
  });

  it('reads counts stated in sentences, respondents in words, a publication date and an authors section', () => {
    const text = [
      'INSPIRE Factsheet – Armenia',
      'Published: November 2023\nSurvey period: May to July 2023',
      'Eleven organisations answered the survey.',
      'Strategy 1 – Implementation and enforcement of laws: four organisations work on this strategy.\nStrategy 2 – Norms and values: seven organisations work on this strategy.\nStrategy 5 – Income and economic strengthening: only one organisation works on this strategy.',
      'Authors',
      'Anahit Grigoryan, Research Coordinator, South Caucasus Child Rights Forum\nLevon Sargsyan, Volunteer Analyst, Armenian Children’s Helpline',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'Implementation and enforcement of laws', 4],
        [2, 'Norms and values', 7],
        [5, 'Income and economic strengthening', 1],
      ],
    );
    assert.equal(parts.details.respondents, 11);
    assert.equal(parts.date, '2023-11');
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.position, a.organisation]),
      [
        ['Anahit Grigoryan', 'Research Coordinator', 'South Caucasus Child Rights Forum'],
        ['Levon Sargsyan', 'Volunteer Analyst', 'Armenian Children’s Helpline'],
      ],
    );
  });

  it('reads credits without a colon, and one organisation after two names', () => {
    const parts = readFactsheet(
      'Brief\n\nPrepared by Ladi Danjuma Gyang and Emmanuel Chollom Pwajok, Jos Peace Research Circle',
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.role, a.name, a.position, a.organisation]),
      [
        ['Prepared by', 'Ladi Danjuma Gyang', null, 'Jos Peace Research Circle'],
        ['Prepared by', 'Emmanuel Chollom Pwajok', null, 'Jos Peace Research Circle'],
      ],
    );
  });

  it('reads a report submitted by two people with their positions and the one organisation after them', () => {
    const parts = readFactsheet(
      'Report\n\nSubmitted by: Martha Kpanneh Tarlue, Program Coordinator, and Josephine Nyonnoh Kollie, Executive Director, GGRWPA',
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.position, a.organisation]),
      [
        ['Martha Kpanneh Tarlue', 'Program Coordinator', 'GGRWPA'],
        ['Josephine Nyonnoh Kollie', 'Executive Director', 'GGRWPA'],
      ],
    );
  });

  it('reads a credit line cut before a name or its organisation, and evaluators credited as such', () => {
    const names = (text: string) =>
      (readFactsheet(text).details.authors as Author[]).map((a) => [a.name, a.organisation]);
    assert.deepEqual(
      names(
        "Report\n\nPrepared by Fartun Aden Isak, Protection Monitoring Coordinator, and Abdirahman\nMoalim Nur, Data and Reporting Officer, Baidoa Women's Dialogue Centre. Funded by\nthe Horn Resilience Trust.",
      ),
      [
        ['Fartun Aden Isak', "Baidoa Women's Dialogue Centre"],
        ['Abdirahman Moalim Nur', "Baidoa Women's Dialogue Centre"],
      ],
    );
    assert.deepEqual(
      names(
        'Звіт\n\nОцінювачі: Наталія Олегівна Кравчук (керівниця групи), Денис Ігорович Марченко —\nАналітична група «Вектор змін»',
      ).map(([name]) => name),
      ['Наталія Олегівна Кравчук', 'Денис Ігорович Марченко'],
    );
  });

  it('reads counts in a tab table, a dateline at the top, and authors credited "Name, Role, Organisation"', () => {
    const text = [
      'INSPIRE Country Factsheet\nMapping of civil society action to end violence against children',
      'KOSOVO',
      'Pristina, March 2023',
      'Data were collected between October and December 2022.',
      'Strategy\tOrganisations\nStrategy 1: Laws\t5 organisations\nStrategy 2: Norms and values\t6 organisations\nStrategy 3: Safe environments\t1 organisation',
      'Written by: Arta Krasniqi, Research Officer, KCCS\nАвторка: Олена Коваленко, керівниця відділу – ГО «Право на дім»',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'Laws', 5],
        [2, 'Norms and values', 6],
        [3, 'Safe environments', 1],
      ],
    );
    assert.equal(parts.date, '2023-03');
    assert.equal(parts.title, 'INSPIRE Country Factsheet: Kosovo');
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.position, a.organisation]),
      [
        ['Arta Krasniqi', 'Research Officer', 'KCCS'],
        ['Олена Коваленко', 'керівниця відділу', 'ГО «Право на дім»'],
      ],
    );
  });

  it('reads a chart of bars: each strategy with its count after it, the caption under them, links after the town', () => {
    const text = [
      'Fiche pays INSPIRE : Madagascar',
      'Les stratégies en un coup d’œil',
      'Stratégie 1 · Mise en œuvre et application des lois 5',
      'Stratégie 2 · Normes et valeurs 9',
      'Stratégie 3 · Environnements sûrs 4',
      'Nombre d’organisations par stratégie INSPIRE (12 répondants).',
      'Organisations répondantes',
      '• Foyer Fanilo, Toamasina — https://foyerfanilo.mg\n• Association Tsiry, Aide et Espoir — https://tsiry.mg',
    ].join('\n\n');
    assert.equal(detectKind(text), 'factsheet');
    const parts = readFactsheet(text);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count, s.unit]),
      [
        [1, 'Mise en œuvre et application des lois', 5, 'organisations'],
        [2, 'Normes et valeurs', 9, 'organisations'],
        [3, 'Environnements sûrs', 4, 'organisations'],
      ],
    );
    assert.deepEqual(
      (parts.details.organisations as NamedLink[]).map((o) => o.name),
      ['Foyer Fanilo', 'Association Tsiry, Aide et Espoir'],
    );
  });

  it('reads a Russian sheet: the country after "в" in the locative, a table of links, positions before acronyms', () => {
    const text = [
      'Стратегии INSPIRE в Республике Молдова',
      'Кишинёв, 25 ноября 2024 г.',
      'Стратегия 1: Внедрение и обеспечение соблюдения законов\t6',
      'Стратегия 2: Нормы и ценности\t9',
      'Стратегия 3: Безопасная среда\t4',
      'Организация\tГород\tСайт\nЦентр «Ласточка»\tБельцы\thttps://lastochka-balti.md\nОО «Пас ынаинте»\tСороки\thttps://pasinainte.md',
      'Составители: Марина Чобану, координатор программ НАПР; Ион Русу, эксперт ФДС',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(parts.details.country, { name: 'Республика Молдова', code: 'MD' });
    assert.equal(parts.title, 'Стратегии INSPIRE в Республике Молдова');
    assert.deepEqual(
      (parts.details.organisations as NamedLink[]).map((o) => [o.name, o.url]),
      [
        ['Центр «Ласточка»', 'https://lastochka-balti.md'],
        ['ОО «Пас ынаинте»', 'https://pasinainte.md'],
      ],
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.position, a.organisation]),
      [
        ['Марина Чобану', 'координатор программ', 'НАПР'],
        ['Ион Русу', 'эксперт', 'ФДС'],
      ],
    );
  });

  it('reads a mission team credited in a table cell, each name after its title', () => {
    const credits = readAuthors(
      paragraphs(
        'Équipe de mission\tMme Aïssatou Bouba, chargée de suivi, REFAPEN ; M. Jean-Pierre Ndongo, consultant, Cabinet Mandara Conseil',
      ),
    );
    assert.deepEqual(
      credits.map((a) => [a.name, a.position, a.organisation]),
      [
        ['Aïssatou Bouba', 'chargée de suivi', 'REFAPEN'],
        ['Jean-Pierre Ndongo', 'consultant', 'Cabinet Mandara Conseil'],
      ],
    );
  });

  it('reads sections of slides that give their counts again, their bullets without stops between them', () => {
    const slide = (n: number, title: string, count: number, bullet: string) =>
      `Stratégie ${n} — ${title}\n\n${count} organisations\n\n${bullet}\n\nUne organisation de Tripoli accompagne des enfants`;
    const text = [
      'Fiche pays INSPIRE : Liban',
      'Stratégie 1\nMise en œuvre et application des lois\t5 organisations\n\nStratégie 2\nNormes et valeurs\t11 organisations\n\nStratégie 3\nSécurité de l’environnement\t4 organisations',
      'Un contexte de crises superposées',
      'Depuis 2019, la livre libanaise a perdu plus de 95 % de sa valeur',
      slide(1, 'Mise en œuvre et application des lois', 5, 'Plaidoyer pour l’âge minimum du mariage'),
      slide(2, 'Normes et valeurs', 11, 'Campagnes contre les châtiments corporels'),
      slide(3, 'Sécurité de l’environnement', 4, 'Cartographie des lieux dangereux'),
    ].join('\n\n');
    assert.deepEqual(
      readFactsheet(text).sections.map((s) => [s.code, s.title]),
      [
        ['1', 'Mise en œuvre et application des lois'],
        ['2', 'Normes et valeurs'],
        ['3', 'Sécurité de l’environnement'],
      ],
    );
  });

  it("reads counts a survey tool's table gives, then lists again under a caption, sections after the list", () => {
    const text = [
      'INSPIRE Country Factsheet: Papua New Guinea',
      'This factsheet summarises the answers of 21 civil society organisations working to end violence against children.',
      'Value\tFrequency\tPercentage\nStrategy 1 – Implementation and enforcement of laws\t9\t42.86%\nStrategy 2 – Norms and values\t14\t66.67%\nStrategy 3 – Safe environments\t6\t28.57%',
      'Number of organisations working on INSPIRE strategies',
      'Results based on information provided by 21 organisations:',
      'Strategy 1: Implementation and enforcement of laws 9 organisations',
      'Strategy 2: Norms and values 14 organisations',
      'Strategy 3: Safe environments 6 organisations',
      'Strategy 1 — Implementation and enforcement of laws',
      'The Port Moresby Child Justice Clinic followed 64 cases in 2026.',
      'Strategy 2 — Norms and values',
      'Kundu Youth for Change runs a radio campaign in Madang.',
      'Strategy 3 — Safe environments',
      'In Lae, 40 trained mothers accompany children to school.',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title, s.text]),
      [
        [
          '1',
          'Implementation and enforcement of laws',
          'The Port Moresby Child Justice Clinic followed 64 cases in 2026.',
        ],
        ['2', 'Norms and values', 'Kundu Youth for Change runs a radio campaign in Madang.'],
        ['3', 'Safe environments', 'In Lae, 40 trained mothers accompany children to school.'],
      ],
    );
    assert.equal(parts.details.respondents, 21);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.count, s.unit]),
      [
        [1, 9, 'organisations'],
        [2, 14, 'organisations'],
        [3, 6, 'organisations'],
      ],
    );
  });

  it('reads credits labelled after the document, by a qualified editor, by icons, as bullets and listed with brackets', () => {
    const credits = (text: string) =>
      readAuthors(paragraphs(text)).map((a) => [a.role, a.name, a.organisation]);
    // (or given in a sentence about the document)
    assert.deepEqual(
      credits(
        'This factsheet was written by Gayane Arakelyan (ACCS) and reviewed by Hovhannes Babayan (SCCRF).',
      ),
      [
        ['written by', 'Gayane Arakelyan', 'ACCS'],
        ['reviewed by', 'Hovhannes Babayan', 'SCCRF'],
      ],
    );
    assert.deepEqual(
      credits('Este informe fue elaborado por Lucía Ramos (REDNI) y revisado por Tomás Quispe.'),
      [
        ['elaborado por', 'Lucía Ramos', 'REDNI'],
        ['revisado por', 'Tomás Quispe', null],
      ],
    );
    // (who funded the work after who did it is none of theirs; "de l'observatoire de l'ANEH" names the ANEH)
    assert.deepEqual(
      credits(
        'Ce recensement a été réalisé par Lynda Mansouri et Karima Aït Saadi, de l’observatoire de l’ANEH, avec le soutien du Fonds Tilelli pour l’égalité.',
      ),
      [
        ['réalisé par', 'Lynda Mansouri', 'ANEH'],
        ['réalisé par', 'Karima Aït Saadi', 'ANEH'],
      ],
    );
    // (a name in guillemets the line's end left open goes on on the next line)
    assert.deepEqual(
      credits('Підготували: Олена Савчук, ГО «Рівні без кордонів»; Іон Кожокару, AO «Casa\nDeschisă».'),
      [
        ['Підготували', 'Олена Савчук', 'ГО «Рівні без кордонів»'],
        ['Підготували', 'Іон Кожокару', 'AO «Casa Deschisă»'],
      ],
    );
    // (any position in lower case before the organisation's acronym)
    assert.deepEqual(
      credits('Підготували: Наталія Орел, координаторка моніторингу ХМГМ; Дмитро Шевчук, аналітик ХМГМ.'),
      [
        ['Підготували', 'Наталія Орел', 'ХМГМ'],
        ['Підготували', 'Дмитро Шевчук', 'ХМГМ'],
      ],
    );
    // (a lawyer's trade is a position, not an organisation)
    assert.deepEqual(
      credits('Rédigé par : Oumou Traoré Diakité, chargée de programme, et Boubacar Hamadoun Cissé, juriste'),
      [
        ['Rédigé par', 'Oumou Traoré Diakité', null],
        ['Rédigé par', 'Boubacar Hamadoun Cissé', null],
      ],
    );
    // (an organisation so credited is no author)
    assert.deepEqual(
      credits(
        'This factsheet was produced by Shishu Suraksha Network Bangladesh (SSNB) with the support of ACSF.',
      ),
      [],
    );
    assert.deepEqual(
      credits(
        'Отчёт подготовили: Нургуль Мамытова и Бахтияр Юсупов, ОФ «Жаңы Кадам». Контакты: info@janykadam.kg',
      ),
      [
        ['Отчёт подготовили', 'Нургуль Мамытова', 'ОФ «Жаңы Кадам»'],
        ['Отчёт подготовили', 'Бахтияр Юсупов', 'ОФ «Жаңы Кадам»'],
      ],
    );
    assert.deepEqual(
      credits(
        'Подготовили: Дильноза Рахматова (ННО «Ойдин Йул»), Шерзод Каримов (Фонд «Ферганский диалог»).',
      ),
      [
        ['Подготовили', 'Дильноза Рахматова', 'ННО «Ойдин Йул»'],
        ['Подготовили', 'Шерзод Каримов', 'Фонд «Ферганский диалог»'],
      ],
    );
    assert.deepEqual(credits('Отчетту даярдагандар:\n\nНазгүл Абдраимова, тренер, «Чаткал нуру» КФ'), [
      ['Отчетту даярдагандар', 'Назгүл Абдраимова', '«Чаткал нуру» КФ'],
    ]);
    assert.deepEqual(credits('Научный редактор: Эльчин Мамедов (Каспийский фонд благополучия детей)'), [
      ['Научный редактор', 'Эльчин Мамедов', 'Каспийский фонд благополучия детей'],
    ]);
    assert.deepEqual(
      credits(
        '✍️ Elena Stojanovska (MNCS) · 🔎 review: Arben Xhaferi (Balkan Child Rights Alliance) · 📬 inspire@mncs.mk',
      ),
      [
        ['Author', 'Elena Stojanovska', 'MNCS'],
        ['review', 'Arben Xhaferi', 'Balkan Child Rights Alliance'],
      ],
    );
    assert.deepEqual(
      credits(
        'Autoras\n\n• Marcela Quispe Mamani, coordinadora nacional, REBIV\n• Daniela Rojas Antezana, Fundación Wawa Kusisiy',
      ),
      [
        ['Autoras', 'Marcela Quispe Mamani', 'REBIV'],
        ['Autoras', 'Daniela Rojas Antezana', 'Fundación Wawa Kusisiy'],
      ],
    );
  });

  it('reads strategies given by their names in a Word list, or ranked by count with their numbers in brackets', () => {
    const named = [
      'ZAMBIA CHILD SAFETY COALITION · INSPIRE MAPPING SERIES',
      'INSPIRE Country Factsheet: Zambia',
      'Since 2022, this factsheet summarises the answers of 12 civil society organisations to the survey.',
      '• Implementation and enforcement of laws – 7 organisations\n• Norms and values – 9 organisations\n' +
        '• Safe environments – 5 organisations\n• Parent and caregiver support – 8 organisations',
    ].join('\n\n');
    assert.equal(detectKind(named), 'factsheet');
    const zambia = readFactsheet(named);
    assert.equal(zambia.title, 'INSPIRE Country Factsheet: Zambia');
    assert.equal(zambia.details.respondents, 12);
    assert.deepEqual(
      (zambia.details.strategies as StrategyCount[]).map((s) => [s.number, s.count]),
      [
        [1, 7],
        [2, 9],
        [3, 5],
        [4, 8],
      ],
    );
    const ranked = readFactsheet(
      [
        'Інфолисток INSPIRE: південні області',
        '1. Послуги реагування та підтримки (стратегія 6) — 14 організацій\n2. Підтримка батьків і опікунів (стратегія 4) — 11 організацій\n' +
          '3. Безпечне середовище (стратегія 3) — 8 організацій',
      ].join('\n\n'),
    );
    assert.deepEqual(
      (ranked.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [3, 'Безпечне середовище', 8],
        [4, 'Підтримка батьків і опікунів', 11],
        [6, 'Послуги реагування та підтримки', 14],
      ],
    );
  });

  it('reads a Kyrgyz table whose header names what it counts before "саны"', () => {
    const parts = readFactsheet(
      [
        'Балдарга карата зомбулукка каршы INSPIRE стратегиялары: Кыргыз Республикасы',
        '№\tСтратегия\tУюмдардын саны\tҮлүшү\n1\tМыйзамдарды ишке ашыруу\t5\t36 %\n2\tНормалар жана баалуулуктар\t9\t64 %\n3\tКоопсуз чөйрө\t4\t29 %',
      ].join('\n\n'),
    );
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.count, s.unit]),
      [
        [1, 5, 'уюм'],
        [2, 9, 'уюм'],
        [3, 4, 'уюм'],
      ],
    );
  });

  it('reads counts per pillar of resolution 1325 given by name, and a country after "по" in the dative', () => {
    const text = [
      'Женщины, мир и безопасность: информационный лист по Кыргызской Республике',
      'Число организаций, работающих по направлениям резолюции 1325',
      'Участие — 12 организаций',
      'Предотвращение — 9 организаций',
      'Защита — 14 организаций',
      'Помощь и восстановление — 5 организаций',
    ].join('\n\n');
    assert.equal(detectKind(text), 'factsheet');
    const parts = readFactsheet(text);
    assert.equal((parts.details.country as { code: string }).code, 'KG');
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'Участие', 12],
        [2, 'Предотвращение', 9],
        [3, 'Защита', 14],
        [4, 'Помощь и восстановление', 5],
      ],
    );
  });

  it('reads a table of strategies numbered in their names, and the examples under "Strategy N:" headings', () => {
    const parts = readFactsheet(
      [
        'INSPIRE Country Factsheet: Indonesia',
        'Strategy\tOrganisations\n1. Implementation and enforcement of laws\t7\n2. Norms and values\t10\n3. Safe environments\t5',
        'Examples of practice',
        'Strategy 1: Implementation and enforcement of laws\nA legal aid clinic gave free legal aid in 57 cases.',
        'Strategy 3: Safe environments\nA school network mapped unsafe routes.',
      ].join('\n\n'),
    );
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'Implementation and enforcement of laws', 7],
        [2, 'Norms and values', 10],
        [3, 'Safe environments', 5],
      ],
    );
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title]),
      [
        ['1', 'Implementation and enforcement of laws'],
        ['3', 'Safe environments'],
      ],
    );
  });

  it('reads counts in boxes set side by side, and a country on the line under a title ending in a colon', () => {
    const text = [
      'Women, Peace and Security Country Factsheet:\nKosovo',
      'Civil society organisations working on the four pillars of UN Security Council Resolution 1325',
      'ORGANISATIONS BY PILLAR',
      '11\t7\t9\t4\norganisations\torganisations\torganisations\torganisations\nPillar 1 · Participation\tPillar 2 · Prevention\tPillar 3 · Protection\tPillar 4 · Relief and Recovery',
      'Based on answers from 14 organisations.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'factsheet');
    const parts = readFactsheet(text);
    assert.equal(parts.title, 'Women, Peace and Security Country Factsheet: Kosovo');
    assert.deepEqual(parts.details.country, { name: 'Kosovo', code: 'XK' });
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count, s.unit]),
      [
        [1, 'Participation', 11, 'organisations'],
        [2, 'Prevention', 7, 'organisations'],
        [3, 'Protection', 9, 'organisations'],
        [4, 'Relief and Recovery', 4, 'organisations'],
      ],
    );
  });

  it('reads counts told in prose that names the strategies in words, a country before the colon, two credits in a line', () => {
    const text = [
      'Bolivia: hoja informativa sobre las estrategias INSPIRE',
      'Respondieron 12 organizaciones de La Paz, Cochabamba y Sucre.',
      'La estrategia más citada es la respuesta de los servicios de atención y apoyo: 10 de las 12 organizaciones acompañan a víctimas. Le sigue el apoyo a padres, madres y cuidadores, con 8 organizaciones.',
      'El trabajo sobre normas y valores está presente en 7 organizaciones, mientras que 3 organizaciones trabajan por entornos seguros.',
      'ORGANIZACIONES\n• Red Boliviana de Infancia Segura, Lima – https://rbis.example.org\n• Casa Wiphala, Sucre – https://wiphala.example.org',
      'Elaboración: Ana Quispe Mamani (RBIS). Revisión: Mario Choque Flores (Casa Wiphala).',
    ].join('\n\n');
    assert.equal(detectKind(text), 'factsheet');
    const parts = readFactsheet(text);
    assert.deepEqual(parts.details.country, { name: 'Bolivia', code: 'BO' });
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.count, s.unit]),
      [
        [2, 7, 'organizaciones'],
        [3, 3, 'organizaciones'],
        [4, 8, 'organizaciones'],
        [6, 10, 'organizaciones'],
      ],
    );
    // a town that several countries have ("Lima") is no part of the organisation's name
    assert.deepEqual(
      (parts.details.organisations as NamedLink[]).map((o) => o.name),
      ['Red Boliviana de Infancia Segura', 'Casa Wiphala'],
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [
        ['Ana Quispe Mamani', 'RBIS'],
        ['Mario Choque Flores', 'Casa Wiphala'],
      ],
    );
  });

  it('reads a Kyrgyz table of ordinal labels with a percentage after each count, its dateline and credits', () => {
    const text = [
      'Балдарга карата зомбулукту токтотуунун INSPIRE стратегиялары: Кыргызстан',
      'Бишкек, 2025-жылдын май айы',
      'Сурамжылоо 2025-жылдын 3-февралынан 14-мартына чейин жүргүзүлдү.',
      'Стратегия\tУюмдардын саны\t%\n1-стратегия: Мыйзамдарды ишке ашыруу\t5\t42 %\n2-стратегия: Ченемдер жана баалуулуктар\t8\t67 %\n3-стратегия: Коопсуз чөйрө\t4\t33 %',
      'Даярдаган: Айпери Жумабаева (БҮК)',
    ].join('\n\n');
    assert.equal(detectKind(text), 'factsheet');
    const parts = readFactsheet(text);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.count]),
      [
        [1, 5],
        [2, 8],
        [3, 4],
      ],
    );
    assert.equal(parts.date, '2025-05');
    assert.deepEqual(parts.details.surveyPeriod, { start: '2025-02-03', end: '2025-03-14' });
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [['Айпери Жумабаева', 'БҮК']],
    );
  });

  it('reads counts on indented lines "Stratégie N (…) : n organisations sur m", links after arrows, and the title under a publisher', () => {
    const text = [
      "RÉSEAU TOGOLAIS POUR L'ENFANCE (RTE)\nFiche pays INSPIRE : Togo\nCartographie des organisations",
      'Lomé, mars 2025',
      '  Stratégie 1 (Mise en œuvre et application des lois) : 5 organisations sur 12\n  Stratégie 2 (Normes et valeurs) : 9 organisations sur 12\n  Stratégie 3 (Environnements sûrs) : 7 organisations sur 12',
      'Centre Espoir → https://espoir.example.org\nAssociation Fofo → https://fofo.example.org',
      'Rédaction : Ama Kossi, chargée de programmes – RTE\nRelecture : Yao Mensah, coordinateur – AOADE',
    ].join('\n\n');
    assert.equal(detectKind(text), 'factsheet');
    const parts = readFactsheet(text);
    assert.equal(parts.title, 'Fiche pays INSPIRE : Togo');
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.count]),
      [
        [1, 5],
        [2, 9],
        [3, 7],
      ],
    );
    assert.deepEqual(
      (parts.details.organisations as NamedLink[]).map((o) => [o.name, o.url]),
      [
        ['Centre Espoir', 'https://espoir.example.org'],
        ['Association Fofo', 'https://fofo.example.org'],
      ],
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => a.name),
      ['Ama Kossi', 'Yao Mensah'],
    );
  });

  it('reads a deck of slides exported as text: every count on one line, the sample as "n =", sections headed over bullets', () => {
    const text = [
      '--- Slide 1 ---\nINSPIRE Country Factsheet: Nepal\nApril 2025',
      '--- Slide 2 ---\nHow many organisations work on each INSPIRE strategy?\n(n = 14, more than one strategy possible)\nLaws (S1): 8 | Norms & values (S2): 11 | Safe environments (S3): 6 | Income & economic strengthening (S5): 4',
      '--- Slide 3 ---\nStrategy 2 – Norms and values\n• 11 organisations run community dialogue\n• Radio drama aired on 9 stations',
    ].join('\n\n');
    assert.equal(detectKind(text), 'factsheet');
    const parts = readFactsheet(text);
    assert.equal(parts.title, 'INSPIRE Country Factsheet: Nepal');
    assert.equal(parts.details.respondents, 14);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'Laws', 8],
        [2, 'Norms & values', 11],
        [3, 'Safe environments', 6],
        [5, 'Income & economic strengthening', 4],
      ],
    );
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title, s.text]),
      [
        [
          '2',
          'Norms and values',
          '• 11 organisations run community dialogue\n• Radio drama aired on 9 stations',
        ],
      ],
    );
  });

  it('reads an Arabic factsheet: its dateline after an Arabic comma, the survey period in Arabic digits, a reviewer', () => {
    const text = [
      'ورقة قُطرية حول استراتيجيات INSPIRE: المغرب',
      'الرباط، مايو ٢٠٢٤',
      'جُمعت الردود بين ١٠ كانون الثاني/يناير و٢٨ شباط/فبراير ٢٠٢٤ عبر استبيان إلكتروني.',
      'الاستراتيجية\tعدد المنظمات\nالاستراتيجية 1: تنفيذ القوانين وإنفاذها\t٤\nالاستراتيجية 2: المعايير والقيم\t٧\nالاستراتيجية 3: البيئات الآمنة\t٣',
      'إعداد: نجلاء عبد الله الحميري، منسقة البرامج – التحالف اليمني\nمراجعة: فؤاد محمد باشراحيل، مستشار – صندوق البحر الأحمر',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.equal(parts.date, '2024-05');
    assert.deepEqual(parts.details.surveyPeriod, { start: '2024-01-10', end: '2024-02-28' });
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => a.name),
      ['نجلاء عبد الله الحميري', 'فؤاد محمد باشراحيل'],
    );
  });

  it('reads a title wrapped before "Factsheet", the noun of the count column, and authors under their heading', () => {
    const text = [
      'UNSCR 1325 · WOMEN, PEACE AND SECURITY · CIVIL SOCIETY SURVEY 2025',
      'Women, Peace and Security Country\nFactsheet: Cameroon\nPublished March 2025 by the Alliance',
      'About this factsheet\nIn early 2025, 16 organisations responded, from Bamenda, Buea and Maroua.',
      'No.\tPillar\tOrganisations\tMost frequent activities\n1\tParticipation\t12\tMediation\n2\tPrevention\t10\tEarly warning\n3\tProtection\t13\tSafe spaces',
      'Authors\nComfort Ngwa Tamfu, CWPA · Aïssatou Bello Hamadou, CAWMN',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.equal(parts.title, 'Women, Peace and Security Country Factsheet: Cameroon');
    assert.equal(parts.details.respondents, 16);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.count, s.unit]),
      [
        [1, 12, 'organisations'],
        [2, 10, 'organisations'],
        [3, 13, 'organisations'],
      ],
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [
        ['Comfort Ngwa Tamfu', 'CWPA'],
        ['Aïssatou Bello Hamadou', 'CAWMN'],
      ],
    );
  });

  it('reads counts per pillar of resolution 1325 told in sentences, sections numbered as a list, the country after a colon', () => {
    const text = [
      'Аялдар, тынчтык жана коопсуздук: Кыргызстан боюнча маалымат барагы',
      'БУУнун Коопсуздук Кеңешинин 1325 резолюциясы боюнча сурамжылоо',
      'Катышуу багытында 12 уюм иштейт.\nАлдын алуу багытында 9 уюм иштейт.\nКоргоо багытында 11 уюм иштейт.\nЖардам жана калыбына келтирүү багытында 6 уюм иштейт.',
      '1. Катышуу',
      '«Ак Марал» коомдук бирикмеси Кадамжай районунда 42 аялды даярдады.',
      '3. Коргоо',
      '«Бакыт» кризистик борбору Нарында укуктук жардам көрсөтөт.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'factsheet');
    const parts = readFactsheet(text);
    assert.deepEqual(parts.details.country, { name: 'Кыргызстан', code: 'KG' });
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'Катышуу', 12],
        [2, 'Алдын алуу', 9],
        [3, 'Коргоо', 11],
        [4, 'Жардам жана калыбына келтирүү', 6],
      ],
    );
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title]),
      [
        ['1', 'Катышуу'],
        ['3', 'Коргоо'],
      ],
    );
  });

  it('reads pillars listed with their counts after a space, as a box of key figures gives them', () => {
    const text = [
      'UNSCR 1325 Mapping Factsheet: Nepal',
      'Key figures\n• Participation 14\n• Prevention 9\n• Protection 12\n• Relief and Recovery 7',
      'Number of organisations working under each pillar.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'factsheet');
    assert.deepEqual(
      (readFactsheet(text).details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'Participation', 14],
        [2, 'Prevention', 9],
        [3, 'Protection', 12],
        [4, 'Relief and Recovery', 7],
      ],
    );
  });

  it('reads a chart of bars drawn in blocks of text, each count after its bar', () => {
    const text = [
      'Стратегії INSPIRE: Україна (Південь)',
      'Стратегія 1 · Закони\t████████ 8\nСтратегія 2 · Норми та цінності\t███████████ 11\nСтратегія 3 · Безпечне середовище\t█████ 5',
      'Стратегія 1. Впровадження та дотримання законів\n8 організацій працюють над застосуванням законодавства.',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.count]),
      [
        [1, 8],
        [2, 11],
        [3, 5],
      ],
    );
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title]),
      [['1', 'Впровадження та дотримання законів']],
    );
  });

  it('reads strategies coded "E1" to "E7" in a table and as headings, and credits one a paragraph under their label', () => {
    const text = [
      'Ficha de país INSPIRE: Guatemala',
      'Código\tEstrategia\tOrganizaciones\nE1\tImplementación y vigilancia del cumplimiento de las leyes\t6\nE2\tNormas y valores\t8\nE3\tSeguridad en el entorno\t4',
      'E2 · Normas y valores',
      'El Colectivo Juventudes produce programas de radio que llegan a 60 comunidades.',
      'Elaborado por:',
      'María José Cux Tzoc, coordinadora de incidencia – REGUANIP',
      'Héctor Rolando Ajú Pérez, oficial regional de investigación – ACADEN',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'Implementación y vigilancia del cumplimiento de las leyes', 6],
        [2, 'Normas y valores', 8],
        [3, 'Seguridad en el entorno', 4],
      ],
    );
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title]),
      [['2', 'Normas y valores']],
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [
        ['María José Cux Tzoc', 'REGUANIP'],
        ['Héctor Rolando Ajú Pérez', 'ACADEN'],
      ],
    );
  });

  it('reads counts with their share after them, "7 (58 %)", and two authors credited in a sentence under "Autoria"', () => {
    const text = [
      'Ficha de país INSPIRE: Cabo Verde',
      'Estratégia INSPIRE\tOrganizações (n / %)\nEstratégia 1 – Implementação e cumprimento das leis\t7 (58 %)\nEstratégia 2 – Normas e valores\t9 (75 %)\nEstratégia 3 – Ambientes seguros\t4 (33 %)',
      'Autoria',
      'Filomena Tavares Lopes e Edson Brito Semedo (RECAPROC). Contacto: inspire@recaproc.org.cv',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.count]),
      [
        [1, 7],
        [2, 9],
        [3, 4],
      ],
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [
        ['Filomena Tavares Lopes', 'RECAPROC'],
        ['Edson Brito Semedo', 'RECAPROC'],
      ],
    );
  });

  it("reads strategies listed after their colour's square, and sections headed by a square and a list number", () => {
    const text = [
      'INSPIRE snapshot: North Macedonia',
      '• 🟦 Laws: 6 orgs\n• 🟩 Norms & values: 5 orgs\n• 🟨 Safe environments: 3 orgs',
      '🟩 2. Norms and values',
      'Parent clubs in Roma neighbourhoods and campaigns against corporal punishment.',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'Laws', 6],
        [2, 'Norms & values', 5],
        [3, 'Safe environments', 3],
      ],
    );
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title]),
      [['2', 'Norms and values']],
    );
  });

  it("reads the country after the title's last stop, and sections numbered as a list that name their strategy", () => {
    const text = [
      'INSPIRE: семь стратегий по искоренению насилия в отношении детей. Армения',
      'Стратегия 1 · Законы\n5 организаций\nСтратегия 2 · Нормы и ценности\n4 организации\nСтратегия 3 · Безопасная среда\n2 организации',
      '1. Внедрение и обеспечение соблюдения законов',
      'АСЗД готовит комментарии к поправкам в Кодекс о правах ребёнка.',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(parts.details.country, { name: 'Армения', code: 'AM' });
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title]),
      [['1', 'Внедрение и обеспечение соблюдения законов']],
    );
  });

  it('reads sections titled with their pillar in brackets, the survey period to the day, and "Name – Organisation"', () => {
    const text = [
      'Ficha de país sobre la Resolución 1325 (2000): Colombia',
      'Entre el 3 de febrero y el 14 de marzo de 2025 respondieron la encuesta 22 organizaciones.',
      'Pilar 1 · Participación\t17 organizaciones\nPilar 2 · Prevención\t12 organizaciones',
      'Fuente: encuesta CC1325, febrero–marzo de 2025.',
      'Participación (Pilar 1)',
      'Las organizaciones impulsan la participación de las mujeres en los espacios locales de paz.',
      'Prevención (Pilar 2)',
      'El trabajo de prevención se concentra en la alerta temprana comunitaria.',
      'Revisión: Yesenia Paola Epieyú – Colectiva Wayuu Ipa',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title]),
      [
        ['1', 'Participación'],
        ['2', 'Prevención'],
      ],
    );
    assert.deepEqual(parts.details.surveyPeriod, { start: '2025-02-03', end: '2025-03-14' });
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [['Yesenia Paola Epieyú', 'Colectiva Wayuu Ipa']],
    );
  });

  it('reads a table numbered under "رقم" and a count of two in the Arabic dual, "منظمتان"', () => {
    const text = [
      'ورقة حقائق قُطرية: استراتيجيات INSPIRE السبع لإنهاء العنف ضد الأطفال: الأردن',
      'رقم\tالاستراتيجية\tعدد المنظمات\n1\tتنفيذ القوانين وإنفاذها\t6 منظمات\n2\tالأعراف والقيم\t5 منظمات\n5\tالدخل والتمكين الاقتصادي\tمنظمتان',
    ].join('\n\n');
    assert.deepEqual(
      (readFactsheet(text).details.strategies as StrategyCount[]).map((s) => [s.number, s.count, s.unit]),
      [
        [1, 6, 'منظمات'],
        [2, 5, 'منظمات'],
        [5, 2, 'منظمتان'],
      ],
    );
  });

  it('reads counts of two and of one in Arabic words behind dot leaders, and respondents in Arabic-Indic digits', () => {
    const text = [
      'ورقة حقائق قُطرية: استراتيجيات INSPIRE السبع لإنهاء العنف ضد الأطفال: لبنان',
      'تستند هذه الورقة إلى إجابات ١١ منظمة من منظمات المجتمع المدني.',
      'الاستراتيجية ١: تنفيذ القوانين وإنفاذها ..................... ٤ منظمات\n' +
        'الاستراتيجية ٣: البيئات الآمنة .............................. منظمتان\n' +
        'الاستراتيجية ٥: الدخل والتمكين الاقتصادي ................... منظمة واحدة',
    ].join('\n\n');
    const { details } = readFactsheet(text);
    assert.deepEqual(
      (details.strategies as StrategyCount[]).map((s) => [s.number, s.count]),
      [
        [1, 4],
        [3, 2],
        [5, 1],
      ],
    );
    assert.equal(details.respondents, 11);
  });

  it('reads a strategy no organisation works on ("nenhuma organização") as a count of none, a count after a space, and "Redação" credits', () => {
    const text = [
      'Ficha de país INSPIRE: São Tomé e Príncipe',
      'Número de organizações por estratégia',
      'Estratégia 6 – Resposta e serviços de apoio 7 organizações',
      'Estratégia 4 – Apoio aos pais e cuidadores 6 organizações',
      'Estratégia 3 – Ambientes seguros 2 organizações',
      'Estratégia 5 – Rendimento e fortalecimento económico nenhuma organização',
      'Redação: Edna Ceita Vaz, coordenadora de programas – RESPC',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [3, 'Ambientes seguros', 2],
        [4, 'Apoio aos pais e cuidadores', 6],
        [5, 'Rendimento e fortalecimento económico', 0],
        [6, 'Resposta e serviços de apoio', 7],
      ],
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.position, a.organisation]),
      [['Edna Ceita Vaz', 'coordenadora de programas', 'RESPC']],
    );
  });

  it('reads sections whose headings repeat their counts after the table, a country "в Україні", and "Редагувала"', () => {
    const text = [
      'Інформаційний лист: виконання Резолюції Ради Безпеки ООН 1325 «Жінки, мир, безпека» в Україні',
      'Напрям\tКількість організацій\n1. Участь\t19\n2. Запобігання\t14\n3. Захист\t22',
      'НАПРЯМ 1 · УЧАСТЬ\t19 організацій',
      'Організації працюють над тим, щоб жінки брали участь в ухваленні рішень.',
      'НАПРЯМ 2 · ЗАПОБІГАННЯ\t14 організацій',
      'Молодіжна мережа організувала 12 діалогових зустрічей.',
      'Редагувала: Марта Іваницька, ГО «Правова ініціатива Закарпаття»',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title]),
      [
        ['1', 'Участь'],
        ['2', 'Запобігання'],
      ],
    );
    assert.deepEqual(parts.details.country, { name: 'Україна', code: 'UA' });
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => a.name),
      ['Марта Іваницька'],
    );
  });

  it('reads numbered rows under a header of merged cells ("Organizaciones" over "N.º<tab>%"), a caption naming what they count', () => {
    const text = [
      'Ficha de país INSPIRE: Uruguay',
      'Número de organizaciones por estrategia',
      'Respuestas de 11 organizaciones. Cada organización podía marcar más de una estrategia.',
      'Organizaciones\nEstrategia INSPIRE\nN.º\t%\n1. Implementación y vigilancia del cumplimiento de las leyes\t6\t55 %\n2. Normas y valores\t5\t45 %\n3. Seguridad en el entorno\t4\t36 %',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.count, s.unit]),
      [
        [1, 6, 'organizaciones'],
        [2, 5, 'organizaciones'],
        [3, 4, 'organizaciones'],
      ],
    );
    assert.equal(parts.details.respondents, 11);
  });

  it('reads pillars numbered by Arabic ordinals ("المحور الأول"), a title "ورقة حقائق: … في العراق" and a name before a dash', () => {
    const text = [
      'شبكة نساء الفرات الأوسط للسلام',
      'ورقة حقائق: تنفيذ قرار مجلس الأمن الدولي 1325 بشأن المرأة والسلام والأمن في العراق',
      'المحور\tعدد المنظمات\nالمحور الأول: المشاركة\t10 منظمات\nالمحور الثاني: الوقاية\t7 منظمات\nالمحور الثالث: الحماية\t9 منظمات\nالمحور الرابع: الإغاثة والتعافي\t6 منظمات',
      'إعداد: زينب عبد الحسين الخفاجي – منسقة البرامج',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.equal(
      parts.title,
      'ورقة حقائق: تنفيذ قرار مجلس الأمن الدولي 1325 بشأن المرأة والسلام والأمن في العراق',
    );
    assert.deepEqual(parts.details.country, { name: 'العراق', code: 'IQ' });
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'المشاركة', 10],
        [2, 'الوقاية', 7],
        [3, 'الحماية', 9],
        [4, 'الإغاثة والتعافي', 6],
      ],
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.position]),
      [['زينب عبد الحسين الخفاجي', 'منسقة البرامج']],
    );
  });

  it('reads credits "Elaboró:", "Revisó:", "Revisado por:" and "Facilitators:", a collective no person', () => {
    const credits = (text: string) =>
      readAuthors(paragraphs(text)).map((a) => [a.role, a.name, a.organisation]);
    assert.deepEqual(
      credits(
        "October 2026 | Prepared by Linda Mtoto Network Tanzania (LMNT) with support from the Indian Ocean Children's Fund (IOCF)\nWritten by: Neema Joseph Mwakyusa, Programme Officer – LMNT",
      ),
      [['Written by', 'Neema Joseph Mwakyusa', 'LMNT']],
    );
    assert.deepEqual(
      credits('Equipo de la visita\tLucía Ferrer Martí (AVSGL), Bahati Namegabe Safari (CMSU)'),
      [
        ['Equipo de la visita', 'Lucía Ferrer Martí', 'AVSGL'],
        ['Equipo de la visita', 'Bahati Namegabe Safari', 'CMSU'],
      ],
    );
    assert.deepEqual(
      credits('• إعداد: Achol Garang Deng (منسقة الحماية) وLual Makuei Ajak (مسؤول الرصد والتقييم)').map(
        (c) => c[1],
      ),
      ['Achol Garang Deng', 'Lual Makuei Ajak'],
    );
    assert.deepEqual(
      credits(
        'Prepared by: Rehema Ally Mushi (Protection Coordinator) and Daudi Petro\nKalinga (Paralegal Supervisor)',
      ).map((c) => c[1]),
      ['Rehema Ally Mushi', 'Daudi Petro Kalinga'],
    );
    assert.deepEqual(
      credits(
        'Elaboró: Itzel Carranza Ocampo, coordinadora de investigación – REMMUPAZ\nRevisó: Guadalupe Tzintzun Ruiz, Colectiva Tejiendo Calma',
      ),
      [
        ['Elaboró', 'Itzel Carranza Ocampo', 'REMMUPAZ'],
        ['Revisó', 'Guadalupe Tzintzun Ruiz', 'Colectiva Tejiendo Calma'],
      ],
    );
    assert.deepEqual(
      credits('Revisado por: Óscar Danilo Mejía, coordinador de programas – Fundación Pasos Seguros'),
      [['Revisado por', 'Óscar Danilo Mejía', 'Fundación Pasos Seguros']],
    );
    assert.deepEqual(
      credits('Facilitators: Leias Nako (TWPRN), Rhona Tari-Willie (Pacific Resilience Collective)'),
      [
        ['Facilitators', 'Leias Nako', 'TWPRN'],
        ['Facilitators', 'Rhona Tari-Willie', 'Pacific Resilience Collective'],
      ],
    );
  });

  it('reads sections numbered in an outline ("4.4 Stratégie 4 : …" wrapped), and a credit sentence wrapped after "par"', () => {
    const strategies = [
      'Mise en œuvre et application des lois',
      'Normes et valeurs',
      'Sécurité de l’environnement',
      'Soutien aux parents et aux personnes qui s’occupent d’enfants',
    ];
    const text = [
      'Fiche pays INSPIRE : Macédoine du Nord',
      'Cette fiche résume les réponses de 15 organisations de la société civile en Macédoine du Nord.',
      `Stratégie\tRépondants\n${strategies.map((s, i) => `Stratégie ${i + 1} : ${s}\t${6 + i} organisations`).join('\n')}`,
      [
        '4 Stratégies INSPIRE',
        '4.1 Stratégie 1 : Mise en œuvre et application des lois',
        'Le RMPE a suivi 29 procédures judiciaires en 2025.',
        '4.2 Stratégie 2 : Normes et valeurs',
        'L’Association Svetlina a mené une campagne dans 12 écoles.',
        '4.3 Stratégie 3 : Sécurité de l’environnement',
        'Voir l’exemple ci-dessus.',
        '4.4 Stratégie 4 : Soutien aux parents et aux personnes qui s’occupent',
        'd’enfants',
        'À Štip, 156 parents ont participé aux groupes en 2025.',
      ].join('\n'),
      'Cette fiche a été rédigée par Vesna Dimovska-Angelova (RMPE) et relue par Ardian\nMemeti-Rexha (FAPE). Commentaires : inspire@rmpe.org.mk',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title]),
      strategies.map((s, i) => [String(i + 1), s]),
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [
        ['Vesna Dimovska-Angelova', 'RMPE'],
        ['Ardian Memeti-Rexha', 'FAPE'],
      ],
    );
  });

  it("reads a survey tool's summary printed under the sheet: its answers' shares, its options no country", () => {
    const question = (n: number, asked: string, options: [string, string, number][]) =>
      [
        `P${n}\t${asked}\nRespondidas: 19\tIgnoradas: 0`,
        ...options.map(([o]) => o),
        `OPÇÕES DE RESPOSTA\tRESPOSTAS\n${options.map((o) => o.join('\t')).join('\n')}`,
      ].join('\n\n');
    const text = [
      'Ficha de País INSPIRE: Moçambique',
      'Rede Ku Hlayisa – Protecção da Criança em Moçambique (RKH) · Maio de 2026',
      'Esta ficha resume as respostas de 19 organizações da sociedade civil moçambicana que trabalham na protecção da criança, em 8 províncias.',
      question(3, 'Em que província(s) trabalha a sua organização?', [
        ['Gaza', '15,79%', 3],
        ['Niassa', '10,53%', 2],
      ]),
      question(4, 'Em quais estratégias INSPIRE trabalha a sua organização?', [
        ['Estratégia 1 – Implementação e vigilância do cumprimento das leis', '31,58%', 6],
        ['Estratégia 2 – Normas e valores', '68,42%', 13],
      ]),
      'Redacção: Celeste Armando Macuácua, oficial de advocacia – RKH',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(parts.details.country, { name: 'Moçambique', code: 'MZ' });
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((c) => [c.number, c.title, c.count]),
      [
        [1, 'Implementação e vigilância do cumprimento das leis', 6],
        [2, 'Normas e valores', 13],
      ],
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [['Celeste Armando Macuácua', 'RKH']],
    );
  });

  it('reads a table whose column of numbers stands under the label\'s own header ("Stratégie<tab>Intitulé")', () => {
    const text = [
      'Fiche pays INSPIRE : Tunisie',
      "Nombre d'organisations par stratégie INSPIRE",
      "Stratégie\tIntitulé\tNombre d'organisations\n1\tMise en œuvre et application des lois\t5\n2\tNormes et valeurs\t7\n3\tSécurité de l'environnement\t4",
      'Stratégie 1 : Mise en œuvre et application des lois',
      "L'association accompagne les familles devant les tribunaux.",
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'Mise en œuvre et application des lois', 5],
        [2, 'Normes et valeurs', 7],
        [3, "Sécurité de l'environnement", 4],
      ],
    );
    assert.deepEqual(
      parts.sections.map((s) => s.title),
      ['Mise en œuvre et application des lois'],
    );
  });

  it('reads a table of pillars numbered and counted in Arabic-Indic digits', () => {
    const text = [
      'ورقة حقائق قطرية حول قرار مجلس الأمن ١٣٢٥: ليبيا',
      'عدد المنظمات العاملة في كل ركيزة',
      'الركيزة\tعدد المنظمات\tأمثلة على الأنشطة\n١. المشاركة\t٩\tتدريب المرشحات\n٢. الوقاية\t٧\tالإنذار المبكر\n٣. الحماية\t٨\tخطوط الدعم\n٤. الإغاثة والتعافي\t٤\tدعم النازحات',
      'الركيزة ١ · المشاركة',
      'تعمل ٩ منظمات على مشاركة النساء في الحياة السياسية.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'factsheet');
    const parts = readFactsheet(text);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((s) => [s.number, s.title, s.count]),
      [
        [1, 'المشاركة', 9],
        [2, 'الوقاية', 7],
        [3, 'الحماية', 8],
        [4, 'الإغاثة والتعافي', 4],
      ],
    );
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title]),
      [['1', 'المشاركة']],
    );
  });

  it('reads a numbered table of organisations with their towns and links as their names and links', () => {
    const text = [
      'INSPIRE Country Factsheet: Uganda',
      'TABLE 1. Responding organisations working on each INSPIRE strategy',
      'Strategy\tFocus\tOrganisations\n1\tImplementation and enforcement of laws\t9\n2\tNorms and values\t12\n3\tSafe environments\t6',
      'ORGANISATIONS THAT AGREED TO BE LISTED',
      'No.\tOrganisation\tDistrict\tWebsite / page\n1\tKampala Child Justice Clinic\tKampala\thttps://kcjc.or.ug\n2\tGulu Youth Safe Routes\tGulu\thttps://gysr.or.ug',
    ].join('\n\n');
    const parts = readFactsheet(text);
    assert.deepEqual(parts.details.organisations, [
      { name: 'Kampala Child Justice Clinic', url: 'https://kcjc.or.ug' },
      { name: 'Gulu Youth Safe Routes', url: 'https://gysr.or.ug' },
    ]);
    assert.deepEqual(
      (parts.details.strategies as StrategyCount[]).map((c) => [c.number, c.count]),
      [
        [1, 9],
        [2, 12],
        [3, 6],
      ],
    );
  });

  it('reads two credits a table\'s cell ran together, and an "and" inside a position', () => {
    const authors = readAuthors(
      paragraphs(
        'Підготували\tОлена Станчева, керівниця проєкту, БЦДГ Іван Кюркчи, фахівець з моніторингу та оцінки, БЦДГ',
      ),
    );
    assert.deepEqual(
      authors.map((a) => [a.name, a.position, a.organisation]),
      [
        ['Олена Станчева', 'керівниця проєкту', 'БЦДГ'],
        ['Іван Кюркчи', 'фахівець з моніторингу та оцінки', 'БЦДГ'],
      ],
    );
  });
});
