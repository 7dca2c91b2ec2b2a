import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { tablesAsTabs } from '../../ingest/documents/tables.js';
import { detectKind } from './detect.js';
import { readSelfReport, type Stakeholder } from './selfReport.js';

const formats = new URL('../../../../shared/formats/', import.meta.url);
const read = (name: string) => readSelfReport(readFileSync(new URL(name, formats), 'utf8'));

describe('readSelfReport', () => {
  it('reads the stakeholder block, sections, commitment tables and keywords of a self-report', () => {
    const parts = read('self-report-qamariya-yemen.txt');
    const stakeholder = parts.details.stakeholder as Stakeholder;
    assert.equal(stakeholder.organisation, 'Qamariya Foundation for Peace and Development');
    assert.equal(stakeholder.type, 'NGO - National');
    assert.deepEqual([stakeholder.city, stakeholder.countryCode], ['Aden', 'YE']);
    assert.equal(stakeholder.contact, 'partnerships@qamariya-yemen.org');
    assert.equal(stakeholder.handle, '@QamariyaYE');
    assert.equal(stakeholder.region, 'Middle East');
    assert.deepEqual(
      parts.sections.map((s) => s.code),
      ['1D', '2D', '3A', '3D', '3F', '4B', '5A'],
    );
    assert.deepEqual(
      parts.sections.map((s) => s.commitments.length),
      [2, 3, 3, 4, 1, 2, 2],
    );
    const women = parts.sections[3];
    assert.equal(women?.title, 'Empower and protect women and girls');
    assert.deepEqual(women?.keywords, ['Gender', 'Protection', 'Local action']);
    assert.deepEqual(women?.commitments[0], {
      text: 'Qamariya Foundation commits to increasing the participation of Yemeni women in local peace and recovery decisions and to improving their access to protection services.',
      type: 'Capacity',
      coreResponsibility: 'Leave No One Behind',
      scope: 'individual',
    });
    assert.deepEqual(
      women?.commitments.slice(1).map((c) => [c.type, c.scope]),
      [
        [null, 'core'],
        [null, 'core'],
        [null, 'core'],
      ],
    );
    // the narrative is the reporter's words: not the form's question, not the keywords
    assert.match(women?.text ?? '', /^Women in local mediation\n\nThe \*\*Wasita\*\* programme/);
    assert.doesNotMatch(women?.text ?? '', /Highlight concrete actions|Keywords/);
    assert.deepEqual(parts.details.period, { start: '2020-01-01', end: '2020-12-31' });
    assert.equal(parts.date, '2021');
    assert.deepEqual(parts.frameworks[0], {
      framework: 'whs',
      code: '1D',
      title: 'Develop solutions with and for people',
    });
  });

  it('reads a stakeholder block copied as a two-column table, in Spanish', () => {
    const text = [
      'Autoevaluación individual 2023 sobre los compromisos de la Cumbre Humanitaria Mundial',
      'Información de la parte interesada',
      'Nombre de la organización\tAsociación Warmi Ñan\nTipo de organización\tONG - Nacional\nCiudad y país de la sede\tAyacucho, Perú\nNombre de la persona de contacto\tRosa Elena Huamán Quispe\nCuenta de Twitter\t@WarmiNanPeru',
      '3D Empoderar y proteger a mujeres y niñas',
      'Compromiso\tTipo de compromiso\tResponsabilidad básica\nWarmi Ñan se compromete a formar lideresas.\tOperacional\tInvertir en la humanidad',
    ].join('\n\n');
    const stakeholder = readSelfReport(text).details.stakeholder as Stakeholder;
    assert.deepEqual(
      [
        stakeholder.organisation,
        stakeholder.type,
        stakeholder.city,
        stakeholder.countryCode,
        stakeholder.contact,
        stakeholder.handle,
      ],
      [
        'Asociación Warmi Ñan',
        'ONG - Nacional',
        'Ayacucho',
        'PE',
        'Rosa Elena Huamán Quispe',
        '@WarmiNanPeru',
      ],
    );
  });

  it('reads a Ukrainian self-report: its labels, commitment scopes, core responsibility and keywords', () => {
    const text = [
      'Індивідуальний самозвіт 2025',
      'Назва організації\tГромадська організація «Південний берег надії» (ПБН)\nТип організації\tНУО - національна\nРегіон\tЄвропа',
      '4B Передбачати кризи, а не чекати на них',
      'Індивідуальні зобов’язання',
      '№\tЗобов’язання\tТип зобов’язання\tОсновна відповідальність\n1\tПБН зобов’язується створити мережу.\tОпераційне\tНікого не залишити осторонь',
      'У 2024 році мережа об’єднала 42 волонтерки.',
      'Ключові слова: Раннє попередження, Евакуація',
    ].join('\n\n');
    const parts = readSelfReport(text);
    const stakeholder = parts.details.stakeholder as Stakeholder;
    assert.deepEqual(
      [stakeholder.organisation, stakeholder.type, stakeholder.region],
      ['Громадська організація «Південний берег надії» (ПБН)', 'НУО - національна', 'Європа'],
    );
    const [section] = parts.sections;
    assert.deepEqual(section?.keywords, ['Раннє попередження', 'Евакуація']);
    assert.deepEqual(
      section?.commitments.map((c) => [c.scope, c.type, c.coreResponsibility]),
      [['individual', 'Операційне', 'Нікого не залишити осторонь']],
    );
  });

  it('reads a labelled reporting period in any date style, and an organisation labelled by one word', () => {
    const text = [
      'Individual Self-Reflection 2023',
      'Organisation\tBorno Women Peace Initiative (BOWPI)\nReporting period\t01.01.2022 – 31.12.2022',
      '1B - Act early',
      'Commitment\tCommitment type\nBOWPI commits to train mediators.\tOperational',
      'In 2022 we trained 40 mediators.',
      '3D - Empower and protect women and girls',
      'Commitment\tCommitment type\nBOWPI commits to open safe spaces.\tOperational',
    ].join('\n\n');
    const parts = readSelfReport(text);
    assert.deepEqual(parts.details.period, { start: '2022-01-01', end: '2022-12-31' });
    // labels listed with bullets
    const listed = readSelfReport(
      [
        'Autoevaluación individual 2024',
        '• Región: América Latina y el Caribe\n• Período del informe: 1 de enero – 31 de diciembre de 2023',
        '1D · Desarrollar soluciones con y para las personas',
        'Compromiso\tTipo de compromiso\nAMUFRONH se compromete a consultar.\tOperativo',
      ].join('\n\n'),
    );
    assert.equal((listed.details.stakeholder as Stakeholder).region, 'América Latina y el Caribe');
    assert.deepEqual(listed.details.period, { start: '2023-01-01', end: '2023-12-31' });
    assert.equal(
      (parts.details.stakeholder as Stakeholder).organisation,
      'Borno Women Peace Initiative (BOWPI)',
    );
  });

  it('reads a table without a type column and without a heading, under the individual ones, as core commitments', () => {
    const text = [
      'Індивідуальний самозвіт 2025',
      'Назва організації: ГО «Відкриті двері Буковини»',
      '2D Вжити конкретних кроків для покращення дотримання норм і підзвітності',
      'Індивідуальні зобов’язання',
      'Зобов’язання\tТип зобов’язання\tОсновна відповідальність\nГО зобов’язується документувати свідчення переміщених осіб про порушення.\tАдвокаційне\tДотримуватися норм, що захищають людяність',
      'Підтримувати незалежне документування порушень міжнародного гуманітарного права.\tДотримуватися норм, що захищають людяність',
      'У 2024 році група провела 412 інтерв’ю.',
    ].join('\n\n');
    assert.deepEqual(
      readSelfReport(text).sections[0]?.commitments.map((c) => [c.scope, c.type]),
      [
        ['individual', 'Адвокаційне'],
        ['core', null],
      ],
    );
  });

  it('reads sections headed "Transformation 4B : …" or "3D · …" and a "personne référente"', () => {
    const text = [
      'Auto-évaluation individuelle 2022 sur les engagements du Sommet humanitaire mondial',
      'Informations sur la partie prenante',
      "Nom de l'organisation : Association des Femmes du Lac\nNom de la personne référente : Achta Mahamat Saleh",
      'Transformation 4B : Anticiper, ne pas attendre les crises',
      "Engagement\tType d'engagement\nL'association s'engage à former des observatrices.\tOpérationnel",
      'En 2021, nous avons installé 14 échelles limnimétriques.',
      '3D · Autonomiser et protéger les femmes et les filles',
      "Engagement\tType d'engagement\nL'association s'engage à ouvrir deux espaces sûrs.\tOpérationnel",
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title]),
      [
        ['4B', 'Anticiper, ne pas attendre les crises'],
        ['3D', 'Autonomiser et protéger les femmes et les filles'],
      ],
    );
    assert.equal((parts.details.stakeholder as Stakeholder).contact, 'Achta Mahamat Saleh');
    // (a form's section named by the word alone, "3A – transformation", over the code and title chosen)
    const form = [
      'Auto-évaluation individuelle 2027',
      "Nom de l'organisation : ONG Hadin Kai",
      '3A – transformation',
      'Code et titre de la transformation *\n3A Réduire et gérer les déplacements',
      "Engagement\tType d'engagement\nL'ONG s'engage à accompagner les déplacés.\tOpérationnel",
      'En 2026, nos 4 comités ont traité 138 différends.',
    ].join('\n\n');
    assert.deepEqual(
      readSelfReport(form).sections.map((s) => [s.code, s.title]),
      [['3A', 'Réduire et gérer les déplacements']],
    );
  });

  it('reads labels above their values without colons, a question right after a table, keywords under "Keywords"', () => {
    const text = [
      'Auto-évaluation individuelle 2022',
      "Nom de l'organisation\nCollectif des Femmes Rurales (COFRA)\n\nType d'organisation\nONG - Nationale",
      '1D Élaborer des solutions avec et pour les personnes',
      "Engagement\tType d'engagement\nLe COFRA s'engage à consulter les femmes.\tOpérationnel\n1. A. Présentez les actions concrètes menées entre le 1er janvier et le 31 décembre 2021 pour mettre en œuvre les engagements.",
      'Nous avons consulté 120 femmes.\nKeywords\nLocal action, Women',
    ].join('\n\n');
    const parts = readSelfReport(text);
    const stakeholder = parts.details.stakeholder as Stakeholder;
    assert.deepEqual(
      [stakeholder.organisation, stakeholder.type],
      ['Collectif des Femmes Rurales (COFRA)', 'ONG - Nationale'],
    );
    assert.equal(parts.sections[0]?.commitments.length, 1);
    assert.deepEqual(parts.sections[0]?.keywords, ['Local action', 'Women']);
    assert.deepEqual(parts.details.period, { start: '2021-01-01', end: '2021-12-31' });
  });

  it('reads a label or "Keywords" on the line right after a value or the narrative', () => {
    const text = [
      'Individual Self Reflection 2022 on World Humanitarian Summit Commitments',
      'Stakeholder Information',
      'Focal Point Name',
      'Odette Yakité-Ngaïkoura\nRegion',
      'Middle Africa',
      '5A Invest in local capacities',
      'Commitment\tCommitment Type\nWe commit to train local committees.\tCapacity',
      'The share of women in the committees rose to 27%, compared with 19% the year before.\nKeywords',
      'Localisation, Women',
    ].join('\n\n');
    const parts = readSelfReport(text);
    const stakeholder = parts.details.stakeholder as Stakeholder;
    assert.deepEqual([stakeholder.contact, stakeholder.region], ['Odette Yakité-Ngaïkoura', 'Middle Africa']);
    assert.deepEqual(parts.sections[0]?.keywords, ['Localisation', 'Women']);
  });

  it('joins the question a page break cut in two, keeping it out of the narrative', () => {
    const parts = read('self-report-semillas-colombia.txt');
    const local = parts.sections.find((s) => s.code === '4A');
    assert.match(local?.text ?? '', /^People-centered approaches/);
    assert.equal((parts.details.stakeholder as Stakeholder).contact, 'Luz Dary Ortega Pineda');
  });

  it('reads other wordings: inline labels, codes with stops, wrapped cells, no core table, inline keywords', () => {
    const text = [
      'Self Reflection 2023 on Commitments - Kivu Women Mediators Network',
      'Organization name: Kivu Women Mediators Network\nType of organization: NGO - Local\nHeadquarters: Goma, DR Congo\nContact: Espérance Bahati\nContact email: info@kivu-mediators.org\nSocial media: @KivuMediators',
      '2A. Respect and protect civilians',
      'Our commitments',
      'Commitment\tCore Responsibility\tCommitment Type\nThe Network commits to training\nwomen mediators in 12 villages.\tUphold the Norms that Safeguard Humanity\tCapacity',
      '2. A. Describe what was done from 1 January to 31 December 2022 to implement these commitments.',
      'We trained 48 mediators.',
      'Keywords: Protection; Local action',
    ].join('\r\n\r\n');
    const parts = readSelfReport(text);
    const stakeholder = parts.details.stakeholder as Stakeholder;
    assert.equal(stakeholder.organisation, 'Kivu Women Mediators Network');
    assert.deepEqual([stakeholder.city, stakeholder.countryCode], ['Goma', 'CD']);
    assert.equal(stakeholder.handle, '@KivuMediators');
    assert.equal(stakeholder.contact, 'Espérance Bahati');
    assert.deepEqual(parts.sections, [
      {
        code: '2A',
        title: 'Respect and protect civilians',
        text: 'We trained 48 mediators.',
        keywords: ['Protection', 'Local action'],
        commitments: [
          {
            text: 'The Network commits to training women mediators in 12 villages.',
            type: 'Capacity',
            coreResponsibility: 'Uphold the Norms that Safeguard Humanity',
            scope: 'our commitments',
          },
        ],
      },
    ]);
    assert.deepEqual(parts.details.period, { start: '2022-01-01', end: '2022-12-31' });
    assert.equal(parts.date, '2023');
  });

  it('reads a copy without blank lines: title under its capitals, sections, tables, the narrative after the question', () => {
    const text = [
      'INDIVIDUAL SELF REFLECTION 2022 ON WORLD HUMANITARIAN SUMMIT COMMITMENTS AND',
      'INITIATIVES',
      'Individual Self Reflection 2022 on World Humanitarian Summit Commitments and Initiatives - Bekaa',
      'Community Solidarity Association',
      'Stakeholder Information',
      'Organisational Type',
      'NGO - National',
      'City and Country where Headquartered',
      'Zahlé, Lebanon',
      '3A Reduce and address displacement',
      'Individual Commitments',
      'Commitment\tCommitment Type\tCore Responsibility',
      'BCSA commits to providing legal counselling.\tOperational\tLeave No One Behind',
      'Core Commitments',
      'Commitment\tCore Responsibility',
      'Commit to a new approach to addressing forced displacement.\tLeave No One Behind',
      '1. A. Highlight concrete actions taken between 1 January – 31 December 2021 to implement the commitments',
      'which contribute to achieving this transformation.',
      'In 2021 our legal team gave counselling to 3,412 people.',
      'Keywords',
      'Displacement, Legal',
      'aid',
    ].join('\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    assert.equal(
      parts.title,
      'Individual Self Reflection 2022 on World Humanitarian Summit Commitments and Initiatives - Bekaa Community Solidarity Association',
    );
    const stakeholder = parts.details.stakeholder as Stakeholder;
    assert.deepEqual(
      [stakeholder.type, stakeholder.city, stakeholder.countryCode],
      ['NGO - National', 'Zahlé', 'LB'],
    );
    const [section] = parts.sections;
    assert.equal(section?.text, 'In 2021 our legal team gave counselling to 3,412 people.');
    assert.deepEqual(section?.keywords, ['Displacement', 'Legal aid']);
    assert.deepEqual(
      section?.commitments.map((c) => [c.scope, c.type, c.coreResponsibility]),
      [
        ['individual', 'Operational', 'Leave No One Behind'],
        ['core', null, 'Leave No One Behind'],
      ],
    );
    assert.deepEqual(parts.details.period, { start: '2021-01-01', end: '2021-12-31' });
  });

  it('reads a Portuguese form: its labels, "Compromissos centrais", "Responsabilidade central", "entre … e …"', () => {
    const text = [
      'Autoavaliação individual 2024 sobre os compromissos da Cimeira Humanitária Mundial - Associação Ombembwa',
      'Nome da organização\tAssociação Ombembwa (AOPDC)\nTipo de organização\tONG - Nacional\nCidade e país da sede\tLubango, Angola\nNome do ponto focal\tEsperança Tchilombo Kalunga\nRegião\tÁfrica Austral',
      '3A Reduzir e dar resposta à deslocação',
      'Compromissos centrais',
      'Compromisso\tResponsabilidade central\nAdotar uma nova abordagem à deslocação forçada.\tNão deixar ninguém para trás',
      '1. A. Destaque as ações concretas realizadas entre 1 de janeiro e 31 de dezembro de 2023 para implementar os compromissos.',
      'Apoiámos 2.640 registos de nascimento.',
    ].join('\n\n');
    const parts = readSelfReport(text);
    const s = parts.details.stakeholder as Stakeholder;
    assert.deepEqual(
      [s.organisation, s.type, s.countryCode, s.contact, s.region],
      [
        'Associação Ombembwa (AOPDC)',
        'ONG - Nacional',
        'AO',
        'Esperança Tchilombo Kalunga',
        'África Austral',
      ],
    );
    assert.deepEqual(
      parts.sections[0]?.commitments.map((c) => [c.scope, c.coreResponsibility]),
      [['core', 'Não deixar ninguém para trás']],
    );
    assert.deepEqual(parts.details.period, { start: '2023-01-01', end: '2023-12-31' });
  });

  it('reads labels with dotted leaders, rules under the title and "Pregunta 1.A:"', () => {
    const text = [
      'Informe de autoevaluación 2024 – Red Fronteriza\n==========================',
      'Nombre de la organización ........ Red Fronteriza (REFAM)\nSede (ciudad y país) ............. Tapachula, México\n' +
        'Persona de enlace ................ Itzel Guadalupe Morales Cruz',
      '--------------------------',
      'Transformación 2A – Respetar y hacer respetar las normas',
      'Pregunta 1.A: ¿Qué acciones concretas realizó su organización entre el 1 de enero y el 31 de diciembre de 2023?',
      'Realizamos 48 visitas.',
    ].join('\n\n');
    const parts = readSelfReport(text);
    assert.equal(parts.title, 'Informe de autoevaluación 2024 – Red Fronteriza');
    const s = parts.details.stakeholder as Stakeholder;
    assert.deepEqual(
      [s.organisation, s.city, s.countryCode, s.contact],
      ['Red Fronteriza (REFAM)', 'Tapachula', 'MX', 'Itzel Guadalupe Morales Cruz'],
    );
    assert.deepEqual(parts.details.period, { start: '2023-01-01', end: '2023-12-31' });
    assert.equal(parts.sections[0]?.text, 'Realizamos 48 visitas.');
  });

  it('reads French labels "Dénomination", "Statut", "Personne-ressource" and the calendar year covered', () => {
    const text = [
      'Auto-évaluation individuelle 2023 – Association des Femmes Jigiya',
      'Les réponses portent sur l’année civile 2022.',
      'Dénomination de la structure',
      'Association des Femmes Jigiya (AFJPD)',
      'Statut',
      'ONG - Nationale',
      'Personne-ressource',
      'Oumou Kansaye Touré',
      '1B. Agir de manière précoce',
      'Nous avons formé 40 femmes.',
    ].join('\n\n');
    const parts = readSelfReport(text);
    const s = parts.details.stakeholder as Stakeholder;
    assert.deepEqual(
      [s.organisation, s.type, s.contact],
      ['Association des Femmes Jigiya (AFJPD)', 'ONG - Nationale', 'Oumou Kansaye Touré'],
    );
    assert.deepEqual(parts.details.period, { start: '2022-01-01', end: '2022-12-31' });
  });

  it('reads commitments listed with labelled types under a heading in capitals, in the Agenda’s wording', () => {
    const text = [
      'WHS Individual Self-Reflection 2024 – Bay and Bakool Women’s Peace Network',
      'Organisation name: Bay and Bakool Women’s Peace Network (BBWPN)',
      'TRANSFORMATION 5A: INVEST IN LOCAL CAPACITIES',
      'Individual commitments:\n1) BBWPN commits to passing 20% of its funding to local groups.\n' +
        '   Commitment type: Financing | Core responsibility: Invest in Humanity',
      'Core commitments:\n1) Commit to increase the share of funding that reaches local organisations.\n' +
        '   Core responsibility: Invest in Humanity',
      'In 2023 we passed USD 40,000 to 12 groups.',
    ].join('\n\n');
    const [section] = readSelfReport(text).sections;
    assert.equal(section?.title, 'Invest in local capacities');
    assert.deepEqual(
      section?.commitments.map((c) => [c.text, c.type, c.coreResponsibility, c.scope]),
      [
        [
          'BBWPN commits to passing 20% of its funding to local groups.',
          'Financing',
          'Invest in Humanity',
          'individual',
        ],
        [
          'Commit to increase the share of funding that reaches local organisations.',
          null,
          'Invest in Humanity',
          'core',
        ],
      ],
    );
  });

  it('reads a Word report: its organisation in capitals above the title, contents, numbered headings, where it was signed', () => {
    const text = [
      'RÉSEAU DES FEMMES DU SAHEL',
      'Auto-évaluation 2025 sur les engagements du Sommet humanitaire mondial – Réseau des Femmes du Sahel (REFES)',
      'Table des matières',
      '3.1 Transformation 3A – Réduire et gérer les déplacements 4',
      '3.2 Transformation 5A – Investir dans les capacités locales 6',
      '1. Présentation',
      "Nom de l'organisation\tRéseau des Femmes du Sahel (REFES)",
      '3.1 Transformation 3A – Réduire et gérer les déplacements',
      'N°\tEngagement\tType\n1\tLe REFES s’engage à faciliter la médiation.\tOpérationnel',
      'En 2024, 62 médiatrices ont traité 214 litiges.',
      '3.2 Transformation 5A – Investir dans les capacités locales',
      'Le réseau compte 27 associations membres.',
      'Fait à Kaya, le 28 février 2025',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    assert.equal(
      parts.title,
      'Auto-évaluation 2025 sur les engagements du Sommet humanitaire mondial – Réseau des Femmes du Sahel (REFES)',
    );
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title]),
      [
        ['3A', 'Réduire et gérer les déplacements'],
        ['5A', 'Investir dans les capacités locales'],
      ],
    );
    assert.equal(parts.date, '2025-02-28');
    const submitted = readSelfReport(
      text.replace('Fait à Kaya, le 28 février 2025', 'Дата представления:\t14.03.2025'),
    );
    assert.equal(submitted.date, '2025-03-14');
    assert.equal(readSelfReport(text.replace('Fait à Kaya, le 28 février 2025', '')).date, '2025');
  });

  it('reads an online form exported as questions and answers', () => {
    const qa = (q: string, a: string) => `Question: ${q}\nAnswer: ${a}`;
    const text = [
      'Individual Self-Report 2025 on World Humanitarian Summit Commitments – Naf River Women’s Forum (NRWF)',
      'Submitted on: 17/03/2025',
      '======================================',
      qa('Organisation Name', 'Naf River Women’s Forum (NRWF)'),
      qa('City and Country where Headquartered', 'Teknaf, Bangladesh'),
      qa('Region', 'Asia and the Pacific'),
      '--------------------------------------\nTransformation 1 of 1\n--------------------------------------',
      qa('Transformation', '3C End statelessness'),
      qa('Individual commitment 1 – text', 'NRWF commits to helping families obtain civil documents.'),
      qa('Individual commitment 1 – commitment type', 'Operational'),
      qa('Individual commitment 1 – core responsibility', 'Leave No One Behind'),
      qa('Core commitment 1 – text', 'Commit to end statelessness.'),
      qa('Core commitment 1 – core responsibility', 'Leave No One Behind'),
      qa(
        '1.A Highlight concrete actions taken between 1 January – 31 December 2024 to implement the commitments.',
        'In 2024 NRWF ran 11 birth-notification clinics.\n\nThe paralegals supported 732 families.',
      ),
      qa('Keywords (choose up to three)', 'Statelessness; Civil documentation; Advocacy'),
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    const stakeholder = parts.details.stakeholder as Stakeholder;
    assert.deepEqual(
      [stakeholder.organisation, stakeholder.city, stakeholder.countryCode],
      ['Naf River Women’s Forum (NRWF)', 'Teknaf', 'BD'],
    );
    assert.equal(parts.date, '2025-03-17');
    const [section] = parts.sections;
    assert.deepEqual(
      [section?.code, section?.title, section?.keywords],
      ['3C', 'End statelessness', ['Statelessness', 'Civil documentation', 'Advocacy']],
    );
    assert.deepEqual(
      section?.commitments.map((c) => [c.text, c.type, c.coreResponsibility, c.scope]),
      [
        [
          'NRWF commits to helping families obtain civil documents.',
          'Operational',
          'Leave No One Behind',
          'individual',
        ],
        ['Commit to end statelessness.', null, 'Leave No One Behind', 'core'],
      ],
    );
    assert.match(
      section?.text ?? '',
      /^In 2024 NRWF ran 11 birth-notification clinics\.\n\nThe paralegals supported 732 families\.$/u,
    );
  });

  it('reads a Russian PDF: commitments in blocks under their own heading, wrapped headings and keywords', () => {
    const text = [
      'Индивидуальный самоотчёт 2025 – Общественный фонд «Дом диалога – Ош» (ДДО)',
      'Отчётный период:\t1 января – 31 декабря 2024 г.',
      'Трансформация 3D · Расширять права и возможности женщин и\nдевочек и защищать их',
      'Индивидуальное обязательство № 1\nДДО обязуется оказывать юридическую помощь женщинам\nв городе Ош.\n' +
        'Тип обязательства: Оперативное\nКлючевая ответственность: Никого не оставить позади',
      'Основное обязательство № 1\nОбязаться предотвращать гендерное насилие.\n' +
        'Ключевая ответственность: Соблюдать нормы, защищающие\nчеловечество',
      'В 2024 году юристы ДДО консультировали 412 женщин из Оша и Ноокатского района.',
      'Ключевые слова: Гендер, Правовая помощь, Местные\nдействия',
      'г. Ош, 14 марта 2025 г.',
    ].join('\n\n');
    const parts = readSelfReport(text);
    assert.deepEqual(parts.details.period, { start: '2024-01-01', end: '2024-12-31' });
    const [section] = parts.sections;
    assert.equal(section?.title, 'Расширять права и возможности женщин и девочек и защищать их');
    assert.deepEqual(
      section?.commitments.map((c) => [c.text, c.type, c.coreResponsibility, c.scope]),
      [
        [
          'ДДО обязуется оказывать юридическую помощь женщинам в городе Ош.',
          'Оперативное',
          'Никого не оставить позади',
          'individual',
        ],
        [
          'Обязаться предотвращать гендерное насилие.',
          null,
          'Соблюдать нормы, защищающие человечество',
          'core',
        ],
      ],
    );
    assert.deepEqual(section?.keywords, ['Гендер', 'Правовая помощь', 'Местные действия']);
    assert.equal(parts.date, '2025-03-14');
  });

  it('reads a Word table whose scope cells span rows, under a caption that names the section again', () => {
    const text = [
      'Autoavaliação Individual 2025 – Associação Mulheres de Mãos Dadas (AMUMADA)',
      'Período de referência: 1 de Janeiro a 31 de Dezembro de 2024',
      '3A Reduzir e responder às deslocações forçadas',
      [
        'Transformação 3A – Compromissos assumidos',
        'Compromisso\tClassificação',
        'Âmbito\tTexto do compromisso\tTipo de compromisso\tResponsabilidade central',
        'Individual\tA AMUMADA compromete-se a apoiar as famílias deslocadas.\tOperacional\tNão deixar ninguém para trás',
        'A AMUMADA compromete-se a promover o diálogo.\tAdvocacia\tNão deixar ninguém para trás',
        'Fundamental\tComprometer-se com uma nova abordagem às deslocações.\t—\tNão deixar ninguém para trás',
      ].join('\n'),
      'Em 2024 a AMUMADA ajudou 1.842 pessoas deslocadas.',
    ].join('\n\n');
    const parts = readSelfReport(text);
    assert.deepEqual(parts.details.period, { start: '2024-01-01', end: '2024-12-31' });
    assert.deepEqual(
      parts.sections.map((s) => s.code),
      ['3A'],
    );
    assert.deepEqual(
      parts.sections[0]?.commitments.map((c) => [c.type, c.scope]),
      [
        ['Operacional', 'individual'],
        ['Advocacia', 'individual'],
        [null, 'core'],
      ],
    );
  });

  it('reads a saved web form: no skip link or breadcrumb for a title, a submission time, commitments under labels', () => {
    const text = [
      'Skip to main content',
      'Home › Self-reporting › 2025 round › View submission',
      'Individual Self-Report 2025 – Thaungyin Women’s Protection Collective (TWPC)',
      'Submission status: Submitted (read-only)\nSubmitted on: 14 Feb 2025, 16:42 (ICT)\nReporting period: 1 January – 31 December 2024',
      '2B Ensure full access to and protection of the humanitarian and medical missions',
      'Individual commitments',
      '• Commitment: TWPC commits to keeping its mobile teams able to reach displaced women.\n• Commitment type: Operational\n• Core responsibility: Uphold the Norms that Safeguard Humanity',
      'Our 3 mobile teams made 412 visits.',
    ].join('\n\n');
    const parts = readSelfReport(text);
    assert.equal(parts.title, 'Individual Self-Report 2025 – Thaungyin Women’s Protection Collective (TWPC)');
    assert.equal(parts.date, '2025-02-14');
    assert.deepEqual(
      parts.sections[0]?.commitments.map((c) => [c.text, c.type, c.coreResponsibility, c.scope]),
      [
        [
          'TWPC commits to keeping its mobile teams able to reach displaced women.',
          'Operational',
          'Uphold the Norms that Safeguard Humanity',
          'individual',
        ],
      ],
    );
  });

  it('reads an Arabic self-report: its labels, commitment tables and scopes, reporting period', () => {
    const text = [
      'الرئيسية ‹ التقارير ‹ التقرير الذاتي 2025',
      'التقرير الذاتي الفردي لعام 2025 حول التزامات القمة العالمية للعمل الإنساني – مؤسسة رواسي للسلام',
      'تاريخ التقديم: ٩ آذار ٢٠٢٥',
      'الفترة المشمولة بالتقرير: من 1 كانون الثاني إلى 31 كانون الأول 2024',
      'اسم المنظمة\tمؤسسة رواسي للسلام\nنوع المنظمة\tمنظمة غير حكومية - وطنية\nالمدينة والبلد حيث يقع المقر الرئيسي\tالرمادي، العراق\nالمنطقة\tالشرق الأوسط وشمال أفريقيا',
      '3A الحد من النزوح ومعالجته',
      'الالتزامات الفردية',
      'الالتزام\tنوع الالتزام\tالمسؤولية الأساسية\nتلتزم المؤسسة بمساعدة الأسر النازحة.\tتشغيلي\tعدم ترك أحد خلف الركب',
      'الالتزامات الأساسية',
      'الالتزام\tالمسؤولية الأساسية\nالالتزام بنهج جديد للنزوح الداخلي.\tعدم ترك أحد خلف الركب',
      'في عام 2024 حصل ٢٬٤٣٠ شخصاً على وثائق جديدة.',
    ].join('\n\n');
    const parts = readSelfReport(text);
    assert.equal(parts.title?.startsWith('التقرير الذاتي الفردي لعام 2025'), true, parts.title ?? '');
    assert.deepEqual(parts.details.period, { start: '2024-01-01', end: '2024-12-31' });
    const stakeholder = parts.details.stakeholder as Stakeholder;
    assert.deepEqual(
      [stakeholder.organisation, stakeholder.city, stakeholder.countryCode, stakeholder.region],
      ['مؤسسة رواسي للسلام', 'الرمادي', 'IQ', 'الشرق الأوسط وشمال أفريقيا'],
    );
    assert.deepEqual(
      parts.sections[0]?.commitments.map((c) => [c.type, c.coreResponsibility, c.scope]),
      [
        ['تشغيلي', 'عدم ترك أحد خلف الركب', 'individual'],
        [null, 'عدم ترك أحد خلف الركب', 'core'],
      ],
    );
  });

  it('reads "Engagements de base" as the core commitments', () => {
    const text = [
      'Auto-évaluation 2025 – Association des Femmes (AFPCT)',
      '1B Agir tôt',
      'Engagements de base\nEngagement\tResponsabilité fondamentale\nS’engager à investir dans l’alerte précoce.\tLeadership politique',
    ].join('\n\n');
    assert.deepEqual(
      readSelfReport(text).sections[0]?.commitments.map((c) => c.scope),
      ['core'],
    );
  });

  it('reads a report pasted into an e-mail: the report after the message, dated by the message', () => {
    const text = [
      'De: Yadira Quiñónez <coordinacion@cojurap.org.ec>\nEnviado: lunes, 10 de marzo de 2025 17:26\nAsunto: RE: autoevaluación 2025',
      'Estimado equipo: les enviamos el texto completo de nuestra autoevaluación en el cuerpo de este correo.',
      '------------------------------------------------------------',
      'Autoevaluación individual 2025 – Colectivo Juvenil Raíces del Pacífico (COJURAP)',
      'Nombre de la organización: Colectivo Juvenil Raíces del Pacífico (COJURAP)',
      '3A Reducir y abordar el desplazamiento',
      'Compromisos individuales\n#\tCompromiso\tTipo\tResponsabilidad\n1\tCOJURAP se compromete a acompañar a familias.\tOperativo\tNo dejar a nadie atrás',
    ].join('\n\n');
    const parts = readSelfReport(text);
    assert.equal(
      parts.title,
      'Autoevaluación individual 2025 – Colectivo Juvenil Raíces del Pacífico (COJURAP)',
    );
    assert.equal(parts.date, '2025-03-10');
  });

  it('reads a PDF report with a cover: the title given whole after it, the day "Submitted by … on"', () => {
    const text = [
      'WOLLO WOMEN’S RESILIENCE ASSOCIATION',
      'Individual Self-Report 2025',
      'Dessie, Amhara Region, Ethiopia',
      'February 2025',
      'Individual Self-Report 2025 on World Humanitarian Summit Commitments – Wollo Women’s Resilience Association (WWRA)',
      'Місто та країна розташування головного офісу\tDessie, Ethiopia',
      '3A Reduce and address displacement',
      'Individual commitments\nCommitment\tType\tCore responsibility\nWWRA commits to support displaced women.\tOperational\tLeave No One Behind',
      'Submitted by Meseret Alemu Tadesse, Executive Director, on 20 February 2025',
    ].join('\n\n');
    const parts = readSelfReport(text);
    assert.equal(
      parts.title,
      'Individual Self-Report 2025 on World Humanitarian Summit Commitments – Wollo Women’s Resilience Association (WWRA)',
    );
    assert.equal(parts.date, '2025-02-20');
    assert.equal((parts.details.stakeholder as Stakeholder).city, 'Dessie');
  });

  it('reads a PDF page of a self-report: a masthead over the title, the day after a dot, a wrapped value and header', () => {
    const text = [
      'SOMMET HUMANITAIRE MONDIAL · PLATEFORME D’ENGAGEMENTS',
      'Rapport d’auto-évaluation 2025 – Association des Femmes Rurales pour la Paix',
      'Période couverte : du 1er janvier au 31 décembre 2024 · Soumis à Bouaké, le 14 mars 2025',
      'Nom de l’organisation',
      'Association des Femmes Rurales pour la Cohésion et\nla Paix (AFRECOP)',
      'Type d’organisation',
      'ONG - Nationale',
      'Transformation 1B – Agir tôt',
      'Engagements individuels',
      'Engagement\tType d’engag Responsabilité\nement\tfondamentale\nMaintenir un réseau de comités d’alerte précoce.\tOpérationnel\tLeadership politique pour prévenir les conflits',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    assert.equal(parts.title, 'Rapport d’auto-évaluation 2025 – Association des Femmes Rurales pour la Paix');
    assert.equal(parts.date, '2025-03-14');
    assert.equal(
      (parts.details.stakeholder as Stakeholder).organisation,
      'Association des Femmes Rurales pour la Cohésion et la Paix (AFRECOP)',
    );
    assert.deepEqual(
      parts.sections[0]?.commitments.map((c) => [c.text, c.type, c.coreResponsibility]),
      [
        [
          'Maintenir un réseau de comités d’alerte précoce.',
          'Opérationnel',
          'Leadership politique pour prévenir les conflits',
        ],
      ],
    );
  });

  it('reads an Arabic self-report: sections after "التحول", the title under a series line, a dateline after an Arabic comma', () => {
    const text = [
      'القمة العالمية للعمل الإنساني – منصة الالتزامات',
      'التقرير الذاتي الفردي لعام 2025 – جمعية الزيتون للتنمية',
      'إربد، 3 آذار/مارس 2025',
      'البند\tالمعلومات\nاسم المنظمة\tجمعية الزيتون للتنمية\nاسم الشخص المسؤول\tسلمى خالد العمري',
      'التحول 3D – تمكين النساء والفتيات وحمايتهن',
      'الالتزام\tنوع الالتزام\tالمسؤولية الأساسية\nتلتزم الجمعية بتشغيل مساحات آمنة للنساء.\tتشغيلي\tعدم ترك أحد خلف الركب',
      'التحوّل 5A – الاستثمار في القدرات المحلية',
      'الالتزام\tالمسؤولية الأساسية\nالالتزام بدعم المبادرات المحلية.\tالاستثمار في الإنسانية',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    assert.equal(parts.title, 'التقرير الذاتي الفردي لعام 2025 – جمعية الزيتون للتنمية');
    assert.equal(parts.date, '2025-03-03');
    assert.deepEqual(
      parts.sections.map((s) => s.code),
      ['3D', '5A'],
    );
    assert.equal((parts.details.stakeholder as Stakeholder).contact, 'سلمى خالد العمري');
  });

  it('reads commitments listed as bullets, each with its scope, type and core responsibility in brackets', () => {
    const text = [
      'Individual Self-Report 2025 – Hill Tracts Peace Society (HTPS)',
      'Organisation Name: Hill Tracts Peace Society (HTPS)',
      'Transformation 1B: Prevent and end conflict',
      'Our commitments',
      '• HTPS commits to supporting joint peace committees to settle land disputes\nthrough dialogue. (Individual commitment – Operational – Political Leadership to Prevent and End Conflicts)\n• Commit to invest in local prevention capacities. (Core commitment – Political Leadership to Prevent and End Conflicts)',
      'In 2024 the committees settled 92 disputes.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    assert.deepEqual(
      parts.sections[0]?.commitments.map((c) => [c.text, c.type, c.coreResponsibility, c.scope]),
      [
        [
          'HTPS commits to supporting joint peace committees to settle land disputes through dialogue.',
          'Operational',
          'Political Leadership to Prevent and End Conflicts',
          'individual',
        ],
        [
          'Commit to invest in local prevention capacities.',
          null,
          'Political Leadership to Prevent and End Conflicts',
          'core',
        ],
      ],
    );
  });

  it('reads a Word table with a header over two rows and rows across it that divide it by scope', () => {
    const text = [
      'Autoavaliação Individual 2025 – Associação Mulheres pela Paz (AMP)',
      'Transformação 3D – Empoderar e proteger mulheres e raparigas',
      [
        'Compromisso\tClassificação',
        'Tipo de compromisso\tResponsabilidade central',
        'Compromissos individuais',
        'A AMP compromete-se a garantir apoio psicossocial.\tOperacional\tNão deixar ninguém para trás',
        'Compromissos essenciais',
        'Apoiar as mulheres e raparigas como líderes nos processos de paz.\t—\tNão deixar ninguém para trás',
      ].join('\n'),
    ].join('\n\n');
    const parts = readSelfReport(text);
    assert.deepEqual(
      parts.sections[0]?.commitments.map((c) => [c.text, c.type, c.coreResponsibility, c.scope]),
      [
        [
          'A AMP compromete-se a garantir apoio psicossocial.',
          'Operacional',
          'Não deixar ninguém para trás',
          'individual',
        ],
        [
          'Apoiar as mulheres e raparigas como líderes nos processos de paz.',
          null,
          'Não deixar ninguém para trás',
          'core',
        ],
      ],
    );
  });

  it('reads a report copied from a PDF with hard wraps: a hyphenated title, a table cell going on under its row', () => {
    const text = [
      'Индивидуальный самоотчёт 2025 об обязательствах Всемирного гуманитар-\nного саммита – ОО «Чашмаи Умед»',
      'Трансформация 3A: Сокращать вынужденное перемещение',
      'Индивидуальные обязательства',
      'Обязательство\tТип обязательства\tОсновная ответственность\n«Чашмаи Умед» обязуется содействовать долгосрочным решениям для семей\nтрудовых мигрантов и вернувшихся, включая доступ к доку-\nментам.\tОперативное\tНикого не оставить\nпозади',
    ].join('\n\n');
    const parts = readSelfReport(text);
    assert.equal(
      parts.title,
      'Индивидуальный самоотчёт 2025 об обязательствах Всемирного гуманитарного саммита – ОО «Чашмаи Умед»',
    );
    assert.deepEqual(
      parts.sections[0]?.commitments.map((c) => [c.text, c.type, c.coreResponsibility]),
      [
        [
          '«Чашмаи Умед» обязуется содействовать долгосрочным решениям для семей трудовых мигрантов и вернувшихся, включая доступ к документам.',
          'Оперативное',
          'Никого не оставить позади',
        ],
      ],
    );
  });

  it('reads an Arabic web form: questions and answers, a commitment asked by number, then its type and duty', () => {
    const qa = (q: string, a: string) => `السؤال: ${q}\nالإجابة: ${a}`;
    const text = [
      'بوابة الإبلاغ | نموذج التقرير الذاتي الفردي\nتسجيل الدخول: admin   |   حفظ كمسودة   |   معاينة',
      'التقرير الذاتي الفردي لعام 2025 – جمعية بيادر للتنمية',
      qa('اسم المنظمة *', 'جمعية بيادر للتنمية'),
      qa('نوع المنظمة *', 'منظمة غير حكومية - وطنية'),
      qa('المدينة والبلد حيث يقع المقر الرئيسي *', 'صيدا، لبنان'),
      qa('اسم جهة الاتصال *', 'ليلى محمود الشامي'),
      qa('المنطقة *', 'الشرق الأوسط وشمال أفريقيا'),
      qa('حساب تويتر (اختياري)', '@BayaderLB'),
      'التحول 2B: ضمان الوصول الكامل إلى البعثات الإنسانية والطبية وحمايتها',
      qa('نص الالتزام الفردي رقم 1', 'تلتزم الجمعية بتوثيق كل حادثة تعيق وصول الفرق الطبية.'),
      qa('نوع الالتزام', 'تشغيلي'),
      qa('المسؤولية الأساسية', 'احترام القواعد التي تحمي الإنسانية'),
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    assert.equal(parts.title, 'التقرير الذاتي الفردي لعام 2025 – جمعية بيادر للتنمية');
    assert.deepEqual(
      parts.sections[0]?.commitments.map((c) => [c.text, c.type, c.coreResponsibility, c.scope]),
      [
        [
          'تلتزم الجمعية بتوثيق كل حادثة تعيق وصول الفرق الطبية.',
          'تشغيلي',
          'احترام القواعد التي تحمي الإنسانية',
          'individual',
        ],
      ],
    );
  });

  it("reads a web form's page copied as text: each question over its answer, required marks, the page's buttons", () => {
    const qa = (q: string, a: string) => `${q}\n${a}`;
    const text = [
      'Individual Self Report 2025 on World Humanitarian Summit Commitments – Nafeer Gedaref Association',
      qa('Form status:', 'Submitted'),
      qa('What period does this report cover?', '1 January to 31 December 2024'),
      qa('What is the name of your organisation? *', 'Nafeer Gedaref Association'),
      qa('What type of organisation is it? *', 'NGO - National'),
      qa('Contact name: *', 'Nafisa Idris El Hag'),
      qa('Region: *', 'Eastern Africa'),
      'Next ›',
      qa('Which transformation do you report on first?', '3A Reduce and address displacement'),
      qa(
        'Text of individual commitment 1:',
        'Nafeer commits to help displaced families obtain civil documents.',
      ),
      qa('Commitment type:', 'Operational'),
      qa('Core responsibility:', 'Leave No One Behind'),
      qa(
        'What concrete actions did you take in 2024? (optional)',
        'The legal team helped 1,240 people obtain identity cards.',
      ),
      qa('Keywords (three at most):', 'Displacement, Civil documents'),
      '+ Add another transformation',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    const stakeholder = parts.details.stakeholder as Stakeholder;
    assert.deepEqual(
      [stakeholder.organisation, stakeholder.contact, stakeholder.region],
      ['Nafeer Gedaref Association', 'Nafisa Idris El Hag', 'Eastern Africa'],
    );
    const [section] = parts.sections;
    assert.equal(section?.code, '3A');
    assert.deepEqual(section?.keywords, ['Displacement', 'Civil documents']);
    assert.deepEqual(
      section?.commitments.map((c) => [c.type, c.coreResponsibility, c.scope]),
      [['Operational', 'Leave No One Behind', 'individual']],
    );
  });

  it("reads a form's response summary: each question marked required over its answer paragraph, the timestamp its date", () => {
    const text = [
      'Individual Self Reflection 2025 on World Humanitarian Summit Commitments and Initiatives',
      '* Indicates required question',
      'Timestamp',
      '3/18/2025 14:07:52',
      'Organisation Name *',
      'Turkana Women Peace and Resilience Network (TWPRN)',
      'Organisational Type *',
      'NGO - National',
      'Focal Point Name *',
      'Akai Ekiru Lokol',
      'Region *',
      'Eastern Africa',
      'Reporting period *',
      '1 January – 31 December 2024',
      'Transformation *',
      '1B Act early',
      'Individual commitment 1 – text',
      'TWPRN commits to running a women-led early warning network.',
      'Individual commitment 1 – commitment type',
      'Operational',
      'Individual commitment 1 – core responsibility',
      'Political Leadership to Prevent and End Conflicts',
      'Keywords (choose up to three)',
      'Conflict prevention, Early warning',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    assert.equal(parts.date, '2025-03-18');
    assert.equal(
      (parts.details.stakeholder as Stakeholder).organisation,
      'Turkana Women Peace and Resilience Network (TWPRN)',
    );
    const [section] = parts.sections;
    assert.deepEqual(section?.keywords, ['Conflict prevention', 'Early warning']);
    assert.deepEqual(
      section?.commitments.map((c) => [c.type, c.coreResponsibility, c.scope]),
      [['Operational', 'Political Leadership to Prevent and End Conflicts', 'individual']],
    );
  });

  it('reads a form printed as a table of questions beside their answers, as a filled PDF form reads', () => {
    const text = [
      'Individual Self-Report 2026 on World Humanitarian Summit Commitments and Initiatives',
      [
        "Organisation Name *\tWest Nile Women's Network for Peace (WENEP)",
        'Organisational Type *\tNGO - National',
        'City and Country where Headquartered *\tArua, Uganda',
        'Region *\tEastern Africa',
      ].join('\n'),
      [
        'Transformation *\t3A Reduce and address displacement',
        'Individual commitment 1\tWENEP commits to strengthening peaceful coexistence between refugees and hosts.',
        'Commitment type\tOperational',
        'Core responsibility\tLeave No One Behind',
        'Progress status\t☒ On track ☐ Partially achieved ☐ Not started',
      ].join('\n'),
      'In 2025 WENEP ran 9 refugee-host dialogue forums in Rhino Camp and Imvepi settlements.',
      'Keywords *\tDisplacement, Social cohesion',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    assert.equal(
      (parts.details.stakeholder as Stakeholder).organisation,
      "West Nile Women's Network for Peace (WENEP)",
    );
    const [section] = parts.sections;
    assert.deepEqual([section?.code, section?.keywords], ['3A', ['Displacement', 'Social cohesion']]);
    assert.deepEqual(
      section?.commitments.map((c) => [c.type, c.coreResponsibility, c.scope]),
      [['Operational', 'Leave No One Behind', 'individual']],
    );
  });

  it("reads a form's receipt printed from Gmail: the form's name, the day it was sent, commitments asked by number", () => {
    const duties = (chosen: number) =>
      ['Leadership politique pour prévenir et mettre fin aux conflits', 'Ne laisser personne de côté']
        .map((d, i) => `${i === chosen ? '[x]' : '[ ]'} ${d}`)
        .join('\n');
    const question =
      '1. A. Soulignez les actions concrètes menées entre le 1er janvier et le 31 décembre 2026 pour mettre en œuvre ' +
      'les engagements qui contribuent à cette transformation. Soyez aussi précis que possible et incluez les ' +
      "données et chiffres pertinents, ainsi que les bonnes pratiques et exemples d'innovation. *";
    const form = 'Auto-évaluation individuelle 2027 sur les engagements du Sommet humanitaire mondial';
    const text = [
      'Gmail\tMariama Soumana <m.soumana@hadinkai-niger.org>',
      `Merci d'avoir rempli le formulaire « ${form} »\n1 message`,
      'Google Forms <forms-receipts-noreply@google.com>\tven. 19 mars 2027 à 10:14\nÀ : m.soumana@hadinkai-niger.org',
      `Google Forms\n\nMerci d'avoir rempli le formulaire « ${form} »\n\nModifier la réponse\n\n${form}`,
      "Nom de l'organisation *\nONG Hadin Kai pour la Paix et le Développement (HKPD)",
      "Type d'organisation *\n( ) ONG - Internationale\n(•) ONG - Nationale\n( ) Autre :",
      'Ville et pays du siège *\nTillabéri, Niger',
      "Région *\nAfrique de l'Ouest et du Centre",
      'Code et titre de la transformation *\n3A Réduire et gérer les déplacements',
      "Engagement individuel n° 1 *\nL'ONG HKPD s'engage à accompagner les personnes déplacées vers des solutions durables.",
      "Type d'engagement (engagement individuel n° 1)\n(•) Opérationnel\n( ) Plaidoyer\n( ) Partenariat",
      `Responsabilité principale (engagement individuel n° 1)\n${duties(1)}`,
      'Engagement individuel n° 2\nAucune réponse',
      "Engagement de base n° 1\nS'engager à adopter une nouvelle approche du déplacement interne.",
      `Responsabilité principale (engagement de base n° 1)\n${duties(0)}`,
      `${question}\nNos 4 comités mixtes de cohabitation ont traité 138 différends.`,
      'Mots-clés (séparés par des virgules) *\nDéplacement, Cohésion sociale',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    assert.equal(parts.title, form);
    assert.equal(parts.date, '2027-03-19');
    const [section] = parts.sections;
    assert.deepEqual(
      section?.commitments.map((c) => [c.type, c.coreResponsibility, c.scope]),
      [
        ['Opérationnel', 'Ne laisser personne de côté', 'individual'],
        [null, 'Leadership politique pour prévenir et mettre fin aux conflits', 'core'],
      ],
    );
    assert.equal(section?.text, 'Nos 4 comités mixtes de cohabitation ont traité 138 différends.');
  });

  it("reads a form's submission printed as a table of type, question and response, without the platform's fields", () => {
    const text = [
      'Individual Self-Report 2025 on World Humanitarian Summit Commitments and Initiatives',
      'Submitted 21 March 2025 by kbwsn_mel',
      'Type\tQuestion\tResponse\n\nA. Stakeholder Information',
      [
        "text\tOrganisation Name\tKoddiyar Bay Women's Solidarity Network (KBWSN)",
        'select_one\tOrganisational Type\tNGO - National',
        'text\tCity and Country where Headquartered\tTrincomalee, Sri Lanka',
        'select_one\tRegion\tAsia and the Pacific',
        'text\tTwitter ID\t@KBWSN_Trinco',
      ].join('\n'),
      'B. Reporting by transformation › transformation_report [1]',
      'select_one\tTransformation\t2D Take concrete steps to improve compliance and accountability',
      'individual_commitments [1]',
      [
        'text\tIndividual commitment – text\tKBWSN commits to documenting enforced disappearances.',
        'select_one\tCommitment Type\tAdvocacy',
        'select_one\tCore Responsibility\tUphold the Norms that Safeguard Humanity',
      ].join('\n'),
      'core_commitments [1]',
      'text\tCore commitment – text\tCommit to support independent documentation of violations.\nselect_one\tCore Responsibility\tUphold the Norms that Safeguard Humanity',
      'text\t1.A Highlight concrete actions taken in 2024 to implement the commitments.',
      'In 2024 our documentation desk recorded 147 new testimonies.',
      'Submission metadata\n\n_id\t418762903\n_uuid\t7f3c2a9e-51d4\nmeta/instanceID\tuuid:7f3c2a9e',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    assert.equal((parts.details.stakeholder as Stakeholder).city, 'Trincomalee');
    assert.deepEqual(
      parts.sections.map((s) => s.code),
      ['2D'],
    );
    assert.deepEqual(
      parts.sections[0]?.commitments.map((c) => [c.scope, c.type, c.coreResponsibility]),
      [
        ['individual', 'Advocacy', 'Uphold the Norms that Safeguard Humanity'],
        ['core', null, 'Uphold the Norms that Safeguard Humanity'],
      ],
    );
  });

  it('reads a report pasted into an e-mail, its cells set apart by bars: headings and keywords on lines of their own', () => {
    const text = [
      'Индивидуальный самоотчёт 2025 об обязательствах Всемирного гуманитарного саммита',
      'Название организации | ННО «Меҳр кўприги»\nГород и страна штаб-квартиры | Андижан, Узбекистан',
      'Трансформация | 1B – Действовать на раннем этапе',
      'Индивидуальные обязательства\nОбязательство | Тип обязательства | Основная ответственность\nННО обязуется поддерживать сеть наблюдателей. | Оперативное | Политическое лидерство',
      'В 2024 году в нашу сеть входили 42 общественных наблюдателя.',
      'Ключевые слова | Раннее предупреждение; Предотвращение конфликтов',
    ].join('\n\n');
    assert.equal(detectKind(tablesAsTabs(text)), 'self-report');
    const [section] = readSelfReport(tablesAsTabs(text)).sections;
    assert.deepEqual(
      [section?.code, section?.keywords],
      ['1B', ['Раннее предупреждение', 'Предотвращение конфликтов']],
    );
    assert.equal(section?.commitments[0]?.type, 'Оперативное');
  });

  it("reads a platform's commitments set as cards, and keywords under its count of characters used", () => {
    const text = [
      'Individual Self-Report 2025 on World Humanitarian Summit Commitments and Initiatives',
      "Organisation Name\tNabad-Doon Women's Network (NDWN)",
      '1B Act early',
      'Individual Commitments (1)',
      'Commitment\nNDWN commits to running a women-led early warning network along the Galkayo dividing line.',
      'Commitment Type: Operational\nCore Responsibility: Political Leadership to Prevent and End Conflicts',
      'Core Commitments (1)',
      'Commitment\nCommit to act early on the basis of shared conflict analysis and early warning.',
      'Core Responsibility: Political Leadership to Prevent and End Conflicts',
      'In 2024 NDWN expanded its early warning network from 14 to 22 women monitors.',
      'Characters used: 1,118 / 3,000\nKeywords: Early warning · Conflict prevention · Local action',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const [section] = readSelfReport(text).sections;
    assert.deepEqual(
      section?.commitments.map((c) => [c.scope, c.type, c.coreResponsibility]),
      [
        ['individual', 'Operational', 'Political Leadership to Prevent and End Conflicts'],
        ['core', null, 'Political Leadership to Prevent and End Conflicts'],
      ],
    );
    assert.deepEqual(section?.keywords, ['Early warning', 'Conflict prevention', 'Local action']);
  });

  it('reads the day a report was submitted after a version and a dash: "Version finale – soumise le 28 mars 2025"', () => {
    const text = [
      'Auto-évaluation individuelle 2025 sur les engagements du Sommet humanitaire mondial – RAFEPAG',
      'Version finale – soumise le 28 mars 2025',
      "Informations sur l'acteur",
      "Nom de l'organisation : Rassemblement des Femmes pour la Paix de la Grand'Anse",
      '2D Prendre des mesures concrètes pour améliorer le respect du droit et la redevabilité',
      'Engagements individuels',
      'Engagement\tType\tResponsabilité fondamentale\nLe RAFEPAG s’engage à documenter les violations.\tOpérationnel\tRespecter les règles',
    ].join('\n\n');
    assert.equal(readSelfReport(text).date, '2025-03-28');
  });

  it('reads a platform export: "Transformation: 1C …", a table with a Scope column and N/A, "Submitted on … by user"', () => {
    const text = [
      'AGENDA FOR HUMANITY COMMITMENTS PLATFORM - REPORT EXPORT\nStatus: Submitted on 2025-03-10 by fartun.adan',
      'Individual Self Reflection 2025 on World Humanitarian Summit Commitments - Mandera Triangle Women’s Peace Initiative',
      'Stakeholder Information\nOrganisation Name:\tMandera Triangle Women’s Peace Initiative (MTWPI)\nRegion:\tEastern Africa',
      'Section 1 of 3\nTransformation: 1C Remain engaged and invest in stability',
      'Commitments\nScope\tCommitment\tCommitment Type\tCore Responsibility\n' +
        'Individual\tMTWPI commits to keeping its peace desks open.\tOperational\tPolitical Leadership to Prevent and End Conflicts\n' +
        'Core\tCommit to remain engaged in conflict-affected areas.\tN/A\tPolitical Leadership to Prevent and End Conflicts',
      'Keywords:\tConflict prevention; Social cohesion',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    assert.equal(parts.date, '2025-03-10');
    const [section] = parts.sections;
    assert.equal(section?.code, '1C');
    assert.deepEqual(
      section?.commitments.map((c) => [c.scope, c.type]),
      [
        ['individual', 'Operational'],
        ['core', null],
      ],
    );
  });

  it('reads a Kyrgyz report: its stakeholder labels, individual and core commitment tables and their columns', () => {
    const text = [
      'Дүйнөлүк гуманитардык саммиттин милдеттенмелери боюнча 2025-жылдагы жеке өзүн-өзү баалоо – «Жаштар Көпүрөсү» коомдук бирикмеси',
      'Кызыкдар тарап жөнүндө маалымат',
      'Уюмдун аталышы\n\n«Жаштар Көпүрөсү» коомдук бирикмеси',
      'Уюмдун түрү\n\nБӨУ – Улуттук',
      'Башкы кеңсеси жайгашкан шаар жана өлкө\n\nБаткен, Кыргызстан',
      'Байланыш адамы\n\nНургүл Абдыжапарова',
      '1B Чыр-чатактардын алдын алуу жана аларды токтотуу',
      'Жеке милдеттенмелер',
      'Милдеттенме\tМилдеттенменин түрү\tНегизги жоопкерчилик\nБирикме жаштардын тынчтык топторун түзүүгө милдеттенет.\tОперативдик\tЭч кимди артта калтырбоо',
      'Негизги милдеттенмелер',
      'Милдеттенме\tНегизги жоопкерчилик\nЖергиликтүү демилгелерди колдоого милдеттенүү.\tЭч кимди артта калтырбоо',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    const stakeholder = parts.details.stakeholder as Stakeholder;
    assert.deepEqual(
      [stakeholder.organisation, stakeholder.type, stakeholder.city, stakeholder.contact],
      ['«Жаштар Көпүрөсү» коомдук бирикмеси', 'БӨУ – Улуттук', 'Баткен', 'Нургүл Абдыжапарова'],
    );
    assert.deepEqual(
      parts.sections[0]?.commitments.map((c) => [c.type, c.coreResponsibility, c.scope]),
      [
        ['Оперативдик', 'Эч кимди артта калтырбоо', 'individual'],
        [null, 'Эч кимди артта калтырбоо', 'core'],
      ],
    );
    // (keywords in a form's row of their own, after the narrative)
    const row = readSelfReport(
      `${text}\n\nБирикме 16 айылда иштейт.\n\nАчкыч сөздөр\tЖаштар; Жергиликтүү аракеттер`,
    );
    assert.deepEqual(row.sections[0]?.keywords, ['Жаштар', 'Жергиликтүү аракеттер']);
    assert.equal(row.sections[0]?.commitments.length, 2);
  });

  it('reads a platform export: a bar of links over the title, the day submitted and the period among parts of a line', () => {
    const text = [
      '← Вернуться к списку отчётов (https://example.org/reports) | Скачать PDF (https://example.org/reports/1.pdf)',
      'Индивидуальный самоотчёт 2025 – Общественный фонд «Тынчтык Булагы»',
      'Дата подачи: 28.03.2025 · Отчётный период: 01.01.2024 – 31.12.2024 · Язык отчёта: русский',
      'Трансформация 4A: Укреплять, а не заменять национальные и местные системы',
      'Обязательство\tТип\tОсновная ответственность\nФонд обязуется поддерживать местные комитеты мира в Иссык-Кульской области.\tОперативное\tИзменить жизнь людей',
    ].join('\n\n');
    const parts = readSelfReport(text);
    assert.equal(parts.title, 'Индивидуальный самоотчёт 2025 – Общественный фонд «Тынчтык Булагы»');
    assert.equal(parts.date, '2025-03-28');
    assert.deepEqual(parts.details.period, { start: '2024-01-01', end: '2024-12-31' });
  });

  it('reads a report forwarded by e-mail: the header with "Enviado el:" dates it, the report starts after "-----Mensaje original-----"', () => {
    const text = [
      'De: Coordinación REMTEPAZ <coordinacion@remtepaz.org>\nEnviado el: martes, 11 de marzo de 2025 9:42\nAsunto: RV: Autoevaluación individual 2025',
      'Buenos días:\n\nLe reenvío el formulario.',
      '-----Mensaje original-----\nAutoevaluación Individual 2025 – Red de Mujeres Tejedoras de Paz de Nariño (REMTEPAZ)',
      'Nombre de la organización\nRed de Mujeres Tejedoras de Paz de Nariño',
      '3D Empoderar y proteger a las mujeres y las niñas',
      'Compromiso\tTipo\tResponsabilidad\nLa red se compromete a acompañar a lideresas amenazadas.\tOperativo\tNo dejar a nadie atrás',
    ].join('\n\n');
    const parts = readSelfReport(text);
    assert.equal(
      parts.title,
      'Autoevaluación Individual 2025 – Red de Mujeres Tejedoras de Paz de Nariño (REMTEPAZ)',
    );
    assert.equal(parts.date, '2025-03-11');
  });

  it("reads sections headed by an item of Word's own numbered list, which reads as a bullet, and no checklist of them", () => {
    const text = [
      'التقرير الذاتي الفردي لعام 2025 – جمعية نسيج',
      'التحولات التي أبلغت عنها المنظمة:\n• 3A الحد من النزوح ومعالجته\n• 3D تمكين النساء والفتيات وحمايتهن',
      '• التحول 3A: الحد من النزوح ومعالجته',
      'الالتزام\tنوع الالتزام\tالمسؤولية الأساسية\nتلتزم الجمعية بمرافقة الأسر النازحة في كوستي.\tتشغيلي\tعدم ترك أحد خلف الركب',
      '• التحول 3D: تمكين النساء والفتيات وحمايتهن',
      'الالتزام\tالمسؤولية الأساسية\nالالتزام بضمان وصول النساء إلى الحماية.\tعدم ترك أحد خلف الركب',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    assert.deepEqual(
      readSelfReport(text).sections.map((s) => [s.code, s.commitments.length]),
      [
        ['3A', 1],
        ['3D', 1],
      ],
    );
  });

  it('reads no section from a table summarising the transformations, and the stakeholder block under it', () => {
    const text = [
      'Autoavaliação Individual 2025 sobre os Compromissos da Cúpula Humanitária Mundial – Rede Ipê',
      'Resumo das transformações reportadas',
      'Código\tTransformação\tResponsabilidade central\n3B\tAbordar as vulnerabilidades dos migrantes\tNão deixar ninguém para trás\n3D\tEmpoderar e proteger mulheres e meninas\tNão deixar ninguém para trás',
      'Campo\tResposta\nNome da organização\tRede Ipê de Acolhida e Direitos Humanos\nCidade e país da sede\tManaus, Brasil',
      'Transformação 3B – Abordar as vulnerabilidades dos migrantes',
      'Compromissos individuais',
      'Responsabilidade central\tTipo de compromisso\tCompromisso\nNão deixar ninguém para trás\tOperacional\tA Rede Ipê compromete-se a assegurar documentação.',
      'Transformação 3D – Empoderar e proteger mulheres e meninas',
      'Em 2024 a Casa Ipê acompanhou 226 mulheres.',
    ].join('\n\n');
    const parts = readSelfReport(text);
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title, s.commitments.map((c) => [c.type, c.coreResponsibility])]),
      [
        [
          '3B',
          'Abordar as vulnerabilidades dos migrantes',
          [['Operacional', 'Não deixar ninguém para trás']],
        ],
        ['3D', 'Empoderar e proteger mulheres e meninas', []],
      ],
    );
    const { stakeholder } = parts.details as { stakeholder: { organisation: string; countryCode: string } };
    assert.equal(stakeholder.organisation, 'Rede Ipê de Acolhida e Direitos Humanos');
    assert.equal(stakeholder.countryCode, 'BR');
  });

  it('reads "Compromissos principais" as core commitments', () => {
    const text = [
      'Autoavaliação Individual 2025 – AKMPD',
      '3D Empoderar e proteger mulheres e meninas',
      'Compromissos individuais',
      'Compromisso\tTipo de compromisso\tResponsabilidade central\nA AKMPD compromete-se a apoiar mulheres.\tOperacional\tNão deixar ninguém para trás',
      'Compromissos principais',
      'Compromisso\tResponsabilidade central\nApoiar mulheres e meninas como líderes.\tNão deixar ninguém para trás',
    ].join('\n\n');
    assert.deepEqual(
      readSelfReport(text).sections[0]?.commitments.map((c) => c.scope),
      ['individual', 'core'],
    );
  });

  it('reads keywords set apart by middle dots', () => {
    const text = [
      'Autoevaluación Individual 2025 – AMUTEF',
      '3A Reducir y abordar el desplazamiento',
      'Compromiso\tTipo\tResponsabilidad\nAMUTEF se compromete a acompañar a familias desplazadas.\tOperativo\tNo dejar a nadie atrás',
      'Palabras clave: Desplazamiento · Protección · Acción local',
    ].join('\n\n');
    assert.deepEqual(readSelfReport(text).sections[0]?.keywords, [
      'Desplazamiento',
      'Protección',
      'Acción local',
    ]);
  });

  it('dates a report by its day of submission wrapped before its year', () => {
    const text = [
      'Autoavaliação Individual 2025 – AMCP-Tete',
      'Período de reporte: 1 de janeiro – 31 de dezembro de 2024 · Data de submissão: 11 de março de\n2025',
      '3D Empoderar e proteger mulheres e meninas',
      'Compromisso\tTipo\tResponsabilidade\nA AMCP compromete-se a apoiar mulheres.\tOperacional\tNão deixar ninguém para trás',
    ].join('\n\n');
    assert.equal(readSelfReport(text).date, '2025-03-11');
  });

  it("reads a printed form's chosen options only, its ticked boxes as one answer, and the day it was recorded", () => {
    const text = [
      'Individual Self Reflection 2025 on World Humanitarian Summit Commitments',
      'Thanks for filling in this form. Here is a copy of your responses, recorded on 28 Feb 2025 at 16:42.',
      'Organisation name *',
      'Lake Chad Women for Peace',
      'Type of organisation *',
      '○ NGO - International\n\n◉ NGO - National\n\n○ UN agency',
      'Region *',
      '○ West and Central Africa\n\n◉ East and Southern Africa',
      'Twitter / X handle',
      '@LakeChadWomen',
      'Agenda for Humanity transformation *',
      '3A Reduce and address displacement ▾',
      'Individual commitment 1 – text *',
      'We commit to support 300 returnee families with land and documents.',
      'Individual commitment 1 – type *',
      '◉ Operational\n\n○ Advocacy\n\n○ Financing',
      'Individual commitment 1 – core responsibility *',
      '○ Political leadership to prevent and end conflicts\n\n◉ Leave no one behind',
      'Keywords (three at most)',
      '☑ Displacement\n\n☐ Gender\n\n☑ Land\n\n☐ Localisation',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
    const parts = readSelfReport(text);
    const stakeholder = parts.details.stakeholder as Stakeholder;
    assert.deepEqual(
      [stakeholder.type, stakeholder.region, stakeholder.handle],
      ['NGO - National', 'East and Southern Africa', '@LakeChadWomen'],
    );
    const [section] = parts.sections;
    assert.equal(section?.title, 'Reduce and address displacement');
    assert.deepEqual(section?.keywords, ['Displacement', 'Land']);
    assert.deepEqual(
      section?.commitments.map((c) => [c.type, c.coreResponsibility]),
      [['Operational', 'Leave no one behind']],
    );
    assert.equal(parts.date, '2025-02-28');
  });

  it("reads a Word form's boxes ticked side by side, its list of transformations ticked, and a contact's name", () => {
    const text = [
      'Individual Self-Report 2025 on World Humanitarian Summit Commitments – Fundasaun Hakmatek Oe-Cusse (FHO)',
      'Stakeholder Information',
      'Organisation Name\tFundasaun Hakmatek Oe-Cusse (FHO)\nOrganisational Type\t☐ Member State ☐ NGO - International ☒ NGO - National ☐ UN Agency\nFocal Point Name\tDomingas Tefa Sanam, Executive Director',
      'Transformations reported (tick all that apply)',
      '☒ 1B Act early\n\n☐ 2D Take concrete steps to improve compliance and accountability\n\n☒ 3D Empower and protect women and girls',
      '1B Act early',
      'Individual Commitments',
      'Commitment\tCommitment Type\tCore Responsibility\nFHO commits to run an early warning system.\tOperational\tPolitical Leadership to Prevent and End Conflicts',
      '3D Empower and protect women and girls',
      'Individual Commitments',
      'Commitment\tCommitment Type\tCore Responsibility\nFHO commits to support women paralegals.\tOperational\tLeave No One Behind',
    ].join('\n\n');
    const parts = readSelfReport(text);
    const stakeholder = parts.details.stakeholder as Stakeholder;
    assert.deepEqual([stakeholder.type, stakeholder.contact], ['NGO - National', 'Domingas Tefa Sanam']);
    assert.deepEqual(
      parts.sections.map((s) => [s.code, s.title, s.commitments.length]),
      [
        ['1B', 'Act early', 1],
        ['3D', 'Empower and protect women and girls', 1],
      ],
    );
  });

  it("takes no note over the title for it, though it names the platform's self-reporting", () => {
    const text = [
      'Offline reporting template – to be completed in English and uploaded as PDF to the Self-Reporting Platform',
      'Individual Self-Report 2025 on World Humanitarian Summit Commitments – Mithila Mahila Shanti Manch (MMSM)',
      'Stakeholder Information',
      'Organisation Name\tMithila Mahila Shanti Manch (MMSM)\nCity and Country where Headquartered\tJanakpur, Nepal',
      '2D Take concrete steps to improve compliance and accountability',
      'Keywords: Transitional justice, Accountability',
    ].join('\n\n');
    assert.equal(
      readSelfReport(text).title,
      'Individual Self-Report 2025 on World Humanitarian Summit Commitments – Mithila Mahila Shanti Manch (MMSM)',
    );
  });

  it('reads commitments listed as bullets, each with its type and core responsibility on one line under it', () => {
    const text = [
      'Auto-évaluation individuelle 2025 sur les engagements du Sommet humanitaire mondial',
      '3A Réduire et gérer les déplacements',
      'Engagements individuels',
      "• TAHCOS s'engage à favoriser la cohabitation pacifique autour de l'eau.\nType d'engagement : Opérationnel – Responsabilité fondamentale : Ne laisser personne de côté",
      'Engagements fondamentaux',
      "• S'engager à garantir l'accès aux documents d'état civil.\nResponsabilité fondamentale : Changer la vie des gens – De la fourniture de l'aide à l'élimination des besoins",
      'Mots-clés : Déplacement, Cohésion sociale',
    ].join('\n\n');
    const [section] = readSelfReport(text).sections;
    assert.deepEqual(
      section?.commitments.map((c) => [c.text.slice(0, 20), c.type, c.coreResponsibility, c.scope]),
      [
        ["TAHCOS s'engage à fa", 'Opérationnel', 'Ne laisser personne de côté', 'individual'],
        [
          "S'engager à garantir",
          null,
          "Changer la vie des gens – De la fourniture de l'aide à l'élimination des besoins",
          'core',
        ],
      ],
    );
  });

  it("reads a commitment's row whose cells a PDF wrapped onto a second line, each part under its cell", () => {
    const text = [
      'Individual Self-Report 2025 on World Humanitarian Summit Commitments',
      '1D Develop solutions with and for people',
      'Individual Commitments',
      'Commitment\tCommitment Type\tCore Responsibility\nSWASC commits to bringing refugee and\tOperational\tPolitical Leadership to\nhost community women together in dialogue committees.\tPrevent and End Conflicts',
      'Keywords: Social cohesion',
    ].join('\n\n');
    const [section] = readSelfReport(text).sections;
    assert.deepEqual(
      section?.commitments.map((c) => [c.text, c.type, c.coreResponsibility]),
      [
        [
          'SWASC commits to bringing refugee and host community women together in dialogue committees.',
          'Operational',
          'Political Leadership to Prevent and End Conflicts',
        ],
      ],
    );
  });
});
