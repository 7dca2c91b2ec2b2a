import type { Command } from 'commander';
import { countableField, crossTab } from '../../analyze/crosstab.js';
import { TesseraError } from '../../errors.js';
import { currentRole, mustRedact, protectionFor, redactCrossTab } from '../../protect/index.js';
import {
  crossTabCsv,
  crossTabJson,
  crossTabMarkdown,
  crossTabText,
  type PercentBase,
} from '../../report/crosstab.js';
import { storeCodebook } from '../../store/index.js';
import { type GlobalOptions, withOutput, withStore } from '../context.js';
import { addFilterOptions, type FilterOptions, filterFrom } from './filters.js';

interface StatsOptions extends GlobalOptions, FilterOptions {
  by: string;
  json?: boolean;
  format?: string;
  out?: string;
  percent?: string;
  redacted?: boolean;
}

type Tab = Parameters<typeof crossTabText>[0];

const RENDERERS = {
  text: (tab: Tab, percent?: PercentBase) => `${crossTabText(tab, percent)}\n`,
  csv: crossTabCsv,
  md: (tab: Tab, percent?: PercentBase) => `${crossTabMarkdown(tab, percent)}\n`,
  json: (tab: Tab) => `${JSON.stringify(crossTabJson(tab), null, 2)}\n`,
};

const PERCENT_BASES: readonly PercentBase[] = ['row', 'column', 'total'];

export function registerStats(program: Command): void {
  addFilterOptions(
    program
      .command('stats')
      .description('count outcomes by one to three fields, as a cross-tab with totals')
      .requiredOption(
        '--by <fields>',
        'fields to count by, comma-separated: country, year, harvest, type, cluster, socialActor, scale, status, ratings ...',
      )
      .option(
        '--json',
        'print JSON: {by, total, rows:[{field: value, count}], totals:{field:{value: count}}}',
      )
      .option('--format <format>', 'text (default), csv, md or json')
      .option('--percent <base>', 'with two fields, add percentages of each row, column or the total')
      .option('--out <file>', 'write to this file instead of standard output')
      .option('--redacted', 'redact values drawn from text (harvest names, uncoded social actors)'),
  )
    .addHelpText(
      'after',
      `
A multi-select field (types of change) counts an outcome once under each of its values; totals count
each outcome once. Values drawn from text rather than the codebook (harvest names, a social actor that
matches no code) are redacted with --redacted and for reviewers and viewers (TESSERA_ROLE).

Examples:
  tessera stats --by country,year
  tessera stats --by type,year --country Syria --format csv --out syria-types.csv
  tessera stats --by socialActor --json
  tessera stats --by ratingSignificance,ratingContribution     (the significance-by-contribution matrix)
  tessera stats --by country,type --percent row`,
    )
    .action(async (_opts: StatsOptions, command: Command) => {
      const opts = command.optsWithGlobals<StatsOptions>();
      const format = opts.json ? 'json' : (opts.format ?? 'text');
      if (!(format in RENDERERS))
        throw new TesseraError('usage', `unknown format "${format}"; choose text, csv, md or json`);
      const by = opts.by.split(',').map(countableField);
      const reader = { role: currentRole(), redacted: Boolean(opts.redacted) };
      const tab = await withStore(opts, async (db) => {
        const codebook = await storeCodebook(db);
        const counted = await crossTab(db, by, filterFrom(opts, codebook), codebook);
        // counts mix confidential outcomes with the rest: a reader who may not see either gets neither
        return mustRedact(reader, true) ? redactCrossTab(counted, await protectionFor(db)) : counted;
      });
      const percent = opts.percent as PercentBase | undefined;
      if (percent && !PERCENT_BASES.includes(percent)) {
        throw new TesseraError('usage', `--percent ${percent}: choose row, column or total`);
      }
      const text = RENDERERS[format as keyof typeof RENDERERS](tab, percent);
      await withOutput(opts.out, false, async (out) => {
        out.write(text);
      });
    });
}
