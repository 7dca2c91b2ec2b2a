import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryOfCity } from './lexicon.js';
import { keyOf, listKey, stretchesAround, tokenize, ukrainianLatin } from './text.js';

describe('stretchesAround', () => {
  it('gives each stretch without white space around a marker once, however many markers it holds', () => {
    const text = 'Write to a.b@example.org or\tsee www.example.org/x.y\nThe end.';
    const stretches = stretchesAround(text, /\.[a-z]/g).map(([start, end]) => text.slice(start, end));
    assert.deepEqual(stretches, ['a.b@example.org', 'www.example.org/x.y']);
  });
});

describe('keys', () => {
  it('are the same whether remembered (texts) or not (word lists)', () => {
    for (const word of ['Amina', "O'Neil", 'al-Nasr', 'Ségou', 'Кыргызстан', 'أحمد', 'Zwei\u200bWort']) {
      assert.equal(listKey(word), keyOf(word));
    }
  });
});

describe('tokenize', () => {
  it('tells words in capitals from capitalised ones and lower-case ones', () => {
    const casings = tokenize('AMINATA Sow, UN a ÖZ Öz al-Harbi').map((t) => `${t.raw}:${t.casing}`);
    assert.deepEqual(casings, [
      'AMINATA:caps',
      'Sow:title',
      'UN:caps',
      'a:lower',
      'ÖZ:caps',
      'Öz:title',
      'al-Harbi:title',
    ]);
  });
});

describe('ukrainianLatin', () => {
  it("spells places as Ukraine's romanisation does, so that the place list finds their country", () => {
    assert.deepEqual(
      ['Київ', 'Хмельницький', 'Білгород-Дністровський'].map((c) => ukrainianLatin(listKey(c).trim())),
      ['kyiv', 'khmelnytskyi', 'bilhorod dnistrovskyi'],
    );
    assert.deepEqual(
      ['Київ', 'Хмельницький', 'Душанбе'].map((c) => countryOfCity(c)),
      ['UA', 'UA', 'TJ'],
    );
  });
});
