import type { Command } from 'commander';
import {
  actorAs,
  currentRole,
  mustRedact,
  type Protection,
  protectionFor,
  type Reader,
  redactPaths,
  redactTexts,
  revealed,
} from '../../protect/index.js';
import { type ActorView, findActors } from '../../store/actors.js';
import type { Db } from '../../store/index.js';
import { confidentialAmong } from '../../store/protection.js';
import { type GlobalOptions, withStore } from '../context.js';

interface ActorsOptions extends GlobalOptions {
  json?: boolean;
  redacted?: boolean;
}

/** Every name, alias, title, file name and description redacted, in one batch. */
async function redactActors(actors: ActorView[], protection: Protection): Promise<ActorView[]> {
  const texts = actors.flatMap((a) => [
    a.name,
    ...a.aliases.map((x) => x.value),
    ...a.documents.map((d) => d.title ?? ''),
    ...a.outcomes.map((o) => o.description),
  ]);
  const redacted = await redactTexts(texts, protection);
  const names = await redactPaths(
    actors.flatMap((a) => a.documents.map((d) => d.name)),
    protection,
  );
  let t = 0;
  let n = 0;
  const next = () => redacted[t++] ?? '';
  return actors.map((a) => ({
    ...a,
    name: next(),
    aliases: a.aliases.map((x) => ({ ...x, value: next() })),
    documents: a.documents.map((d) => {
      const title = next();
      return { ...d, name: names[n++] ?? '', title: d.title === null ? null : title };
    }),
    outcomes: a.outcomes.map((o) => ({ ...o, description: next() })),
  }));
}

/**
 * Actors as the reader may see them. Names and titles come from confidential documents too, so a reader
 * who may not see confidential originals gets all of it redacted; showing the originals of confidential
 * outcomes and documents is audited.
 */
async function actorsFor(db: Db, term: string | undefined, reader: Reader): Promise<ActorView[]> {
  const actors = await findActors(db, term);
  if (mustRedact(reader, true)) return redactActors(actors, await protectionFor(db));
  const shown = await confidentialAmong(db, {
    outcomes: actors.flatMap((a) => a.outcomes.map((o) => o.id)),
    documents: actors.flatMap((a) => a.documents.map((d) => d.id)),
  });
  await revealed(db, actorAs(reader.role), shown, 'actors');
  return actors;
}

export function registerActors(program: Command): void {
  program
    .command('actors')
    .description('list organisations and other actors, each with its aliases, documents and outcomes')
    .argument('[term]', 'only actors with a name, acronym, handle or e-mail domain containing this')
    .option('--json', 'print JSON: [{id, kind, name, aliases, documents, outcomes}]')
    .option('--redacted', 'replace personal data in names, titles and descriptions by placeholders')
    .addHelpText(
      'after',
      `
An organisation named in full, by acronym, by social handle or by e-mail domain is one actor.
Reviewers and viewers (TESSERA_ROLE), and --redacted, get names, titles and descriptions redacted.

Examples:
  tessera actors
  tessera actors WPN --json`,
    )
    .action(async (term: string | undefined, _opts: ActorsOptions, command: Command) => {
      const opts = command.optsWithGlobals<ActorsOptions>();
      const reader = { role: currentRole(), redacted: Boolean(opts.redacted) };
      const actors = await withStore(opts, (db) => actorsFor(db, term, reader));
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
