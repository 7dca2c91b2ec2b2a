import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates, mainDate, openingDateline, parseDate, yearlessDate } from './dates.js';

describe('parseDate', () => {
  it('reads the styles partner documents use', () => {
    const cases: [string, string][] = [
      ['04.12.2015', '2015-12-04'],
      ['Апр 30.2022', '2022-04-30'],
      ['Ago 19.2023', '2023-08-19'],
      ['Fév 10.2024', '2024-02-10'],
      ['Mzo 10.2025', '2025-03-10'],
      ['Okt 27.2025', '2025-10-27'],
      ['Quibdó, oct. 17 de 2025', '2025-10-17'],
      ['28-30 April, 2022', '2022-04-28'],
      ['1 January – 31 December 2019', '2019-01-01'],
      ['2022-04-30', '2022-04-30'],
      ['2022-04-30T09:15:00Z', '2022-04-30'],
      ['March 2022', '2022-03'],
      ['12/2023', '2023-12'],
      ['2022-03', '2022-03'],
      ['2021', '2021'],
      ['April 30, 2022', '2022-04-30'],
      ['30th of April 2022', '2022-04-30'],
      ['04/30/2022', '2022-04-30'],
      ['04.12.15', '2015-12-04'],
      ['15-Jan-2024', '2024-01-15'],
      ['Mar-2023', '2023-03'],
    ];
    for (const [text, want] of cases) assert.equal(parseDate(text), want, text);
  });

  it('reads month names and abbreviations in French, Spanish, Russian, Ukrainian, Kyrgyz and Arabic', () => {
    const cases: [string, string][] = [
      ['le 1er mai 2021', '2021-05-01'],
      ['3 févr. 2023', '2023-02-03'],
      ['décembre 2020', '2020-12'],
      ['30 de abril de 2022', '2022-04-30'],
      ['15 sept. 2019', '2019-09-15'],
      ['marzo de 2021', '2021-03'],
      ['30 апреля 2022 г.', '2022-04-30'],
      ['«17» ноября 2023 г.', '2023-11-17'],
      ['17 листопада 2023 р.', '2023-11-17'],
      ['в марте 2022 года', '2022-03'],
      ['Ноя 17.2023', '2023-11-17'],
      ['5 лютого 2024 року', '2024-02-05'],
      ['у березні 2023', '2023-03'],
      ['22 берез. 2024 р.', '2024-03-22'],
      ['5 верес. 2023', '2023-09-05'],
      ['2022-жылдын 30-апрелинде', '2022-04-30'],
      ['2024-жылдын 14-майы', '2024-05-14'],
      ['14-декабрь 2021-жылы', '2021-12-14'],
      ['2025-жылдын май айы', '2025-05'],
      ['30 نيسان 2022', '2022-04-30'],
      ['٣٠ أبريل ٢٠٢٢', '2022-04-30'],
      ['2 كانون الثاني 2023', '2023-01-02'],
    ];
    for (const [text, want] of cases) assert.equal(parseDate(text), want, text);
  });

  it('reads a date in digits the way round its weekday agrees with, as sites that write the month first give it', () => {
    const dates = (text: string) => findDates(text).map((d) => d.date);
    assert.deepEqual(dates('Submitted by admin on Tue, 04/08/2025 - 16:05'), ['2025-04-08']);
    assert.deepEqual(dates('Publié le ven. 04/04/2025'), ['2025-04-04']);
    assert.deepEqual(dates('Lundi 07/04/2025'), ['2025-04-07']);
    assert.deepEqual(dates('Reçu le 04/08/2025'), ['2025-08-04']);
  });

  it('says null for what is no date', () => {
    for (const text of [
      '',
      'no date here',
      '31.02.2022',
      '45 complaints',
      '13/2022',
      'A/HRC/RES/12/2023x',
      'I set 3 goals',
    ]) {
      assert.equal(parseDate(text), null, text);
    }
  });
});

