import { Command, CommanderError } from 'commander';
import { TesseraError } from '../errors.js';
import { registerActivity } from './commands/activity.js';
import { registerActors } from './commands/actors.js';
import { registerCode } from './commands/code.js';
import { registerDemo } from './commands/demo.js';
import { registerExtract } from './commands/extract.js';
import { registerImport } from './commands/import.js';
import { registerOutcomes } from './commands/outcomes.js';
import { registerRedact } from './commands/redact.js';
import { registerStats } from './commands/stats.js';
import { registerSuggest } from './commands/suggest.js';

function program(): Command {
  const cli = new Command('tessera')
    .description('Outcome harvesting evidence, structured, protected and searchable.')
    .option(
      '--data <dir>',
      'embedded store folder (default: $TESSERA_DATA, else ./tessera-data); DATABASE_URL selects PostgreSQL instead',
    )
    .option('--quiet', 'no progress bars or notices')
    .option('--debug', 'show stack traces of unexpected errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of [
    registerDemo,
    registerImport,
    registerOutcomes,
    registerStats,
    registerExtract,
    registerActivity,
    registerActors,
    registerRedact,
    registerSuggest,
    registerCode,
  ])
    register(cli);
  for (const command of cli.commands) command.exitOverride();
  return cli;
}

/** Runs the CLI and returns the exit status: 0 done, 1 failed or rejected input, 2 wrong usage. */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    await program().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof TesseraError) {
      process.stderr.write(`tessera: ${error.message}\n`);
      return error.code === 'usage' ? 2 : 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `tessera: unexpected error: ${message}${debug ? '' : ' (run again with --debug for details)'}\n`,
    );
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
