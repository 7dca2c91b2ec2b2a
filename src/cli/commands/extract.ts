import type { Command } from 'commander';
import { loadDefaultCodebook } from '../../domain/codebook.js';
import { describeProblem } from '../../domain/problem.js';
import { listInputs } from '../../ingest/index.js';
import type { GlobalOptions } from '../context.js';

interface ExtractOptions extends GlobalOptions {
  json?: boolean;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the structure of files as JSON, touching no store')
    .argument('<files...>', 'files to extract')
    .option('--json', 'print a JSON array, one object per file (the default)')
    .addHelpText(
      'after',
      `
Each object is {file, kind, language, title, date, items, outcomes, entities, frameworks, sections,
recommendations, figures, problems}; for outcome-record files, outcomes holds each record in the
canonical outcome shape.

Example:
  tessera extract outcome-01.md --json`,
    )
    .action(async (files: string[], _opts: ExtractOptions, command: Command) => {
      const opts = command.optsWithGlobals<ExtractOptions>();
      const codebook = loadDefaultCodebook();
      const results = [];
      // extraction and its language models load only for the commands that extract
      const { extractFile } = await import('../../extract/index.js');
      for (const file of await listInputs(files)) results.push(await extractFile(file, codebook));
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      if (!opts.quiet)
        for (const p of results.flatMap((r) => r.problems)) process.stderr.write(`${describeProblem(p)}\n`);
    });
}
