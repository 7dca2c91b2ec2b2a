import { extname } from 'node:path';
import type { Command } from 'commander';
import { TesseraError } from '../../errors.js';
import { projectExtras } from '../../exchange/index.js';
import { currentRole, outcomesFor } from '../../protect/index.js';
import { EXPORT_FORMATS, type ExportFormat, exportOutcomes } from '../../report/export.js';
import { extraKeys, listOutcomes, storeCodebook } from '../../store/index.js';
import { confidentialOutcomeIds } from '../../store/protection.js';
import { type GlobalOptions, withOutput, withStore } from '../context.js';
import { addFilterOptions, type FilterOptions, filterFrom } from './filters.js';

interface OutcomesOptions extends GlobalOptions, FilterOptions {
  format?: string;
  out?: string;
  redacted?: boolean;
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
      .description('export outcomes as JSON Lines, CSV, XLSX, Markdown or a REFI-QDA project (qdpx)')
      .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')} (default: from --out, else jsonl)`)
      .option('--out <file>', 'write to this file instead of standard output')
      .option('--redacted', 'replace personal data in every text field by placeholders'),
  )
    .addHelpText(
      'after',
      `
Every format imports back to the same outcomes. CSV opens in Excel and LibreOffice with non-ASCII text
intact (UTF-8 with BOM), and cells that a spreadsheet would run as formulas are neutralised. XLSX has
typed columns, a frozen header row and codebook labels. QDPX is a REFI-QDA project for NVivo, ATLAS.ti,
QualCoder or MAXQDA: each outcome a text source coded with its codes, its other fields as case variables,
and the partner documents' text; \`tessera import project.qdpx\` brings the codings back.

With --redacted, and always for the reviewer and viewer roles (TESSERA_ROLE), every text field is
redacted with the store's settings (see \`tessera protect\`). Exporting the originals of confidential
outcomes (admin, editor) is written to the audit log (\`tessera audit\`).

Examples:
  tessera outcomes --format csv --out outcomes.csv
  tessera outcomes --country Syria,Iraq --year 2023 --format xlsx --out syria-iraq-2023.xlsx
  tessera outcomes --type policy-change --format md
  tessera outcomes --redacted --format csv --out for-donor.csv
  tessera outcomes --harvest "Harvest 2024" --out harvest-2024.qdpx`,
    )
    .action(async (_opts: OutcomesOptions, command: Command) => {
      const opts = command.optsWithGlobals<OutcomesOptions>();
      const format = formatOf(opts);
      const reader = { role: currentRole(), redacted: Boolean(opts.redacted) };
      await withStore(opts, async (db) => {
        const codebook = await storeCodebook(db);
        const filter = filterFrom(opts, codebook);
        const input = {
          outcomes: await outcomesFor(
            db,
            reader,
            listOutcomes(db, filter),
            () => confidentialOutcomeIds(db, filter),
            'outcomes',
          ),
          extraKeys: await extraKeys(db, filter),
          codebook,
          ...(format === 'qdpx' ? { project: await projectExtras(db, reader) } : {}),
        };
        const binary = format === 'xlsx' || format === 'qdpx';
        await withOutput(opts.out, binary, (out) => exportOutcomes(format, input, out));
      });
    });
}
