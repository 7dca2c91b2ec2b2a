import type { Command } from 'commander';
import { currentRole } from '../../protect/index.js';
import { buildFactsheet } from '../../report/factsheet.js';
import { buildHarvestReport } from '../../report/harvest.js';
import type { ReportOptions } from '../../report/html/build.js';
import type { Report } from '../../report/html/model.js';
import { reportFormat, writeReport } from '../../report/html/write.js';
import { type Db, storeCodebook } from '../../store/index.js';
import { type GlobalOptions, withStore } from '../context.js';

interface ReportCommandOptions extends GlobalOptions {
  country?: string;
  harvest?: string;
  out?: string;
  format?: string;
  pdf?: boolean;
  redacted?: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

type Build = (db: Db, value: string, options: ReportOptions) => Promise<Report>;

/** Builds the report from the store, writes it, and says where it went. */
async function run(opts: ReportCommandOptions, value: string, build: Build): Promise<void> {
  const format = reportFormat(opts.format, opts.out, Boolean(opts.pdf));
  const reader = { role: currentRole(), redacted: Boolean(opts.redacted) };
  const report = await withStore(opts, async (db) =>
    build(db, value, { codebook: await storeCodebook(db), reader }),
  );
  const files = await writeReport(report, format, opts.out);
  if (!opts.quiet)
    process.stdout.write(
      `Wrote ${files[0]} (${plural(report.outcomes.length, 'outcome')}, ${plural(report.documents.length, 'evidence document')})${files.length > 1 ? `, and ${files.slice(1).join(', ')}` : ''}\n`,
    );
}

function outputOptions(command: Command): Command {
  return command
    .option(
      '--out <file>',
      'where to write (default: in the current folder, named after the country or harvest)',
    )
    .option('--format <format>', 'html (default) or md (Markdown, with the charts as SVG files beside it)')
    .option('--pdf', 'also print the HTML to PDF with Chromium (needs the chromium package)')
    .option('--redacted', 'redact every outcome, not only the confidential ones');
}

export function registerReport(program: Command): void {
  const report = program
    .command('report')
    .description('write a country factsheet or a harvest report: tables, charts, outcomes and evidence')
    .addHelpText(
      'after',
      `
Reports are one self-contained HTML file (inline CSS and SVG charts, no scripts; opens offline and
prints well), or Markdown with the charts as SVG files beside it, or a PDF printed by Chromium.
What the outcomes show follows the role (TESSERA_ROLE): viewers get every outcome redacted, reviewers
the confidential ones; admins and editors see originals, and that is written to the audit log.
--redacted redacts every outcome for anyone: use it for reports that leave the team.

Examples:
  tessera report factsheet --country Kosovo
  tessera report factsheet --country XK --format md --out kosovo.md
  tessera report harvest --harvest "Harvest 2024" --pdf`,
    );
  outputOptions(
    report
      .command('factsheet')
      .description(
        "a country's outcomes: per type of change and year, significance by contribution, evidence",
      )
      .requiredOption('--country <country>', 'the country, by name or ISO code (Kosovo, XK)'),
  ).action(async (_opts: ReportCommandOptions, command: Command) => {
    const opts = command.optsWithGlobals<ReportCommandOptions>();
    await run(opts, opts.country ?? '', buildFactsheet);
  });
  outputOptions(
    report
      .command('harvest')
      .description("a harvest's outcomes: per type of change, country and year, on a map, with evidence")
      .requiredOption('--harvest <harvest>', 'the harvest, by name ("Harvest 2024")'),
  ).action(async (_opts: ReportCommandOptions, command: Command) => {
    const opts = command.optsWithGlobals<ReportCommandOptions>();
    await run(opts, opts.harvest ?? '', buildHarvestReport);
  });
}
