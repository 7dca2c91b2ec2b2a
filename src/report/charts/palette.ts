import { scaleLinear } from 'd3-scale';
import { escapeXml, px, textWidth } from './svg.js';

/**
 * Colours that colour-blind readers tell apart and that print in greyscale: Okabe–Ito hues for marks,
 * and one single-hue ramp (ColorBrewer Blues) for quantities, light to dark, so that lightness alone
 * carries the order. Charts also write every value, so no reading depends on colour.
 */
export const INK = '#1a1a1a';
export const MUTED = '#595959';
export const GRID = '#d4d4d4';
/** Okabe–Ito blue: bars and the trend line. */
export const MARK = '#0072B2';
/** Land with nothing to show, and empty cells: lighter than any step of the ramp. */
export const EMPTY = '#f4f4f4';

const BLUES = ['#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];
const blues = scaleLinear<string>()
  .domain(BLUES.map((_, i) => i / (BLUES.length - 1)))
  .range(BLUES)
  .clamp(true);

/** Where a count sits on the ramp: the smallest count is still clearly darker than an empty cell. */
function position(value: number, max: number): number {
  return max <= 1 ? 0.6 : 0.15 + (0.85 * (value - 1)) / (max - 1);
}

/** The fill for a count among counts up to max; empty for zero. */
export function rampFill(value: number, max: number): string {
  return value <= 0 ? EMPTY : blues(position(value, max));
}

/** Text on a filled cell: white on the dark half of the ramp, ink on the light half. */
export function inkOn(value: number, max: number): string {
  return value > 0 && position(value, max) > 0.55 ? '#ffffff' : INK;
}

/** Steps of the ramp for a legend: from 1 to max, at most five. */
export function legendSteps(max: number): number[] {
  if (max <= 0) return [];
  const steps = Math.min(5, max);
  return [
    ...new Set(
      Array.from({ length: steps }, (_, i) => Math.round(1 + ((max - 1) * i) / Math.max(1, steps - 1))),
    ),
  ];
}

/** A legend of the ramp: a swatch per step with its count, and "none" for empty. */
export function rampLegend(x: number, y: number, max: number, label: string): { svg: string; width: number } {
  const parts = [`<text x="${px(x)}" y="${px(y + 9)}" fill="${MUTED}">${escapeXml(label)}</text>`];
  let at = x + textWidth(label, 12) + 10;
  for (const step of [0, ...legendSteps(max)]) {
    const text = step === 0 ? '0' : String(step);
    parts.push(
      `<rect x="${px(at)}" y="${px(y)}" width="22" height="14" fill="${rampFill(step, max)}" stroke="${GRID}"/>`,
      `<text x="${px(at + 11)}" y="${px(y + 7)}" text-anchor="middle" dominant-baseline="central" font-size="10" fill="${inkOn(step, max)}">${text}</text>`,
    );
    at += 26;
  }
  return { svg: `<g class="legend">${parts.join('')}</g>`, width: at - x };
}
