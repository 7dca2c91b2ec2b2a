import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { barChart } from './bar.js';
import { heatMap } from './heatmap.js';
import { countryMap } from './map.js';
import { trendChart } from './trend.js';

/** A chart as people and tools get it: well-formed XML, an accessible image with a title and a description. */
function assertAccessibleSvg(svg: string, title: string): void {
  assert.equal(XMLValidator.validate(svg), true, 'well-formed XML');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /role="img"/);
  assert.ok(svg.includes(`>${title}</title>`), 'title');
  assert.match(svg, /<desc id="[^"]+">[^<]{20,}<\/desc>/);
}

/** The numbers written on a chart, in order. */
function writtenNumbers(svg: string): number[] {
  return [...svg.matchAll(/>(\d+)<\/(?:text|tspan)>/g)].map((m) => Number(m[1]));
}

describe('charts', () => {
  it('writes each bar value beside its bar, and escapes labels', () => {
    const svg = barChart({
      id: 'types',
      title: 'Outcomes per type of change',
      unit: 'outcomes',
      bars: [
        { label: 'Practice change', value: 21 },
        { label: 'Seeking public support & "campaigns" <online>', value: 3 },
        { label: 'Restriction or backlash', value: 0 },
      ],
    });
    assertAccessibleSvg(svg, 'Outcomes per type of change');
    for (const v of [21, 3, 0]) assert.ok(svg.includes(`font-weight="bold">${v}</text>`), `value ${v}`);
    assert.ok(svg.includes('&amp; &quot;campaigns&quot;'));
    assert.match(
      svg,
      /<desc[^>]*>Bar chart\. Practice change: 21 outcomes; .*Restriction or backlash: 0 outcomes\.<\/desc>/,
    );
  });

  it('draws a trend with every value written', () => {
    const points = [2021, 2022, 2023].map((y, i) => ({ label: String(y), value: [12, 0, 21][i] ?? 0 }));
    const svg = trendChart({ id: 'years', title: 'Outcomes per year', unit: 'outcomes', points });
    assertAccessibleSvg(svg, 'Outcomes per year');
    for (const p of points) assert.ok(svg.includes(`font-weight="bold">${p.value}</text>`));
    assert.match(svg, /<path d="M[^"]+" fill="none" stroke="#0072B2"/);
  });

  it('writes every cell of a heat map and its totals', () => {
    const values = [
      [3, 0],
      [1, 2],
    ];
    const svg = heatMap({
      id: 'matrix',
      title: 'Significance and contribution',
      rowHeading: 'Significance',
      columnHeading: 'Contribution',
      rows: ['high', 'low'],
      columns: ['partial', 'great'],
      values,
      rowTotals: [3, 3],
      columnTotals: [4, 2],
      total: 6,
      unit: 'outcomes',
    });
    assertAccessibleSvg(svg, 'Significance and contribution');
    const numbers = writtenNumbers(svg);
    // cells row by row, each row's total after it, then the column totals and the grand total
    assert.deepEqual(numbers.slice(0, 6), [3, 0, 3, 1, 2, 3]);
    assert.deepEqual(numbers.slice(6, 9), [4, 2, 6]);
    assert.ok(svg.includes('<title>high, partial: 3 outcomes</title>'));
    // the darkest cell's count is white on it, the empty cell's is muted on the lightest fill
    assert.match(svg, /fill="#f4f4f4"[^>]*\/><text[^>]*fill="#595959">0</);
  });

  it('maps countries by ISO code: Kosovo by name, small countries as markers, the rest listed', () => {
    const { svg, unplaced } = countryMap({
      id: 'countries',
      title: 'Outcomes per country',
      unit: 'outcomes',
      countries: [
        { code: 'XK', name: 'Kosovo', count: 6 },
        { code: 'SY', name: 'Syria', count: 4 },
        { code: 'MT', name: 'Malta', count: 1 },
        { code: 'Regional', name: 'Regional', count: 2 },
      ],
    });
    assertAccessibleSvg(svg, 'Outcomes per country');
    assert.deepEqual(
      unplaced.map((u) => u.code),
      ['Regional'],
    );
    assert.match(svg, /<title>Kosovo: 6 outcomes<\/title><path d="M/);
    assert.match(svg, /<title>Syria: 4 outcomes<\/title><path d="M/);
    assert.match(svg, /<circle [^>]*r="4\.5"/, 'Malta, too small for the 1:110m atlas, is a marker');
    assert.ok(svg.includes('Kosovo <tspan font-weight="bold">6</tspan>'));
    assert.ok(svg.includes('Not on the map: Regional: 2 outcomes'));
  });
});
