import { countFieldHeaders, headerKey } from './headers.js';
import type { RawRecord, RawTable } from './table.js';

/** `**Field**: value` or `**Field:** value`, optionally as a list item. */
const FIELD_LINE = /^\s*(?:[-*+]\s+)?\*\*([^*]+?)(?::\*\*|\*\*\s*:)[ \t]?(.*)$/;
const SEPARATOR = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;

/**
 * True when text holds key-value outcome records rather than prose: field lines naming two outcome fields
 * or more (a report's repeated "**Keywords:** …" makes no record).
 */
export function looksLikeKeyValue(text: string): boolean {
  const names = new Set<string>();
  for (const line of text.split('\n', 200)) {
    const name = FIELD_LINE.exec(line)?.[1];
    if (name && !names.has(name) && countFieldHeaders([...names.add(name)]) >= 2) return true;
  }
  return false;
}

interface OpenRecord {
  line: number;
  values: Map<string, string>;
}

/**
 * Reads `**Field**: value` records. A value runs on over the following lines until the next field; a
 * record ends at a `---` rule or where a field it already has starts again (the next record's id).
 */
export function readKeyValue(text: string): RawTable {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const records: OpenRecord[] = [];
  const columns: string[] = [];
  const seen = new Set<string>();
  let current: OpenRecord | null = null;
  let field: string | null = null;

  lines.forEach((line, i) => {
    if (SEPARATOR.test(line)) {
      current = null;
      field = null;
      return;
    }
    const match = FIELD_LINE.exec(line);
    if (match) {
      const header = match[1] ?? '';
      if (!current || current.values.has(header)) {
        current = { line: i + 1, values: new Map() };
        records.push(current);
      }
      current.values.set(header, match[2] ?? '');
      field = header;
      const key = headerKey(header);
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(header);
      }
      return;
    }
    if (current && field !== null) current.values.set(field, `${current.values.get(field)}\n${line}`);
  });

  const index = new Map(columns.map((c, i) => [headerKey(c), i]));
  const rawRecords: RawRecord[] = records.map((r) => {
    const cells: string[] = new Array(columns.length).fill('');
    for (const [header, value] of r.values) cells[index.get(headerKey(header)) ?? 0] = value.trim();
    return { line: r.line, cells };
  });
  return {
    unit: 'line',
    headerLine: null,
    columns: columns.map((name) => ({ name: name.trim() })),
    records: rawRecords,
    problems: [],
  };
}
