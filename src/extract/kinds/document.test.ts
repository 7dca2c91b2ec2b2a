import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Author } from './authors.js';
import { readDocument } from './document.js';

describe('readDocument', () => {
  it('takes a title wrapped over lines without the subtitle under it', () => {
    const text =
      'Умови проживання внутрішньо переміщених\nосіб у місцях компактного проживання\nДніпропетровської області\n' +
      'Звіт за результатами моніторингу\n\nДніпро, 28 листопада 2023 р.\n\nУ серпні група відвідала 42 місця.';
    const parts = readDocument(text);
    assert.equal(
      parts.title,
      'Умови проживання внутрішньо переміщених осіб у місцях компактного проживання Дніпропетровської області',
    );
    assert.equal(parts.date, '2023-11-28');
  });

  it("takes a press release's headline, not its note that it may go out at once", () => {
    for (const [label, note] of [
      ['COMUNICADO DE PRENSA', 'Para difusión inmediata'],
      ['PRESS RELEASE', 'FOR IMMEDIATE RELEASE'],
      ['ПРЕСС-РЕЛИЗ', 'Дароо жарыялоо үчүн'],
    ]) {
      const text = `${label}\n\n${note}\n\nMujeres del Cauca entregan 1.240 firmas a la Gobernación\n\nPOPAYÁN, 12 de marzo de 2025 – La red entregó las firmas.`;
      assert.equal(
        readDocument(text).title,
        'Mujeres del Cauca entregan 1.240 firmas a la Gobernación',
        note,
      );
    }
  });

  it('takes the title under a letterhead, not the letterhead', () => {
    const wide =
      'ОО «Водии Сулҳ»                                    Для внутреннего пользования\n\n' +
      'Мониторинговая записка: общинная медиация в Согдийской области\n\nХуджанд, 12 июля 2024 г.';
    assert.equal(readDocument(wide).title, 'Мониторинговая записка: общинная медиация в Согдийской области');
    const ruled =
      'منظمة سنابل الموصل للتنمية والسلام\nSanabel Mosul Organization for Development and Peace\nــــــــــــــــــــــــــــ\n\n' +
      'تقرير الأنشطة للربع الأول من عام ٢٠٢٤\n\nالموصل في ١٠/٤/٢٠٢٤';
    assert.equal(readDocument(ruled).title, 'تقرير الأنشطة للربع الأول من عام ٢٠٢٤');
    const masthead =
      "GAMBELLA WOMEN'S PEACE AND DEVELOPMENT ASSOCIATION (GWPDA)\nPOLICY BRIEF · JUNE 2024\n\n" +
      'Sharing the Land: Refugee-Host Relations in Gambella Region\n\nGambella, 5 June 2024';
    assert.equal(readDocument(masthead).title, 'Sharing the Land: Refugee-Host Relations in Gambella Region');
    const series =
      'مركز شط العرب للدراسات والسلم المجتمعي\nسلسلة أوراق السياسات – العدد 9\n\n' +
      'ورقة سياسات: شحّ المياه والنزاعات العشائرية في شمال البصرة\n\nتموز 2024';
    assert.equal(readDocument(series).title, 'ورقة سياسات: شحّ المياه والنزاعات العشائرية في شمال البصرة');
  });

  it('takes the title naming the document under a letterhead of separate lines, not a section called "Summary"', () => {
    const sitrep = [
      "Solidarité des Femmes de l'Ituri pour la Paix (SOFIP)",
      'Bunia, province de l’Ituri, République démocratique du Congo',
      'Rapport de situation n° 9 – Déplacements et protection des femmes dans le territoire de Djugu',
      'Date de publication : 05.11.2024',
    ].join('\n\n');
    assert.equal(
      readDocument(sitrep).title,
      'Rapport de situation n° 9 – Déplacements et protection des femmes dans le territoire de Djugu',
    );
    const brief =
      'Listening Before Mediating\n\nPolicy brief | Jos, 14 November 2023\n\nSummary\n\nWomen mediate.';
    assert.equal(readDocument(brief).title, 'Listening Before Mediating');
  });

  it("reads a letter's own name under its head, and who signed it after the closing", () => {
    const text = [
      'Громадська організація «Рівні можливості Запоріжжя»',
      'e-mail: office@rivni-zp.org.ua · https://rivni-zp.org.ua',
      'Вих. № 47/05 від 14.05.2024',
      'Начальнику Запорізької обласної військової адміністрації',
      'Копія: Міністерству соціальної політики України',
      'Відкритий лист щодо евакуації людей з інвалідністю у прифронтових громадах',
      'Шановний пане Начальнику!',
      'Звертаємося до Вас разом з партнерськими організаціями.',
      'З повагою,',
      'Голова правління ГО «Рівні можливості Запоріжжя» Світлана Олійник',
    ].join('\n\n');
    const parts = readDocument(text);
    assert.equal(parts.title, 'Відкритий лист щодо евакуації людей з інвалідністю у прифронтових громадах');
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [['Світлана Олійник', 'Рівні можливості Запоріжжя']],
    );
    // (a section that speaks of the document is none of its names)
    const note =
      "Three years after the Al Haouz earthquake: women's voices in reconstruction\n\nAuthors: Hanane Ait Oubella\n\nWhy this note\n\nOn 8 September 2023 an earthquake struck the High Atlas.";
    assert.equal(
      readDocument(note).title,
      "Three years after the Al Haouz earthquake: women's voices in reconstruction",
    );
  });

  it('reads the people named alone on the line under the title as its authors, not an organisation so named', () => {
    const brief = [
      'Leaving Home to Stay Alive: Extortion-Driven Displacement in Choloma',
      'Dunia Marisol Paz Reyes and Elvin Josué Mejía Alvarado, CAFADES',
      'KEY MESSAGES',
      'Extortion is now the first cause of forced displacement among the families we assist.',
    ].join('\n\n');
    assert.deepEqual(
      (readDocument(brief).details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [
        ['Dunia Marisol Paz Reyes', 'CAFADES'],
        ['Elvin Josué Mejía Alvarado', 'CAFADES'],
      ],
    );
    const report =
      'Relatório Anual 2023\n\nAssociação Kuvumbana – Mulheres pela Paz em Cabo Delgado\n\nEm 2023 apoiámos 40 mulheres.';
    assert.equal(readDocument(report).details.authors, undefined);
  });

  it("reads a title under a letterhead and its town, a position before the bracketed organisation, a cover's title field", () => {
    const text = [
      'CENTRO DE ACOMPAÑAMIENTO PSICOSOCIAL TINKUY (CAPT)',
      'Huamanga, Ayacucho – Perú',
      'Sistematización de la experiencia: acompañamiento psicosocial a familiares de personas desaparecidas',
      'Elaborado por: Rosa Luz Huamán Quispe, coordinadora del proyecto (CAPT), y Percy Alejandro Cárdenas Ochatoma, psicólogo comunitario (CAPT)',
      'Este documento sistematiza la experiencia del centro entre enero de 2024 y junio de 2026.',
    ].join('\n\n');
    const parts = readDocument(text);
    assert.equal(
      parts.title,
      'Sistematización de la experiencia: acompañamiento psicosocial a familiares de personas desaparecidas',
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.position, a.organisation]),
      [
        ['Rosa Luz Huamán Quispe', 'coordinadora del proyecto', 'CAPT'],
        ['Percy Alejandro Cárdenas Ochatoma', 'psicólogo comunitario', 'CAPT'],
      ],
    );
    const cover = [
      "Rapport d'évaluation externe",
      'Titre du document\tÉvaluation à mi-parcours du projet « Femmes des deux rives »\nDate\tseptembre 2025',
      'Le réseau a demandé cette évaluation à mi-parcours.',
    ].join('\n\n');
    assert.equal(readDocument(cover).title, 'Évaluation à mi-parcours du projet « Femmes des deux rives »');
  });

  it('reads credits under a label: a title before the name, an "e" inside an organisation, a line cut inside one', () => {
    const text = [
      'Corredores de transumância e conflitos de terra no Leste da Guiné-Bissau',
      'Autoras\nDra. Aissatu Baldé Djaló, investigadora, Observatório da Terra e Paz (OTP)\nSra. Domingas Mendes Có, coordenadora de programas, Associação das Mulheres Rurais de\nBafatá (AMURBA)',
      'Os corredores de transumância atravessam 14 tabancas do sector de Bafatá.',
    ].join('\n\n');
    assert.deepEqual(
      (readDocument(text).details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [
        ['Aissatu Baldé Djaló', 'Observatório da Terra e Paz'],
        ['Domingas Mendes Có', 'Associação das Mulheres Rurais de Bafatá'],
      ],
    );
  });

  it('reads a byline of two people joined by "e" ("Por A e B · …")', () => {
    const text =
      'Caju, terra e paz: o que aprendemos com a mediação comunitária\n\nPor Aissatu Djaló Baldé e Nelson Mendes Có · 03/06/2026\n\nTodos os anos a campanha do caju traz conflitos.';
    assert.deepEqual(
      (readDocument(text).details.authors as Author[]).map((a) => a.name),
      ['Aissatu Djaló Baldé', 'Nelson Mendes Có'],
    );
  });

  it("reads a blog post's author from its head, over the day or before it on one line, not a title before a year", () => {
    const body = 'Desde enero hemos acompañado a 312 personas retornadas en Conakry, Kankan y Mamou.';
    const listed = [
      'Volver sin rendirse: 312 personas retornadas reconstruyen su vida en Guinea',
      '• Nerea Quintana Betancor\n• 18 noviembre, 2026\n• Retorno y reintegración\n• Sin comentarios',
      body,
    ].join('\n\n');
    const oneLine = [
      'Natalina do Rosário Pinto 14 ago. 2026 Monitorização, Violência doméstica',
      'Violência doméstica nos tribunais: o que vimos em seis meses de monitorização',
      body,
    ].join('\n\n');
    for (const [text, name] of [
      [listed, 'Nerea Quintana Betancor'],
      [oneLine, 'Natalina do Rosário Pinto'],
    ] as const)
      assert.deepEqual(readDocument(text).details.authors, [
        { role: 'by', name, position: null, organisation: null },
      ]);
    for (const head of ['Annual Report 2023', 'Publicado el 3 de marzo de 2026'])
      assert.equal(readDocument(`${head}\n\n${body}`).details.authors, undefined, head);
  });

  it('reads authors credited with semicolons over a wrapped line, and in Arabic', () => {
    const wrapped = readDocument(
      'Звіт\n\nАвторки звіту: Ірина Бондаренко-Лисенко, координаторка моніторингу; Оксана Мельничук,\n' +
        'юристка – ГО «Світанок громад»',
    );
    assert.deepEqual(
      (wrapped.details.authors as Author[]).map((a) => [a.name, a.position, a.organisation]),
      [
        ['Ірина Бондаренко-Лисенко', 'координаторка моніторингу', 'ГО «Світанок громад»'],
        ['Оксана Мельничук', 'юристка', 'ГО «Світанок громад»'],
      ],
    );
    const arabic = readDocument(
      'تقرير\n\nإعداد: سرى فاضل النعيمي، مسؤولة المتابعة والتقييم – منظمة سنابل الموصل للتنمية والسلام',
    );
    assert.deepEqual(
      (arabic.details.authors as Author[]).map((a) => [a.name, a.position, a.organisation]),
      [['سرى فاضل النعيمي', 'مسؤولة المتابعة والتقييم', 'منظمة سنابل الموصل للتنمية والسلام']],
    );
    // two names joined by the "and" written onto the second, after a title
    const two = readDocument('ورقة سياسات\n\nإعداد: د. زينب عبد الكريم الموسوي وحيدر جاسم العيداني');
    assert.deepEqual(
      (two.details.authors as Author[]).map((a) => a.name),
      ['زينب عبد الكريم الموسوي', 'حيدر جاسم العيداني'],
    );
  });

  it('takes the title under a label saying what the document is, and authors listed with one organisation', () => {
    const parts = readDocument(
      'АНАЛІТИЧНА ЗАПИСКА\n\nБезпека жінок у прифронтових громадах Харківщини\n\nХарків, 14 травня 2024 р.\n\n' +
        'Автори: Олена Кравченко, Дмитро Шевчук (БФ «Опора громад»)',
    );
    assert.equal(parts.title, 'Безпека жінок у прифронтових громадах Харківщини');
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [
        ['Олена Кравченко', 'БФ «Опора громад»'],
        ['Дмитро Шевчук', 'БФ «Опора громад»'],
      ],
    );
  });

  it('reads the author of a byline, not a sentence opening with "By"', () => {
    const parts = readDocument(
      'Why village peace committees need women\n\nBy Ratna Dewi Lamadjido | 3 April 2024\n\nBy 2025 the network aims to double.',
    );
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => a.name),
      ['Ratna Dewi Lamadjido'],
    );
    assert.equal(parts.date, '2024-04-03');
  });

  it('takes the title naming the report under a letterhead in capitals, and authors credited in Portuguese', () => {
    const parts = readDocument(
      'ASSOCIAÇÃO MULHERES DO LAVRADO – AML\nAcolhida e proteção de mulheres migrantes em Roraima\n\n' +
        'Relatório Anual de Atividades 2023\n\nBoa Vista, 22 de março de 2024\n' +
        'Elaboração: Ana Paula Figueiredo Lima e Jorge Luis Rondón Pérez',
    );
    assert.equal(parts.title, 'Relatório Anual de Atividades 2023');
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => a.name),
      ['Ana Paula Figueiredo Lima', 'Jorge Luis Rondón Pérez'],
    );
  });

  it('takes a name over its town and country for a letterhead, not the title', () => {
    const parts = readDocument(
      'منظمة شراع للسلام والتنمية\nدرنة – ليبيا\n\nملخص التقرير السنوي لأنشطة المنظمة لعام 2024\n\nدرنة، 20 فبراير 2025\n\nتقديم\n\nبعد مرور أكثر من عام على الفيضان.',
    );
    assert.equal(parts.title, 'ملخص التقرير السنوي لأنشطة المنظمة لعام 2024');
  });

  it('reads the byline under a title: each author with the organisation in brackets', () => {
    const parts = readDocument(
      'CHALBI PEACE AND DEVELOPMENT INITIATIVE (CPDI) · CONFLICT ANALYSIS BRIEF\n\nWater, Pasture and Ballots: A Conflict Analysis of Marsabit County\n\nGalgalo Guyo Wario (CPDI) and Dr. Amina Halake Boru (Horn Drylands Research Collective)\n\nMarsabit, 18 March 2025\n\nSummary\n\nMarsabit County has seen repeated cycles of violence.',
    );
    assert.equal(parts.title, 'Water, Pasture and Ballots: A Conflict Analysis of Marsabit County');
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [
        ['Galgalo Guyo Wario', 'CPDI'],
        ['Amina Halake Boru', 'Horn Drylands Research Collective'],
      ],
    );
  });

  it('takes a title drawn between rules, and a second credit set under the first', () => {
    const text = [
      "Marneuli Women's Dialogue Centre (MWDC)\nMarneuli, Georgia | info@mwdc.ge | www.mwdc.ge",
      '=========================\nInterim Progress Report No. 2 – Shared Voices\nin Local Decision-Making\n=========================',
      'Donor:              Black Sea Civic Trust\nPrepared by:        Leyla Mammadova, Project Coordinator, MWDC\n                    Tamar Beridze, Monitoring and Evaluation Officer, MWDC',
      '1. SUMMARY',
      'In the second reporting period 97 women completed the course.',
    ].join('\n\n');
    const parts = readDocument(text);
    assert.equal(parts.title, 'Interim Progress Report No. 2 – Shared Voices in Local Decision-Making');
    assert.deepEqual(
      (parts.details.authors as Author[]).map((a) => [a.name, a.organisation]),
      [
        ['Leyla Mammadova', 'MWDC'],
        ['Tamar Beridze', 'MWDC'],
      ],
    );
  });
});
