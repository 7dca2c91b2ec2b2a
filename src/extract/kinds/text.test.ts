import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asOneLine, placeParts, withoutEnumerator } from './text.js';

describe('withoutEnumerator', () => {
  it('drops the number, letter or Arabic ordinal before a heading, and a table row number and code cells', () => {
    assert.equal(
      withoutEnumerator('1. Implementation and enforcement of laws'),
      'Implementation and enforcement of laws',
    );
    assert.equal(withoutEnumerator('IV) Recommandations'), 'Recommandations');
    assert.equal(withoutEnumerator('ثانياً: الأعراف والقيم'), 'الأعراف والقيم');
    assert.equal(withoutEnumerator('أولاً – إلى الحكومة العراقية'), 'إلى الحكومة العراقية');
    assert.equal(withoutEnumerator('1\tI\tВнедрение и обеспечение\t5'), 'Внедрение и обеспечение\t5');
    assert.equal(withoutEnumerator('12\tSafe environments\t8'), 'Safe environments\t8');
    assert.equal(withoutEnumerator('2025 in review'), '2025 in review');
  });
});

describe('placeParts', () => {
  it("reads a city, its region and its country, the region left out of the city's name", () => {
    assert.deepEqual(placeParts('Tapachula, Chiapas, México'), {
      city: 'Tapachula',
      country: 'México',
      countryCode: 'MX',
    });
    assert.deepEqual(placeParts('Wau, Western Bahr el Ghazal State, South Sudan'), {
      city: 'Wau',
      country: 'South Sudan',
      countryCode: 'SS',
    });
    // (a part of a city the gazetteer does not know stays with it)
    assert.equal(placeParts('Comuna 13, Medellín, Colombia').city, 'Comuna 13, Medellín');
  });

  it('reads a city before its region set after a dash, or named as an autonomous unit or an Arabic region', () => {
    assert.equal(placeParts('بعقوبة – محافظة ديالى').city, 'بعقوبة');
    assert.equal(placeParts('الدمازين، إقليم النيل الأزرق').city, 'الدمازين');
    assert.equal(placeParts('Комрат, АТО Гагаузия').city, 'Комрат');
  });
});

describe('asOneLine', () => {
  it("joins lines wrapped by hand: a word's hyphen dropped, a compound name's kept, others with a space", () => {
    assert.equal(asOneLine(['гуманитар-', 'ного реагирования']), 'гуманитарного реагирования');
    assert.equal(
      asOneLine(['no Leste da Guiné-', 'Bissau: propostas']),
      'no Leste da Guiné-Bissau: propostas',
    );
    assert.equal(asOneLine(['Women mediators', 'in Basilan']), 'Women mediators in Basilan');
  });
});
