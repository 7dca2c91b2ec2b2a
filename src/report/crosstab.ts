import { stringify } from 'csv-stringify/sync';
import type { CellValue, CrossTab } from '../analyze/crosstab.js';
import { FIELD_BY_KEY } from '../domain/outcome.js';
import { CSV_OPTIONS } from '../domain/spreadsheet.js';

/** What a two-field cross-tab's percentages are shares of: each row, each column, or all outcomes. */
export type PercentBase = 'row' | 'column' | 'total';

/** A cross-tab laid out as a grid of strings: header row first, totals last. */
function grid(tab: CrossTab, percent?: PercentBase): string[][] {
  const label = (i: number, v: CellValue) => tab.labels[i]?.get(String(v)) ?? String(v);
  const fieldName = (i: number) => FIELD_BY_KEY.get(tab.by[i] as never)?.label ?? String(tab.by[i]);
  const pct = (n: number) => (tab.total ? `${((100 * n) / tab.total).toFixed(1)}%` : '');
  if (tab.by.length === 2) {
    const columns = tab.totals[1] ?? [];
    const rows = tab.totals[0] ?? [];
    const count = new Map(tab.rows.map((r) => [`${r.values[0]}\u0000${r.values[1]}`, r.count]));
    const cell = (n: number, rowTotal: number, columnTotal: number) => {
      const base = percent === 'row' ? rowTotal : percent === 'column' ? columnTotal : tab.total;
      return percent && base ? `${n} (${((100 * n) / base).toFixed(1)}%)` : String(n);
    };
    return [
      [`${fieldName(0)} \\ ${fieldName(1)}`, ...columns.map((c) => label(1, c.value)), 'Total'],
      ...rows.map((r) => [
        label(0, r.value),
        ...columns.map((c) => cell(count.get(`${r.value}\u0000${c.value}`) ?? 0, r.count, c.count)),
        cell(r.count, r.count, tab.total),
      ]),
      [
        'Total',
        ...columns.map((c) => cell(c.count, tab.total, c.count)),
        cell(tab.total, tab.total, tab.total),
      ],
    ];
  }
  return [
    [...tab.by.map((_, i) => fieldName(i)), 'Outcomes', 'Share'],
    ...tab.rows.map((r) => [...r.values.map((v, i) => label(i, v)), String(r.count), pct(r.count)]),
    ['Total', ...tab.by.slice(1).map(() => ''), String(tab.total), tab.total ? '100.0%' : ''],
  ];
}

/** A plain-text table with aligned columns, numbers on the right. */
export function crossTabText(tab: CrossTab, percent?: PercentBase): string {
  const rows = grid(tab, percent);
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const numeric = (c: number) => c >= tab.by.length - (tab.by.length === 2 ? 1 : 0);
  const line = (r: string[]) =>
    r
      .map((cell, c) => (numeric(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const [head = [], ...body] = rows;
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(head), rule, ...body.slice(0, -1).map(line), rule, line(body.at(-1) ?? [])].join('\n');
}

export function crossTabCsv(tab: CrossTab, percent?: PercentBase): string {
  return stringify(grid(tab, percent), CSV_OPTIONS);
}

export function crossTabMarkdown(tab: CrossTab, percent?: PercentBase): string {
  const [head = [], ...body] = grid(tab, percent);
  const escapePipes = (cell: string) => cell.replace(/\|/g, '\\|');
  const row = (cells: string[]) => `| ${cells.map(escapePipes).join(' | ')} |`;
  return [row(head), row(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...body.map(row)].join('\n');
}

/** The cross-tab as JSON: each combination with its count, and the count per value of each field. */
export function crossTabJson(tab: CrossTab): Record<string, unknown> {
  const label = (i: number, v: CellValue) =>
    v === null ? null : typeof v === 'string' ? (tab.labels[i]?.get(v) ?? v) : v;
  return {
    by: tab.by,
    total: tab.total,
    rows: tab.rows.map((r) => ({
      ...Object.fromEntries(tab.by.map((f, i) => [f, label(i, r.values[i] ?? null)])),
      count: r.count,
    })),
    totals: Object.fromEntries(
      tab.by.map((f, i) => [
        f,
        Object.fromEntries((tab.totals[i] ?? []).map((t) => [String(label(i, t.value)), t.count])),
      ]),
    ),
  };
}
