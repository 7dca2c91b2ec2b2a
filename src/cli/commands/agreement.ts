import { randomBytes } from 'node:crypto';
import { extname } from 'node:path';
import type { Command } from 'commander';
import {
  type AgreementReport,
  agreementReport,
  alphaReading,
  type FieldAgreement,
  fieldNamed,
  type IndependentImport,
  importIndependent,
  landisKoch,
  type PairReport,
  withoutCodes,
} from '../../code/index.js';
import { type Codebook, codeLabel } from '../../domain/codebook.js';
import { CODED_FIELDS } from '../../domain/coding.js';
import { TesseraError } from '../../errors.js';
import {
  currentRole,
  mustRedact,
  outcomesFor,
  protectionFor,
  type Reader,
  redactProblems,
  requireRole,
} from '../../protect/index.js';
import { exportOutcomes } from '../../report/export.js';
import {
  coderCodings,
  currentActor,
  type Db,
  outcomesById,
  sampleOutcomeIds,
  storeCodebook,
} from '../../store/index.js';
import { collect, type GlobalOptions, withOutput, withStore } from '../context.js';
import { addFilterOptions, type FilterOptions, filterFrom } from './filters.js';

interface AgreementOptions extends GlobalOptions {
  coders?: string[];
  field?: string[];
  json?: boolean;
}

const isMulti = (field: string) => CODED_FIELDS.find((f) => f.key === field)?.multi ?? false;

const number = (value: number | null | undefined) => (value == null ? '–' : value.toFixed(2));

function labels(codebook: Codebook, field: string, codes: readonly string[]): string {
  const list = CODED_FIELDS.find((f) => f.key === field)?.list ?? '';
  return codes.map((code) => codeLabel(codebook, list, code)).join(', ') || 'nothing';
}

/** "socialActor    n   12  agreed 0.83  kappa 0.78 substantial  alpha 0.79 tentative" */
function fieldLine(field: string, a: FieldAgreement): string {
  const kappa = a.kappa === undefined ? '' : `  kappa ${number(a.kappa)} ${landisKoch(a.kappa)}`;
  const alpha = `  alpha${isMulti(field) ? ' (MASI)' : ''} ${number(a.alpha)} ${alphaReading(a.alpha)}`;
  return `  ${field.padEnd(14)} n ${String(a.n).padStart(4)}  agreed ${number(a.observed)}${kappa}${alpha}`;
}

function perCodeLine(codebook: Codebook, field: string, a: FieldAgreement): string[] {
  if (!a.perCode) return [];
  const codes = Object.entries(a.perCode).map(
    ([code, c]) => `${labels(codebook, field, [code])} ${number(c.kappa)}`,
  );
  return [`    kappa per code: ${codes.join('; ')}`];
}

function pairText(pair: PairReport, codebook: Codebook): string[] {
  const [a, b] = pair.coders;
  const lines = [`${a} and ${b}`];
  for (const [field, agreement] of Object.entries(pair.fields))
    lines.push(fieldLine(field, agreement), ...perCodeLine(codebook, field, agreement));
  const disagreements = Object.entries(pair.fields).flatMap(([field, agreement]) =>
    agreement.disagreements.map(
      (d) =>
        `    ${d.id}  ${field}: ${a}: ${labels(codebook, field, d.a)} | ${b}: ${labels(codebook, field, d.b)}`,
    ),
  );
  if (disagreements.length > 0) lines.push('  disagreements:', ...disagreements);
  return lines;
}

