import type { Command } from 'commander';
import { describeProblem } from '../../domain/problem.js';
import type { FileReport, ImportReport } from '../../ingest/import.js';
import {
  currentRole,
  mustRedact,
  protectionFor,
  redactPaths,
  redactProblems,
  requireRole,
} from '../../protect/index.js';
import { type Db, storeCodebook } from '../../store/index.js';
import { type GlobalOptions, withStore } from '../context.js';
import { startProgress } from '../progress.js';

interface ImportOptions extends GlobalOptions {
  skipInvalid?: boolean;
  json?: boolean;
  sheet?: string;
  confidential?: boolean;
}

/** The report as a reader who may not see originals sees it: problems quote cells, files name people. */
async function redactReport(db: Db, report: ImportReport): Promise<ImportReport> {
  const protection = await protectionFor(db);
  const files = await redactPaths(
    report.files.map((f) => f.file),
    protection,
  );
  return {
    ...report,
    rejected: await redactProblems(report.rejected, protection),
    files: report.files.map((f, i) => ({ ...f, file: files[i] ?? '' })),
  };
}

function headerLines(file: FileReport): string[] {
  if (file.headers.length === 0) return [];
  const mapped = file.headers
    .filter((h) => h.field)
    .map((h) => `${h.header.trim()} → ${h.field}${h.how === 'fuzzy' ? ' (by likeness)' : ''}`);
  const extras = file.headers.filter((h) => !h.field).map((h) => h.header.trim());
  return [
    `  columns: ${mapped.join('; ')}`,
    ...(extras.length ? [`  kept as extra fields (no matching field): ${extras.join('; ')}`] : []),
  ];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function fileLine(file: FileReport): string {
  if (file.status === 'skipped') return `${file.file}: skipped, ${file.reason}`;
  if (file.kind) {
    const what = file.added ? 'added' : file.updated ? 'updated to a new version' : 'unchanged';
    return `${file.file} (${file.format}): ${file.kind === 'document' ? 'document' : `${file.kind} document`}, ${what}${file.added || file.updated ? `, ${plural(file.items ?? 0, 'item')} in ${plural(file.passages ?? 0, 'passage')}` : ''}`;
  }
  const counts = `${file.added} added, ${file.updated} updated, ${file.unchanged} unchanged`;
  if (file.status === 'rejected')
    return `${file.file}: rejected whole, ${file.rejected} problem${file.rejected === 1 ? '' : 's'}; nothing stored from it`;
  return `${file.file} (${file.format}): ${counts}${file.rejected ? `, ${file.rejected} invalid record${file.rejected === 1 ? '' : 's'} skipped` : ''}`;
}

function renderText(report: ImportReport, skipInvalid: boolean): string {
  const lines: string[] = [];
  let previous = '';
  for (const file of report.files) {
    const headers = headerLines(file);
    const same = headers.join('\n') === previous && headers.length > 0;
    lines.push(fileLine(file), ...(same ? ['  columns: mapped as above'] : headers));
    if (headers.length > 0) previous = headers.join('\n');
    const unit = file.format === 'xlsx' ? 'row' : 'line';
    for (const p of report.rejected.filter((r) => r.file === file.file))
      lines.push(`  ${describeProblem(p, unit)}`);
  }
  lines.push(
    `Imported ${plural(report.outcomes, 'outcome')}: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged` +
      (report.documents
        ? `; ${plural(report.documents, 'document')} with ${plural(report.items, 'item')}.`
        : '.') +
      (report.rejected.length
        ? ` ${report.rejected.length} problem${report.rejected.length === 1 ? '' : 's'}: ${skipInvalid ? 'the records listed were not imported' : 'fix them and import again, or use --skip-invalid to import the valid records'}.`
        : ''),
  );
  return lines.join('\n');
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'import outcome records from files and folders (key-value text or markdown, CSV, XLSX, JSON, JSONL)',
    )
    .argument('<paths...>', 'files or folders to import')
    .option(
      '--skip-invalid',
      'import the valid records of a file and list the invalid ones, instead of rejecting the file',
    )
    .option('--sheet <name>', 'XLSX sheet to read (default: the first)')
    .option('--confidential', 'mark every outcome and document imported confidential')
    .option(
      '--json',
      'print the report as JSON: {documents, items, outcomes, rejected:[{file,line,field,reason}], files}',
    )
    .addHelpText(
      'after',
      `
A file with any invalid record is rejected whole and nothing of it is stored; every problem is listed
with its file, line (or row) and field. The import is one transaction: it all lands, or none of it.
Importing the same file again changes nothing; a changed record updates its outcome and keeps the
previous version. Exit status is 0 only when nothing was rejected.

Outcomes are confidential when their Confidential column says so, documents when they say so near their
start ("CONFIDENTIAL"), and everything with --confidential. The people named in confidential records
join the store's registry and are redacted wherever they occur. Viewers (TESSERA_ROLE) may not import;
reviewers get problems and file names redacted.

Examples:
  tessera import harvest-2023.csv
  tessera import ./harvests --skip-invalid
  tessera import results.xlsx --sheet "Outcomes 2024" --json
  tessera import ./interviews --confidential`,
    )
    .action(async (paths: string[], _opts: ImportOptions, command: Command) => {
      const opts = command.optsWithGlobals<ImportOptions>();
      const role = currentRole();
      requireRole(role, 'write');
      // extraction and its language models load only for the commands that extract
      const { importPaths } = await import('../../ingest/import.js');
      const progress = startProgress('Importing', Boolean(opts.quiet || opts.json));
      const report = await withStore(opts, async (db) => {
        const imported = await importPaths(db, paths, {
          codebook: await storeCodebook(db),
          skipInvalid: Boolean(opts.skipInvalid),
          confidential: Boolean(opts.confidential),
          ...(opts.sheet ? { sheet: opts.sheet } : {}),
          onProgress: (done, total) => progress.update(done, total),
        });
        return mustRedact({ role, redacted: false }, true) ? redactReport(db, imported) : imported;
      }).finally(() => progress.stop());
      process.stdout.write(
        `${opts.json ? JSON.stringify(report, null, 2) : renderText(report, Boolean(opts.skipInvalid))}\n`,
      );
      if (report.rejected.length > 0) process.exitCode = 1;
    });
}
