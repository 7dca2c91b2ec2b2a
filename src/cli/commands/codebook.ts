import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import {
  type Code,
  type Codebook,
  codeKey,
  formatCodebook,
  newCode,
  parseCodebook,
} from '../../domain/codebook.js';
import { OUTCOME_FIELDS } from '../../domain/outcome.js';
import { TesseraError } from '../../errors.js';
import { currentRole, requireRole } from '../../protect/index.js';
import {
  addCode,
  type ChangeResult,
  type CodebookImport,
  codeUsage,
  type Db,
  importCodebook,
  mergeCodes,
  renameCode,
  retireCode,
  splitCode,
  storeCodebook,
} from '../../store/index.js';
import { collect, type GlobalOptions, withOutput, withStore } from '../context.js';

interface ShowOptions extends GlobalOptions {
  list?: string;
  json?: boolean;
}

/** A list as `codebook show` gives it: its codes with how many outcomes hold each. */
interface ListView {
  name: string;
  /** The outcome fields that take their values from it. */
  fields: string[];
  multi: boolean;
  codes: (Code & { outcomes: number })[];
}

async function listViews(db: Db, only: string | undefined): Promise<ListView[]> {
  const codebook = await storeCodebook(db);
  if (only !== undefined && !codebook.lists[only])
    throw new TesseraError(
      'usage',
      `the codebook has no list "${only}"; its lists are ${Object.keys(codebook.lists).join(', ')}`,
    );
  const usage = await codeUsage(db, codebook);
  return Object.entries(codebook.lists)
    .filter(([name]) => only === undefined || name === only)
    .map(([name, codes]) => {
      const fields = OUTCOME_FIELDS.filter((f) => f.list === name);
      return {
        name,
        fields: fields.map((f) => f.key),
        multi: fields.some((f) => f.kind === 'codes'),
        codes: codes.map((c) => ({ ...c, outcomes: usage.get(name)?.get(c.id) ?? 0 })),
      };
    });
}

function stateOf(code: Code): string {
  if (!code.retired) return '';
  return code.replacedBy?.length ? `retired, replaced by ${code.replacedBy.join(', ')}` : 'retired';
}

/** "new-structure  New structure  12 outcomes", ids and labels in columns. */
function codeLines(codes: (Code & { outcomes?: number })[], indent: string): string[] {
  const idWidth = Math.max(0, ...codes.map((c) => c.id.length));
  const labelWidth = Math.max(0, ...codes.map((c) => c.label.length));
  return codes.map((c) => {
    const count = c.outcomes === undefined ? '' : `${c.outcomes} outcome${c.outcomes === 1 ? '' : 's'}`;
    const columns = [c.id.padEnd(idWidth), c.label.padEnd(labelWidth), count, stateOf(c)];
    return `${indent}${columns.filter(Boolean).join('  ')}`.trimEnd();
  });
}

function showText(views: ListView[]): string {
  return views
    .map((v) => {
      const kind = v.fields.length
        ? `${v.multi ? 'multi-select' : 'single-select'}: ${v.fields.join(', ')}`
        : 'no field';
      return [`${v.name} (${kind})`, ...codeLines(v.codes, '  ')].join('\n');
    })
    .join('\n\n');
}

/** Codes whose id, label or description holds the text, in any case and spacing. */
function searchCodes(codebook: Codebook, text: string): (Code & { list: string })[] {
  const key = codeKey(text);
  return Object.entries(codebook.lists).flatMap(([list, codes]) =>
    codes
      .filter((c) => [c.id, c.label, c.description ?? ''].some((v) => codeKey(v).includes(key)))
      .map((c) => ({ list, ...c })),
  );
}

/** Reads a codebook file, naming the file in what is wrong with it. */
async function readCodebookFile(file: string): Promise<Codebook> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    const why = error.code === 'ENOENT' ? 'no such file' : error.message;
    throw new TesseraError('input-not-found', `cannot read ${file}: ${why}`);
  });
  try {
    return parseCodebook(text);
  } catch (error) {
    if (error instanceof TesseraError) throw new TesseraError(error.code, `${file}: ${error.message}`);
    throw error;
  }
}

function importText(report: CodebookImport): string {
  const part = (title: string, codes: string[]) => (codes.length ? [`${title}: ${codes.join(', ')}`] : []);
  const kept = report.kept.map((k) => `${k.code} (${k.outcomes} outcome${k.outcomes === 1 ? '' : 's'})`);
  const lines = [
    ...part('Added', report.added),
    ...part('Relabelled', report.relabelled),
    ...part('Retired (not in the file)', report.retired),
    ...part('Kept, not in the file but held by outcomes (--retire-missing retires them)', kept),
  ];
  if (!report.changed) return 'No changes: the codebook already says what the file says.';
  return lines.length
    ? lines.join('\n')
    : 'Changed only the order, descriptions, retirement or replacements of codes.';
}

