import { scaleLinear } from 'd3-scale';
import { GRID, INK, MARK, MUTED } from './palette.js';
import { describeValues, escapeXml, multilineText, px, svgDocument, textWidth, wrapLabel } from './svg.js';

export interface Bar {
  label: string;
  value: number;
}

export interface BarChartSpec {
  id: string;
  title: string;
  bars: Bar[];
  /** What the values count ("outcomes"). */
  unit: string;
  /** Said before the values in the description (e.g. that an outcome may count under several bars). */
  note?: string;
}

const WIDTH = 640;
const ROW = 30;
const BAR = 20;
const SIZE = 12;

/** Horizontal bars, one per label, each with its value written beside it. */
export function barChart(spec: BarChartSpec): string {
  const { bars } = spec;
  const labelWidth = Math.min(230, Math.max(60, ...bars.map((b) => textWidth(b.label, SIZE)))) + 12;
  const left = labelWidth + 4;
  const right = 40;
  const top = 8;
  const plotHeight = Math.max(1, bars.length) * ROW;
  const height = top + plotHeight + 30;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([left, WIDTH - right]);
  const ticks = x.ticks(Math.min(5, x.domain()[1] ?? 1)).filter(Number.isInteger);
  const grid = ticks.map(
    (t) =>
      `<line x1="${px(x(t))}" x2="${px(x(t))}" y1="${top}" y2="${px(top + plotHeight)}" stroke="${GRID}" stroke-width="1"/>` +
      `<text x="${px(x(t))}" y="${px(top + plotHeight + 16)}" text-anchor="middle" fill="${MUTED}" font-size="11">${t}</text>`,
  );
  const rows = bars.map((b, i) => {
    const cy = top + i * ROW + ROW / 2;
    const w = x(b.value) - left;
    const value = String(b.value);
    const inside = w > textWidth(value, SIZE) + 10;
    const label = multilineText(
      wrapLabel(b.label, labelWidth - 12, SIZE),
      labelWidth,
      cy,
      `text-anchor="end" fill="${INK}"`,
      13,
    );
    const valueText = inside
      ? `<text x="${px(left + w - 6)}" y="${px(cy)}" text-anchor="end" dominant-baseline="central" fill="#ffffff" font-weight="bold">${value}</text>`
      : `<text x="${px(left + w + 5)}" y="${px(cy)}" dominant-baseline="central" fill="${INK}" font-weight="bold">${value}</text>`;
    return `<g><title>${escapeXml(`${b.label}: ${value} ${spec.unit}`)}</title>${label}<rect x="${px(left)}" y="${px(cy - BAR / 2)}" width="${px(Math.max(w, 0))}" height="${BAR}" fill="${MARK}"/>${valueText}</g>`;
  });
  const axis = `<line x1="${px(left)}" x2="${px(left)}" y1="${top}" y2="${px(top + plotHeight)}" stroke="${INK}" stroke-width="1"/>`;
  const description = `Bar chart. ${spec.note ? `${spec.note} ` : ''}${bars.length ? describeValues(bars, spec.unit) : 'No outcomes'}.`;
  return svgDocument(
    { id: spec.id, title: spec.title, description, width: WIDTH, height },
    `${grid.join('')}${rows.join('')}${axis}`,
  );
}
