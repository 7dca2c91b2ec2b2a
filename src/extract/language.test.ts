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

  it('keeps a Russian text Russian when it quotes a Ukrainian word', () => {
    const text = `${'Жители района потребовали открытых слушаний по бюджету воды. '.repeat(5)}Слово «громада» означает община.`;
    assert.equal(detectLanguage(text), 'ru');
  });

  it('says null for a Latin-script text too short to tell', () => {
    assert.equal(detectLanguage('Rapport'), null);
    assert.equal(detectLanguage('12.03.2024'), null);
  });
});