/** What a change did, then the outcomes it recoded or that wait for a person to recode them. */
function changeText(done: string, result: ChangeResult, waiting: string): string {
  const lines = [done];
  if (result.recoded.length)
    lines.push(
      `${result.recoded.length} outcome(s) recoded (see tessera history ID):`,
      ...indented(result.recoded),
    );
  if (result.holding.length)
    lines.push(`${result.holding.length} outcome(s) ${waiting}:`, ...indented(result.holding));
  return `${lines.join('\n')}\n`;
}

const indented = (ids: string[]) => ids.map((id) => `  ${id}`);

/** Runs a codebook change as a role that may make it, and prints what it did. */
async function changing(
  command: Command,
  run: (db: Db) => Promise<ChangeResult>,
  done: string,
  waiting = 'still hold it',
): Promise<void> {
  requireRole(currentRole(), 'codebook');
  const result = await withStore(command.optsWithGlobals<GlobalOptions>(), run);
  process.stdout.write(changeText(done, result, waiting));
}

/** `ID=Label` or `ID` (the label is then the id). */
function codeArgument(list: string, value: string): Code {
  const equals = value.indexOf('=');
  if (equals < 0) return newCode(list, { id: value });
  return newCode(list, { id: value.slice(0, equals), label: value.slice(equals + 1) });
}

function registerReading(codebook: Command): void {
  codebook
    .command('show', { isDefault: true })
    .description('list the lists and their codes, with how many outcomes hold each')
    .option('--list <name>', 'only this list')
    .option(
      '--json',
      'print JSON: [{name, fields, multi, codes:[{id, label, retired, replacedBy, outcomes}]}]',
    )
    .action(async (_opts: ShowOptions, command: Command) => {
      const opts = command.optsWithGlobals<ShowOptions>();
      const views = await withStore(opts, (db) => listViews(db, opts.list));
      process.stdout.write(opts.json ? `${JSON.stringify(views, null, 2)}\n` : `${showText(views)}\n`);
    });
  codebook
    .command('search')
    .description('find codes by label, id or description')
    .argument('<text>', 'words of the label')
    .option('--json', 'print JSON: [{list, id, label, retired, replacedBy}]')
    .action(async (text: string, _opts: ShowOptions, command: Command) => {
      const opts = command.optsWithGlobals<ShowOptions>();
      const found = searchCodes(await withStore(opts, storeCodebook), text);
      if (opts.json) process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
      else if (found.length === 0) process.stderr.write(`no code matches "${text}"\n`);
      else
        for (const [i, line] of codeLines(found, '').entries())
          process.stdout.write(`${found[i]?.list}  ${line}\n`);
    });
  codebook
    .command('export')
    .description("write the store's codebook as YAML or JSON, to share it with another programme")
    .option('--format <format>', 'yaml or json (default: from the --out extension, else yaml)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (_opts: { format?: string; out?: string }, command: Command) => {
      const opts = command.optsWithGlobals<GlobalOptions & { format?: string; out?: string }>();
      const format =
        opts.format ?? (opts.out && extname(opts.out).toLowerCase() === '.json' ? 'json' : 'yaml');
      if (format !== 'yaml' && format !== 'json')
        throw new TesseraError('usage', `--format ${format}: choose yaml or json`);
      const text = formatCodebook(await withStore(opts, storeCodebook), format);
      await withOutput(opts.out, false, async (out) => {
        out.write(text);
      });
    });
}

