import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { detectKind } from './detect.js';
import { readNews } from './news.js';

const formats = new URL('../../../../shared/formats/', import.meta.url);

describe('readNews', () => {
  it('splits pages that give the date before the title, and crumbs that end in a category', () => {
    const dateFirst = [
      'Home · About us · News · Contact',
      '14 August 2024 · Cotabato City',
      'Women observers monitor voter registration',
      'Forty women observers monitored voter registration in 11 barangays of the city.',
      '02 Jul 2024 · Marawi',
      'Livelihood grants for returnee women',
      'Sixty women who returned to Marawi received grants to restart small businesses.',
      'June 3, 2024 · Davao City',
      'Mediators meet in Davao City',
      'Women mediators from across Mindanao met for two days.',
    ].join('\n\n');
    assert.equal(detectKind(dateFirst), 'news');
    assert.deepEqual(
      readNews(dateFirst).items?.map((i) => [i.title, i.date]),
      [
        ['Women observers monitor voter registration', '2024-08-14'],
        ['Livelihood grants for returnee women', '2024-07-02'],
        ['Mediators meet in Davao City', '2024-06-03'],
      ],
    );
    const crumbs = [
      'Башкы бет > Жаңылыктар > Коомчулук',
      'Ноокендеги аялдар кеңештери окуудан өтүштү',
      'Жарыяланды: 2024-жылдын 22-апрели',
      'Ноокен районундагы 6 айылдын аялдар кеңештеринен 38 аял окуудан өттү.',
      'Башкы бет > Жаңылыктар > Укук',
      'Мобилдик юристтер 120 кайрылууну карады',
      '08.04.2024 | 15:20',
      'Базар-Коргон районунда мобилдик юристтер кайрылууларды карады.',
    ].join('\n\n');
    assert.deepEqual(
      readNews(crumbs).items?.map((i) => [i.title, i.date]),
      [
        ['Ноокендеги аялдар кеңештери окуудан өтүштү', '2024-04-22'],
        ['Мобилдик юристтер 120 кайрылууну карады', '2024-04-08'],
      ],
    );
  });

  it('splits pages whose dates are in words, after a label, or in Arabic digits', () => {
    const spanish = [
      'Inicio | Noticias | Contacto',
      'Defensoras presentan informe sobre amenazas\n12 de marzo de 2024\nPublicado por: Comunicaciones',
      'El pasado 7 de marzo la red presentó el informe «Tierra y miedo» ante la prensa.',
      'Jóvenes indígenas se gradúan en Cobán\n27/02/2024',
      'Tras seis meses de formación, 35 jóvenes recibieron su diploma.',
      'Honduras: alerta por desalojo en Tela\nPublicado el 8 de febrero de 2024 por Comunicaciones',
      'La orden fue emitida sin consulta previa.',
    ].join('\n\n');
    assert.equal(detectKind(spanish), 'news');
    assert.deepEqual(
      readNews(spanish).items?.map((i) => [i.title, i.date]),
      [
        ['Defensoras presentan informe sobre amenazas', '2024-03-12'],
        ['Jóvenes indígenas se gradúan en Cobán', '2024-02-27'],
        ['Honduras: alerta por desalojo en Tela', '2024-02-08'],
      ],
    );
    const arabic = [
      'الرئيسية | من نحن | الأخبار',
      'جلسة حوار حول المياه في عكار\n٢٠ شباط ٢٠٢٤',
      'نظمت الجمعية جلسة حوار مع البلدية حول توزيع المياه.',
      'تدريب النساء على الوساطة\n٥/٢/٢٠٢٤',
      'شاركت ثلاثون امرأة في التدريب.',
      'إطلاق مبادرة جديدة\n١٨ كانون الثاني ٢٠٢٤',
      'أطلقت الجمعية مبادرة لدعم التعاونيات.',
    ].join('\n\n');
    assert.equal(detectKind(arabic), 'news');
    assert.deepEqual(
      readNews(arabic).items?.map((i) => i.date),
      ['2024-02-20', '2024-02-05', '2024-01-18'],
    );
  });

  it('reads date lines in mixed styles: a place after a dash, a bar or a slash, a time, a weekday', () => {
    const page = [
      'Latest news',
      'Women observers ready for the election\n\nMarch 18, 2024 — Honiara',
      'The network trained 52 women observers.',
      'Mediators complete land dispute course\n\n18 Feb 2024 · Arawa, Bougainville',
      'Twenty-six women mediators completed a course.',
      'Women lead shelter committees\n\n2024-01-29 | Port Vila',
      'Women set up shelter committees.',
      'Regional exchange in Suva\n\n12th January 2024 / Suva, Fiji',
      'Thirty-four women leaders met in Suva.',
      'RDAO lança relatório\n\nPublicado em 28 de fevereiro de 2023, às 14h30',
      'O relatório documenta 214 casos.',
      'Dialogue clubs open in Lupane\n\nFriday, 23 February 2023',
      'Two new clubs opened.',
      'جلسة حوار في كركوك\n\nنُشر بتاريخ: 2023/02/20 - 10:30 ص',
      'نظمت الجمعية جلسة حوار.',
    ].join('\n\n');
    assert.equal(detectKind(page), 'news');
    assert.deepEqual(
      readNews(page).items?.map((i) => [i.title, i.date]),
      [
        ['Women observers ready for the election', '2024-03-18'],
        ['Mediators complete land dispute course', '2024-02-18'],
        ['Women lead shelter committees', '2024-01-29'],
        ['Regional exchange in Suva', '2024-01-12'],
        ['RDAO lança relatório', '2023-02-28'],
        ['Dialogue clubs open in Lupane', '2023-02-23'],
        ['جلسة حوار في كركوك', '2023-02-20'],
      ],
    );
  });

  it('splits a page that gives some dates after their titles and some before', () => {
    const page = [
      'Новости',
      'В Исфаре подписан меморандум о воде\n28 марта 2024',
      'Председатели 4 ассоциаций подписали меморандум.',
      'Читать далее »',
      '12.03.2024 г.\nМобильные юристы провели консультации в Истаравшане',
      'Мобильная группа провела 58 консультаций.',
      'Читать далее »',
      'Доклад о женщинах в местных комиссиях\n05.02.2024 г. | 10:45',
      'Организация представила доклад в Душанбе.',
    ].join('\n\n');
    assert.equal(detectKind(page), 'news');
    assert.deepEqual(
      readNews(page).items?.map((i) => [i.title, i.date]),
      [
        ['В Исфаре подписан меморандум о воде', '2024-03-28'],
        ['Мобильные юристы провели консультации в Истаравшане', '2024-03-12'],
        ['Доклад о женщинах в местных комиссиях', '2024-02-05'],
      ],
    );
  });

  it('splits items whose titles carry their dates, posts under a repeated page name, and press releases', () => {
    const dated = (page: string) => readNews(page).items?.map((i) => [i.title, i.date]);
    const update =
      'Quarterly Update\n\nLand mediation ends a dispute in Ermera (24 June 2024)\n\nTwo clans signed.\n\n' +
      'Safe house opens in Baucau (3 June 2024)\n\nIt has 8 beds.\n\nNew network — April 8, 2024\n\nWe joined.';
    assert.equal(detectKind(update), 'news');
    assert.deepEqual(dated(update), [
      ['Land mediation ends a dispute in Ermera', '2024-06-24'],
      ['Safe house opens in Baucau', '2024-06-03'],
      ['New network', '2024-04-08'],
    ]);
    const feed = [1, 2, 3]
      .map(
        (d) =>
          `Collectif des Femmes pour la Paix\n${d} mars 2024 ·\nPublication numéro ${d}\n\nTexte du jour.`,
      )
      .join('\n\n');
    assert.deepEqual(dated(feed), [
      ['Publication numéro 1', '2024-03-01'],
      ['Publication numéro 2', '2024-03-02'],
      ['Publication numéro 3', '2024-03-03'],
    ]);
    const releases = ['18 de abril', '2 de abril', '21 de marzo']
      .map(
        (d, n) =>
          `MUJERES INSTALAN ${n + 1} MESAS\n\nQUIBDÓ, ${d} de 2024.– Con la participación de 140 lideresas.`,
      )
      .join('\n\n* * *\n\n');
    assert.equal(detectKind(releases), 'news');
    assert.deepEqual(dated(releases), [
      ['MUJERES INSTALAN 1 MESAS', '2024-04-18'],
      ['MUJERES INSTALAN 2 MESAS', '2024-04-02'],
      ['MUJERES INSTALAN 3 MESAS', '2024-03-21'],
    ]);
  });

  it('splits a news page into its items, each with title, date and body', () => {
    const parts = readNews(readFileSync(new URL('news-lowlands-forum.txt', formats), 'utf8'));
    const items = parts.items ?? [];
    assert.equal(items.length, 10);
    assert.deepEqual(
      items.map((i) => i.date),
      [
        '2024-03-12',
        '2024-02-27',
        '2024-02-15',
        '2024-02-01',
        '2024-01-18',
        '2024-01-09',
        '2023-12-14',
        '2023-12-07',
        '2023-12-04',
        '2023-11-30',
      ],
    );
    assert.equal(items[0]?.title, "Mutual aid under fire: Sudan's emergency response rooms");
    assert.match(items[0]?.text ?? '', /^When the war broke out in Khartoum/);
    // the page's image names are not part of the body
    assert.doesNotMatch(items[0]?.text ?? '', /sudan kitchen volunteers 88213 web/);
    assert.doesNotMatch(items[1]?.text ?? '', /1800x1012/);
    // a list that runs straight into the next breadcrumb ends its item
    assert.match(items[3]?.text ?? '', /DR Congo\. The project traces .* between 2010 and 2020\.$/);
    assert.equal(items[4]?.title, 'From the margins to the table: women mediators in Yemen');
    assert.equal(parts.date, '2024-03-12');
  });

  it('splits a page without breadcrumbs at titles over date lines, even without blank lines', () => {
    const text = [
      'Партнёрская сеть — новости',
      'Суд освободил двух активистов\n05.03.2024\nВ Оше суд освободил двух активистов после 19 дней под стражей.',
      'photo 2024 1200x800',
      'Женщины вошли в комитет рынка\n20 февраля 2024\nПосле двух лет петиций женщины получили два места из девяти.',
      'Радиодиалоги в Баткене\nФев 08.2024\nТри радиостанции провели 24 передачи.',
    ].join('\n\n');
    const parts = readNews(text);
    assert.equal(parts.title, 'Партнёрская сеть — новости');
    assert.deepEqual(
      parts.items?.map((i) => [i.title, i.date, i.text]),
      [
        [
          'Суд освободил двух активистов',
          '2024-03-05',
          'В Оше суд освободил двух активистов после 19 дней под стражей.',
        ],
        [
          'Женщины вошли в комитет рынка',
          '2024-02-20',
          'После двух лет петиций женщины получили два места из девяти.',
        ],
        ['Радиодиалоги в Баткене', '2024-02-08', 'Три радиостанции провели 24 передачи.'],
      ],
    );
    assert.equal(parts.date, '2024-03-05');
  });

  it("reads a press room's items under their place and date", () => {
    const text = [
      'Sala de prensa — Comunicados 2024',
      'Exigimos la búsqueda de 3 jóvenes\n\nChilpancingo, Gro., a 3 de diciembre de 2024\n\nLa Red exige a la Fiscalía.',
      'Familias regresan a Leonardo Bravo\n\nChilpancingo, Gro., a 18 de noviembre de 2024\n\nRegresaron 210 familias.',
      'Presentamos el informe\n\nTlapa de Comonfort, Gro., a 25 de octubre de 2024\n\nEl informe documenta 87 casos.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => i.date),
      ['2024-12-03', '2024-11-18', '2024-10-25'],
    );
  });

  it('reads date lines whose categories and author follow after slashes', () => {
    const text = [
      'News',
      'Women sign a peace pledge in Yumbe\n\n26th November 2024 / Peacebuilding / By WNWPA Comms\n\nMore than 300 women signed.',
      'Our plans for the campaign\n\n20th November 2024 / GBV Prevention\n\nWNWPA will hold 14 dialogues.',
      'Mediation training in Madi-Okollo\n\n8th October 2024 / Mediation\n\n28 clan leaders completed a training.',
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.title, i.date]),
      [
        ['Women sign a peace pledge in Yumbe', '2024-11-26'],
        ['Our plans for the campaign', '2024-11-20'],
        ['Mediation training in Madi-Okollo', '2024-10-08'],
      ],
    );
  });

  it('reads date lines after a calendar emoji', () => {
    const text = [
      'Поруч: інформаційний бюлетень',
      'У Кременчуці відкрився простір для жінок\n\n📅 24.10.2024\n\nПростір відвідали 140 жінок.',
      'Юридичні консультації в Лубнах\n\n📅 15.10.2024\n\nНадано 96 консультацій.',
      'Групи підтримки для дітей\n\n🗓️ 08.10.2024\n\nСтартувала група для 18 дітей.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => i.date),
      ['2024-10-24', '2024-10-15', '2024-10-08'],
    );
    // a post's date with its time after the Arabic "at"
    const post = (date: string, title: string) =>
      `ملتقى نساء فزان للسلام\n${date} ·\n${title}\n\nوزّع الفريق 250 حقيبة على الأسر.`;
    const posts = [
      post('20 نوفمبر 2024', 'جلسة حوار نسائية في أوباري'),
      post('7 نوفمبر 2024 في 18:40', 'توزيع حقائب الشتاء في مرزق'),
      post('28 أكتوبر 2024', 'ورشة تدريبية في غات'),
    ].join('\n\n');
    assert.deepEqual(
      readNews(posts).items?.map((i) => i.date),
      ['2024-11-20', '2024-11-07', '2024-10-28'],
    );
  });

  it('reads date lines that carry a category after a dot, with or without "Publié le"', () => {
    const text = [
      'Actualités',
      'Publié le 18.11.2024 · Catégorie : Jeunesse',
      'Tournoi « Ballon de la paix » à Mango',
      'Du 9 au 16 novembre, 240 jeunes ont joué.',
      '22 octobre 2024 · Catégorie : Humanitaire',
      'Kpendjal : 410 ménages reçoivent des kits',
      'Le CJPS a distribué des kits à 410 ménages.',
      '17 مارس 2024 · أنشطة',
      'ورشة حول الوساطة المجتمعية في كسلا',
      'اختتمت المنظمة ورشة تدريبية استمرت 4 أيام.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.title, i.date]),
      [
        ['Tournoi « Ballon de la paix » à Mango', '2024-11-18'],
        ['Kpendjal : 410 ménages reçoivent des kits', '2024-10-22'],
        ['ورشة حول الوساطة المجتمعية في كسلا', '2024-03-17'],
      ],
    );
  });

  it('splits a page of posts whose date lines end with the icon of who may see them', () => {
    const post = (date: string, title: string, body: string) =>
      `Nimba Peace Hut Women's Network\n${date}\n${title}\n\n${body}\n\n👍 Like    💬 Comment    ↗ Share\nWrite a comment...`;
    const text = [
      post(
        'December 12, 2024 at 4:35 PM · 🌍',
        'Peace Hut dialogue ends land dispute',
        'Two families signed an agreement.',
      ),
      post('December 3, 2024 · 🌍', 'Orange Day march in Ganta', 'Over 250 people marched.'),
      post(
        'November 19, 2024 at 10:02 AM · 🌍',
        'Training for new mediators',
        '30 women completed the training.',
      ),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2024-12-12', 'Peace Hut dialogue ends land dispute'],
        ['2024-12-03', 'Orange Day march in Ganta'],
        ['2024-11-19', 'Training for new mediators'],
      ],
    );
  });

  it('splits a chat channel into posts under its name, dated by the day separators above them', () => {
    const post = (title: string, body: string) =>
      `Дунайські берегині\n${title}\n\n${body}\n                 👁 1,8K   10:05`;
    const text = [
      'Дунайські берегині\n@dunaiski_berehyni\nОфіційний канал громадської організації з Ізмаїла, яка підтримує переміщених жінок.',
      '                                   12 лютого 2025',
      post('Ізмаїл: відкрили другий Простір для жінок', 'Сьогодні в центрі Ізмаїла запрацював Простір.'),
      post('Набір до групи підтримки', 'Перша зустріч — 19 лютого у Просторі.'),
      '                                   24 лютого 2025',
      post('Третя річниця: наші підсумки', 'За три роки ми надали 4 870 консультацій.'),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    const parts = readNews(text);
    assert.deepEqual(
      parts.items?.map((i) => [i.date, i.title]),
      [
        ['2025-02-12', 'Ізмаїл: відкрили другий Простір для жінок'],
        ['2025-02-12', 'Набір до групи підтримки'],
        ['2025-02-24', 'Третя річниця: наші підсумки'],
      ],
    );
    assert.deepEqual(parts.entities.handles, ['@dunaiski_berehyni']);
  });

  it('reads titles that open with their dates, and the page dated by its head when later than its items', () => {
    const text = [
      'Palabra que Camina · Resumen de noticias n.º 9',
      'Publicado el 31/03/2025 · Edición de marzo',
      '28/03/2025 — Regresan 37 familias desplazadas a Chenalhó',
      'Después de 2 años, 37 familias regresaron a sus parcelas.',
      '21/03/2025 — Taller de autocuidado para defensoras en Pantelhó',
      '26 defensoras participaron en un taller de dos días.',
      '15/03/2025 — Juventudes de Oxchuc presentan su mapa de riesgos',
      'La red presentó el mapa ante la asamblea comunitaria.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    const parts = readNews(text);
    assert.equal(parts.date, '2025-03-31');
    assert.deepEqual(
      parts.items?.map((i) => [i.date, i.title]),
      [
        ['2025-03-28', 'Regresan 37 familias desplazadas a Chenalhó'],
        ['2025-03-21', 'Taller de autocuidado para defensoras en Pantelhó'],
        ['2025-03-15', 'Juventudes de Oxchuc presentan su mapa de riesgos'],
      ],
    );
  });

  it('keeps who posted an item with it, from its date line', () => {
    const text = [
      'News',
      'Peace caravan reaches Chemolingot',
      'Posted on 3 March 2025 by Faith Jeptoo Kiprono',
      'More than 120 women joined our peace caravan.',
      'Women mediators trained in Marigat',
      'Posted on 18 February 2025 by Daniel Ekaale Nakapelo',
      'Thirty-two women completed our mediation course.',
      'Peace committee meets in Tot',
      'Posted on 2 February 2025 by Faith Jeptoo Kiprono',
      'The committee met the chiefs.',
    ].join('\n\n');
    const [first] = readNews(text).items ?? [];
    assert.equal(first?.date, '2025-03-03');
    assert.match(
      first?.text ?? '',
      /^Posted on 3 March 2025 by Faith Jeptoo Kiprono\n\nMore than 120 women/u,
    );
  });

  it("reads a channel's posts under pins and heavy rules, its archive's months no post's date", () => {
    const post = (title: string, date: string) =>
      `📌 ${title}\n🗓 ${date}\n\nБаткен шаарында 32 жаш активист катышты. Катышуучулар фейк маалыматты текшерүүнү үйрөнүштү.`;
    const text = [
      '🕊 «Ынтымак» коомдук фонду | Расмий Telegram канал\nt.me/yntymak\nКаналдын архивинен: 2025-жылдын февраль–март айларындагы жаңылыктар',
      '➖➖➖➖➖➖➖➖➖➖',
      post('Лейлекте аялдар кеңеши түзүлдү', '2025-жылдын 12-марты'),
      '➖➖➖➖➖➖➖➖➖➖',
      post('Баткенде тренинг өттү', '27.02.2025'),
      '➖➖➖➖➖➖➖➖➖➖',
      post('Ден соолук күнү өттү', '2025-жылдын 14-февралы'),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.title, i.date]),
      [
        ['Лейлекте аялдар кеңеши түзүлдү', '2025-03-12'],
        ['Баткенде тренинг өттү', '2025-02-27'],
        ['Ден соолук күнү өттү', '2025-02-14'],
      ],
    );
  });

  it('reads date lines that give who posted, a category and the comments after the date', () => {
    const item = (title: string, date: string) =>
      `${title}\nPosted on ${date} by Admin | Category: Mediation | 2 Comments\n\nEighteen women mediators brought farmers and herders back to the table in Namtumbo District.`;
    const text = [
      'Latest News',
      item('Women mediators settle a dispute in Namtumbo', 'March 3rd, 2025'),
      item('Youth dialogue held in Tunduru', 'February 19th, 2025'),
      item('Council funds ward peace committees', 'February 6th, 2025'),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.title, i.date]),
      [
        ['Women mediators settle a dispute in Namtumbo', '2025-03-03'],
        ['Youth dialogue held in Tunduru', '2025-02-19'],
        ['Council funds ward peace committees', '2025-02-06'],
      ],
    );
  });

  it("dates a feed's posts that give no year by the nearest dated post above, else by the page's head", () => {
    const post = (date: string, title: string) =>
      `**Правова криниця**\n${date} · 🌍\n\n${title}\n\nДякуємо всім, хто прийшов на наш виїзний прийом в Олександрії! Юристки проконсультували 43 людей.`;
    const text = [
      '# Правова криниця',
      '## Публікації 2025',
      post('17 березня о 14:05', 'Консультації для ВПО'),
      post('11 березня о 09:30', 'Тренінг для старост'),
      post('28 грудня 2024 р.', 'Підсумки року'),
      post('20 грудня', 'Зимова школа'),
    ].join('\n\n---\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.title, i.date]),
      [
        ['Консультації для ВПО', '2025-03-17'],
        ['Тренінг для старост', '2025-03-11'],
        ['Підсумки року', '2024-12-28'],
        ['Зимова школа', '2024-12-20'],
      ],
    );
  });

  it('reads date lines whose place after a bar has its icon ("📅 ١٢ آذار ٢٠٢٥ | 📍 القامشلي")', () => {
    const item = (title: string, date: string) =>
      `### ${title}\n\n📅 ${date} | 📍 القامشلي\n\nافتتحت المنظمة مساحة آمنة جديدة للنساء والفتيات في حي الهلالية.`;
    const text = [
      '# أخبار المنظمة',
      item('افتتاح مساحة آمنة جديدة', '١٢ آذار ٢٠٢٥'),
      item('جلسة حوار حول المياه', '٢٦ شباط ٢٠٢٥'),
      item('تدريب على رصد خطاب الكراهية', '١٠ شباط ٢٠٢٥'),
    ].join('\n\n---\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => i.date),
      ['2025-03-12', '2025-02-26', '2025-02-10'],
    );
  });
  it("splits a feed's posts under the account's name, each caption's first line its title, dated at its foot", () => {
    const post = (title: string, body: string, date: string) =>
      `ndoto.kivu\n\nndoto.kivu ${title}\n📚 ${body}\n#Haki #Kivu\n\n${date} · ❤️ 212 · 💬 18`;
    const text = [
      'Nos dernières publications',
      'Suivez-nous sur @ndoto.kivu · 1.284 abonnés',
      post(
        'Goma : 30 parajuristes formés',
        'Pendant quatre jours, 30 parajuristes ont appris à documenter.',
        '15 mars 2025',
      ),
      post('8 mars : les femmes de Sake marchent', 'Environ 150 femmes ont marché à Sake.', '8 mars 2025'),
      post('Rapport 2024 : 214 cas documentés', 'Notre rapport annuel est disponible.', '27 févr. 2025'),
      'Voir plus…',
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    const items = readNews(text).items ?? [];
    assert.deepEqual(
      items.map((i) => [i.date, i.title]),
      [
        ['2025-03-15', 'Goma : 30 parajuristes formés'],
        ['2025-03-08', '8 mars : les femmes de Sake marchent'],
        ['2025-02-27', 'Rapport 2024 : 214 cas documentés'],
      ],
    );
    assert.match(items[1]?.text ?? '', /^📚 Environ 150 femmes ont marché à Sake\.\n#Haki #Kivu$/u);
  });

  it('splits posts copied from a chat app, "Channel, [28.02.2025 18:40]", a forwarded one and one titled by a day', () => {
    const post = (when: string, title: string, body: string) =>
      `Оберіг громади | Павлоград, [${when}]\n${title}\n\n${body}`;
    const text = [
      'Повідомлення каналу ГО «Оберіг громади» — t.me/oberig_pavlohrad',
      post(
        '28.02.2025 18:40',
        'Підсумки лютого: що зробили разом 💛',
        'За лютий наша команда провела 64 консультації.',
      ),
      post('08.03.2025 10:00', '8 березня — про права, а не про квіти', 'Прийшло 46 жінок.'),
      post(
        '12.03.2025 15:27',
        '[ Переслано з: Павлоградська міська рада ]\nГрафік роботи мобільного ЦНАПу у березні',
        'Мобільний ЦНАП приїжджатиме 19 і 26 березня.',
      ),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    const items = readNews(text).items ?? [];
    assert.deepEqual(
      items.map((i) => [i.date, i.title]),
      [
        ['2025-02-28', 'Підсумки лютого: що зробили разом'],
        ['2025-03-08', '8 березня — про права, а не про квіти'],
        ['2025-03-12', 'Графік роботи мобільного ЦНАПу у березні'],
      ],
    );
    assert.match(items[2]?.text ?? '', /^\[ Переслано з: Павлоградська міська рада \]\n\nМобільний ЦНАП/u);
    // (where the copy left a post's photos out, "[ Фото ]" over its title)
    const photos = text
      .replaceAll('Підсумки лютого', '[ Фото ]\nПідсумки лютого')
      .replaceAll('8 березня —', '[ Альбом: 5 фото ]\n8 березня —');
    assert.deepEqual(
      (readNews(photos).items ?? []).map((i) => i.title),
      items.map((i) => i.title),
    );
  });

  it('reads a post under its details block, without its readers\' comments or its "read more" line', () => {
    const post = (title: string, when: string, body: string) =>
      `${title}\n\nDétails\nÉcrit par : Aïchatou Kané\nCatégorie : Cohésion sociale\nPublication : ${when}\n\n${body}\n\n` +
      `Lire la suite : ${title.slice(0, 20)}…\n\nCommentaires (1)\n\nAbdoulaye Sani 13.03.2025 18:42\n\nBravo aux femmes du comité !`;
    const text = [
      'Actualités',
      post(
        "Birni N'Konni : les comités de paix relancent le dialogue",
        'mercredi, 12 mars 2025 09:14',
        'Quarante-deux délégués ont fait le point.',
      ),
      post(
        'Journée des droits des femmes : marche à Tahoua',
        'samedi, 08 mars 2025 17:30',
        'Plus de 600 femmes ont marché.',
      ),
      post(
        "Tillia : une mission d'écoute",
        'mardi, 25 février 2025 11:02',
        'Une équipe de 5 médiatrices a passé trois jours à Tillia.',
      ),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    const items = readNews(text).items ?? [];
    assert.deepEqual(
      items.map((i) => [i.date, i.title]),
      [
        ['2025-03-12', "Birni N'Konni : les comités de paix relancent le dialogue"],
        ['2025-03-08', 'Journée des droits des femmes : marche à Tahoua'],
        ['2025-02-25', "Tillia : une mission d'écoute"],
      ],
    );
    assert.match(
      items[0]?.text ?? '',
      /Écrit par : Aïchatou Kané[\s\S]*Quarante-deux délégués ont fait le point\.\n\nLire la suite : [^\n]*$/u,
    );
  });

  it('reads releases each closed by "Ends" under their date, the mark no post\'s opener nor title', () => {
    const release = (date: string, title: string) =>
      `${date}\n\n${title}\n\nIsiolo, Kenya – The forum welcomed the bill on ward peace committees.\n\nEnds`;
    const text = [
      'Press releases – Isiolo Women Peace Forum (IWPF)',
      release('2025-03-12', 'IWPF welcomes the County Peace and Cohesion Bill'),
      release('2025-02-26', 'Statement on the killings near Kinna'),
      release('2025-01-30', 'Women mediators resolved 38 disputes in 2024'),
      // (a release moved from an old site, dated by its month alone, runs on in the one above)
      release('2024-12', 'Year in review'),
      release('2024-10-08', "Women's peace caravan reaches Merti and Moyale"),
      "About IWPF: a network of women's groups working for peace in Isiolo County, Kenya.",
    ].join('\n\n');
    assert.deepEqual(
      (readNews(text).items ?? []).map((i) => [i.date, i.title]),
      [
        ['2025-03-12', 'IWPF welcomes the County Peace and Cohesion Bill'],
        ['2025-02-26', 'Statement on the killings near Kinna'],
        ['2025-01-30', 'Women mediators resolved 38 disputes in 2024'],
        ['2024-10-08', "Women's peace caravan reaches Merti and Moyale"],
      ],
    );
  });

  it('dates posts "today" and "yesterday" by the day the wall was copied, and titles a shared post by its own title', () => {
    const post = (when: string, body: string) =>
      `Мирный диалог Мангистау\n${when}\n\n${body}\n\nНравится 41   Комментарии 3`;
    const text = [
      '[Скопировано со стены сообщества ВКонтакте 14.05.2025 для отчёта донору.]',
      post(
        'сегодня в 11:20',
        'Школьные службы примирения\n\nСегодня в Актау прошла встреча 46 школьников-медиаторов.',
      ),
      post('вчера в 19:05', 'Трудовые споры: открытая консультация\n\nПришли 57 человек.'),
      post(
        '8 мая в 16:30',
        'Женщины-медиаторы прошли обучение\n\nС 5 по 7 мая прошёл тренинг для 22 женщин.',
      ),
      post(
        '15 апр в 9:40',
        'Мирный диалог Мангистау поделились записью\nАкимат города Жанаозен\n\nВыездной приём граждан\n\nАкимат информирует: 18 апреля с 10:00 до 13:00 в Центре занятости пройдёт выездной приём граждан.',
      ),
    ].join('\n\n');
    assert.deepEqual(
      (readNews(text).items ?? []).map((i) => [i.date, i.title]),
      [
        ['2025-05-14', 'Школьные службы примирения'],
        ['2025-05-13', 'Трудовые споры: открытая консультация'],
        ['2025-05-08', 'Женщины-медиаторы прошли обучение'],
        ['2025-04-15', 'Выездной приём граждан'],
      ],
    );
  });

  it("reads a blog's posts each to its foot, two under one date, labels and share links no title", () => {
    const post = (title: string, by: string) =>
      `${title}\n\nAprès quatre mois de dialogues, les jeunes et les déplacés ont signé une charte de bon voisinage.\n\n` +
      `Publié par ${by} à 09:30 2 commentaires:\n\nEnvoyer par e-mailBlogThis!Partager sur Facebook\n\nLibellés : Cohésion sociale, Jeunesse`;
    const text = [
      "REJECS-Est – Jeunes pour la paix dans l'Est",
      'Le blog du Réseau des Jeunes pour la Cohésion Sociale de l’Est, à Fada N’Gourma.',
      'mardi 18 mars 2025',
      post('Fada N’Gourma : une charte de bon voisinage', 'Issa Lompo'),
      post('Appel à candidatures : jeunes médiateurs', 'Fatimata Combary'),
      'samedi 8 mars 2025',
      post('8 mars : les femmes déplacées prennent la parole', 'Fatimata Combary'),
      'jeudi 27 février 2025',
      post('Bogandé : une clinique mobile d’écoute', 'Issa Lompo'),
    ].join('\n\n');
    assert.deepEqual(
      (readNews(text).items ?? []).map((i) => [i.date, i.title]),
      [
        ['2025-03-18', 'Fada N’Gourma : une charte de bon voisinage'],
        ['2025-03-18', 'Appel à candidatures : jeunes médiateurs'],
        ['2025-03-08', '8 mars : les femmes déplacées prennent la parole'],
        ['2025-02-27', 'Bogandé : une clinique mobile d’écoute'],
      ],
    );
  });

  it("reads a page's posts each under its name and a time relative to the day seen, dated by the day they name", () => {
    const post = (stamp: string, caption: string, body: string) =>
      `Southern Kaduna Women Peace Collective (SKWPC)\n1,482 followers\n${stamp}\n\n${caption}\n\n${body}\n\n👍❤️ 64 · 5 comments · 3 reposts\n\nLike    Comment    Repost    Send`;
    const text = [
      'Southern Kaduna Women Peace Collective (SKWPC)\nNon-profit Organizations · Kafanchan · 1,482 followers',
      post(
        '1w • 🌐',
        'Early warning desk opens in Kafanchan 📡\n📍 Kafanchan | 19 March 2025',
        'Volunteers from 15 communities will send alerts.',
      ),
      post(
        '2w • 🌐',
        'Women mediators sign a grazing calendar in Kauru 🤝\nOn 11 March 2025, 22 women mediators signed it.',
        'The pact sets 3 cattle routes.',
      ),
      post(
        '4w • Edited • 🌐',
        'Thank you, Solidarity Fund! 🙏🏾\nWe are grateful for a grant received on 27 January 2025.',
        'It funds 6 months of work.',
      ),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      (readNews(text).items ?? []).map((i) => [i.date, i.title]),
      [
        ['2025-03-19', 'Early warning desk opens in Kafanchan'],
        ['2025-03-11', 'Women mediators sign a grazing calendar in Kauru'],
        ['2025-01-27', 'Thank you, Solidarity Fund!'],
      ],
    );
  });

  it('dates posts under a time relative to the day seen by the full date at their foot', () => {
    const post = (title: string, stamp: string, date: string) =>
      `${title}\n${stamp} | الناصرية\n\nأطلقت المنظمة مشروعاً جديداً لدعم ١٥ قرية في قضاء الجبايش.\nتاريخ النشر: ${date}\nاقرأ المزيد`;
    const text = [
      'الأخبار – منظمة أهوار السلام',
      post('جلسة حوار تنهي خلافاً عشائرياً', 'منذ يومين', 'الجمعة 18 نيسان/أبريل 2025'),
      post('تدريب ٣٠ شاباً وشابة على رصد خطاب الكراهية', 'منذ 3 أيام', 'الخميس 17 نيسان/أبريل 2025'),
      post('مجلس نساء الشطرة يعقد أول اجتماعاته', 'منذ 3 أسابيع', 'الأحد 30 آذار/مارس 2025'),
    ].join('\n\n');
    assert.deepEqual(
      (readNews(text).items ?? []).map((i) => [i.date, i.title]),
      [
        ['2025-04-18', 'جلسة حوار تنهي خلافاً عشائرياً'],
        ['2025-04-17', 'تدريب ٣٠ شاباً وشابة على رصد خطاب الكراهية'],
        ['2025-03-30', 'مجلس نساء الشطرة يعقد أول اجتماعاته'],
      ],
    );
  });

  it('dates posts some hours or days ago by the day of the copy, their reactions no title', () => {
    const post = (stamp: string, title: string) =>
      `AFLPD – Association des Femmes Leaders pour la Paix\n${stamp} · 🌍\n\n${title}\n\nCe matin, 28 membres des comités de paix ont été reçus par le chef de canton.\n\n👍❤️ 96 J'aime · 8 commentaires`;
    const text = [
      "Copie réalisée le jeudi 20 mars 2025 vers 11 h 30 à partir de la page Facebook de l'association.",
      post('Il y a 5 h', 'Maïné-Soroa : les comités de paix reçus par le chef de canton'),
      post('Il y a 2 jours', 'Formation de 40 femmes relais'),
      post('14 mars, 09:12', 'Retour des déplacés à Bosso'),
    ].join('\n\n');
    assert.deepEqual(
      (readNews(text).items ?? []).map((i) => [i.date, i.title]),
      [
        ['2025-03-20', 'Maïné-Soroa : les comités de paix reçus par le chef de canton'],
        ['2025-03-18', 'Formation de 40 femmes relais'],
        ['2025-03-14', 'Retour des déplacés à Bosso'],
      ],
    );
  });

  it('reads a details block a line a paragraph, in Ukrainian, under the title it follows', () => {
    const post = (title: string, date: string) =>
      `${title}\n\nПодробиці\nАвтор: Тарас Кушнір\n\nКатегорія: Правова допомога\n\nОпубліковано: ${date}\n\nПереглядів: 1043\n\nНаші юристки щомісяця виїжджають у 4 громади області.`;
    const text = [
      'Новини',
      post('Безоплатна правова допомога для переселенців', '03 березня 2025'),
      post('У Калуші відкрили простір для жінок-ветеранок', '16 квітня 2025'),
      post('Тренінг з першої психологічної допомоги', '20 лютого 2025'),
    ].join('\n\n');
    assert.deepEqual(
      (readNews(text).items ?? []).map((i) => [i.date, i.title]),
      [
        ['2025-03-03', 'Безоплатна правова допомога для переселенців'],
        ['2025-04-16', 'У Калуші відкрили простір для жінок-ветеранок'],
        ['2025-02-20', 'Тренінг з першої психологічної допомоги'],
      ],
    );
  });

  it('reads posts whose author, day and category a blog theme lists with bullets under the title', () => {
    const post = (title: string, day: string, category: string) =>
      `${title}\n\n• Por Comunicaciones ASOMURIPAZ\n• ${day}\n• ${category}\n\nUn grupo de 23 pescadoras artesanales denunció amenazas ante la Defensoría.\n\nLeer más`;
    const text = [
      'Noticias',
      post('Pescadoras de Puerto Wilches piden garantías', '27 de marzo de 2025', 'Protección'),
      post('Encuentro de jóvenes constructoras de paz', '14 de marzo de 2025', 'Juventudes'),
      post('Huertas comunitarias en San Pablo', '20 de febrero de 2025', 'Soberanía alimentaria'),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      (readNews(text).items ?? []).map((i) => [i.date, i.title]),
      [
        ['2025-03-27', 'Pescadoras de Puerto Wilches piden garantías'],
        ['2025-03-14', 'Encuentro de jóvenes constructoras de paz'],
        ['2025-02-20', 'Huertas comunitarias en San Pablo'],
      ],
    );
  });

  it('takes no "Read more » ქართულად" link under each item for a breadcrumb', () => {
    const post = (title: string, day: string) =>
      `${title}\n\nPosted on ${day} by Maia Gvinianidze | Announcements\n\nWe are pleased to announce a grant of GEL 38,000 from the fund.\n\nRead more » ქართულად`;
    const text = [
      'News',
      post('KWPD receives a grant from the Caucasus Dialogue Fund', '10 April 2025'),
      post('Mapping safe routes in Ergneti and Nikozi', '3 June 2025'),
      post('Youth exchange brings students from Gori and Zugdidi together', '21 May 2025'),
    ].join('\n\n');
    assert.deepEqual(
      (readNews(text).items ?? []).map((i) => [i.date, i.title]),
      [
        ['2025-04-10', 'KWPD receives a grant from the Caucasus Dialogue Fund'],
        ['2025-06-03', 'Mapping safe routes in Ergneti and Nikozi'],
        ['2025-05-21', 'Youth exchange brings students from Gori and Zugdidi together'],
      ],
    );
  });

  it("reads a blog platform's cards: author, day, the day changed and the reading time over each title", () => {
    const post = (day: string, updated: string, title: string) =>
      `REMDESB\n\n${day}\n\n${updated}3 min de leitura\n\n${title}\n\nDurante 2 dias, 22 defensoras de direitos humanos participaram da oficina.\n\n41 visualizações 2 comentários 9`;
    const text = [
      'Notícias',
      post(
        'mar. 12, 2025',
        'Atualizado: mar. 14, 2025\n\n',
        'Oficina de segurança digital reúne 22 defensoras',
      ),
      post('fev. 27, 2025', '', 'Caravana de escuta visita aldeias pataxó'),
      post('fev. 10, 2025', '', 'Nota pública: ameaças contra liderança quilombola'),
    ].join('\n\n');
    assert.deepEqual(
      (readNews(text).items ?? []).map((i) => [i.date, i.title]),
      [
        ['2025-03-12', 'Oficina de segurança digital reúne 22 defensoras'],
        ['2025-02-27', 'Caravana de escuta visita aldeias pataxó'],
        ['2025-02-10', 'Nota pública: ameaças contra liderança quilombola'],
      ],
    );
  });

  it('reads cards closed by their day and reading time, the next card\'s tag and title under ("19 нояб. 2026 4 мин чтения")', () => {
    const card = (tag: string, title: string, day: string) =>
      `${tag}\n\n${title}\n\nУчастницы клубов письма в Вильнюсе и Варшаве подписали открытки для политзаключённых женщин.\n\n${day} 3 мин чтения`;
    const text = [
      'Новости',
      card('Форум', 'Форум «Домой без страха» в Вильнюсе', '19 нояб. 2026'),
      card('Право', 'Открыли юридическую консультацию', '4 нояб. 2026'),
      card('Солидарность', '1 400 открыток политзаключённым за месяц', '21 окт. 2026'),
    ].join('\n\n');
    assert.deepEqual(
      (readNews(text).items ?? []).map((i) => [i.date, i.title]),
      [
        ['2026-11-19', 'Форум «Домой без страха» в Вильнюсе'],
        ['2026-11-04', 'Открыли юридическую консультацию'],
        ['2026-10-21', '1 400 открыток политзаключённым за месяц'],
      ],
    );
  });

  it("reads a newsletter sent by e-mail without its header's lines as an item, keeping its addresses", () => {
    const item = (title: string, day: string) =>
      `${title}\n\n🗓 ${day}\n\nУ Коростишеві відбулася перша зустріч групи взаємопідтримки для 12 жінок.`;
    const text = [
      'Від: ГО «Джерело надії» <novyny@dzherelo-nadii.org.ua>\nКому: partnery@dzherelo-nadii.org.ua\nДата: пн, 31 березня 2025 р. о 10:05\nТема: Джерело новин — березень 2025',
      'Джерело новин — березень 2025',
      item('У Коростишеві запрацювала група взаємопідтримки', '28.03.2025'),
      item('Мобільна юридична приймальня побувала в Овручі', '19.03.2025'),
      item('Житомирські школярки провели дебати', '11.03.2025'),
    ].join('\n\n');
    const parts = readNews(text);
    assert.deepEqual(
      (parts.items ?? []).map((i) => [i.date, i.title]),
      [
        ['2025-03-28', 'У Коростишеві запрацювала група взаємопідтримки'],
        ['2025-03-19', 'Мобільна юридична приймальня побувала в Овручі'],
        ['2025-03-11', 'Житомирські школярки провели дебати'],
      ],
    );
    assert.ok(
      parts.entities.emails?.includes('novyny@dzherelo-nadii.org.ua'),
      JSON.stringify(parts.entities),
    );
  });

  it('reads date lines with the weekday before the Hijri date they give the Gregorian one of', () => {
    const item = (category: string, title: string, day: string) =>
      `${category}\n\n${title}\n\n${day}\n\nعقدت الجمعية جلسة حوار شارك فيها 40 شخصاً من أصحاب المحال والعمال.\n\nالتفاصيل »`;
    const text = [
      'آخر الأخبار',
      item(
        'الحوار المجتمعي',
        'الرمثا: جلسة حوار بين أصحاب المحال والعمال',
        'الخميس ٢٠ رمضان ١٤٤٦هـ الموافق ٢٠ آذار ٢٠٢٥',
      ),
      item('المرأة', 'تكريم 12 وسيطة مجتمعية من لواء بني كنانة', 'السبت 8 آذار 2025'),
      item('التعليم', 'اختتام دورة «حوارات آمنة» للمعلمين', 'الاثنين ٢٨ شعبان ١٤٤٦هـ – ٢٣ شباط ٢٠٢٥م'),
    ].join('\n\n');
    assert.deepEqual(
      (readNews(text).items ?? []).map((i) => [i.date, i.title]),
      [
        ['2025-03-20', 'الرمثا: جلسة حوار بين أصحاب المحال والعمال'],
        ['2025-03-08', 'تكريم 12 وسيطة مجتمعية من لواء بني كنانة'],
        ['2025-02-23', 'اختتام دورة «حوارات آمنة» للمعلمين'],
      ],
    );
  });

  it("reads no item from a blog's archive of months in its sidebar", () => {
    const post = (title: string, day: string) =>
      `${title}\n\nPublié le ${day} par admin\n\nDu 10 au 13 mars, 32 femmes leaders ont été formées à la médiation foncière.\n\nLire la suite »`;
    const text = [
      'Actualités',
      post('Ségou : 32 femmes leaders formées à la médiation', '14 mars 2025'),
      post('San : des comités de gestion des conflits installés', '26 février 2025'),
      post('Appel à candidatures : 15 relais communautaires', '16 janvier 2025'),
      'Archives',
      'mars 2025\nfévrier 2025\njanvier 2025',
      'Suivez-nous',
      'Facebook : facebook.com/jekafo.segou',
    ].join('\n\n');
    assert.deepEqual(
      (readNews(text).items ?? []).map((i) => [i.date, i.title]),
      [
        ['2025-03-14', 'Ségou : 32 femmes leaders formées à la médiation'],
        ['2025-02-26', 'San : des comités de gestion des conflits installés'],
        ['2025-01-16', 'Appel à candidatures : 15 relais communautaires'],
      ],
    );
  });

  it('reads a post title wrapped inside its quotes onto a second line as one title', () => {
    const post = (when: string, title: string) =>
      `Эне Тилеги КБ, [${when}]\n${title}\n\nЖолугушууга 58 аял катышты.`;
    const text = [
      '«Эне Тилеги» коомдук бирикмеси — Базар-Коргон',
      post('08.03.2025 11:30', '8-март — гүл эмес, укук жөнүндө сөз'),
      post('14.03.2025 16:05', 'Форумга чакырабыз: «Аялдар жана жаштар —\nжергиликтүү тынчтыктын таянычы»'),
      post('21.03.2025 09:00', 'Нооруз: жаштар бир дасторкондо'),
    ].join('\n\n');
    assert.deepEqual(
      (readNews(text).items ?? []).map((i) => [i.date, i.title]),
      [
        ['2025-03-08', '8-март — гүл эмес, укук жөнүндө сөз'],
        ['2025-03-14', 'Форумга чакырабыз: «Аялдар жана жаштар — жергиликтүү тынчтыктын таянычы»'],
        ['2025-03-21', 'Нооруз: жаштар бир дасторкондо'],
      ],
    );
  });

  it('reads a date line whose label a weekday follows, and no category line under it as a title', () => {
    const post = (title: string, date: string, category: string) =>
      `${title}\n\nنُشر بتاريخ: ${date}\nالتصنيف: ${category}\n\nنظّمت الجمعية ورشة لفائدة 32 امرأة من ضحايا الانتهاكات وعائلاتهن في المدينة.`;
    const text = [
      'الأخبار',
      post('القصرين: ورشة حول جبر الضرر', 'الاثنين 14 أفريل 2025', 'العدالة الانتقالية'),
      post('سبيطلة: قافلة توعوية حول النقل الآمن', 'الجمعة 28 مارس 2025', 'الحقوق الاقتصادية'),
      post('فريانة: افتتاح خلية إنصات', 'السبت 08 مارس 2025', 'مناهضة العنف'),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2025-04-14', 'القصرين: ورشة حول جبر الضرر'],
        ['2025-03-28', 'سبيطلة: قافلة توعوية حول النقل الآمن'],
        ['2025-03-08', 'فريانة: افتتاح خلية إنصات'],
      ],
    );
  });

  it('reads the title under a category set between the date and it', () => {
    const post = (date: string, category: string, title: string) =>
      `${date}\n\n${category}\n\n${title}\n\nУчасниці групи взаємопідтримки пройшли маршрутом і позначили на мапі 14 небезпечних місць.`;
    const text = [
      'Новини',
      post(
        '10 квіт. 2025',
        'Безпека громад',
        'У Чорткові провели безпековий аудит міста разом із переселенками',
      ),
      post('27 бер. 2025', 'Правова допомога', 'Мобільна юридична приймальня побувала в Кременці та Збаражі'),
      post('14 бер. 2025', 'Освіта', 'Уроки мінної безпеки для школярів Бережан і Заліщиків'),
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2025-04-10', 'У Чорткові провели безпековий аудит міста разом із переселенками'],
        ['2025-03-27', 'Мобільна юридична приймальня побувала в Кременці та Збаражі'],
        ['2025-03-14', 'Уроки мінної безпеки для школярів Бережан і Заліщиків'],
      ],
    );
  });

  it("reads no item from a newsletter's contents, and titles in capitals as its contents write them", () => {
    const story = (date: string, title: string) =>
      `${'-'.repeat(40)}\n${date}\n${title}\n${'-'.repeat(40)}\n\nLe 27 mars, les comités locaux de paix de la commune ont renouvelé leurs bureaux avec 11 présidentes.`;
    const text = [
      'LE LIEN DE LA OUAKA',
      "Merci à toutes celles et à tous ceux qui nous soutiennent.\n\nClarisse Ndakala Yakété\nPrésidente de l'AFBO\n\nBambari, le 4 avril 2025",
      'DANS CE NUMÉRO\n\n  1. Bambari : 11 comités locaux de paix présidés par des femmes\n  2. Ippy : une clinique juridique mobile',
      story('27/03/2025', 'BAMBARI : 11 COMITÉS LOCAUX DE PAIX PRÉSIDÉS PAR DES FEMMES'),
      story('12/03/2025', 'IPPY : UNE CLINIQUE JURIDIQUE MOBILE'),
      story('08/03/2025', 'GRIMARI : LE 8 MARS CÉLÉBRÉ AVEC LES FEMMES RURALES'),
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2025-03-27', 'Bambari : 11 comités locaux de paix présidés par des femmes'],
        ['2025-03-12', 'Ippy : une clinique juridique mobile'],
        ['2025-03-08', 'GRIMARI : LE 8 MARS CÉLÉBRÉ AVEC LES FEMMES RURALES'],
      ],
    );
  });

  it("reads a post forwarded into a channel, opened by where it comes from instead of the channel's name", () => {
    const post = (opener: string, title: string) =>
      `${opener}\n${title}\n\nЮристы фонда провели 412 консультаций и помогли получить 57 предписаний.\n                 👁 842   18:40`;
    const text = [
      'Ертіс шуағы | Павлодар\nt.me/ertis_shuagy',
      '                     27 февраля 2025',
      post('Ертіс шуағы | Павлодар', 'Итоги работы кризисного центра за 2024 год'),
      '                     5 марта 2025',
      post('Переслано от: Адал жол | Правовая помощь', 'Бесплатные юридические консультации в Экибастузе'),
      '                     8 марта 2025',
      post('Ертіс шуағы | Павлодар', '8 Марта: не цветы, а безопасность'),
      post('Ертіс шуағы | Павлодар', 'Тренинг для участковых инспекторов'),
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2025-02-27', 'Итоги работы кризисного центра за 2024 год'],
        ['2025-03-05', 'Бесплатные юридические консультации в Экибастузе'],
        ['2025-03-08', '8 Марта: не цветы, а безопасность'],
        ['2025-03-08', 'Тренинг для участковых инспекторов'],
      ],
    );
  });

  it('reads date lines that name who submitted the post first ("Submitted by comms_officer on Mon, 04/14/2025 - 11:20")', () => {
    const post = (title: string, date: string) =>
      `${title}\n\nSubmitted by comms_officer on ${date}\n\nTwenty-three women traders formed a peace committee at the market after a dialogue session.`;
    const text = [
      'Latest updates',
      post('Women traders in Morobo form a market peace committee', 'Mon, 04/14/2025 - 11:20'),
      post('Radio talk show reaches returnees in Lasu', 'Tue, 04/08/2025 - 16:05'),
      post('Cross-border dialogue with refugee leaders', 'Thu, 03/27/2025 - 09:45'),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2025-04-14', 'Women traders in Morobo form a market peace committee'],
        ['2025-04-08', 'Radio talk show reaches returnees in Lasu'],
        ['2025-03-27', 'Cross-border dialogue with refugee leaders'],
      ],
    );
  });

  it("reads a page's posts dated with a time in Arabic-Indic digits, and leaves their reactions out of the text", () => {
    const post = (date: string, title: string, reactions: string) =>
      `جمعية نساء عكار للسلم الأهلي\n${date} · 🌍\n${title}\n\nشاركت ٣١ امرأة من ١٤ بلدة عكارية في ورشة حول كتابة البرنامج الانتخابي.\n\n${reactions}\nأعجبني    تعليق    مشاركة\nاكتب تعليقًا...`;
    const text = [
      'جمعية نساء عكار للسلم الأهلي\nمنظمة غير ربحية',
      post(
        '٢٠ مايو ٢٠٢٥ الساعة ٧:١٥ م',
        'تهانينا للفائزات في الانتخابات البلدية',
        '👍❤️ ٢٤٦    ٣٨ تعليقًا    ١٧ مشاركة',
      ),
      post('٢٢ أبريل ٢٠٢٥ الساعة ١١:٠٢ ص', 'ورشة تدريبية للمرشحات', '👍 ٩١    ٦ تعليقات    ٤ مشاركات'),
      post('٢٧ مارس ٢٠٢٥ الساعة ٤:٤٠ م', 'لجنة الوساطة في وادي خالد', '👍❤️ ١٣٢    ١٩ تعليقًا    ١١ مشاركة'),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    const items = readNews(text).items ?? [];
    assert.deepEqual(
      items.map((i) => [i.date, i.title]),
      [
        ['2025-05-20', 'تهانينا للفائزات في الانتخابات البلدية'],
        ['2025-04-22', 'ورشة تدريبية للمرشحات'],
        ['2025-03-27', 'لجنة الوساطة في وادي خالد'],
      ],
    );
    assert.equal(items[0]?.text, 'شاركت ٣١ امرأة من ١٤ بلدة عكارية في ورشة حول كتابة البرنامج الانتخابي.');
    assert.deepEqual(readNews(text).entities.organizations, ['جمعية نساء عكار للسلم الأهلي']);
  });

  it("reads a chat group's export: each message with its title in bold a post, the app's notices and left-out media dropped", () => {
    const text = [
      '01/02/25 17:45 - REMMUNI Comunicação criou o grupo "REMMUNI – Notícias da Rede"',
      '03/02/25 10:12 - REMMUNI Comunicação: *Lichinga: 40 mediadoras concluem formação*',
      '',
      'Terminou ontem, em Lichinga, a formação de 5 dias para 40 mediadoras comunitárias.',
      '03/02/25 10:13 - REMMUNI Comunicação: <Mídia oculta>',
      '[17/02/2025, 09:05:12] REMMUNI Comunicação: *Marrupa acolhe famílias deslocadas*',
      '',
      'As mediadoras entregaram 250 kits de dignidade a mulheres de 118 famílias deslocadas.',
      '08/03/25 16:31 - REMMUNI Comunicação: *8 de Março: marcha em Cuamba* 💜',
      '',
      'Hoje mais de 1 200 pessoas marcharam pelas ruas de Cuamba contra os casamentos prematuros.',
      '02/04/25 15:40 - +258 84 712 3305 entrou usando o link de convite deste grupo',
    ].join('\n');
    assert.equal(detectKind(text), 'news');
    const items = readNews(text).items ?? [];
    assert.deepEqual(
      items.map((i) => [i.date, i.title]),
      [
        ['2025-02-03', 'Lichinga: 40 mediadoras concluem formação'],
        ['2025-02-17', 'Marrupa acolhe famílias deslocadas'],
        ['2025-03-08', '8 de Março: marcha em Cuamba'],
      ],
    );
    assert.equal(
      items[0]?.text,
      'Terminou ontem, em Lichinga, a formação de 5 dias para 40 mediadoras comunitárias.',
    );
  });

  it("dates a feed's posts without a year by the day a note says it was copied, not by a post pinned above from last year", () => {
    const post = (date: string, title: string) =>
      `Пули сулх | Исфара\n${date}\n\n${title}\n\nЮристы провели 1 146 бесплатных консультаций в сёлах Ворух и Чоркух.`;
    const text = [
      '[Скопировано со стены сообщества 2 апреля 2025 г.]',
      'Пули сулх | Исфара\nvk.com/pulisulh_isfara',
      'Запись закреплена',
      post('26 дек 2024 в 17:40', 'Итоги 2024 года'),
      post('28 мар в 10:15', 'В Ворухе открылся центр правовой помощи'),
      post('19 мар в 18:02', 'Медиаторы помогли договориться о воде'),
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => i.date),
      ['2024-12-26', '2025-03-28', '2025-03-19'],
    );
  });

  it("reads an e-mail newsletter's stories dated by their place and day without a year, no link as a title", () => {
    const story = (title: string, dateline: string) =>
      `${title}\n${'-'.repeat(40)}\n\n${dateline} – A market peace committee of 14 women traders met the council\nthree times to agree on safe opening hours.`;
    const text = [
      '** Peace Circle Update – Issue 11, April 2025',
      'https://uewpc.org.gh\n\nTuesday, 15 April 2025',
      'Dear friends of the Circle, this issue brings you three stories from the last month and a half.',
      story('Women mediators help keep Bawku Central Market open', 'BAWKU, 9 April 2025'),
      story('Radio drama goes on air in Zebilla', 'ZEBILLA, Thursday 27 March'),
      story('312 displaced children receive birth certificates', 'BOLGATANGA, 18 March 2025'),
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2025-04-09', 'Women mediators help keep Bawku Central Market open'],
        ['2025-03-27', 'Radio drama goes on air in Zebilla'],
        ['2025-03-18', '312 displaced children receive birth certificates'],
      ],
    );
  });

  it('reads date lines that give the day a post was updated after the day it was published', () => {
    const post = (title: string, dates: string) =>
      `${title}\n\n${dates} · Incidencia\n\nLideresas de la asociación participaron en la mesa de diálogo sobre retornos seguros.`;
    const text = [
      'Noticias',
      post('Mesa de diálogo sobre retornos seguros', 'Publicado: 02.04.2025 · Actualizado: 09.04.2025'),
      post('Encuentro de lideresas en Ocaña', 'Publicado: 14.03.2025'),
      post('Taller de memoria con jóvenes de El Tarra', 'Publicado: 19.02.2025'),
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2025-04-02', 'Mesa de diálogo sobre retornos seguros'],
        ['2025-03-14', 'Encuentro de lideresas en Ocaña'],
        ['2025-02-19', 'Taller de memoria con jóvenes de El Tarra'],
      ],
    );
  });

  it('reads dates set as badges over two or three lines ("21 Mar" / "2025")', () => {
    const post = (badge: string, title: string) =>
      `${badge}\n\n${title}\n\nThe Circle's focal points met families and chiefs across the province this month.`;
    const text = [
      "Guadalcanal Women's Peace Circle",
      post('21 Mar\n2025', '32 women complete land mediation course in Auki'),
      post('06\nMAR\n2025', 'Market vendors speak out on safety'),
      post('19 Feb\n2025', 'New safe house opens in Gizo'),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2025-03-21', '32 women complete land mediation course in Auki'],
        ['2025-03-06', 'Market vendors speak out on safety'],
        ['2025-02-19', 'New safe house opens in Gizo'],
      ],
    );
  });

  it("reads a chat export's messages under their own date lines, not the day set over them", () => {
    const message = (day: string, time: string, title: string) =>
      `${day}.2025 ${time} UTC+02:00\n\n${title}\n\nСьогодні ми провели зустріч з 20 родинами.\n\n👍 18`;
    const text = [
      'Сталеві серця | Кривий Ріг',
      '4 березня 2025',
      message('04.03', '09:30:12', 'Безоплатна юридична консультація'),
      '12 березня 2025',
      message('12.03', '10:15:42', 'Мінна безпека — з наймолодшими'),
      message('12.03', '18:02:07', 'Шукаємо волонтерок на гарячу лінію'),
      '25 березня 2025',
      message('25.03', '14:40:19', 'Відкрили простір «Як удома»'),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2025-03-04', 'Безоплатна юридична консультація'],
        ['2025-03-12', 'Мінна безпека — з наймолодшими'],
        ['2025-03-12', 'Шукаємо волонтерок на гарячу лінію'],
        ['2025-03-25', 'Відкрили простір «Як удома»'],
      ],
    );
  });

  it("reads a post card's details on its date line: author and comment count around it, or details before it", () => {
    const card = (title: string, meta: string) =>
      `Movilidad humana\n\n${title}\n\n${meta}\n\nMás de 200 personas participaron en la feria.\n\nCompartir: Facebook · WhatsApp`;
    const cards = [
      card('Feria de regularización en Upala', 'Prensa Tejiendo Frontera noviembre 18, 2025 Sin comentarios'),
      card('Lideresas de Los Chiles se forman', 'Prensa Tejiendo Frontera noviembre 4, 2025 1 comentario'),
      card('Sale al aire «Voces sin Frontera»', 'Prensa Tejiendo Frontera octubre 21, 2025 2 comentarios'),
    ].join('\n\n');
    assert.deepEqual(
      readNews(`Noticias\n\n${cards}`).items?.map((i) => [i.date, i.title]),
      [
        ['2025-11-18', 'Feria de regularización en Upala'],
        ['2025-11-04', 'Lideresas de Los Chiles se forman'],
        ['2025-10-21', 'Sale al aire «Voces sin Frontera»'],
      ],
    );
    const joomla = [
      'Dori : 45 femmes leaders formées',
      'Sebba : 312 enfants déplacés',
      'Gorom-Gorom : un comité installé',
    ]
      .map(
        (title, n) =>
          `${title}\n\nÉcrit par Aminata Dicko · Catégorie : Société · Mercredi, 1${n} novembre 2025 18:45\n\nPendant 3 jours, les femmes ont été formées.\n\nLire la suite…`,
      )
      .join('\n\n');
    assert.deepEqual(
      readNews(`Actualités\n\n${joomla}`).items?.map((i) => [i.date, i.title]),
      [
        ['2025-11-10', 'Dori : 45 femmes leaders formées'],
        ['2025-11-11', 'Sebba : 312 enfants déplacés'],
        ['2025-11-12', 'Gorom-Gorom : un comité installé'],
      ],
    );
  });

  it('reads a forwarded post under the channel it comes from, and a title without the emoji joined before it', () => {
    const text = [
      'Ак Ниет Ысык-Көл 🕊\n(web.telegram.org аркылуу 14.11.2025 көчүрүлдү)',
      '2 октября',
      '🏠 Караколдо убактылуу баш калкалоочу жай ачылды',
      'Каракол шаарында бирикме 8 орундуу жай ачты.\n👁 2,3K  16:45',
      '10 октября',
      'Пересланное сообщение\nТоң аялдар кеңеши\n👩‍🏫 Бөкөнбаевде аялдар лидерлик мектеби өттү',
      'Бөкөнбаев айылында 25 аял үчүн лидерлик мектеби өттү.\n👁 986  19:03',
      '13 ноября',
      '🙋‍♀️ Ыктыярчыларды чакырабыз!',
      'Караколдон 20 ыктыярчы керек.\n👁 612  18:20',
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => i.title),
      [
        'Караколдо убактылуу баш калкалоочу жай ачылды',
        'Бөкөнбаевде аялдар лидерлик мектеби өттү',
        'Ыктыярчыларды чакырабыз!',
      ],
    );
  });

  it("reads a news theme's category page: ads and the category over each title left out, the byline before its date", () => {
    const post = (title: string, byline: string) =>
      `- Publicité -\n\nSociété\n\n${title}\n\n${byline}\n\nAu total, 120 participants ont pris part aux échanges.\n\nFacebookTwitterWhatsApp`;
    const text = [
      'Guinée Horizon Info\n\nFLASH INFO\n\nFonction publique : le recensement prolongé\n\nSociété',
      post(
        'N’Zérékoré : des femmes médiatrices réconcilient les jeunes',
        'Par Ibrahima Sory Touré - 21 mars 2025 à 10h47 0',
      ),
      post('Kankan : 300 jeunes filles sensibilisées', 'Par Aïssatou Barry - 14 mars 2025 à 16h05 0'),
      post(
        'Boké : villages et société minière autour de la table',
        'Par La rédaction - 26 février 2025 à 18h30 2',
      ),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2025-03-21', 'N’Zérékoré : des femmes médiatrices réconcilient les jeunes'],
        ['2025-03-14', 'Kankan : 300 jeunes filles sensibilisées'],
        ['2025-02-26', 'Boké : villages et société minière autour de la table'],
      ],
    );
  });

  it("titles a wall's post dated over its caption by the caption's first line", () => {
    const post = (date: string, title: string) =>
      `Голос Тобола | Рудный\n${date}\n\n${title}\nВ посёлке прошли встречи с жителями, пришли 40 человек.\n#ГолосТобола\n\n👍 96   💬 11`;
    const text = [
      '[стена vk.com/golos_tobola — скопировано 07.10.2025]',
      post('28 дек 2024 в 15:30', 'Наш 2024 год в цифрах 📊'),
      post('2 окт в 11:00', 'Правовой марафон в посёлках'),
      post('5 окт в 18:40', 'Ищем волонтёров!'),
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2024-12-28', 'Наш 2024 год в цифрах'],
        ['2025-10-02', 'Правовой марафон в посёлках'],
        ['2025-10-05', 'Ищем волонтёров!'],
      ],
    );
  });

  it('dates a Ukrainian post "Учора о 18:20" by the day the page was copied, and a comment\'s age counts nothing', () => {
    const post = (when: string, title: string) =>
      `Жіноча ініціатива Інгулу\n${when} · 🌐\n\n${title}\n\nМи провели аудит безпеки з 46 жінками.\n\n👍❤️ 64 · 9 коментарів\n\nВалентина Руденко\nНарешті!\n1 дн.  Подобається  Відповісти`;
    const text = [
      'Скопійовано з мобільної версії сторінки Facebook 21.11.2025',
      post('Учора о 18:20', 'Безпечний шлях додому'),
      post('14 листопада о 09:47', 'Стартує «Помаранчевий листопад»'),
      post('5 листопада о 12:00', 'Ми в новинах'),
    ].join('\n\n———————————————\n\n');
    const items = readNews(text).items ?? [];
    assert.deepEqual(
      items.map((i) => [i.date, i.title]),
      [
        ['2025-11-20', 'Безпечний шлях додому'],
        ['2025-11-14', 'Стартує «Помаранчевий листопад»'],
        ['2025-11-05', 'Ми в новинах'],
      ],
    );
    assert.ok(!items[0]?.text.includes('1 дн.'));
  });

  it("reads an Arabic page's posts: share buttons left out, a date after a weekday and the Arabic comma", () => {
    const post = (title: string, date: string) =>
      `${title}\n\nنُشر بتاريخ: ${date}   |   التصنيف: الشباب\n\nنظّمت المنظمة جلسة حوار بمشاركة 46 مشاركاً ومشاركة.\n\nاقرأ المزيد »\n\nشارك:  فيسبوك   تويتر   واتساب`;
    const text = [
      'الأخبار – منظمة بساتين ديالى',
      post('جلسة حوار مجتمعي في المقدادية', '12 تشرين الأول 2025'),
      post('تخريج 28 وسيطة مجتمعية', '2025/09/17'),
      post('مبادرة شبابية في خانقين', 'الأحد، 10 آب 2025'),
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2025-10-12', 'جلسة حوار مجتمعي في المقدادية'],
        ['2025-09-17', 'تخريج 28 وسيطة مجتمعية'],
        ['2025-08-10', 'مبادرة شبابية في خانقين'],
      ],
    );
  });

  it('reads a site builder\'s posts dated only at their foot ("Категория: … | Добавил: admin (14.10.2025, 17:42)")', () => {
    const post = (title: string, foot: string) =>
      `${title}\n\nБирикменин юристтери айылдардан келген 46 аялга бекер кеңеш беришти, ошондуктан мындай күндөрдү айылдарда да өткөрөбүз.\n\nРейтинг: 0.0/0\n\nКатегория: Укук | ${foot}\nПросмотров: 87 | Комментарии (0) | Подробнее »`;
    const text = [
      '«Ат-Башы Аялдар Үнү» коомдук бирикмеси\n\nБашкы бет » Жаңылыктар',
      post('Ат-Башыда укуктук кеңеш берүү күнү өттү', 'Кошулду: atbashy_admin (14.10.2025, 17:42)'),
      post('Ак-Муз менен Кара-Суу макулдашууга келишти', 'Кошулду: atbashy_admin (29.09.2025, 10:05)'),
      post('«Коопсуз мектеп» долбоору', 'Добавил: aizada_k (11.09.2025, 14:30)'),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2025-10-14', 'Ат-Башыда укуктук кеңеш берүү күнү өттү'],
        ['2025-09-29', 'Ак-Муз менен Кара-Суу макулдашууга келишти'],
        ['2025-09-11', '«Коопсуз мектеп» долбоору'],
      ],
    );
  });

  it('reads posts each dated under its text by a line of its details', () => {
    const post = (title: string, day: string) =>
      `${title}\n\nМедиаторы провели 14 встреч, в которых участвовали фермеры и представители ассоциации водопользователей.\n\n#МехриВахш\n\nОпубликовано: ${day} · Рубрика: Медиация · Автор: пресс-служба`;
    const text = [
      'Новости',
      post('В Джайхуне завершился цикл медиации', '07.11.2025'),
      post('Женские группы Бохтара представили план', '23.10.2025'),
      post('Семинар для учителей Кушониёна', '09.10.2025'),
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.date, i.title]),
      [
        ['2025-11-07', 'В Джайхуне завершился цикл медиации'],
        ['2025-10-23', 'Женские группы Бохтара представили план'],
        ['2025-10-09', 'Семинар для учителей Кушониёна'],
      ],
    );
  });

  it("leaves out a chat export's messages that only hold a photo", () => {
    const post = (at: string, title: string) =>
      `Сябры без межаў | Беласток, [${at}]\n${title}\n\nЮрист ответил на вопросы 58 человек в нашем офисе в Белостоке и онлайн.\n#консультация`;
    const text = [
      'Посты канала t.me/syabry_bez_mezhau (скопировано из Telegram Desktop)',
      post('02.10.2025 11:04', '⚖️ Консультация юриста'),
      'Сябры без межаў | Беласток, [02.10.2025 11:05]\n[Фотография]',
      post('15.10.2025 19:30', '🫂 Группа поддержки для семей'),
      post('28.10.2025 14:12', '🧥 Сбор: зимние куртки для детей'),
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => i.date),
      ['2025-10-02', '2025-10-15', '2025-10-28'],
    );
  });

  it('reads a byline set apart by slashes under each title ("Por … / noviembre 3, 2025 / Noticias"), no breadcrumb', () => {
    const post = (title: string, by: string, day: string, category: string) =>
      `${title}\n\nPor ${by} / ${day} / ${category}\n\nEl equipo atendió a 43 personas en la oficina de San José.`;
    const text = [
      post('Apátridas por decreto: asesoría legal', 'Comunicaciones ARNE', 'noviembre 3, 2025', 'Noticias'),
      post('Feria de salud en Upala', 'Comunicaciones ARNE', 'octubre 21, 2025', 'Noticias, Salud'),
      post('Taller de emprendimiento en Heredia', 'Karla Reyes', 'septiembre 26, 2025', 'Mujeres'),
      post(
        'Cancelación de personerías jurídicas',
        'Comunicaciones ARNE',
        'septiembre 12, 2025',
        'Comunicados',
      ),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.title, i.date]),
      [
        ['Apátridas por decreto: asesoría legal', '2025-11-03'],
        ['Feria de salud en Upala', '2025-10-21'],
        ['Taller de emprendimiento en Heredia', '2025-09-26'],
        ['Cancelación de personerías jurídicas', '2025-09-12'],
      ],
    );
  });

  it('reads items dated after their place ("Velika Kladuša · 20/10/2025"), and a newsletter\'s day after its issue', () => {
    const item = (title: string, where: string, day: string) =>
      `${title}\n\n${where} · ${day}\n\nOur volunteers met 38 people at the centre this month.`;
    const text = [
      'Bridges Newsletter\n\nThe monthly newsletter of Balkan Bridges – Bihać\nIssue 9 · 31 October 2025',
      'Dear friends, October was a busy month on the Balkan route.',
      item('Legal aid for 38 asylum seekers', 'Bihać', '27/10/2025'),
      item('A new report on pushbacks', 'Velika Kladuša', '20/10/2025'),
      item('Winter bags in Lipa camp', 'Lipa', '13/10/2025'),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    const parts = readNews(text);
    assert.deepEqual(
      parts.items?.map((i) => [i.title, i.date]),
      [
        ['Legal aid for 38 asylum seekers', '2025-10-27'],
        ['A new report on pushbacks', '2025-10-20'],
        ['Winter bags in Lipa camp', '2025-10-13'],
      ],
    );
    assert.equal(parts.date, '2025-10-31');
  });

  it('reads no item from a newsletter\'s letter, dated over its greeting ("Madrid, 9 de diciembre de 2026" / "Querida comunidad:")', () => {
    const item = (day: string, title: string) =>
      `📅 ${day} de 2026 · Madrid\n\n${title}\n\nEl sábado 120 mujeres se reunieron en un centro cívico de Lavapiés.`;
    for (const greeting of [
      'Querida comunidad:',
      'Queridas compañeras,',
      'Dear friends,',
      'Шановні друзі!',
    ]) {
      const text = [
        'Boletín Sacuanjoche n.º 14 · Diciembre 2026',
        'Madrid, 9 de diciembre de 2026',
        greeting,
        'Cerramos un año duro y hermoso. Aquí van las noticias de las últimas semanas.',
        item('3 de diciembre', 'III Encuentro de Nicaragüenses Exiliadas'),
        item('19 de noviembre', 'Abrimos una asesoría legal en San José'),
        item('5 de noviembre', '2 300 cartas para las presas políticas'),
      ].join('\n\n');
      assert.deepEqual(
        readNews(text).items?.map((i) => [i.title, i.date]),
        [
          ['III Encuentro de Nicaragüenses Exiliadas', '2026-12-03'],
          ['Abrimos una asesoría legal en San José', '2026-11-19'],
          ['2 300 cartas para las presas políticas', '2026-11-05'],
        ],
        greeting,
      );
    }
  });

  it('reads items dated under a category in capitals of four words ("ACCÈS À LA JUSTICE · 28/10/2026")', () => {
    const item = (category: string, day: string, title: string) =>
      `${category} · ${day}\n\n${title}\n\nLa clinique juridique a accompagné 83 survivantes de violences.`;
    const text = [
      "Sauti ya Amani · Bulletin d'information n° 9",
      item('COHÉSION SOCIALE', '12/11/2026', 'Djugu : 5 comités locaux de paix relancés'),
      item('ACCÈS À LA JUSTICE', '28/10/2026', 'Bunia : 83 survivantes accompagnées devant la justice'),
      item('MÉDIAS', '03/10/2026', '40 journalistes de radios communautaires formés'),
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => i.date),
      ['2026-11-12', '2026-10-28', '2026-10-03'],
    );
  });

  it('reads a thread copied from X as one item, titled by its first post and dated by its time line', () => {
    const post = (text: string) => `Red Defensoras de la Chiquitanía\n@DefensorasChiq\n${text}`;
    const text = [
      'Post',
      `${post('Threats after the fires: what we documented in 6 Chiquitano communities 🧵 (1/7)')}`,
      'Fire season is over in the Chiquitanía, but not the danger for the people who fought the fires.\nTranslate post\n9:14 AM · Nov 4, 2026 · 21.6K Views',
      '27\n388\n1.1K\n64',
      post(
        '2/7 Between July and October, 11 volunteer fire brigades fought the fires with almost no equipment.',
      ),
      post('3/7 In the communities we visited, 14 community water sources dried up.'),
    ].join('\n\n');
    assert.equal(detectKind(text), 'news');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.title, i.date]),
      [['Threats after the fires: what we documented in 6 Chiquitano communities', '2026-11-04']],
    );
  });

  it('reads a Mastodon thread as one post, however many posts it has, without their counters and buttons', () => {
    const post = (text: string, time: string) =>
      `Glas Preživjelih\n@glasprezivjelih@drustvo.social\n${text}\nDec 10, 2026, ${time} · 🌐 Public · Web\n4 replies  41 boosts  57 favourites\nReply  Boost  Favourite  Bookmark  More`;
    const text = [
      post('🧵 LIVE: Verdict in the Kalinovik II case at the Court of Bosnia and Herzegovina', '09:12'),
      post('The court found 2 of the accused guilty. (2/4)', '09:47'),
      post('The court awarded compensation to 4 survivors. (3/4)', '10:05'),
      post('Around 40 women waited outside the court. (4/4)', '10:31'),
    ].join('\n\n');
    const parts = readNews(text);
    assert.deepEqual(
      parts.items?.map((i) => [i.title, i.date]),
      [['LIVE: Verdict in the Kalinovik II case at the Court of Bosnia and Herzegovina', '2026-12-10']],
    );
    assert.doesNotMatch(parts.items?.[0]?.text ?? '', /boosts|Bookmark/u);
  });

  it('names the author of a page of one post from its head, over its day and reading time', () => {
    const text = [
      'Karla Beatriz Hernández Menjívar',
      '• 12 nov 2026\n• 6 Min. de lectura',
      'Actualizado: 15 nov 2026',
      'Tres años esperando una audiencia: lo que nos contaron 214 familias de Soyapango',
      'Entre marzo y septiembre de 2026, el equipo de escucha visitó a 214 familias de personas detenidas.',
    ].join('\n\n');
    assert.deepEqual(readNews(text).details.authors, [
      { role: 'by', name: 'Karla Beatriz Hernández Menjívar', position: null, organisation: null },
    ]);
  });

  describe('a newsletter copied as text under its link to its web copy', () => {
    const item = (day: string, title: string) =>
      `${day} · Kumba\n\n${title}\n\nThe new members completed a six-month training in mediation.`;
    const text = [
      'View this email in your browser (https://buttondown.com/mwpn/archive/peace-letter-7-march-2025/)',
      'Peace Letter #7 · March 2025',
      "Meme Women's Peace Network (MWPN) · Kumba, Cameroon\nSent on Thursday, 13 March 2025",
      'Dear friends,',
      'Schools are slowly reopening, and our members keep bringing people back to the same table.',
      'Warm regards,\nEsther Ngole Mbua\nCoordinator, MWPN',
      item('Wed, 12 March', 'Twelve women mediators join the peace committee'),
      item('Fri 28 Feb', '340 children return to class in Mbonge'),
      item('Tue, 18 February', 'Listening circles for survivors in Konye'),
    ].join('\n\n');

    it('is titled by its masthead, not by the link', () => {
      assert.equal(readNews(text).title, 'Peace Letter #7 · March 2025');
    });

    it("dates its items in the year it was sent, not in a year the link's slug reads", () => {
      assert.deepEqual(
        readNews(text).items?.map((i) => i.date),
        ['2025-03-12', '2025-02-28', '2025-02-18'],
      );
    });

    it("names the people its letter's signature names", () => {
      assert.ok(readNews(text).entities.persons?.includes('Esther Ngole Mbua'));
    });
  });

  it('reads a date line whose details name a long department ("· Vereação de Acção Social, Género e Assuntos Comunitários")', () => {
    const item = (title: string, line: string) =>
      `${title}\n\n${line}\n\nA Vereação procedeu à entrega de 320 kits de material escolar.\n\nLeia mais »`;
    const text = [
      'Notícias',
      item('Pemba acolhe o Fórum Municipal de Paz', '14/11/2025 às 16h05 · Gabinete de Comunicação e Imagem'),
      item(
        'Feira de emprego para jovens de Paquitequete',
        '17/10/2025 às 14h30 · Vereação de Acção Social, Género e Assuntos Comunitários',
      ),
      item(
        'Campanha «Pemba Sem Violência» nos mercados',
        '03/10/2025 às 08h45 · Gabinete de Comunicação e Imagem',
      ),
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => i.date),
      ['2025-11-14', '2025-10-17', '2025-10-03'],
    );
  });

  it('reads post cards dated at their foot, under "Leer más »", each under its category', () => {
    const card = (category: string, title: string, foot: string) =>
      `${category}\n\n${title}\n\nMás de 300 mujeres de la cuenca marcharon hasta la Gobernación de Sololá para entregar un memorial. […]\n\nLeer más »\n\n${foot}`;
    const text = [
      card(
        'Vida sin violencia',
        'Inauguramos la casa de acogida temporal para mujeres sobrevivientes de violencia en Sololá',
        'Comunicación Rukux Ixoq 6 noviembre, 2026 Sin comentarios',
      ),
      card(
        'Tierra y territorio',
        'Acompañamos a 14 familias kaqchikeles en la audiencia por el despojo de sus tierras',
        'Glendy Pacajoj Saquic 22 octubre, 2026 2 comentarios',
      ),
      card(
        'Juventudes',
        'Jóvenes de Nahualá aprenden a hacer radio comunitaria',
        'Comunicación Rukux Ixoq 9 octubre, 2026 Sin comentarios',
      ),
    ].join('\n\n');
    assert.deepEqual(
      readNews(text).items?.map((i) => [i.title?.slice(0, 30), i.date]),
      [
        ['Inauguramos la casa de acogida', '2026-11-06'],
        ['Acompañamos a 14 familias kaqc', '2026-10-22'],
        ['Jóvenes de Nahualá aprenden a ', '2026-10-09'],
      ],
    );
  });

  it("reads a blog platform's page of one post as one item, dated under its author", () => {
    const substack = [
      'Cuaderno del Vanni',
      'Suscribirse Iniciar sesión',
      'Las madres que esperan en la carretera',
      'En el norte de Sri Lanka, 40 madres siguen preguntando por sus hijos.',
      'Irene Salcedo Montero\n21 jul 2025',
      '♡ 57 💬 9',
      'La carpa está a pocos metros de la carretera A9, en Kilinochchi.',
    ].join('\n\n');
    assert.equal(detectKind(substack), 'news');
    const parts = readNews(substack);
    assert.deepEqual(
      parts.items?.map((i) => [i.title, i.date]),
      [['Las madres que esperan en la carretera', '2025-07-21']],
    );
    assert.deepEqual(parts.details.authors, [
      { role: 'by', name: 'Irene Salcedo Montero', position: null, organisation: null },
    ]);
    assert.match(parts.items?.[0]?.text ?? '', /^En el norte de Sri Lanka, 40 madres/u);
    // (a network's article under its menu and buttons set one under another, dated below its author's lines)
    const linkedin = [
      'Skip to main content\nLinkedIn\nArticles\nPeople\nLearning\nJobs\nGames\nJoin now\nSign in',
      "When the Kitchens Close: Protection Lessons from Khartoum's Community Kitchens",
      'Report this article',
      'Nahla Osman Babiker\nNahla Osman Babiker\nProtection Coordinator at Nile Mutual Aid Collective | Human rights',
      'Published Dec 4, 2026',
      '+ Follow',
      'In the third year of the war, the community kitchens of Khartoum are still where most families get a hot meal.',
    ].join('\n\n');
    assert.equal(detectKind(linkedin), 'news');
    assert.deepEqual(
      readNews(linkedin).items?.map((i) => [i.title, i.date]),
      [["When the Kitchens Close: Protection Lessons from Khartoum's Community Kitchens", '2026-12-04']],
    );
    const medium = [
      'Au Macina, les médiatrices tiennent le calendrier',
      'Kadiatou Sangaré | AFPDM ·',
      '7 min read · Mar 12, 2025',
      'Chaque année, les troupeaux descendent vers les bourgoutières du cercle de Macina.',
      'More from Kadiatou Sangaré',
      'Ce que les radios communautaires ont changé à Niono',
      '5 min read · Jan 28, 2025',
    ].join('\n\n');
    assert.equal(detectKind(medium), 'news');
    const post = readNews(medium);
    assert.deepEqual(
      [post.title, post.date, post.items?.length],
      ['Au Macina, les médiatrices tiennent le calendrier', '2025-03-12', 1],
    );
    assert.equal((post.details.authors as { organisation: string }[])[0]?.organisation, 'AFPDM');
    assert.doesNotMatch(post.items?.[0]?.text ?? '', /min read/u);
  });
});
