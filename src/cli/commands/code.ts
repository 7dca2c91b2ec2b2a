import type { Command } from 'commander';
import { codeOutcome } from '../../code/index.js';
import { type Codebook, codeLabel } from '../../domain/codebook.js';
import { CODED_FIELDS, type Coding } from '../../domain/coding.js';
import { TesseraError } from '../../errors.js';
import { currentRole, requireRole } from '../../protect/index.js';
import { codingHistory, type Db, findOutcome, storeCodebook } from '../../store/index.js';
import { collect, type GlobalOptions, withStore } from '../context.js';
import { startProgress } from '../progress.js';

interface CodeOptions extends GlobalOptions {
  set?: string[];
  accept?: string[];
  independent?: boolean;
  json?: boolean;
}

/** "socialActor: Local authorities (was Civic change agents), accepted suggestion 0.83, by ana" */
function codingLine(c: Coding, codebook: Codebook): string {
  const list = CODED_FIELDS.find((f) => f.key === c.field)?.list ?? '';
  const labels = (codes: string[]) =>
    codes.map((code) => codeLabel(codebook, list, code)).join(', ') || 'nothing';
  const how =
    c.source === 'suggested'
      ? `accepted suggestion ${(c.confidences ?? []).map((x) => x.toFixed(2)).join(', ')}`
      : c.source === 'import'
        ? 'imported'
        : c.source === 'codebook'
          ? 'recoded by a codebook change'
          : 'set by hand';
  const when = new Date(c.at).toISOString().replace('T', ' ').slice(0, 19);
  if (c.source === 'independent')
    return `${when}  ${c.actor}  ${c.field}: ${labels(c.codes)}, coded independently (the outcome keeps its codes), version ${c.version}`;
  return `${when}  ${c.actor}  ${c.field}: ${labels(c.codes)} (was ${labels(c.previous)}), ${how}, version ${c.version}`;
}

async function history(db: Db, id: string): Promise<Coding[]> {
  if (!(await findOutcome(db, id))) throw new TesseraError('input-not-found', `no outcome has the id ${id}`);
  return codingHistory(db, id);
}

export function registerCode(program: Command): void {
  program
    .command('code')
    .description("code an outcome: set a field's codes by hand, or accept Tessera's suggestion")
    .argument('<id>', 'outcome id')
    .option(
      '--set <FIELD=CODE[,CODE]>',
      'set a field by hand (codes or labels); repeat for several fields',
      (v, p: string[] = []) => [...p, v],
    )
    .option(
      '--accept <fields>',
      'accept the current suggestion for these fields (comma-separated or repeated)',
      collect,
    )
    .option(
      '--independent',
      "record a blind second coding for agreement (tessera agreement); the outcome's codes stay as they are",
    )
    .option(
      '--json',
      'print JSON: {id, codings:[{field, codes, previous, actor, at, source, confidences, version}]}',
    )
    .addHelpText(
      'after',
      `
Fields: socialActor, scale, typesOfChange (several codes), cluster. Codes are checked against the
codebook; labels are accepted ("Local authorities" for authorities-local). Accepting takes the codes
that \`tessera suggest\` proposes. Each coding is recorded with who (TESSERA_USER, else the system user)
and when; the outcome's previous version is kept (see \`tessera history ID\`). Without --set or
--accept, prints the outcome's codings. With --independent, --set records your own blind coding of
the outcome beside the others (\`tessera agreement\` compares coders) and leaves its codes unchanged;
--accept is refused with it, since seeing suggestions breaks independence.

Examples:
  tessera code SCC-AB1/PHR012 --set socialActor=authorities-local
  tessera code SCC-AB1/PHR012 --set "typesOfChange=Policy change,participation" --set scale=national
  tessera code SCC-AB1/PHR012 --accept typesOfChange,cluster
  TESSERA_USER=bakyt tessera code SCC-AB1/PHR012 --set scale=national --independent
  tessera code SCC-AB1/PHR012`,
    )
    .action(async (id: string, _opts: CodeOptions, command: Command) => {
      const opts = command.optsWithGlobals<CodeOptions>();
      const coding = Boolean(opts.set?.length || opts.accept?.length || opts.independent);
      if (coding) requireRole(currentRole(), 'write');
      const progress = startProgress('Learning from the coded outcomes', Boolean(opts.quiet || opts.json));
      const [codings, codebook] = await withStore(
        opts,
        async (db): Promise<[Coding[], Codebook]> => [
          await (coding
            ? codeOutcome(
                db,
                id,
                { set: opts.set ?? [], accept: opts.accept ?? [], independent: Boolean(opts.independent) },
                { onTraining: (done, total) => progress.update(done, total) },
              )
            : history(db, id)),
          await storeCodebook(db),
        ],
      ).finally(() => progress.stop());
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ id, codings }, null, 2)}\n`);
        return;
      }
      if (codings.length === 0 && !opts.quiet) process.stderr.write(`${id} has no codings yet\n`);
      for (const c of codings) process.stdout.write(`${codingLine(c, codebook)}\n`);
    });
}
