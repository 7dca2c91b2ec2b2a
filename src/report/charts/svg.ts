/**
 * What every chart shares: XML escaping, the accessible SVG frame (role="img", <title>, <desc>), text
 * measured without a browser, and labels wrapped to fit.
 */

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

/** Coordinates with one decimal: enough on screen and in print, and the files stay small. */
export function px(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Fonts every system has; charts must render the same offline, in a browser or opened alone. */
export const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

/** Text is measured without a browser: an average sans-serif letter is about 0.58 em wide. */
export function textWidth(text: string, size: number): number {
  return [...text].length * size * 0.58;
}

/** A label cut into at most `lines` lines that fit the width, the last one ending in "…" when cut short. */
export function wrapLabel(text: string, width: number, size: number, lines = 2): string[] {
  const out: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [i, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size) <= width || !line) {
      line = next;
      continue;
    }
    if (out.length === lines - 1) {
      line = `${next} ${words.slice(i + 1).join(' ')}`;
      break;
    }
    out.push(line);
    line = word;
  }
  if (line) out.push(line);
  const last = out.length - 1;
  const fits = (s: string) => textWidth(s, size) <= width;
  let tail = out[last] ?? '';
  if (!fits(tail)) {
    while (tail.length > 1 && !fits(`${tail}…`)) tail = tail.slice(0, -1).trimEnd();
    out[last] = `${tail}…`;
  }
  return out;
}

/** A <text> element of several lines (tspans), vertically centred on y. */
export function multilineText(
  lines: string[],
  x: number,
  y: number,
  attributes: string,
  lineHeight: number,
): string {
  const first = y - ((lines.length - 1) * lineHeight) / 2;
  const spans = lines
    .map((l, i) => `<tspan x="${px(x)}" y="${px(first + i * lineHeight)}">${escapeXml(l)}</tspan>`)
    .join('');
  return `<text ${attributes} dominant-baseline="central">${spans}</text>`;
}

export interface ChartFrame {
  /** Unique within a page: charts sit side by side in one HTML document. */
  id: string;
  title: string;
  /** What the chart shows, values included, for people who cannot see it. */
  description: string;
  width: number;
  height: number;
}

/** A standalone SVG document that can also be inlined into HTML. */
export function svgDocument(frame: ChartFrame, body: string): string {
  const { id, width, height } = frame;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${px(width)} ${px(height)}" width="${px(width)}" height="${px(height)}"`,
    ` role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${escapeXml(FONT)}" font-size="12" class="chart">`,
    `<title id="${id}-title">${escapeXml(frame.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(frame.description)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    body,
    '</svg>',
  ].join('');
}

/** "Policy change: 4; Dialogue: 2" — the values a chart shows, as words. */
export function describeValues(items: { label: string; value: number }[], unit: string): string {
  return items.map((i) => `${i.label}: ${i.value} ${unit}`).join('; ');
}