function reportText(report: AgreementReport, codebook: Codebook): string {
  const lines = report.pairs.flatMap((pair) => [...pairText(pair, codebook), '']);
  if (report.coders.length > 2) {
    lines.push(`alpha over ${report.coders.join(', ')}`);
    for (const [field, group] of Object.entries(report.fields))
      lines.push(
        `  ${field.padEnd(14)} n ${String(group.n).padStart(4)}  alpha ${number(group.alpha)} ${alphaReading(group.alpha)}`,
      );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Two coders: the pair's fields; more: alpha over all of them per field, and every pair. */
function reportJson(report: AgreementReport): unknown {
  const [pair] = report.pairs;
  if (report.coders.length === 2) return { coders: report.coders, fields: pair?.fields ?? {} };
  return report;
}

async function showAgreement(opts: AgreementOptions): Promise<void> {
  if (opts.coders && opts.coders.length < 2)
    throw new TesseraError('usage', '--coders needs two coders or more, e.g. --coders amina,bakyt');
  const fields = opts.field ? opts.field.map((f) => fieldNamed(f).key) : CODED_FIELDS.map((f) => f.key);
  const [codings, codebook] = await withStore(opts, async (db) => [
    await coderCodings(db, fields, opts.coders),
    await storeCodebook(db),
  ]);
  const report = agreementReport(codings, isMulti, opts.coders);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(reportJson(report), null, 2)}\n`);
    return;
  }
  if (report.pairs.length === 0) {
    const who = report.coders.length > 0 ? `coders found: ${report.coders.join(', ')}` : 'no codings yet';
    process.stderr.write(
      `no two coders have coded the same outcomes (${who}); see tessera agreement sample --help\n`,
    );
    return;
  }
  process.stdout.write(reportText(report, codebook));
}

interface SampleOptions extends GlobalOptions, FilterOptions {
  size: string;
  seed?: string;
  format?: string;
  out?: string;
  json?: boolean;
}

const SHEET_FORMATS = ['csv', 'xlsx', 'jsonl'] as const;
type SheetFormat = (typeof SHEET_FORMATS)[number];

function sheetFormat(opts: SampleOptions): SheetFormat | undefined {
  const format = opts.format ?? (opts.out ? extname(opts.out).slice(1).toLowerCase() : undefined);
  if (format === undefined) return undefined;
  if (!(SHEET_FORMATS as readonly string[]).includes(format))
    throw new TesseraError(
      'usage',
      `unknown sheet format "${format}"; choose one of ${SHEET_FORMATS.join(', ')}`,
    );
  return format as SheetFormat;
}

/**
 * The sampled outcomes without their codes, for a second coder. Readers who may not see originals get
 * the text redacted; an admin's or editor's sheet of confidential outcomes is audited.
 */
async function writeSheet(db: Db, ids: string[], format: SheetFormat, opts: SampleOptions): Promise<void> {
  const reader: Reader = { role: currentRole(), redacted: false };
  const outcomes = await outcomesById(db, ids);
  async function* blank() {
    for (const outcome of outcomes) yield withoutCodes(outcome);
  }
  const confidential = async () => outcomes.filter((o) => o.confidential).map((o) => o.id);
  const input = {
    outcomes: await outcomesFor(db, reader, blank(), confidential, 'agreement sample'),
    extraKeys: [],
    codebook: await storeCodebook(db),
  };
  await withOutput(opts.out, format === 'xlsx', (out) => exportOutcomes(format, input, out));
}

async function sample(opts: SampleOptions): Promise<void> {
  const size = Number(opts.size);
  if (!Number.isInteger(size) || size < 1)
    throw new TesseraError('usage', `--size ${opts.size}: expected a whole number of outcomes, such as 40`);
  const seed = opts.seed ?? randomBytes(4).toString('hex');
  const format = sheetFormat(opts);
  await withStore(opts, async (db) => {
    const ids = await sampleOutcomeIds(db, filterFrom(opts, await storeCodebook(db)), size, seed);
    if (ids.length < size && !opts.quiet)
      process.stderr.write(`only ${ids.length} outcomes match, all of them sampled\n`);
    // the seed is what makes the sample reproducible: say it when the user did not choose it
    if (!opts.seed && !opts.quiet && !opts.json)
      process.stderr.write(`seed ${seed} (--seed ${seed} picks the same sample)\n`);
    if (format) await writeSheet(db, ids, format, opts);
    else if (opts.json) process.stdout.write(`${JSON.stringify({ seed, ids }, null, 2)}\n`);
    else process.stdout.write(ids.map((id) => `${id}\n`).join(''));
  });
}

interface ImportOptions extends GlobalOptions {
  coder?: string;
  json?: boolean;
}

function importText(report: IndependentImport): string {
  if (report.problems.length > 0)
    return `${report.file} rejected, nothing recorded:\n${report.problems
      .map(
        (p) =>
          `  ${p.file}${p.line === null ? '' : `:${p.line}`}${p.field ? ` ${p.field}` : ''}: ${p.reason}`,
      )
      .join('\n')}\n`;
  return `recorded ${report.codings.length} independent codings of ${report.outcomes} outcomes by ${report.coder} from ${report.file}\n`;
}

async function importSheet(file: string, opts: ImportOptions): Promise<void> {
  const reader: Reader = { role: currentRole(), redacted: false };
  requireRole(reader.role, 'write');
  const coder = opts.coder?.trim() || currentActor();
  const report = await withStore(opts, async (db) => {
    const done = await importIndependent(db, file, coder, await storeCodebook(db));
    // problems quote cells, which can hold names
    if (!mustRedact(reader, true)) return done;
    return { ...done, problems: await redactProblems(done.problems, await protectionFor(db)) };
  });
  if (report.problems.length > 0) process.exitCode = 1;
  if (opts.json) {
    const { codings, problems, ...rest } = report;
    process.stdout.write(
      `${JSON.stringify({ ...rest, codings: codings.length, rejected: problems }, null, 2)}\n`,
    );
  } else (report.problems.length > 0 ? process.stderr : process.stdout).write(importText(report));
}

const HELP = `
Two people code the same outcomes, each without seeing the other's codes; agreement compares each
coder's latest codes per outcome and field (set by hand, accepted from a suggestion, or independent;
not codes that came with a project import or a codebook change; a code merged or given a new id since
counts as the code that replaced it). For each pair of coders and each
field both coded: how many outcomes (n), the share given the same codes, Cohen's kappa (single-label
fields; read by Landis and Koch: slight, fair, moderate, substantial, almost perfect), Krippendorff's
alpha (nominal, or with the MASI distance between sets of codes for types of change; reliable from
0.80, tentative from 0.67), kappa per type of change on its presence, and the outcomes coded
differently. With more than two coders, also alpha over all of them per field.

