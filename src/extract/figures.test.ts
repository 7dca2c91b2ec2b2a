import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findFigures } from './figures.js';

const triples = (text: string) => findFigures(text).map((f) => [f.value, f.unit, f.label]);
const units = (text: string) => findFigures(text).map((f) => [f.value, f.unit]);

describe('findFigures', () => {
  it('reads a number with the noun it counts, and a breakdown in brackets under it', () => {
    assert.deepEqual(triples('In 2021 the clinics reached 11,388 children (5,870 boys, 5,518 girls).'), [
      [11388, 'children', '11,388 children'],
      [5870, 'boys', '11,388 children'],
      [5518, 'girls', '11,388 children'],
    ]);
    assert.deepEqual(
      triples('As a result, 1,284 people (702 women and girls, 582 men and boys) got new papers.'),
      [
        [1284, 'people', '1,284 people'],
        [702, 'women and girls', '1,284 people'],
        [582, 'men and boys', '1,284 people'],
      ],
    );
  });

  it("takes no word from a table's next cell as a number's noun", () => {
    assert.deepEqual(
      findFigures(
        'No.\tActivity\tResult\n1\tmediation trainings\t12 committees\n2\tradio debates\t9 committees',
      ).map((f) => [f.value, f.unit]),
      [
        [12, 'committees'],
        [9, 'committees'],
      ],
    );
  });

  it('reads a noun phrase over modifiers ending in -ing, not over a verb after the plural', () => {
    assert.deepEqual(
      units('LCWHF ran 14 community learning centres and 28 village early warning committees.'),
      [
        [14, 'community learning centres'],
        [28, 'village early warning committees'],
      ],
    );
    assert.deepEqual(units('We had 12 women attending the session.'), [[12, 'women']]);
  });

  it('gives a count the noun that follows a range, a partitive or a copula', () => {
    assert.deepEqual(triples('Each council grew from three to nine neighbourhoods.'), [
      [3, 'neighbourhoods', 'three to nine neighbourhoods'],
      [9, 'neighbourhoods', 'nine neighbourhoods'],
    ]);
    assert.deepEqual(triples('Each Majlis brings together between 11 and 15 residents.'), [
      [11, 'residents', '11 and 15 residents'],
      [15, 'residents', '15 residents'],
    ]);
    assert.deepEqual(
      triples('Only 6 of the 41 board members are women; four of the participants later joined.'),
      [
        [6, 'board members', '6 of the 41 board members'],
        [41, 'board members', '41 board members'],
        [4, 'participants', 'four of the participants'],
      ],
    );
    assert.deepEqual(triples('Of the 201 messages, 58 were suggestions.'), [
      [201, 'messages', '201 messages'],
      [58, 'suggestions', '58 were suggestions'],
    ]);
    assert.deepEqual(triples('женщины составляют лишь 9 из 57 членов комиссий'), [
      [9, 'членов', '9 из 57 членов'],
      [57, 'членов', '57 членов'],
    ]);
    assert.deepEqual(triples('сотко 2 гана кылмыш иши жөнөтүлгөн'), [[2, 'кылмыш', '2 гана кылмыш']]);
    // the one-word plurals a Spanish or French count names its group by, not a participle nor an English list
    assert.deepEqual(
      units('regresaron 9.400 niñas, niños y adolescentes retornados; 340 madres, padres y cuidadores.'),
      [
        [9400, 'niñas, niños y adolescentes'],
        [340, 'madres, padres y cuidadores'],
      ],
    );
    assert.deepEqual(units('un comité de 430 personnes, déplacées et résidentes.'), [[430, 'personnes']]);
  });

  it("reads a table's counts by its header, not by the next row's first cell", () => {
    assert.deepEqual(units('البلد\tعدد المشاركين\nالعراق\t٢٢\nكازاخستان\t٥\nالمجموع\t٤١'), [
      [22, 'مشاركين'],
      [5, 'مشاركين'],
      [41, 'مشاركين'],
    ]);
    assert.deepEqual(units('Country\tNumber of participants\nIraq\t22\nKazakhstan\t5'), [
      [22, 'participants'],
      [5, 'participants'],
    ]);
    // (columns summed in a total over rows without a heading are places: the row names what is counted)
    assert.deepEqual(
      units('\tEráti\tMemba\tTotal\nProtection incidents\t87\t54\t141\nof which GBV incidents\t31\t22\t53'),
      [
        [87, 'Protection incidents'],
        [54, 'Protection incidents'],
        [141, 'Protection incidents'],
        [31, 'GBV incidents'],
        [22, 'GBV incidents'],
        [53, 'GBV incidents'],
      ],
    );
    assert.deepEqual(units('It brought 24 practitioners, researchers and policy makers.'), [
      [24, 'practitioners'],
    ]);
  });

  it('counts "one" only beside another count, and a total after "out of" as what it totals', () => {
    assert.deepEqual(triples('The unit started with four field researchers and one data officer.'), [
      [4, 'field researchers', 'four field researchers'],
      [1, 'data officer', 'one data officer'],
    ]);
    assert.deepEqual(triples('One of them said one day that one meeting was enough.'), []);
    assert.deepEqual(
      triples('وإذ نشير إلى أن ٢٧ مشاركة من أصل ٣٢ تعرّضن لمضايقات').map(([v, u]) => [v, u]),
      [
        [27, 'مشاركة'],
        [32, 'مشاركة'],
      ],
    );
  });

  it('leaves out ages beside a name, and reads capitalised nouns unless a name goes on', () => {
    assert.deepEqual(triples('سلمى الحوراني، ٣٨ عاماً، محامية من إربد'), []);
    assert.deepEqual(triples('Amina Diallo, 34 years old, paralegal in Mopti'), []);
    assert.deepEqual(triples('The clinic treated a girl two years old and 14 children under five.'), [
      [14, 'children', '14 children'],
    ]);
    assert.deepEqual(triples('The campaign reached 30 Yemeni women and 31 Juntas.'), [
      [30, 'Yemeni women', '30 Yemeni women'],
      [31, 'Juntas', '31 Juntas'],
    ]);
    assert.deepEqual(triples('We joined the 16 Days of Activism.'), []);
    assert.deepEqual(triples('dijo Marleny Caal Chub, de 19 años, originaria de San Pedro Carchá'), []);
  });

  it('reads a number in a table under a header that is no noun by the nearest cell in words before it', () => {
    const table =
      'Result area\tIndicator\tTarget 2023\tAchieved 2023\nProtection\tSafe houses operating\t3\t4\n' +
      'Legal aid\tLabour cases filed\t60\t48';
    assert.deepEqual(
      triples(table).map(([value, unit]) => [value, unit]),
      [
        [3, 'Safe houses operating'],
        [4, 'Safe houses operating'],
        [60, 'Labour cases filed'],
        [48, 'Labour cases filed'],
      ],
    );
  });

  it('reads numbers alone in table cells by their column header or row, and over a wrapped line', () => {
    const table = 'Indicador\t2022\t2023\nMulheres atendidas\t1 840\t2 315\nGrupos de poupança\t18\t26';
    assert.deepEqual(
      findFigures(table).map((f) => [f.value, f.unit]),
      [
        [1840, 'Mulheres atendidas'],
        [2315, 'Mulheres atendidas'],
        [18, 'Grupos de poupança'],
        [26, 'Grupos de poupança'],
      ],
    );
    assert.deepEqual(
      findFigures('Estrategia\tOrganizaciones\nEstrategia 2: Normas\t9').map((f) => [f.value, f.unit]),
      [[9, 'organizaciones']],
    );
    assert.deepEqual(triples('des jeunes venus de 11\nrégions du pays'), [[11, 'régions', '11 régions']]);
    assert.deepEqual(triples('Total: 45\nParticipants said the meeting helped.'), []);
  });

  it('leaves out page numbers and days of a month without a year, and reads Arabic percents', () => {
    assert.deepEqual(triples('« Anteriores   1  2  3 ... 12   Siguientes »'), []);
    assert.deepEqual(triples('عقدت الجمعية يوم ١٥ كانون الثاني جلسة حوار'), []);
    assert.deepEqual(triples('١٢ رمضان ١٤٤٥ هـ الموافق ٢٢ آذار ٢٠٢٤ م'), []);
    assert.deepEqual(
      triples('إن ٤٥٪ من المشاركات').map(([v, u]) => [v, u]),
      [[45, '%']],
    );
    assert.deepEqual(
      triples('За два тижні громада зібрала 3 тонни допомоги').map(([v, u]) => [v, u]),
      [
        [2, 'тижні'],
        [3, 'тонни'],
      ],
    );
    assert.deepEqual(triples('the groups raised MZN 2 400 000 and PEN 185.000'), [
      [2400000, 'MZN', 'MZN 2 400 000'],
      [185000, 'PEN', 'PEN 185.000'],
    ]);
    assert.deepEqual(
      triples('41 de esas familias recibieron títulos y 5 de los 8 módulos terminaron').map(([v, u]) => [
        v,
        u,
      ]),
      [
        [41, 'familias'],
        [5, 'módulos'],
        [8, 'módulos'],
      ],
    );
    assert.deepEqual(triples("les femmes n'occupent que 4 des 35 sièges"), [
      [4, 'sièges', '4 des 35 sièges'],
      [35, 'sièges', '35 sièges'],
    ]);
  });

  it('reads counts, shares and amounts in several languages', () => {
    assert.deepEqual(triples('The helpline answered 46 complaints and trained 12 youth volunteer groups.'), [
      [46, 'complaints', '46 complaints'],
      [12, 'youth volunteer groups', '12 youth volunteer groups'],
    ]);
    assert.deepEqual(triples('Le projet a soutenu 5 870 garçons et 1.284 femmes.'), [
      [5870, 'garçons', '5 870 garçons'],
      [1284, 'femmes', '1.284 femmes'],
    ]);
    assert.deepEqual(triples('Participaron 35 % de las mujeres y 40 lideresas.'), [
      [35, '%', '35 % de las mujeres'],
      [40, 'lideresas', '40 lideresas'],
    ]);
    assert.deepEqual(triples('Only 22% of respondents trust the police.'), [[22, '%', '22% of respondents']]);
    assert.deepEqual(triples('A grant of USD 20,000 and €1.5 million; up to 60 000 euros each.'), [
      [20000, 'USD', 'USD 20,000'],
      [1500000, 'EUR', '€1.5 million'],
      [60000, 'EUR', '60 000 euros'],
    ]);
    assert.deepEqual(triples('شاركت في التدريب ٣٢ مدافعة من ٥ دول.'), [
      [32, 'مدافعة', '٣٢ مدافعة'],
      [5, 'دول', '٥ دول'],
    ]);
    assert.deepEqual(triples('Twenty-four practitioners and three local stations took part.'), [
      [24, 'practitioners', 'Twenty-four practitioners'],
      [3, 'local stations', 'three local stations'],
    ]);
  });

  it('names amounts in a currency written as a word, by the country the text names where it is shared', () => {
    assert.deepEqual(triples("Au Tchad, l'AFDL a reversé 48 000 000 FCFA."), [
      [48000000, 'XAF', '48 000 000 FCFA'],
    ]);
    // a magnitude and its partitive before the currency or the noun
    assert.deepEqual(
      units("Au Togo, l'opération a coûté 18 millions de FCFA pour 6 millions de personnes."),
      [
        [18000000, 'XOF'],
        [6000000, 'personnes'],
      ],
    );
    assert.deepEqual(units('في السودان تبلغ تكلفة الحقيبة الواحدة نحو 18,000 جنيه سوداني.'), [
      [18000, 'SDG'],
    ]);
    assert.deepEqual(triples('Au Sénégal, les groupes ont épargné 20 000 francs CFA.'), [
      [20000, 'XOF', '20 000 francs CFA'],
    ]);
    assert.deepEqual(triples("L'épargne atteint 41 500 000 ariary. Elle a versé 350 000 gourdes."), [
      [41500000, 'MGA', '41 500 000 ariary'],
      [350000, 'HTG', '350 000 gourdes'],
    ]);
    assert.deepEqual(triples('O fundo destinou R$ 85.000 e AOA 45 milhões; 1 150 000 грн; 184 000 сомони.'), [
      [85000, 'BRL', 'R$ 85.000'],
      [45000000, 'AOA', 'AOA 45 milhões'],
      [1150000, 'UAH', '1 150 000 грн'],
      [184000, 'TJS', '184 000 сомони'],
    ]);
    assert.deepEqual(units('La Municipalidad aportará ₡4.500.000; el fondo, ₦2,000,000 y ₵15,000.'), [
      [4500000, 'CRC'],
      [2000000, 'NGN'],
      [15000, 'GHS'],
    ]);
    assert.deepEqual(units('وأن ٤٠ في المائة من الأسر النازحة ترأسها نساء'), [[40, '%']]);
    assert.deepEqual(units('хокимият выделил 186 000 000 сумов, примэрия – 250 000 леев'), [
      [186000000, 'UZS'],
      [250000, 'MDL'],
    ]);
    assert.deepEqual(units('община выделила 1 200 000 драмов, а на карту перевели 8 450 злотых'), [
      [1200000, 'AMD'],
      [8450, 'PLN'],
    ]);
    assert.deepEqual(units('no menos de S/ 120 000 para la Instancia'), [[120000, 'PEN']]);
    assert.deepEqual(units('25 000 FDJ par mois et 40 000 FBu par famille'), [
      [25000, 'DJF'],
      [40000, 'BIF'],
    ]);
    // a post's count of comments among its details is none; comments a consultation received are
    assert.deepEqual(units('Publicado por Comunicación · nov 10, 2025 · Incidencia · 2 comentarios'), []);
    assert.deepEqual(units('The draft law received 58 comments from citizens.'), [[58, 'comments']]);
    assert.deepEqual(triples('بلغ الإنفاق في العراق ٤٨٬٥٠٠٬٠٠٠ دينار عراقي (نحو ٣٧ ألف دولار أمريكي).'), [
      [48500000, 'IQD', '٤٨٬٥٠٠٬٠٠٠ دينار'],
      [37000, 'USD', '٣٧ ألف دولار'],
    ]);
    assert.deepEqual(triples('In Uganda the group saved 30,000 shillings; elsewhere 500 francs.'), [
      [30000, 'UGX', '30,000 shillings'],
      [500, 'francs', '500 francs'],
    ]);
  });

  it('takes the word after the number in Cyrillic and Arabic', () => {
    assert.deepEqual(triples('В 2022 году 1 250 женщин получили помощь.'), [
      [1250, 'женщин', '1 250 женщин'],
    ]);
    assert.deepEqual(triples('У 2023 році 300 волонтерів допомагали.'), [
      [300, 'волонтерів', '300 волонтерів'],
    ]);
    assert.deepEqual(triples('2023-жылы 64 жаш катышты.'), [[64, 'жаш', '64 жаш']]);
    assert.deepEqual(triples('تلقت 340 امرأة الدعم في عام 2020'), [[340, 'امرأة', '340 امرأة']]);
  });

  it('labels a count with the heading it stands under', () => {
    const text = [
      'Strategy 1: Implementation and enforcement of laws',
      '',
      '6 organisations',
      '',
      'Strategy 2: Norms and values',
      '',
      '0 organisations',
      '',
      'Strategy 3: Safe environments – 2 organisations',
    ].join('\n');
    assert.deepEqual(triples(text), [
      [6, 'organisations', 'Strategy 1: Implementation and enforcement of laws'],
      [0, 'organisations', 'Strategy 2: Norms and values'],
      [2, 'organisations', 'Strategy 3: Safe environments'],
    ]);
  });

  it('skips years, dates, phones, codes, list numbers and numbers in links', () => {
    const text = [
      'Resolution 1325 and SDG 5 guide the plan; COVID-19 slowed the 2020 budget.',
      'On 12.03.2024 and on 2 October 2023 the office (tel. +996 555 123 456) was closed.',
      '1. Register the 16 Days of Activism.',
      '- 3 https://example.org/report-2020?page=12',
      'In 2019 the villages 2020 crop 4000x3000 photo 88213 web.',
      'Four of the seven now have a manual.',
    ].join('\n');
    assert.deepEqual(findFigures(text), []);
  });
});

