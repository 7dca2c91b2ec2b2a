import { GRID, INK, inkOn, MUTED, rampFill, rampLegend } from './palette.js';
import { escapeXml, multilineText, px, svgDocument, textWidth, wrapLabel } from './svg.js';

export interface HeatMapSpec {
  id: string;
  title: string;
  /** What the rows and the columns are ("Type of change", "Year"). */
  rowHeading: string;
  columnHeading: string;
  rows: string[];
  columns: string[];
  /** values[row][column]. */
  values: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
  unit: string;
}

const SIZE = 12;
const CELL_HEIGHT = 30;
const TILT = Math.SQRT1_2;

/** A grid of counts: each cell shaded on a light-to-dark ramp and its count written in it, with totals. */
export function heatMap(spec: HeatMapSpec): string {
  const { rows, columns, values } = spec;
  const max = Math.max(0, ...values.flat());
  const rowLabelWidth =
    Math.min(
      210,
      Math.max(70, textWidth(`${spec.rowHeading} ↓`, SIZE), ...rows.map((r) => textWidth(r, SIZE))),
    ) + 10;
  const longest = Math.max(textWidth('Total', SIZE), ...columns.map((c) => textWidth(c, SIZE)));
  const few = columns.length <= 6;
  const cellWidth = few ? Math.max(56, Math.min(120, longest / 1.6 + 12)) : 52;
  const upright = few || longest <= cellWidth - 8;
  const headerHeight = upright ? 44 : longest * TILT + 20;
  const left = rowLabelWidth + 6;
  const top = 22 + headerHeight;
  const gridWidth = columns.length * cellWidth;
  const totalX = left + gridWidth + 8;
  const plotBottom = top + rows.length * CELL_HEIGHT;
  const tiltReach = upright ? 0 : Math.max(0, longest * TILT - cellWidth / 2 - 8 - cellWidth);
  const width = Math.max(totalX + cellWidth + 12 + tiltReach, 420);
  const parts: string[] = [
    `<text x="${px(left)}" y="14" fill="${MUTED}" font-weight="bold">${escapeXml(spec.columnHeading)} →</text>`,
    `<text x="${px(rowLabelWidth)}" y="${px(top - 8)}" text-anchor="end" fill="${MUTED}" font-weight="bold">${escapeXml(spec.rowHeading)} ↓</text>`,
  ];
  const headerLabel = (label: string, cx: number, bold = false) => {
    const weight = bold ? ' font-weight="bold"' : '';
    if (upright)
      return multilineText(
        wrapLabel(label, cellWidth - 6, SIZE),
        cx,
        top - 18,
        `text-anchor="middle" fill="${INK}"${weight}`,
        13,
      );
    return `<text transform="translate(${px(cx - 4)} ${px(top - 8)}) rotate(-45)" fill="${INK}"${weight}>${escapeXml(label)}</text>`;
  };
  for (const [c, column] of columns.entries()) parts.push(headerLabel(column, left + (c + 0.5) * cellWidth));
  parts.push(headerLabel('Total', totalX + cellWidth / 2, true));
  for (const [r, row] of rows.entries()) {
    const y = top + r * CELL_HEIGHT;
    const cy = y + CELL_HEIGHT / 2;
    parts.push(
      multilineText(
        wrapLabel(row, rowLabelWidth - 10, SIZE),
        rowLabelWidth,
        cy,
        `text-anchor="end" fill="${INK}"`,
        13,
      ),
    );
    for (const [c, column] of columns.entries()) {
      const value = values[r]?.[c] ?? 0;
      const x = left + c * cellWidth;
      parts.push(
        `<g><title>${escapeXml(`${row}, ${column}: ${value} ${spec.unit}`)}</title>` +
          `<rect x="${px(x)}" y="${px(y)}" width="${px(cellWidth)}" height="${CELL_HEIGHT}" fill="${rampFill(value, max)}" stroke="#ffffff" stroke-width="2"/>` +
          `<text x="${px(x + cellWidth / 2)}" y="${px(cy)}" text-anchor="middle" dominant-baseline="central" fill="${value ? inkOn(value, max) : MUTED}"${value ? ' font-weight="bold"' : ''}>${value}</text></g>`,
      );
    }
    parts.push(
      `<text x="${px(totalX + cellWidth / 2)}" y="${px(cy)}" text-anchor="middle" dominant-baseline="central" fill="${INK}" font-weight="bold">${spec.rowTotals[r] ?? 0}</text>`,
    );
  }
  const totalY = plotBottom + CELL_HEIGHT / 2 + 4;
  parts.push(
    `<line x1="${px(left)}" x2="${px(totalX + cellWidth)}" y1="${px(plotBottom + 3)}" y2="${px(plotBottom + 3)}" stroke="${GRID}"/>`,
    `<text x="${px(rowLabelWidth)}" y="${px(totalY)}" text-anchor="end" dominant-baseline="central" fill="${INK}" font-weight="bold">Total</text>`,
    ...columns.map(
      (_, c) =>
        `<text x="${px(left + (c + 0.5) * cellWidth)}" y="${px(totalY)}" text-anchor="middle" dominant-baseline="central" fill="${INK}" font-weight="bold">${spec.columnTotals[c] ?? 0}</text>`,
    ),
    `<text x="${px(totalX + cellWidth / 2)}" y="${px(totalY)}" text-anchor="middle" dominant-baseline="central" fill="${INK}" font-weight="bold">${spec.total}</text>`,
  );
  const legend = rampLegend(
    left,
    totalY + CELL_HEIGHT / 2 + 8,
    max,
    `${spec.unit[0]?.toUpperCase()}${spec.unit.slice(1)} per cell:`,
  );
  parts.push(legend.svg);
  const height = totalY + CELL_HEIGHT / 2 + 32;
  const cells = rows.flatMap((row, r) =>
    columns.map((column, c) => ({ label: `${row} × ${column}`, value: values[r]?.[c] ?? 0 })),
  );
  const nonZero = cells.filter((cell) => cell.value > 0);
  const description =
    `Heat map of ${spec.rowHeading} by ${spec.columnHeading}, darker cells count more ${spec.unit}. ` +
    (nonZero.length
      ? `${nonZero.map((cell) => `${cell.label}: ${cell.value}`).join('; ')}; every other cell 0.`
      : `No ${spec.unit}.`);
  return svgDocument(
    { id: spec.id, title: spec.title, description, width: Math.max(width, left + legend.width + 12), height },
    parts.join(''),
  );
}