describe('findDates', () => {
  it('gives ranges a start and an end', () => {
    const cases: [string, string, string][] = [
      ['28-30 April, 2022', '2022-04-28', '2022-04-30'],
      ['1 January – 31 December 2019', '2019-01-01', '2019-12-31'],
      ['April 28 – May 2, 2022', '2022-04-28', '2022-05-02'],
      ['April 28–30, 2022', '2022-04-28', '2022-04-30'],
      ['March–June 2020', '2020-03', '2020-06'],
      ['du 6 au 9 février 2024', '2024-02-06', '2024-02-09'],
      ['del 3 al 5 de mayo de 2023', '2023-05-03', '2023-05-05'],
      ['с 6 по 9 февраля 2024 г.', '2024-02-06', '2024-02-09'],
      ['2024-жылдын 14–16-майы', '2024-05-14', '2024-05-16'],
      ['2025-жылдын 3-февралынан 14-мартына чейин', '2025-02-03', '2025-03-14'],
      ['2025-жылдын февраль–март айларында', '2025-02', '2025-03'],
      ['04.12.2015 – 06.12.2015', '2015-12-04', '2015-12-06'],
      ['4–6.12.2015', '2015-12-04', '2015-12-06'],
      ['2019–2021', '2019', '2021'],
      ['the 2019-20 season', '2019', '2020'],
      ['١٢-١٤ آذار/مارس ٢٠٢٣', '2023-03-12', '2023-03-14'],
      ['من ٣ إلى ٥ كانون الثاني (يناير) ٢٠٢٤', '2024-01-03', '2024-01-05'],
      ['١٤ و١٥ مايو ٢٠٢٤', '2024-05-14', '2024-05-15'],
      ['بين ١٠ كانون الثاني/يناير و٢٨ شباط/فبراير ٢٠٢٥', '2025-01-10', '2025-02-28'],
      ['entre 1 de janeiro e 31 de dezembro de 2023', '2023-01-01', '2023-12-31'],
    ];
    for (const [text, date, endDate] of cases) {
      const [found] = findDates(text);
      assert.deepEqual([found?.date, found?.endDate], [date, endDate], text);
    }
  });

  it('reports where each date is, in order', () => {
    const text = 'The forum met in Osh on 12.03.2024; its members had met between June and December 2023.';
    const found = findDates(text);
    assert.deepEqual(
      found.map((d) => [d.text, d.date, d.endDate]),
      [
        ['12.03.2024', '2024-03-12', undefined],
        ['June and December 2023', '2023-06', '2023-12'],
      ],
    );
    for (const d of found) assert.equal(text.slice(d.start, d.end), d.text);
  });

  it('keeps a lone number a year only where the words say so', () => {
    const years = (text: string) => findDates(text).map((d) => d.date);
    assert.deepEqual(years('In 2020 the network trained 2000 volunteers.'), ['2020']);
    assert.deepEqual(years('Depuis 2019, plus de 1500 femmes ont participé.'), ['2019']);
    assert.deepEqual(years('Rapport annuel 2021'), ['2021']);
    assert.deepEqual(years('в 2023 году'), ['2023']);
    assert.deepEqual(years('Тогда 1800 человек пришли.'), []);
    assert.deepEqual(years('https://example.org/2020/02/11/report'), []);
  });
});