describe('figures in a long text', () => {
  it('skips numbers inside dates, links and phone numbers wherever they stand', () => {
    const block =
      'On 12 March 2023 we trained 40 mediators (see example.org/report-12) and called +996 555 123 456. ';
    const found = findFigures(block.repeat(300));
    assert.equal(found.length, 300);
    assert.ok(found.every((f) => f.value === 40 && f.unit === 'mediators'));
  });

  it('reads a count with the "and" Arabic writes onto it, a determiner before its noun, and more currency words', () => {
    const figures = (text: string) => findFigures(text).map((f) => [f.value, f.unit]);
    assert.deepEqual(figures('بينهم 11 امرأة و7 قاصرين.'), [
      [11, 'امرأة'],
      [7, 'قاصرين'],
    ]);
    assert.deepEqual(figures('нам известно о 5 таких случаях.'), [[5, 'случаях']]);
    assert.deepEqual(figures('a cidade acolhe cerca de 38 mil deslocados internos.'), [
      [38000, 'deslocados'],
    ]);
    assert.deepEqual(figures('Материалы стоили 18 500 доларів.'), [[18500, 'USD']]);
    assert.deepEqual(figures('بلغت قيمة المواد 18,500 مارك بوسني.'), [[18500, 'BAM']]);
    assert.deepEqual(figures('В Сербии аренда стоит 3000 динаров.'), [[3000, 'RSD']]);
    assert.deepEqual(figures('Допомога становить 1 350 ларі на родину.'), [[1350, 'GEL']]);
    // (a year after a month with the "and" written onto it is no count)
    assert.deepEqual(figures('جمع الفريق بين كانون الثاني وأيلول 2025 ما مجموعه 212 شهادة.'), [
      [212, 'شهادة'],
    ]);
  });

  it('reads sums in a table column whose header names their currency', () => {
    const table = 'Fonte\tValor (R$)\nFundação Ipê Amarelo\t150.000,00\nDoações individuais\t82.480,00';
    assert.deepEqual(
      findFigures(table).map((f) => [f.value, f.unit, f.label]),
      [
        [150000, 'BRL', 'Fundação Ipê Amarelo'],
        [82480, 'BRL', 'Doações individuais'],
      ],
    );
  });
});
