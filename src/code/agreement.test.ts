import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  agreementReport,
  alphaReading,
  type CodePair,
  cohenKappa,
  groupAlpha,
  krippendorffAlpha,
  landisKoch,
  MASI,
  masiDistance,
  NOMINAL,
  pairAgreement,
} from './agreement.js';

/** A 2×2 table of counts (both yes, yes/no, no/yes, both no) as pairs of codes. */
function table(yesYes: number, yesNo: number, noYes: number, noNo: number): CodePair[] {
  const times = (n: number, pair: CodePair) => Array.from({ length: n }, () => pair);
  return [
    ...times(yesYes, ['yes', 'yes']),
    ...times(yesNo, ['yes', 'no']),
    ...times(noYes, ['no', 'yes']),
    ...times(noNo, ['no', 'no']),
  ];
}

/** Krippendorff's reliability data: one row per coder, "." where a coder gave no value. */
function units(...rows: string[]): (string | null)[][] {
  const cells = rows.map((row) => row.split(' ').map((v) => (v === '.' ? null : v)));
  return (cells[0] ?? []).map((_, i) => cells.map((row) => row[i] ?? null));
}

const near = (actual: number | null | undefined, expected: number) =>
  assert.ok(actual != null && Math.abs(actual - expected) < 5e-4, `${actual} is not ${expected}`);

describe("Cohen's kappa", () => {
  it("gives Wikipedia's worked example: 50 proposals, 70% agreement, 50% by chance, kappa 0.4", () => {
    assert.equal(cohenKappa(table(20, 5, 10, 15)), 0.4);
  });

  it("gives Wikipedia's two tables of equal agreement (60 of 100) with different kappas", () => {
    near(cohenKappa(table(45, 15, 25, 15)), 0.1304);
    near(cohenKappa(table(25, 35, 5, 35)), 0.2593);
  });

  it('is 1 for perfect agreement, and undefined when both coders used one code only', () => {
    assert.equal(cohenKappa(table(3, 0, 0, 4)), 1);
    assert.equal(cohenKappa(table(5, 0, 0, 0)), null);
    assert.equal(cohenKappa([]), null);
  });

  it('is negative when coders agree less than chance', () => {
    assert.equal(cohenKappa(table(0, 5, 5, 0)), -1);
  });
});

describe("Krippendorff's alpha (Krippendorff 2011, 'Computing Krippendorff's alpha-reliability')", () => {
  it('gives example A, binary data, two coders: 0.095', () => {
    near(krippendorffAlpha(units('0 1 0 0 0 0 0 0 1 0', '1 1 1 0 0 1 0 0 0 0'), NOMINAL), 0.095);
  });

  it('gives example B, nominal data, two coders: 0.692', () => {
    near(krippendorffAlpha(units('a a b b d c c c e d d a', 'b a b b b c c c e d d d'), NOMINAL), 0.692);
  });

  const exampleC = units(
    '1 2 3 3 2 1 4 1 2 . . .',
    '1 2 3 3 2 2 4 1 2 5 . 3',
    '. 3 3 3 2 3 4 2 2 5 1 .',
    '1 2 3 3 2 4 4 1 2 5 1 .',
  );

  it('gives example C, nominal data, four coders with missing values: 0.743', () => {
    near(krippendorffAlpha(exampleC, NOMINAL), 0.743);
  });

  it('with MASI on single codes gives the nominal value (sets of one code are equal or disjoint)', () => {
    const sets = exampleC.map((unit) => unit.map((v) => (v === null ? null : [v])));
    near(krippendorffAlpha(sets, MASI), 0.743);
  });

  it('is 1 for perfect agreement, undefined with one value only or nothing to pair', () => {
    assert.equal(krippendorffAlpha(units('a b a c', 'a b a c'), NOMINAL), 1);
    assert.equal(krippendorffAlpha(units('a a a', 'a a a'), NOMINAL), null);
    assert.equal(krippendorffAlpha(units('a b .', '. . c'), NOMINAL), null);
  });
});

describe('MASI distance (Passonneau 2006)', () => {
  it('is 0 for equal sets, 1 for disjoint ones, and between for subsets and overlaps', () => {
    assert.equal(masiDistance(['a', 'b'], ['b', 'a']), 0);
    assert.equal(masiDistance(['a'], ['b']), 1);
    near(masiDistance(['a', 'b'], ['a', 'b', 'c']), 1 - (2 / 3) * (2 / 3));
    near(masiDistance(['a', 'b'], ['b', 'c']), 1 - (1 / 3) * (1 / 3));
    assert.equal(masiDistance([], ['a']), 1);
    assert.equal(masiDistance([], []), 0);
  });
});

