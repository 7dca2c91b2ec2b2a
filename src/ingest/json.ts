import type { Problem } from '../domain/problem.js';
import type { RawColumn, RawRecord, RawTable, RawValue } from './table.js';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toRaw(value: unknown): RawValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number | boolean;
}

/** Line of a character offset, for JSON.parse errors that give only a position. */
function lineAt(text: string, position: number): number {
  return text.slice(0, position).split('\n').length;
}

function parseError(file: string, text: string, error: unknown, baseLine = 1): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const line = position ? baseLine + lineAt(text, Number(position[1])) - 1 : baseLine;
  return {
    file,
    line,
    field: null,
    reason: `not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '')})`,
  };
}

/**
 * Reads canonical outcome JSON: an array of outcomes (or `{outcomes: [...]}`), or JSON Lines with one
 * outcome per line. Keys are read like spreadsheet headers; the entries of `extra` stay extras.
 */
export function readJson(file: string, text: string, lines: boolean): RawTable {
  const problems: Problem[] = [];
  const objects: { line: number; value: unknown }[] = [];
  if (lines) {
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        objects.push({ line: i + 1, value: JSON.parse(line) });
      } catch (error) {
        problems.push(parseError(file, line, error, i + 1));
      }
    });
  } else {
    try {
      const doc: unknown = JSON.parse(text);
      const list =
        isObject(doc) && Array.isArray(doc.outcomes) ? doc.outcomes : Array.isArray(doc) ? doc : [doc];
      // Records of an array carry no line of their own: number them by position (record 1, 2 ...).
      for (const [i, value] of (list as unknown[]).entries()) objects.push({ line: i + 1, value });
    } catch (error) {
      problems.push(parseError(file, text, error));
    }
  }

  const columns: RawColumn[] = [];
  const index = new Map<string, number>();
  const column = (name: string, extra: boolean) => {
    const key = `${extra ? 'extra:' : ''}${name}`;
    if (!index.has(key)) {
      index.set(key, columns.length);
      columns.push({ name, extra });
    }
    return index.get(key) as number;
  };
  const records: RawRecord[] = [];
  for (const { line, value } of objects) {
    if (!isObject(value)) {
      problems.push({
        file,
        line,
        field: null,
        reason: 'expected an outcome object such as {"id": ..., "description": ...}',
      });
      continue;
    }
    const cells: RawValue[] = [];
    for (const [key, v] of Object.entries(value)) {
      if (key === 'extra' && isObject(v))
        for (const [name, ev] of Object.entries(v)) cells[column(name, true)] = toRaw(ev);
      else cells[column(key, false)] = toRaw(v);
    }
    records.push({ line, cells });
  }
  return { unit: lines ? 'line' : 'row', headerLine: null, columns, records, problems };
}
