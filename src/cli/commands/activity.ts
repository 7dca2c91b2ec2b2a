import type { Command } from 'commander';
import { TesseraError } from '../../errors.js';
import { canonicalJson } from '../../report/cells.js';
import { listActivity, outcomeHistory } from '../../store/index.js';
import { type GlobalOptions, withStore } from '../context.js';

interface ActivityOptions extends GlobalOptions {
  limit: string;
  json?: boolean;
}

export function registerActivity(program: Command): void {
  program
    .command('activity')
    .description('show the activity log: who imported what, when, and with what result')
    .option('--limit <n>', 'how many entries, newest first', '20')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  tessera activity --limit 5')
    .action(async (_opts: ActivityOptions, command: Command) => {
      const opts = command.optsWithGlobals<ActivityOptions>();
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new TesseraError('usage', `--limit ${opts.limit}: expected a whole number above 0`);
      const entries = await withStore(opts, (db) => listActivity(db, limit));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
        return;
      }
      for (const e of entries) {
        const when = new Date(e.at).toISOString().replace('T', ' ').slice(0, 19);
        process.stdout.write(
          `${when}  ${e.actor}  ${e.action} ${e.file ?? ''}: ${e.added} added, ${e.updated} updated, ${e.unchanged} unchanged, ${e.rejected} rejected\n`,
        );
      }
    });

  program
    .command('history')
    .description("show an outcome's earlier versions, newest first, as JSON Lines")
    .argument('<id>', 'outcome id')
    .addHelpText('after', '\nExample:\n  tessera history CVP-SYR/INC001')
    .action(async (id: string, _opts: GlobalOptions, command: Command) => {
      const opts = command.optsWithGlobals<GlobalOptions>();
      const versions = await withStore(opts, (db) => outcomeHistory(db, id));
      for (const v of versions)
        process.stdout.write(
          `${JSON.stringify({ version: v.version, replacedAt: v.replacedAt, outcome: canonicalJson(v.outcome) })}\n`,
        );
      if (versions.length === 0 && !opts.quiet) process.stderr.write(`${id} has no earlier versions\n`);
    });
}
