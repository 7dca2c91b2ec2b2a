import type { CellValue, CrossTab } from '../../analyze/crosstab.js';
import type { Codebook } from '../../domain/codebook.js';
import { barChart } from '../charts/bar.js';
import { heatMap } from '../charts/heatmap.js';
import { countryMap } from '../charts/map.js';
import { trendChart } from '../charts/trend.js';
import type { ReportSection, ReportTable } from './model.js';

const UNIT = 'outcomes';

export interface Count {
  value: CellValue;
  label: string;
  count: number;
}

/** The counts of a cross-tab's field i, each value with the label people read. */
function countsOf(tab: CrossTab, i = 0): Count[] {
  return (tab.totals[i] ?? []).map((t) => ({
    value: t.value,
    label: tab.labels[i]?.get(String(t.value)) ?? String(t.value),
    count: t.count,
  }));
}

/** Largest first, as a bar chart of categories reads best; ties by label. */
export function byCount(counts: Count[]): Count[] {
  return [...counts].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The order the cross-tab gives: years ascending, other values by label. */
export const asGiven = (counts: Count[]): Count[] => counts;

/** Every code of a codebook list in its order (ratings: low, medium, high), zero where none; others after. */
export function byCodebook(codebook: Codebook, list: string, reverse = false) {
  const codes = codebook.lists[list] ?? [];
  return (counts: Count[]): Count[] => {
    const listed = codes.map(
      (c) => counts.find((n) => n.value === c.id) ?? { value: c.id, label: c.label, count: 0 },
    );
    return [
      ...(reverse ? listed.reverse() : listed),
      ...counts.filter((n) => !codes.some((c) => c.id === n.value)),
    ];
  };
}

const share = (n: number, total: number) => (total ? `${Math.round((100 * n) / total)}%` : '');

function countTable(heading: string, counts: Count[], total: number): ReportTable {
  return {
    head: [heading, 'Outcomes', 'Share'],
    body: counts.map((c) => [c.label, String(c.count), share(c.count, total)]),
    foot: ['All outcomes', String(total), total ? '100%' : ''],
    numericFrom: 1,
  };
}

interface SectionText {
  id: string;
  heading: string;
  text: string;
}

/** Counts of one field as horizontal bars, with the same counts as a table. */
export function barSection(s: SectionText, tab: CrossTab, fieldLabel: string, note?: string): ReportSection {
  const counts = byCount(countsOf(tab));
  return {
    ...s,
    chart: {
      name: s.id,
      svg: barChart({
        id: s.id,
        title: s.heading,
        unit: UNIT,
        bars: counts.map((c) => ({ label: c.label, value: c.count })),
        ...(note ? { note } : {}),
      }),
    },
    table: countTable(fieldLabel, counts, tab.total),
    shape: 'series',
  };
}

/** Outcomes per year as a line, every year between the first and the last shown (zero when none). */
export function trendSection(s: SectionText, tab: CrossTab): ReportSection {
  const counts = countsOf(tab);
  const years = counts.flatMap((c) => (typeof c.value === 'number' ? [c.value] : []));
  const first = Math.min(...years);
  const all: Count[] = years.length
    ? Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => {
        const year = first + i;
        return counts.find((c) => c.value === year) ?? { value: year, label: String(year), count: 0 };
      })
    : [];
  const undated = counts.filter((c) => typeof c.value !== 'number');
  return {
    ...s,
    chart: {
      name: s.id,
      svg: trendChart({
        id: s.id,
        title: s.heading,
        unit: UNIT,
        points: all.map((c) => ({ label: c.label, value: c.count })),
      }),
    },
    table: countTable('Year', [...all, ...undated], tab.total),
    shape: 'series',
  };
}

interface Axis {
  heading: string;
  order: (counts: Count[]) => Count[];
}

/** A two-field cross-tab as a heat map, rows the first field, with the same grid as a table. */
export function heatSection(s: SectionText, tab: CrossTab, rowAxis: Axis, columnAxis: Axis): ReportSection {
  const rows = rowAxis.order(countsOf(tab, 0));
  const columns = columnAxis.order(countsOf(tab, 1));
  const cell = new Map(tab.rows.map((r) => [`${r.values[0]}\u0000${r.values[1]}`, r.count]));
  const values = rows.map((r) => columns.map((c) => cell.get(`${r.value}\u0000${c.value}`) ?? 0));
  return {
    ...s,
    chart: {
      name: s.id,
      svg: heatMap({
        id: s.id,
        title: s.heading,
        rowHeading: rowAxis.heading,
        columnHeading: columnAxis.heading,
        rows: rows.map((r) => r.label),
        columns: columns.map((c) => c.label),
        values,
        rowTotals: rows.map((r) => r.count),
        columnTotals: columns.map((c) => c.count),
        total: tab.total,
        unit: UNIT,
      }),
    },
    table: {
      head: [`${rowAxis.heading} \\ ${columnAxis.heading}`, ...columns.map((c) => c.label), 'Total'],
      body: rows.map((r, i) => [r.label, ...(values[i] ?? []).map(String), String(r.count)]),
      foot: ['Total', ...columns.map((c) => String(c.count)), String(tab.total)],
      numericFrom: 1,
    },
    shape: 'grid',
  };
}

/** Outcomes per country on a world map, with the counts as a table; countries not drawn are said so. */
export function mapSection(s: SectionText, tab: CrossTab): ReportSection {
  const counts = countsOf(tab);
  const { svg, unplaced } = countryMap({
    id: s.id,
    title: s.heading,
    unit: UNIT,
    countries: counts.map((c) => ({ code: String(c.value), name: c.label, count: c.count })),
  });
  const missing = unplaced.length
    ? ` Not on the map (no country the atlas knows): ${unplaced.map((u) => u.name).join(', ')}.`
    : '';
  return {
    ...s,
    text: `${s.text}${missing}`,
    chart: { name: s.id, svg },
    table: countTable('Country', counts, tab.total),
    shape: 'series',
  };
}
