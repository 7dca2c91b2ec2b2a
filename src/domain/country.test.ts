import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryCode } from './country.js';

describe('countryCode', () => {
  it('names countries by their names in several languages, common short forms and codes', () => {
    assert.deepEqual(
      ['Mali', 'Сирия', 'Україна', 'DR Congo', 'Centrafrique', 'Kosovo', 'XK', 'COL', 'and'].map(countryCode),
      ['ML', 'SY', 'UA', 'CD', 'CF', 'XK', 'XK', 'CO', undefined],
    );
  });

  it('names countries by their official forms: "Republic of …", "Кыргызская Республика"', () => {
    assert.deepEqual(
      [
        'Кыргызская Республика',
        'Республика Казахстан',
        'Republic of Moldova',
        'République du Mali',
        'The Republic',
      ].map(countryCode),
      ['KG', 'KZ', 'MD', 'ML', undefined],
    );
  });
});