function registerImport(codebook: Command): void {
  codebook
    .command('import')
    .description('bring in a codebook file (YAML or JSON, as `codebook export` writes it)')
    .argument('<file>', 'the codebook file')
    .option('--retire-missing', 'retire the codes the file leaves out even when outcomes hold them')
    .option('--json', 'print JSON: {added, relabelled, retired, kept:[{code, outcomes}], changed}')
    .action(async (file: string, _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<GlobalOptions & { retireMissing?: boolean; json?: boolean }>();
      requireRole(currentRole(), 'codebook');
      const incoming = await readCodebookFile(file);
      const report = await withStore(opts, (db) =>
        importCodebook(db, incoming, { retireMissing: Boolean(opts.retireMissing) }),
      );
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${importText(report)}\n`);
    });
}

function registerChanges(codebook: Command): void {
  codebook
    .command('add')
    .description('add a code at the end of a list')
    .argument('<list>', 'the list, e.g. type_of_change')
    .argument('<id>', 'the new code id')
    .requiredOption('--label <label>', 'the label people see')
    .option('--description <text>', 'what the code covers')
    .action(
      async (list: string, id: string, opts: { label: string; description?: string }, command: Command) => {
        const code = newCode(list, {
          id,
          label: opts.label,
          ...(opts.description ? { description: opts.description } : {}),
        });
        await changing(
          command,
          (db) => addCode(db, list, code),
          `Added ${list} code ${code.id} (${code.label})`,
        );
      },
    );
  codebook
    .command('rename')
    .description('give a code a new label, or a new id (outcomes holding the old id are recoded)')
    .argument('<list>', 'the list')
    .argument('<id>', 'the code (id or label)')
    .option('--label <label>', 'the new label')
    .option('--id <id>', 'the new id')
    .action(async (list: string, id: string, opts: { label?: string; id?: string }, command: Command) => {
      if (opts.label === undefined && opts.id === undefined)
        throw new TesseraError('usage', 'rename needs --label LABEL, --id ID or both');
      const to = newCode(list, {
        id: opts.id ?? id,
        ...(opts.label !== undefined ? { label: opts.label } : {}),
      });
      const given = {
        ...(opts.label !== undefined ? { label: to.label } : {}),
        ...(opts.id ? { id: to.id } : {}),
      };
      const what = [given.id ? `to ${given.id}` : '', given.label ? `labelled "${given.label}"` : ''];
      await changing(
        command,
        (db) => renameCode(db, list, id, given),
        `Renamed ${list} code ${id} ${what.filter(Boolean).join(', ')}`,
      );
    });
  codebook
    .command('merge')
    .description('merge codes into one: outcomes holding them get it instead, and they are retired')
    .argument('<list>', 'the list')
    .argument('<codes...>', 'the codes merged away (ids or labels)')
    .requiredOption('--into <id>', 'the code they become')
    .action(async (list: string, codes: string[], opts: { into: string }, command: Command) => {
      await changing(
        command,
        (db) => mergeCodes(db, list, codes, opts.into),
        `Merged ${list} codes ${codes.join(', ')} into ${opts.into}`,
      );
    });
  codebook
    .command('split')
    .description('split a code into several; the outcomes holding it are listed for a person to recode')
    .argument('<list>', 'the list')
    .argument('<id>', 'the code split (id or label)')
    .requiredOption(
      '--into <codes>',
      'the codes it splits into: ID or ID=Label, comma-separated or repeated',
      collect,
    )
    .action(async (list: string, id: string, opts: { into: string[] }, command: Command) => {
      const into = opts.into.map((v) => codeArgument(list, v));
      await changing(
        command,
        (db) => splitCode(db, list, id, into),
        `Split ${list} code ${id} into ${into.map((c) => c.id).join(', ')}; ${id} is retired`,
        `hold ${id} until a person recodes them (tessera code ID --set FIELD=CODE)`,
      );
    });
  codebook
    .command('retire')
    .description('stop offering a code for coding and suggestions; outcomes holding it keep it')
    .argument('<list>', 'the list')
    .argument('<id>', 'the code (id or label)')
    .action(async (list: string, id: string, _opts: unknown, command: Command) => {
      await changing(command, (db) => retireCode(db, list, id), `Retired ${list} code ${id}`);
    });
}

export function registerCodebook(program: Command): void {
  const codebook = program
    .command('codebook')
    .description("show, search, share and change the store's codebook without losing what was coded")
    .addHelpText(
      'after',
      `
A store starts with the codebook that ships with Tessera; changes apply to this store only, and export
and import share a codebook between programmes. Codes are never deleted: a retired code is no longer
offered to \`tessera code --set\` or suggested, and outcomes that hold it keep it. Merging and new ids
recode the outcomes (each a new version, see \`tessera history ID\`); splitting cannot know which new
code an outcome gets, so it lists the outcomes, which keep the old code (\`tessera outcomes --type\`
finds them by it, \`tessera check --check retired-code\` lists them) until a person recodes them.
Importing a file adds its new codes, takes its labels and order, and retires the codes it leaves out
unless outcomes hold them (then they are kept and listed); a file that says what the codebook says
changes nothing.
Anyone may read the codebook; only editors and admins (TESSERA_ROLE) change it.

Examples:
  tessera codebook
  tessera codebook show --list type_of_change --json
  tessera codebook search "authorities"
  tessera codebook add type_of_change digital-rights --label "Digital rights"
  tessera codebook rename social_actor media --label "Media and journalists"
  tessera codebook merge type_of_change agenda-setting dialogue --into policy-change
  tessera codebook split social_actor civic --into "women-groups=Women's groups,youth=Youth groups"
  tessera codebook retire scale regional
  tessera codebook export --out programme-codebook.yaml
  tessera codebook import partner-codebook.yaml --retire-missing`,
    );
  registerReading(codebook);
  registerImport(codebook);
  registerChanges(codebook);
  for (const command of codebook.commands) command.exitOverride();
}
