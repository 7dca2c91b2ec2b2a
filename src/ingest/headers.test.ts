import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OUTCOME_FIELDS } from '../domain/outcome.js';
import { mapHeaders, matchHeader } from './headers.js';

describe('matchHeader', () => {
  it('maps the header names of harvest exports exactly, whatever their case, spacing or punctuation', () => {
    const cases: [string, string][] = [
      ['Additional information (use if needed) ', 'additionalInfo'],
      ['MCQType of change', 'typesOfChange'],
      ['MCQ Type of change', 'typesOfChange'],
      ['StoryFragment_Merged', 'storyFragment'],
      ['FragmentID', 'id'],
      ['Link to Outcomes in Results Framework ', 'resultsFramework'],
      ['Outcome statements is CONFIDENTIAL', 'confidential'],
      ['  OUTCOME   DESCRIPTION ', 'description'],
      ['outcome_description', 'description'],
      ['Outcome-Description', 'description'],
      ['Descripción', 'description'],
      ['Année', 'year'],
      ['TypeOfChangeCluster', 'cluster'],
    ];
    for (const [header, field] of cases) {
      assert.deepEqual(matchHeader(header), { field, how: 'name' }, JSON.stringify(header));
    }
  });

  it('maps the camelCase names of canonical JSON to their own field', () => {
    for (const f of OUTCOME_FIELDS)
      assert.deepEqual(matchHeader(f.key), { field: f.key, how: 'name' }, f.key);
    assert.deepEqual(matchHeader('ratingSignificance'), { field: 'ratingSignificance', how: 'name' });
    assert.deepEqual(matchHeader('typesOfChange'), { field: 'typesOfChange', how: 'name' });
    assert.deepEqual(matchHeader('contributionOthers'), { field: 'contributionOthers', how: 'name' });
  });

  it('maps every label and alias of the field table to its field', () => {
    for (const f of OUTCOME_FIELDS) {
      for (const name of [f.label, ...f.aliases])
        assert.equal(matchHeader(name)?.field, f.key, `${name} → ${f.key}`);
    }
  });

  it('maps misspelled headers by likeness, and says so', () => {
    const cases: [string, string][] = [
      ['coutnry', 'country'],
      ['Coutnry', 'country'],
      ['Contry', 'country'],
      ['Descriptoin', 'description'],
      ['Outcome descriptoin', 'description'],
      ['Rating significnce', 'ratingSignificance'],
      ['Contribution of the programe', 'contributionProgramme'],
    ];
    for (const [header, field] of cases) {
      assert.deepEqual(matchHeader(header), { field, how: 'fuzzy' }, header);
    }
  });

  it('leaves headers that name no field unmapped', () => {
    for (const header of [
      'Partner',
      'Partner organisation',
      'Donor',
      'Budget',
      'Region',
      'Email',
      '',
      '  ',
      '---',
    ]) {
      assert.equal(matchHeader(header), null, JSON.stringify(header));
    }
  });

  it('allows no typo in short words, where one letter changes the meaning', () => {
    assert.equal(matchHeader('Sale'), null);
    assert.equal(matchHeader('sale'), null);
    assert.equal(matchHeader('Note'), null);
    assert.equal(matchHeader('Yaer'), null);
    assert.equal(matchHeader('Rfe'), null);
    // The real words still map.
    assert.deepEqual(matchHeader('Scale'), { field: 'scale', how: 'name' });
    assert.deepEqual(matchHeader('SCALE'), { field: 'scale', how: 'name' });
    assert.deepEqual(matchHeader('Year'), { field: 'year', how: 'name' });
    assert.deepEqual(matchHeader('Ref.'), { field: 'id', how: 'name' });
  });
});

describe('mapHeaders', () => {
  it('maps each column of the shared CSV header, keeping unknown columns as extras under their name', () => {
    const names = [
      'FragmentID',
      'coutnry',
      'Year',
      'Outcome description',
      'Additional information (use if needed) ',
      'Partner',
      'MCQType of change',
      'StoryFragment_Merged',
    ];
    assert.deepEqual(mapHeaders(names.map((name) => ({ name }))), [
      { header: 'FragmentID', column: 0, field: 'id', how: 'name' },
      { header: 'coutnry', column: 1, field: 'country', how: 'fuzzy' },
      { header: 'Year', column: 2, field: 'year', how: 'name' },
      { header: 'Outcome description', column: 3, field: 'description', how: 'name' },
      { header: 'Additional information (use if needed) ', column: 4, field: 'additionalInfo', how: 'name' },
      { header: 'Partner', column: 5, field: null, how: 'extra' },
      { header: 'MCQType of change', column: 6, field: 'typesOfChange', how: 'name' },
      { header: 'StoryFragment_Merged', column: 7, field: 'storyFragment', how: 'name' },
    ]);
  });

  it('keeps a column the reader marked as extra unmapped, even when its name is a field name', () => {
    assert.deepEqual(mapHeaders([{ name: 'Country', extra: true }, { name: 'country' }]), [
      { header: 'Country', column: 0, field: null, how: 'extra' },
      { header: 'country', column: 1, field: 'country', how: 'name' },
    ]);
  });
});

describe('headers that are real words a typo away from a field', () => {
  it('keeps "County" and "Region" as extras instead of reading them as the country', () => {
    assert.equal(matchHeader('County'), null);
    assert.equal(matchHeader('Region'), null);
    assert.equal(matchHeader('Countyr')?.field, 'country');
  });
});
