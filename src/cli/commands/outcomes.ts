import { extname } from 'node:path';
import type { Command } from 'commander';
import { loadDefaultCodebook } from '../../domain/codebook.js';
import { TesseraError } from '../../errors.js';
import { EXPORT_FORMATS, type ExportFormat, exportOutcomes } from '../../report/export.js';
import { extraKeys, listOutcomes } from '../../store/index.js';
import { type GlobalOptions, withOutput, withStore } from '../context.js';
import { addFilterOptions, type FilterOptions, filterFrom } from './filters.js';

interface OutcomesOptions extends GlobalOptions, FilterOptions {
  format?: string;
  out?: string;
}

/** The format asked for, else the one the --out file's extension names, else JSON Lines. */
function formatOf(opts: OutcomesOptions): ExportFormat {
  const format = opts.format ?? (opts.out ? extname(opts.out).slice(1).toLowerCase() : 'jsonl');
  const known = format === 'markdown' ? 'md' : format === 'json' ? 'jsonl' : format;
  if (!EXPORT_FORMATS.includes(known as ExportFormat)) {
    throw new TesseraError('usage', `unknown format "${format}"; choose one of ${EXPORT_FORMATS.join(', ')}`);
  }
  return known as ExportFormat;
}

export function registerOutcomes(program: Command): void {
  addFilterOptions(
    program
      .command('outcomes')
      .description('export outcomes as JSON Lines, CSV, XLSX or Markdown')
      .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')} (default: from --out, else jsonl)`)
      .option('--out <file>', 'write to this file instead of standard output'),
  )
    .addHelpText(
      'after',
      `
Every format imports back to the same outcomes. CSV opens in Excel and LibreOffice with non-ASCII text
intact (UTF-8 with BOM), and cells that a spreadsheet would run as formulas are neutralised. XLSX has
typed columns, a frozen header row and codebook labels.

Examples:
  tessera outcomes --format csv --out outcomes.csv
  tessera outcomes --country Syria,Iraq --year 2023 --format xlsx --out syria-iraq-2023.xlsx
  tessera outcomes --type policy-change --format md`,
    )
    .action(async (_opts: OutcomesOptions, command: Command) => {
      const opts = command.optsWithGlobals<OutcomesOptions>();
      const format = formatOf(opts);
      const filter = filterFrom(opts);
      await withStore(opts, async (db) => {
        const input = {
          outcomes: listOutcomes(db, filter),
          extraKeys: await extraKeys(db, filter),
          codebook: loadDefaultCodebook(),
        };
        await withOutput(opts.out, format === 'xlsx', (out) => exportOutcomes(format, input, out));
      });
    });
}
