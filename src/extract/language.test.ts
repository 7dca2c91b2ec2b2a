import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from '../domain/language.js';

describe('detectLanguage', () => {
  it('tells the languages of the field apart in one sentence', () => {
    const cases: [string, string][] = [
      ['en', 'The women of the village met the mayor to ask for a new well.'],
      ['fr', 'Les femmes du village ont rencontré le maire pour demander un puits.'],
      ['es', 'Las mujeres de la vereda se reunieron con el alcalde para pedir un pozo.'],
      ['ar', 'اجتمعت نساء القرية مع رئيس البلدية لطلب بئر جديدة.'],
      ['ru', 'Женщины села встретились с главой района, чтобы попросить новый колодец.'],
      ['uk', 'Жінки села зустрілися з головою громади, щоб попросити нову криницю.'],
      ['ky', 'Айылдын аялдары жаңы кудук сурап аким менен жолугушту.'],
    ];
    for (const [want, text] of cases) assert.equal(detectLanguage(text), want, text);
  });

  it('reads titles and headings of a few words', () => {
    const cases: [string, string][] = [
      ['en', 'Training for paralegals in Mopti'],
      ['en', 'Women mediators in Yemen'],
      ['fr', 'Protection des civils au Sahel'],
      ['es', 'Protección de líderes sociales'],
      ['ar', 'تقرير سنوي'],
      ['ru', 'Годовой отчёт организации'],
      ['uk', 'Річний звіт'],
      ['ky', 'Жылдык отчет'],
      ['ky', 'Уюмдун жылдык отчёту'],
    ];
    for (const [want, text] of cases) assert.equal(detectLanguage(text), want, text);
  });

  it('keeps a Russian text Russian when it names Kazakh organisations and places', () => {
    const text =
      'Общественный фонд «Тең құқық» провёл в Алматы три семинара для женщин из Қарасай и Талғар. ' +
      'Участницы обсудили, как получить юридическую помощь и куда обращаться при насилии в семье. ' +
      'Фонд также открыл горячую линию для жителей Алматинской области.';
    assert.equal(detectLanguage(text), 'ru');
    assert.equal(
      detectLanguage(
        'Қоғамдық қор Алматыда әйелдерге арналған үш семинар өткізді және заң көмегін көрсетті.',
      ),
      'kk',
    );
  });

  it('keeps a Russian text Russian when it quotes a Ukrainian word', () => {
    const text = `${'Жители района потребовали открытых слушаний по бюджету воды. '.repeat(5)}Слово «громада» означает община.`;
    assert.equal(detectLanguage(text), 'ru');
  });

  it('tells the languages the fast detector lacks, in paragraphs', () => {
    const cases: [string, string][] = [
      [
        'sw',
        'Wanawake wa kijiji walikutana na meya kuomba kisima kipya. Kamati ya amani ilikubali kufadhili mradi huo baada ya mikutano mitatu na viongozi wa eneo hilo.',
      ],
      [
        'ha',
        'Matan ƙauyen sun gana da shugaban karamar hukuma don neman sabuwar rijiya. Kwamitin zaman lafiya ya amince ya dauki nauyin aikin bayan tarurruka uku da shugabannin yankin.',
      ],
      [
        'so',
        'Haweenka tuulada waxay la kulmeen duqa magaalada si ay u codsadaan ceel cusub. Guddiga nabadda ayaa ogolaaday inuu maalgeliyo mashruuca kadib saddex shir.',
      ],
      [
        'id',
        'Para perempuan desa bertemu dengan bupati untuk meminta sumur baru. Komite perdamaian setuju untuk mendanai proyek tersebut setelah tiga pertemuan dengan pemimpin setempat.',
      ],
      [
        'pt',
        'As mulheres da aldeia reuniram-se com o prefeito para pedir um novo poço. O comité de paz concordou em financiar o projeto depois de três reuniões com as autoridades locais.',
      ],
    ];
    for (const [want, text] of cases) assert.equal(detectLanguage(text), want, text);
  });

  it('reads a long report in its main language, not in that of its title', () => {
    const title = 'Rapport annuel de l’association pour la paix et le développement au Sahel\n\n';
    const body = [
      'The committee met every month with the district council to settle disputes over water.',
      'Women mediators from three villages joined the talks after the harvest season.',
      'By the end of the year the council had adopted a budget line for the wells.',
      'Young people organised a radio programme on peaceful grazing routes.',
      'Herders and farmers now share a calendar of when cattle may cross the fields.',
    ]
      .join(' ')
      .repeat(12);
    assert.equal(detectLanguage(title + body), 'en');
  });

  it('says null for a Latin-script text too short to tell', () => {
    assert.equal(detectLanguage('Rapport'), null);
    assert.equal(detectLanguage('12.03.2024'), null);
  });
});
