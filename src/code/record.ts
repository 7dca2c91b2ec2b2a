/**
 * People coding outcomes: codes set by hand or accepted from Tessera's suggestions, checked against the
 * codebook, and recorded with who and when (store/codings.ts keeps the previous version).
 */
import { type Code, type Codebook, findCode, offeredCodes } from '../domain/codebook.js';
import { CODED_FIELDS, type CodedFieldSpec, type Coding } from '../domain/coding.js';
import { TesseraError } from '../errors.js';
import { matchHeader } from '../ingest/index.js';
import {
  type CodingChange,
  currentActor,
  type Db,
  findOutcome,
  storeCodebook,
  writeCodings,
  writeIndependentCodings,
} from '../store/index.js';
import { type SuggestOptions, suggest } from './suggest.js';

const FIELD_NAMES = CODED_FIELDS.map((f) => f.key).join(', ');

/** The coded field a name means (its key, label or a header harvests use for it, or "type"), or a usage error. */
export function fieldNamed(name: string): CodedFieldSpec {
  const key = name.trim().toLowerCase() === 'type' ? 'typesOfChange' : matchHeader(name)?.field;
  const field = CODED_FIELDS.find((f) => f.key === key);
  if (!field) throw new TesseraError('usage', `"${name}" is not a coded field; choose one of ${FIELD_NAMES}`);
  return field;
}

/** Reads `FIELD=CODE[,CODE]`: codes by id or label, in any case, checked against the codebook. */
export function parseSetting(
  setting: string,
  codebook: Codebook,
): { field: CodedFieldSpec; codes: string[] } {
  const equals = setting.indexOf('=');
  if (equals < 0)
    throw new TesseraError('usage', `--set ${setting}: expected FIELD=CODE, e.g. socialActor=civic`);
  const field = fieldNamed(setting.slice(0, equals));
  const values = setting
    .slice(equals + 1)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const codes = values.map((value) => offeredCode(codebook, field, value).id);
  if (!field.multi && codes.length > 1)
    throw new TesseraError('usage', `${field.key} takes one code, not ${codes.length}`);
  return { field, codes: [...new Set(codes)] };
}

/** The code a value names, if the codebook still offers it for coding; else why not, and the choices. */
function offeredCode(codebook: Codebook, field: CodedFieldSpec, value: string): Code {
  const code = findCode(codebook, field.list, value);
  if (code && !code.retired) return code;
  const choices = offeredCodes(codebook, field.list)
    .map((c) => `${c.id} (${c.label})`)
    .join(', ');
  const why = !code
    ? 'is not a code of'
    : code.replacedBy?.length
      ? `is retired (replaced by ${code.replacedBy.join(', ')}) and no longer offered for`
      : 'is retired and no longer offered for';
  throw new TesseraError('usage', `"${value}" ${why} ${field.key}; choose from ${choices}`);
}

export interface CodeRequest {
  /** `FIELD=CODE[,CODE]` settings. */
  set?: string[];
  /** Fields whose current suggestions are accepted. */
  accept?: string[];
  /** A blind second coding, for agreement: recorded, and the outcome's codes left as they are. */
  independent?: boolean;
}

/** Records settings as the current coder's independent coding of the outcome. */
async function codeIndependently(db: Db, id: string, changes: CodingChange[]): Promise<Coding[]> {
  const { codings, unknown } = await writeIndependentCodings(db, {
    coder: currentActor(),
    file: null,
    codings: changes.map((c) => ({ outcomeId: id, field: c.field, codes: c.codes })),
  });
  if (unknown.length > 0) throw new TesseraError('input-not-found', `no outcome has the id ${id}`);
  return codings;
}

/**
 * Codes one outcome: settings by hand, and the top suggestions (every proposed code for types of
 * change) of the fields to accept, all in one transaction.
 */
export async function codeOutcome(
  db: Db,
  id: string,
  request: CodeRequest,
  options: SuggestOptions = {},
): Promise<Coding[]> {
  const codebook = options.codebook ?? (await storeCodebook(db));
  const changes: CodingChange[] = (request.set ?? []).map((s) => {
    const { field, codes } = parseSetting(s, codebook);
    return { field: field.key, codes, source: 'human', confidences: null };
  });
  if (request.independent) {
    // a coder who saw Tessera's suggestion no longer codes blind
    if (request.accept?.length)
      throw new TesseraError('usage', '--accept shows suggestions, so it cannot be independent; use --set');
    if (changes.length === 0)
      throw new TesseraError('usage', 'nothing to code: give --set FIELD=CODE with --independent');
    return codeIndependently(db, id, changes);
  }
  const accept = (request.accept ?? []).map(fieldNamed);
  const both = accept.find((f) => changes.some((c) => c.field === f.key));
  if (both) throw new TesseraError('usage', `${both.key} is both set and accepted; choose one`);
  if (changes.length === 0 && accept.length === 0)
    throw new TesseraError('usage', 'nothing to code: give --set FIELD=CODE or --accept FIELD');
  if (accept.length > 0) {
    const outcome = await findOutcome(db, id);
    if (!outcome) throw new TesseraError('input-not-found', `no outcome has the id ${id}`);
    const [suggested] = await suggest(db, [outcome], options);
    for (const field of accept) {
      const proposals = suggested?.suggestions[field.key];
      if (!proposals?.length)
        throw new TesseraError(
          'usage',
          `no suggestion for ${field.key}: the store holds too few outcomes coded in it to learn from; set it with --set`,
        );
      changes.push({
        field: field.key,
        codes: proposals.map((p) => p.code),
        source: 'suggested',
        confidences: proposals.map((p) => p.confidence),
      });
    }
  }
  return writeCodings(db, id, changes);
}
