import { createHash } from 'node:crypto';
import { type Codebook, currentCode, currentCodes, findCode, offeredCodes } from '../domain/codebook.js';
import {
  emptyOutcome,
  FIELD_BY_KEY,
  type FieldSpec,
  type Outcome,
  type OutcomeField,
} from '../domain/outcome.js';
import type { HeaderMatch } from './headers.js';
import type { RawValue } from './table.js';

/** A value that could not be read as its field, with what is expected instead. */
export interface ValueProblem {
  field: string;
  reason: string;
}

type FieldValue = Outcome[OutcomeField];

/** A value that cannot be read as its field, and why. */
class Invalid {
  constructor(readonly reason: string) {}
}

function asText(value: RawValue): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.join(', ');
  const text = String(value)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
  return text === '' ? null : text;
}

const YES = new Set(['yes', 'y', 'true', 't', '1', 'x', 'oui', 'si', 'sí', 'да', 'так', 'ооба', 'نعم', 'ja']);
const NO = new Set(['no', 'n', 'false', 'f', '0', 'non', 'нет', 'ні', 'жок', 'لا', 'nein']);

function readBoolean(value: RawValue): boolean | null | Invalid {
  if (typeof value === 'boolean') return value;
  const text = asText(value);
  if (text === null) return null;
  const key = text.toLocaleLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return new Invalid(`"${text}" is not a yes or no; expected YES or NO (or leave it empty)`);
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** Years as harvests write them: 2023, 2023.0, "FY2024", "2023/24", "03/02/2024", a date cell. */
function readYear(value: RawValue): number | null | Invalid {
  if (value instanceof Date) return value.getUTCFullYear();
  if (typeof value === 'number' && Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR)
    return value;
  const text = asText(value);
  if (text === null) return null;
  const match = /(?<!\d)(19|20)\d{2}(?!\d)/.exec(text);
  const year = match ? Number(match[0]) : Number.NaN;
  if (year >= FIRST_YEAR && year <= LAST_YEAR) return year;
  return new Invalid(`"${text}" is not a year; expected a year such as 2023`);
}

function listItems(value: RawValue): string[] {
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
  const text = asText(value);
  return text === null
    ? []
    : text
        .split(/[,;\n]/)
        .map((v) => v.trim())
        .filter(Boolean);
}

function readField(spec: FieldSpec, value: RawValue, codebook: Codebook): FieldValue | Invalid {
  switch (spec.kind) {
    case 'boolean':
      return readBoolean(value);
    case 'year':
      return readYear(value);
    case 'codes':
      return spec.list ? currentCodes(codebook, spec.list, listItems(value)) : [...new Set(listItems(value))];
    case 'rating': {
      const text = asText(value);
      if (text === null || !spec.list) return text;
      const code = currentCode(codebook, spec.list, text);
      if (code) return code.id;
      const allowed = offeredCodes(codebook, spec.list)
        .map((c) => c.label)
        .join(', ');
      return new Invalid(`"${text}" is not one of the ratings ${allowed}`);
    }
    case 'status': {
      const text = asText(value);
      return text !== null && spec.list ? (findCode(codebook, spec.list, text)?.label ?? text) : text;
    }
    case 'coded': {
      const text = asText(value);
      return text !== null && spec.list ? (currentCode(codebook, spec.list, text)?.id ?? text) : text;
    }
    default:
      return asText(value);
  }
}

/** An id for a record that has none, stable across re-imports of the same statement. */
function derivedId(outcome: Outcome): string {
  const basis = [outcome.harvest, outcome.country, outcome.year, outcome.description].join('\u241f');
  return `auto-${createHash('sha256').update(basis).digest('hex').slice(0, 12)}`;
}

/**
 * Reads one record's cells as an outcome: values normalised, coded values mapped to codebook ids (a
 * merged code's to the code it became),
 * unmapped columns kept as extras. Returns every problem found rather than the first. A partial record
 * (a coder's sheet of stored outcomes) needs its id rather than a description.
 */
export function readOutcome(
  cells: RawValue[],
  headers: HeaderMatch[],
  codebook: Codebook,
  partial = false,
): { outcome: Outcome | null; problems: ValueProblem[] } {
  const outcome = emptyOutcome('', '');
  const problems: ValueProblem[] = [];
  const record = outcome as unknown as Record<OutcomeField, FieldValue>;
  for (const h of headers) {
    const value = cells[h.column];
    if (h.field === null) {
      const text = asText(value);
      if (text !== null) outcome.extra[h.header] = text;
      continue;
    }
    const spec = FIELD_BY_KEY.get(h.field) as FieldSpec;
    const result = readField(spec, value, codebook);
    if (result instanceof Invalid) problems.push({ field: h.field, reason: result.reason });
    else if (h.field !== 'confidential' || result !== null) record[h.field] = result;
  }
  if (partial && !outcome.id)
    problems.push({ field: 'id', reason: 'the id is empty; name the stored outcome this row codes' });
  if (!outcome.description && !partial)
    problems.push({
      field: 'description',
      reason: 'the outcome description is empty; every outcome needs one',
    });
  if (problems.length > 0) return { outcome: null, problems };
  if (!outcome.id) outcome.id = derivedId(outcome);
  return { outcome, problems };
}
