import type { Command } from 'commander';
import { TesseraError } from '../../errors.js';
import {
  actorAs,
  currentRole,
  mustRedact,
  protectionFor,
  type Reader,
  redactActivity,
  redactOutcomes,
  revealed,
} from '../../protect/index.js';
import { canonicalJson } from '../../report/cells.js';
import { type Db, findOutcome, listActivity, outcomeHistory } from '../../store/index.js';
import { listAudit } from '../../store/protection.js';
import { type GlobalOptions, withStore } from '../context.js';

interface ActivityOptions extends GlobalOptions {
  limit: string;
  json?: boolean;
}

interface HistoryOptions extends GlobalOptions {
  redacted?: boolean;
}

function limitOf(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1)
    throw new TesseraError('usage', `--limit ${value}: expected a whole number above 0`);
  return limit;
}

function timeOf(at: Date): string {
  return new Date(at).toISOString().replace('T', ' ').slice(0, 19);
}

/**
 * An outcome's earlier versions as the reader may see them: redacted when the outcome is confidential now
 * or was in any version; a reveal of originals is audited first.
 */
async function versionsFor(db: Db, id: string, reader: Reader) {
  const versions = await outcomeHistory(db, id);
  if (versions.length === 0) return versions;
  const confidential =
    Boolean((await findOutcome(db, id))?.confidential) || versions.some((v) => v.outcome.confidential);
  if (!mustRedact(reader, confidential)) {
    if (confidential) await revealed(db, actorAs(reader.role), { outcomes: [id] }, 'history');
    return versions;
  }
  const redacted = await redactOutcomes(
    versions.map((v) => ({
      ...v.outcome,
      extra: v.outcome.extra ?? {},
      typesOfChange: v.outcome.typesOfChange ?? [],
    })),
    await protectionFor(db),
  );
  return versions.map((v, i) => ({ ...v, outcome: redacted[i] ?? v.outcome }));
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
      const limit = limitOf(opts.limit);
      // problems quote cells and file names can name people: only roles that may see originals see them
      const reader = { role: currentRole(), redacted: false };
      const entries = await withStore(opts, async (db) => {
        const listed = await listActivity(db, limit);
        return mustRedact(reader, true) ? redactActivity(listed, await protectionFor(db)) : listed;
      });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
        return;
      }
      for (const e of entries) {
        process.stdout.write(
          `${timeOf(e.at)}  ${e.actor}  ${e.action} ${e.file ?? ''}: ${e.added} added, ${e.updated} updated, ${e.unchanged} unchanged, ${e.rejected} rejected\n`,
        );
      }
    });

  program
    .command('history')
    .description("show an outcome's earlier versions, newest first, as JSON Lines")
    .argument('<id>', 'outcome id')
    .option('--redacted', 'replace personal data in every text field by placeholders')
    .addHelpText(
      'after',
      `
Reviewers and viewers (TESSERA_ROLE) always get redacted text; showing the originals of a confidential
outcome (admin, editor) is written to the audit log.

Examples:
  tessera history CVP-SYR/INC001
  tessera history CVP-SYR/INC001 --redacted`,
    )
    .action(async (id: string, _opts: HistoryOptions, command: Command) => {
      const opts = command.optsWithGlobals<HistoryOptions>();
      const reader = { role: currentRole(), redacted: Boolean(opts.redacted) };
      const versions = await withStore(opts, (db) => versionsFor(db, id, reader));
      for (const v of versions)
        process.stdout.write(
          `${JSON.stringify({ version: v.version, replacedAt: v.replacedAt, outcome: canonicalJson(v.outcome) })}\n`,
        );
      if (versions.length === 0 && !opts.quiet) process.stderr.write(`${id} has no earlier versions\n`);
    });
}

export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('show the audit log: who revealed confidential records or changed what is protected, when')
    .option('--limit <n>', 'how many entries, newest first', '20')
    .option(
      '--json',
      'print JSON: [{id, at, actor, role, action, command, outcomeIds, documentIds, details}]',
    )
    .addHelpText(
      'after',
      `
Actions: reveal (originals of confidential records shown, with their ids), settings (what is redacted
changed), allow and register (terms added to the allow-list or registry, counted, never listed).

Example:
  tessera audit --limit 5`,
    )
    .action(async (_opts: ActivityOptions, command: Command) => {
      const opts = command.optsWithGlobals<ActivityOptions>();
      const limit = limitOf(opts.limit);
      const events = await withStore(opts, (db) => listAudit(db, limit));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(events, null, 2)}\n`);
        return;
      }
      for (const e of events) {
        const what = [
          ...(e.outcomeIds.length ? [`outcomes ${e.outcomeIds.join(', ')}`] : []),
          ...(e.documentIds.length ? [`documents ${e.documentIds.join(', ')}`] : []),
          ...Object.entries(e.details).map(([k, v]) => `${k} ${String(v)}`),
        ];
        process.stdout.write(
          `${timeOf(e.at)}  ${e.actor} (${e.role})  ${e.action} by tessera ${e.command}${what.length ? `: ${what.join('; ')}` : ''}\n`,
        );
      }
    });
}
