import { scaleLinear, scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';
import { GRID, INK, MARK, MUTED } from './palette.js';
import { describeValues, escapeXml, px, svgDocument } from './svg.js';

export interface TrendPoint {
  label: string;
  value: number;
}

export interface TrendChartSpec {
  id: string;
  title: string;
  /** In order (years ascending, gaps already filled with zeros). */
  points: TrendPoint[];
  unit: string;
}

const WIDTH = 640;
const HEIGHT = 240;

/** A line over periods with a marker and the value written at each point. */
export function trendChart(spec: TrendChartSpec): string {
  const { points } = spec;
  const margin = { top: 24, right: 24, bottom: 32, left: 40 };
  const max = Math.max(1, ...points.map((p) => p.value));
  const x = scalePoint()
    .domain(points.map((p) => p.label))
    .range([margin.left, WIDTH - margin.right])
    .padding(0.5);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - margin.bottom, margin.top]);
  const ticks = y.ticks(Math.min(5, y.domain()[1] ?? 1)).filter(Number.isInteger);
  const grid = ticks.map(
    (t) =>
      `<line x1="${margin.left}" x2="${WIDTH - margin.right}" y1="${px(y(t))}" y2="${px(y(t))}" stroke="${GRID}"/>` +
      `<text x="${margin.left - 8}" y="${px(y(t))}" text-anchor="end" dominant-baseline="central" fill="${MUTED}" font-size="11">${t}</text>`,
  );
  const xy = (p: TrendPoint): [number, number] => [x(p.label) ?? 0, y(p.value)];
  const path = line<TrendPoint>()
    .x((p) => xy(p)[0])
    .y((p) => xy(p)[1])
    .digits(1)(points);
  const fill = area<TrendPoint>()
    .x((p) => xy(p)[0])
    .y0(y(0))
    .y1((p) => xy(p)[1])
    .digits(1)(points);
  const marks = points.map((p) => {
    const [cx, cy] = xy(p);
    return (
      `<g><title>${escapeXml(`${p.label}: ${p.value} ${spec.unit}`)}</title>` +
      `<circle cx="${px(cx)}" cy="${px(cy)}" r="4.5" fill="#ffffff" stroke="${MARK}" stroke-width="2.5"/>` +
      `<text x="${px(cx)}" y="${px(cy - 11)}" text-anchor="middle" fill="${INK}" font-weight="bold">${p.value}</text>` +
      `<text x="${px(cx)}" y="${HEIGHT - margin.bottom + 18}" text-anchor="middle" fill="${INK}">${escapeXml(p.label)}</text></g>`
    );
  });
  const base = `<line x1="${margin.left}" x2="${WIDTH - margin.right}" y1="${px(y(0))}" y2="${px(y(0))}" stroke="${INK}"/>`;
  const description = `Line chart. ${points.length ? describeValues(points, spec.unit) : 'No outcomes'}.`;
  return svgDocument(
    { id: spec.id, title: spec.title, description, width: WIDTH, height: HEIGHT },
    [
      grid.join(''),
      points.length > 1 && fill ? `<path d="${fill}" fill="${MARK}" fill-opacity="0.12"/>` : '',
      base,
      points.length > 1 && path ? `<path d="${path}" fill="none" stroke="${MARK}" stroke-width="2.5"/>` : '',
      marks.join(''),
    ].join(''),
  );
}