describe('agreement of two coders on a field', () => {
  it('gives n, observed agreement, kappa, alpha and the disagreements of a single-label field', () => {
    const result = pairAgreement(
      [
        { id: 'O-1', a: ['civic'], b: ['civic'] },
        { id: 'O-2', a: ['media'], b: ['civic'] },
        { id: 'O-3', a: ['media'], b: ['media'] },
        { id: 'O-4', a: [], b: ['media'] },
      ],
      false,
    );
    assert.equal(result.n, 3);
    near(result.observed, 2 / 3);
    near(
      result.kappa,
      cohenKappa([
        ['civic', 'civic'],
        ['media', 'civic'],
        ['media', 'media'],
      ]) ?? Number.NaN,
    );
    assert.deepEqual(result.disagreements, [{ id: 'O-2', a: ['media'], b: ['civic'] }]);
    assert.equal(result.perCode, undefined);
  });

  it('gives alpha with MASI and kappa per code for types of change', () => {
    const result = pairAgreement(
      [
        { id: 'O-1', a: ['policy', 'dialogue'], b: ['dialogue', 'policy'] },
        { id: 'O-2', a: ['policy'], b: ['policy', 'dialogue'] },
        { id: 'O-3', a: ['backlash'], b: ['backlash'] },
      ],
      true,
    );
    assert.equal(result.n, 3);
    near(result.observed, 2 / 3);
    assert.equal(result.kappa, undefined);
    assert.ok(result.alpha !== null && result.alpha > 0 && result.alpha < 1);
    assert.deepEqual(Object.keys(result.perCode ?? {}), ['backlash', 'dialogue', 'policy']);
    assert.deepEqual(result.perCode?.backlash, { observed: 1, kappa: 1 });
    assert.deepEqual(result.perCode?.policy, { observed: 1, kappa: 1 });
    near(result.perCode?.dialogue?.observed ?? Number.NaN, 2 / 3);
    near(result.perCode?.dialogue?.kappa, 0.4);
    assert.deepEqual(
      result.disagreements.map((d) => d.id),
      ['O-2'],
    );
  });

  it('is empty, not an error, when the coders share no item', () => {
    assert.deepEqual(pairAgreement([], false), {
      n: 0,
      observed: 0,
      kappa: null,
      alpha: null,
      disagreements: [],
    });
  });
});

describe('alpha over every coder and the readings', () => {
  it('counts the items at least two coders coded', () => {
    const result = groupAlpha(
      [
        [['a'], ['a'], null],
        [['b'], null, ['b']],
        [['a'], null, null],
        [['b'], ['a'], ['b']],
      ],
      false,
    );
    assert.equal(result.n, 3);
    assert.ok(result.alpha !== null && result.alpha < 1);
  });

  it('reads kappa by Landis and Koch, alpha by Krippendorff', () => {
    assert.deepEqual([-0.1, 0.1, 0.3, 0.5, 0.7, 0.9, null].map(landisKoch), [
      'poor',
      'slight',
      'fair',
      'moderate',
      'substantial',
      'almost perfect',
      'undefined',
    ]);
    assert.deepEqual([0.85, 0.7, 0.5, null].map(alphaReading), [
      'reliable',
      'tentative',
      'unreliable',
      'undefined',
    ]);
  });
});

describe('agreement report from codings', () => {
  const coding = (outcomeId: string, coder: string, ...codes: string[]) => ({
    outcomeId,
    field: 'scale',
    coder,
    codes,
  });
  const codings = [
    coding('O-1', 'ana', 'local'),
    coding('O-1', 'ben', 'local'),
    coding('O-2', 'ana', 'national'),
    coding('O-2', 'ben', 'local'),
    coding('O-2', 'cem', 'national'),
    coding('O-3', 'cem', 'local'),
  ];

  it('pairs every two coders who share outcomes, and gives alpha over all of them', () => {
    const report = agreementReport(codings, () => false);
    assert.deepEqual(report.coders, ['ana', 'ben', 'cem']);
    assert.deepEqual(
      report.pairs.map((p) => [p.coders, p.fields.scale?.n, p.fields.scale?.observed]),
      [
        [['ana', 'ben'], 2, 0.5],
        [['ana', 'cem'], 1, 1],
        [['ben', 'cem'], 1, 0],
      ],
    );
    assert.equal(report.fields.scale?.n, 2);
    assert.deepEqual(report.pairs[0]?.fields.scale?.disagreements, [
      { id: 'O-2', a: ['national'], b: ['local'] },
    ]);
  });

  it('keeps to the coders asked for, and leaves out pairs that share nothing', () => {
    const report = agreementReport(codings, () => false, ['ben', 'cem', 'dan']);
    assert.deepEqual(report.coders, ['ben', 'cem', 'dan']);
    assert.deepEqual(
      report.pairs.map((p) => p.coders),
      [['ben', 'cem']],
    );
  });
});