describe('mainDate', () => {
  it('takes the first full date of the opening lines', () => {
    const text =
      'Declaration of the Youth Assembly\n\nМай 12.2023\n\nBishkek, Kyrgyzstan. 10-11 May, 2023\n\nWe, the participants...';
    assert.equal(mainDate(text), '2023-05-12');
    const news =
      'News > ...\n\nWater committees meet in Osh\n\n12.03.2024\n\nOn 2 March 2024 the committees...';
    assert.equal(mainDate(news), '2024-03-12');
  });

  it("takes the month a masthead gives set wide apart from it, and no survey's range set so", () => {
    const sheet = (first: string) =>
      `${first}\n\nUNSCR 1325 Country Factsheet: Libya\n\nThe survey ran in June 2025 with 19 organisations.`;
    assert.equal(openingDateline(sheet('WOMEN, PEACE AND SECURITY · MAPPING\tOctober 2025')), '2025-10');
    assert.equal(openingDateline(sheet('Survey period\t2 June 2025 – 25 July 2025')), null);
  });

  it('prefers a labelled date, and falls back to a dateline, a month, then a year', () => {
    assert.equal(mainDate('Minutes\nAttendees: 12\nDate: 4 March 2024\nOn 1 March 2024 we...'), '2024-03-04');
    assert.equal(
      mainDate('Fiche pays\n\nL’enquête s’est tenue du 3 mars au 18 avril 2025.\n\nMise à jour : juin 2025'),
      '2025-06',
    );
    const deep = `${'Line of text.\n'.repeat(20)}Kharkiv, 3 October 2023\n`;
    assert.equal(mainDate(deep), '2023-10-03');
    assert.equal(mainDate('Quarterly bulletin\nMarch 2022\nNews from the field'), '2022-03');
    assert.equal(mainDate('Individual Self Reflection 2021 on Commitments\nOrganisation Name'), '2021');
  });

  it('takes the date a report was published over the period it covers', () => {
    const text =
      'Annual Report 2023\nReporting period: 1 January – 31 December 2023\nPublished: 28 March 2024';
    assert.equal(mainDate(text), '2024-03-28');
    assert.equal(
      mainDate('Informe anual\nPublicado el 8 de febrero de 2024\nDel 1 de enero al 31 de diciembre'),
      '2024-02-08',
    );
    const signed =
      'Annual Report 2023\nReporting period: 1 January – 31 December 2023\nForeword\nWe thank our partners.\nNiamey, 15 March 2024';
    assert.equal(mainDate(signed), '2024-03-15');
    assert.equal(mainDate('Activity report\n1 January – 31 December 2023\nWhat we did.'), '2023-01-01');
  });

  it('says null when the opening says nothing of a date', () => {
    const text = `Country factsheet\n\n${'A paragraph without dates.\n\n'.repeat(15)}Responses were gathered from March to June 2020.`;
    assert.equal(mainDate(text), null);
  });
});

describe('ranges joined by a conjunction and an article', () => {
  it('reads "entre le 1er janvier et le 31 décembre 2021" as one range', () => {
    const [range] = findDates('Période : entre le 1er janvier et le 31 décembre 2021.');
    assert.deepEqual([range?.date, range?.endDate], ['2021-01-01', '2021-12-31']);
  });
});

describe('dates that open with a month, in running text', () => {
  it('are found wherever a month name starts, one after another, and not inside words', () => {
    const text =
      'Marching on, the Mayor met us. From April 28 – May 2, 2022 we trained; March–June 2020 came first, ' +
      'then марте 2021 года and «Апр 30.2022». Summary: June 2023.';
    assert.deepEqual(
      findDates(text).map((d) => [d.text, d.date, d.endDate]),
      [
        ['April 28 – May 2, 2022', '2022-04-28', '2022-05-02'],
        ['March–June 2020', '2020-03', '2020-06'],
        ['марте 2021 года', '2021-03', undefined],
        ['Апр 30.2022', '2022-04-30', undefined],
        ['June 2023', '2023-06', undefined],
      ],
    );
  });

  it('finds a day and month without a year where a line gives them, and only valid days', () => {
    assert.deepEqual(yearlessDate('8 de marzo a las 16:05', 0), { end: 10, month: 3, day: 8 });
    assert.deepEqual(yearlessDate('sábado, March 17 at 10:32', 8), { end: 16, month: 3, day: 17 });
    assert.equal(yearlessDate('31 лютого', 0), null);
    assert.equal(yearlessDate('43 людей', 0), null);
  });
});
