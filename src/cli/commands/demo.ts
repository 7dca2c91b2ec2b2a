import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { crossTab } from '../../analyze/crosstab.js';
import { packagePath } from '../../domain/package-path.js';
import { TesseraError } from '../../errors.js';
import { crossTabText } from '../../report/crosstab.js';
import { openStore, storeCodebook } from '../../store/index.js';
import type { GlobalOptions } from '../context.js';
import { startProgress } from '../progress.js';

/** The named folder, which must be new or empty, or a new temporary one. */
function freshFolder(data: string | undefined): string {
  if (!data) return mkdtempSync(join(tmpdir(), 'tessera-demo-'));
  const dir = resolve(data);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new TesseraError(
      'usage',
      `${dir} is not empty; the demo makes a fresh store: name a new folder with --data`,
    );
  }
  return dir;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'make a fresh embedded store with the sample harvest that ships with Tessera, and summarise it',
    )
    .addHelpText(
      'after',
      `
The store goes into a new temporary folder, or into --data DIR when that folder is new or empty.

Examples:
  tessera demo
  tessera demo --data ./demo-store`,
    )
    .action(async (_opts: GlobalOptions, command: Command) => {
      const opts = command.optsWithGlobals<GlobalOptions>();
      const dir = freshFolder(opts.data);
      const { importPaths } = await import('../../ingest/import.js');
      const db = await openStore({ dataDir: dir });
      const progress = startProgress('Loading the sample harvest', Boolean(opts.quiet));
      try {
        const codebook = await storeCodebook(db);
        const report = await importPaths(
          db,
          [packagePath('samples', 'harvests'), packagePath('samples', 'documents')],
          {
            codebook,
            onProgress: (d, t) => progress.update(d, t),
          },
        );
        progress.stop();
        const byCountryYear = await crossTab(db, ['country', 'year'], {}, codebook);
        const byType = await crossTab(db, ['typesOfChange'], {}, codebook);
        const files = report.files.filter((f) => f.status === 'imported' && !f.kind).length;
        process.stdout.write(
          [
            `Tessera demo store: ${dir}`,
            `Loaded ${report.outcomes} outcomes from ${files} sample harvest files, and ${report.documents} partner documents with ${report.items} items.`,
            '',
            'Outcomes per country and year:',
            crossTabText(byCountryYear),
            '',
            'Outcomes per type of change (an outcome may have several):',
            crossTabText(byType),
            '',
            'Try next:',
            `  tessera stats --by type,year --data ${dir}`,
            `  tessera outcomes --country Syria --format md --data ${dir}`,
            `  tessera outcomes --format xlsx --out outcomes.xlsx --data ${dir}`,
            `  tessera report harvest --harvest "Harvest 2024" --data ${dir}`,
            `  tessera actors --data ${dir}`,
            `  tessera search "women's rights" --data ${dir}`,
            `  tessera check --data ${dir}`,
            `  tessera codebook --data ${dir}`,
            '',
          ].join('\n'),
        );
      } finally {
        progress.stop();
        await db.close();
      }
    });
}
