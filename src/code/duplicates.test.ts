import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_DUPLICATE_THRESHOLD, findDuplicates } from './duplicates.js';

const outcomes = [
  {
    id: 'H2-014',
    description:
      'In March 2023 the Oranvale municipal council adopted a bylaw reserving one in five stalls of the central market for women traders.',
  },
  {
    id: 'H1-007',
    description:
      'In March 2023, the municipal council of Oranvale adopted a bylaw that reserves one stall in five at the central market for women traders.',
  },
  {
    id: 'H1-008',
    description:
      'In October 2023, the municipal council of Oranvale allocated part of its budget to repairing the water points of the central market.',
  },
  {
    id: 'P2-101',
    description:
      'Depuis janvier 2022, les chefs de village du cercle de Bandiagara acceptent que des femmes siègent dans les comités de gestion de l’eau.',
  },
  {
    id: 'P1-033',
    description:
      'Les chefs de village du cercle de Bandiagara acceptent, depuis janvier 2022, que les femmes siègent dans les comités de gestion de l’eau de leurs villages.',
  },
  { id: 'X-1', description: 'We held a meeting.' },
  { id: 'X-2', description: 'We held a meeting!' },
  {
    id: 'K-1',
    description: 'В мае 2023 года городской совет Оша утвердил план ремонта дорог в южных кварталах города.',
  },
];

describe('near-duplicates', () => {
  it('pairs reworded and reordered repeats, never the same actor’s different change', () => {
    const found = findDuplicates(outcomes); // most alike first
    assert.deepEqual(
      found.map((d) => [d.a, d.b]),
      [
        ['X-1', 'X-2'],
        ['P1-033', 'P2-101'],
        ['H1-007', 'H2-014'],
      ],
    );
    assert.equal(found[0]?.similarity, 1);
    for (const d of found.slice(1))
      assert.ok(d.similarity >= DEFAULT_DUPLICATE_THRESHOLD && d.similarity < 1);
  });

  it('reports only pairs at least as alike as the threshold asked', () => {
    const strict = findDuplicates(outcomes, 0.95);
    assert.deepEqual(
      strict.map((d) => `${d.a} ${d.b}`),
      ['X-1 X-2'],
    );
    const loose = findDuplicates(outcomes, 0.3);
    assert.ok(loose.some((d) => d.a === 'H1-007' && d.b === 'H1-008'));
  });

  it('finds nothing among different changes, or in an empty store', () => {
    assert.deepEqual(findDuplicates(outcomes.slice(2, 4)), []);
    assert.deepEqual(findDuplicates([]), []);
  });

  it('tells its progress: each outcome looked up, then the pairs compared, up to the end', () => {
    const heard: [number, number][] = [];
    findDuplicates(outcomes, DEFAULT_DUPLICATE_THRESHOLD, (done, total) => heard.push([done, total]));
    const total = 2 * outcomes.length;
    assert.ok(heard.every(([, t]) => t === total));
    assert.deepEqual(
      heard.slice(0, outcomes.length).map(([done]) => done),
      outcomes.map((_, i) => i + 1),
    );
    assert.ok(heard.every(([done], i) => i === 0 || done >= (heard[i - 1] as [number, number])[0]));
    assert.deepEqual(heard.at(-1), [total, total]);
  });
});
