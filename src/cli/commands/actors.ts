import type { Command } from 'commander';
import { findActors } from '../../store/actors.js';
import { type GlobalOptions, withStore } from '../context.js';

interface ActorsOptions extends GlobalOptions {
  json?: boolean;
}

export function registerActors(program: Command): void {
  program
    .command('actors')
    .description('list organisations and other actors, each with its aliases, documents and outcomes')
    .argument('[term]', 'only actors with a name, acronym, handle or e-mail domain containing this')
    .option('--json', 'print JSON: [{id, kind, name, aliases, documents, outcomes}]')
    .addHelpText(
      'after',
      `
An organisation named in full, by acronym, by social handle or by e-mail domain is one actor.

Examples:
  tessera actors
  tessera actors WPN --json`,
    )
    .action(async (term: string | undefined, _opts: ActorsOptions, command: Command) => {
      const opts = command.optsWithGlobals<ActorsOptions>();
      const actors = await withStore(opts, (db) => findActors(db, term));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(actors, null, 2)}\n`);
        return;
      }
      for (const a of actors) {
        const aliases = a.aliases.filter((x) => x.value !== a.name).map((x) => x.value);
        process.stdout.write(
          `${a.name}${aliases.length ? ` (${aliases.join(', ')})` : ''}: ${a.documents.length} document${a.documents.length === 1 ? '' : 's'}, ${a.outcomes.length} outcome${a.outcomes.length === 1 ? '' : 's'}\n`,
        );
        for (const d of a.documents)
          process.stdout.write(`  document ${d.name} (${d.kind})${d.title ? `: ${d.title}` : ''}\n`);
        for (const o of a.outcomes)
          process.stdout.write(`  outcome ${o.id}: ${o.description.slice(0, 100)}\n`);
      }
      if (actors.length === 0 && !opts.quiet)
        process.stderr.write(term ? `no actor matches "${term}"\n` : 'no actors yet\n');
    });
}
