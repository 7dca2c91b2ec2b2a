import type { Command } from 'commander';
import { type PlaceholderStyle, REDACTION_LABELS } from '../../domain/redaction.js';
import {
  actorAs,
  currentRole,
  DEFAULT_SETTINGS,
  protectionChanged,
  requireRole,
} from '../../protect/index.js';
import {
  allowList,
  type ProtectSettings,
  registryEntries,
  storedProtectSettings,
  storeProtectSettings,
} from '../../store/protection.js';
import { collect, type GlobalOptions, withStore } from '../context.js';
import { labelsOf, styleOf } from './redact.js';

interface ProtectOptions extends GlobalOptions {
  labels?: string[];
  style?: string;
  json?: boolean;
}

export function registerProtect(program: Command): void {
  program
    .command('protect')
    .description('show or set what the store redacts for readers who may not see originals, and how')
    .option(
      '--labels <labels>',
      `labels to redact, comma-separated, from ${REDACTION_LABELS.join(',')} (admin only)`,
      collect,
    )
    .option('--style <style>', 'placeholders: numbered (<person-3>) or category (<person>) (admin only)')
    .option('--json', 'print JSON: {labels, style, allowList, registry}')
    .addHelpText(
      'after',
      `
What is redacted applies to every export, history, activity log, search snippet and error message shown to
a viewer, to --redacted, and to \`tessera redact\` run with this store. By default every label is redacted
with numbered pseudonyms, the same number for the same entity across the whole store; organisations are
often public, so many programmes leave ORGANIZATION out. The pseudonyms' key stays in the store, never
shown. allowList and registry are counts: terms are added by \`tessera redact --review\`, and the
registry also grows from the names in confidential records as they are imported. Changes are audited.

Examples:
  tessera protect
  tessera protect --labels PERSON,LOCATION,EMAIL,PHONE,URL,HANDLE
  tessera protect --style category --json`,
    )
    .action(async (_opts: ProtectOptions, command: Command) => {
      const opts = command.optsWithGlobals<ProtectOptions>();
      const role = currentRole();
      const changing = opts.labels !== undefined || opts.style !== undefined;
      if (changing) requireRole(role, 'settings');
      const shown = await withStore(opts, async (db) => {
        let settings: ProtectSettings = (await storedProtectSettings(db)) ?? DEFAULT_SETTINGS;
        if (changing) {
          settings = {
            labels: labelsOf(opts.labels) ?? settings.labels,
            style: opts.style === undefined ? settings.style : (styleOf(opts.style) as PlaceholderStyle),
          };
          const who = actorAs(role);
          await db.transaction(async (tx) => {
            await storeProtectSettings(tx, settings, who.actor);
            await protectionChanged(tx, who, 'settings', 'protect', { ...settings });
          });
        }
        const [allow, registry] = await Promise.all([allowList(db), registryEntries(db)]);
        return { ...settings, allowList: allow.length, registry: registry.length };
      });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        `Redacted: ${shown.labels.join(', ') || 'nothing'}\nPlaceholders: ${shown.style === 'numbered' ? 'numbered (<person-3>)' : 'by category (<person>)'}\nAllow-list: ${shown.allowList} term${shown.allowList === 1 ? '' : 's'}; registry: ${shown.registry} name${shown.registry === 1 ? '' : 's'}\n`,
      );
    });
}
