import { Command, CommanderError } from 'commander';
import { TesseraError } from '../errors.js';
import { currentRole, mustRedact, redactMessage } from '../protect/index.js';
import { registerActivity, registerAudit } from './commands/activity.js';
import { registerActors } from './commands/actors.js';
import { registerAgreement } from './commands/agreement.js';
import { registerCheck } from './commands/check.js';
import { registerCode } from './commands/code.js';
import { registerCodebook } from './commands/codebook.js';
import { registerDemo } from './commands/demo.js';
import { registerExtract } from './commands/extract.js';
import { registerImport } from './commands/import.js';
import { registerOutcomes } from './commands/outcomes.js';
import { registerProtect } from './commands/protect.js';
import { registerRedact } from './commands/redact.js';
import { registerReport } from './commands/report.js';
import { registerSearch } from './commands/search.js';
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
    registerSearch,
    registerReport,
    registerExtract,
    registerActivity,
    registerAudit,
    registerActors,
    registerRedact,
    registerProtect,
    registerSuggest,
    registerCode,
    registerCodebook,
    registerAgreement,
    registerCheck,
  ])
    register(cli);
  for (const command of cli.commands) command.exitOverride();
  return cli;
}

/**
 * Errors can quote stored text (a database error quotes the value it refused): readers who may not see
 * originals, or an unknown role, get messages with quoted input hidden and names redacted. Usage and
 * permission errors only echo the command line, and stay as they are.
 */
function shown(message: string, argv: string[]): string {
  try {
    if (!mustRedact({ role: currentRole(), redacted: argv.includes('--redacted') }, true)) return message;
  } catch {
    // an unknown role sees what the least trusted sees
  }
  return redactMessage(message);
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
      const ours = error.code === 'usage' || error.code === 'forbidden';
      const message = ours ? error.message : shown(error.message, argv);
      process.stderr.write(`tessera: ${message}\n`);
      return error.code === 'usage' ? 2 : 1;
    }
    const message = shown(error instanceof Error ? error.message : String(error), argv);
    process.stderr.write(
      `tessera: unexpected error: ${message}${debug ? '' : ' (run again with --debug for details)'}\n`,
    );
    if (debug && error instanceof Error) process.stderr.write(`${shown(String(error.stack), argv)}\n`);
    return 1;
  }
}