JSON: {coders:[a,b], fields:{field:{n, observed, kappa?, alpha, perCode?, disagreements:[{id, a:[codes],
b:[codes]}]}}}; with more than two coders {coders, fields:{field:{n, alpha}}, pairs:[{coders:[a,b],
fields}]}. Undefined statistics (one code used throughout) are null.

Examples:
  tessera agreement sample --size 40 --seed 2024 --harvest "Harvest 2024" --format xlsx --out sample.xlsx
  TESSERA_USER=bakyt tessera code CVP-SYR/DLG001 --set socialActor=media --independent
  tessera agreement import sample-coded-by-chen.xlsx --coder chen
  tessera agreement
  tessera agreement --coders amina,bakyt --field socialActor --json`;

export function registerAgreement(program: Command): void {
  const agreement = program
    .command('agreement')
    .description("agreement between coders: Cohen's kappa, Krippendorff's alpha and the disagreements")
    .option(
      '--coders <names>',
      'only these coders (comma-separated or repeated; default every coder)',
      collect,
    )
    .option('--field <fields>', 'only these coded fields (default all)', collect)
    .option('--json', 'print JSON (see below)')
    .addHelpText('after', HELP)
    .action((_opts: AgreementOptions, command: Command) => showAgreement(command.optsWithGlobals()));
  addFilterOptions(
    agreement
      .command('sample')
      .description('pick a reproducible random sample of outcomes for a second coder')
      .requiredOption('--size <n>', 'how many outcomes')
      .option('--seed <seed>', 'the same seed picks the same sample (default: a new one, printed)')
      .option(
        '--format <format>',
        `a coding sheet without codes: ${SHEET_FORMATS.join(', ')} (default: from --out)`,
      )
      .option('--out <file>', 'write the sheet to this file instead of standard output')
      .option('--json', 'print JSON: {seed, ids}'),
  )
    .addHelpText(
      'after',
      `
Without --format or --out, prints the sampled ids, one a line. A sheet holds every field of each
outcome but its codes, which the second coder fills in (codes or labels) and brings back with
\`tessera agreement import\`. Reviewers and viewers get the text redacted.

Examples:
  tessera agreement sample --size 40 --seed 7
  tessera agreement sample --size 30 --country Syria --year 2024 --out for-chen.xlsx`,
    )
    .action((_opts: SampleOptions, command: Command) => sample(command.optsWithGlobals()));
  agreement
    .command('import')
    .description("record a second coder's coded sheet as their independent codings")
    .argument('<file>', 'JSON Lines, JSON, CSV or XLSX with an id column and coded fields')
    .option('--coder <name>', 'who coded the sheet (default: TESSERA_USER, else the system user)')
    .option('--json', 'print JSON: {file, coder, outcomes, codings, rejected:[{file, line, field, reason}]}')
    .addHelpText(
      'after',
      `
Each row names a stored outcome by its id and gives the coder's codes (ids or labels); an empty cell
means the field was not coded. The outcomes' own codes stay as they are. A sheet with an unknown id or
code is rejected whole, each problem named by line and field.

Examples:
  tessera agreement import for-chen.xlsx --coder chen
  tessera agreement import second-coding.csv --coder "Bakyt A." --json`,
    )
    .action((file: string, _opts: ImportOptions, command: Command) =>
      importSheet(file, command.optsWithGlobals()),
    );
}
