import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fictionalOutcomes, outcomesJsonl } from '../../code/fixtures/outcomes.js';
import { emptyOutcome } from '../../domain/outcome.js';
import { runCli } from '../../test-support/cli.js';
import { storeCases, tempDir } from '../../test-support/stores.js';

const named = {
  ...emptyOutcome(
    'FIC-900',
    'In March 2024, the lawyer Layla Haddad persuaded the municipal council of Oranvale to open two water points.',
  ),
  socialActor: 'authorities-local',
};

interface FieldJson {
  n: number;
  observed: number;
  kappa?: number | null;
  alpha: number | null;
  perCode?: Record<string, { observed: number; kappa: number | null }>;
  disagreements: { id: string; a: string[]; b: string[] }[];
}

for (const store of storeCases()) {
  describe(`tessera agreement (${store.name})`, () => {
    let dir: string;
    let env: Record<string, string>;
    const as = (user: string) => ({ ...env, TESSERA_USER: user });

    async function ok(args: string[], user: string) {
      const result = await runCli([...args, '--quiet'], as(user));
      assert.equal(result.status, 0, result.stderr);
      return result;
    }

    async function stored(id: string) {
      const { stdout } = await ok(['outcomes', '--format', 'jsonl'], 'amina');
      return stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
        .find((o) => o.id === id);
    }

    before(async () => {
      const db = await store.open();
      env = store.cliEnv(db);
      await db.close();
      dir = tempDir();
      writeFileSync(join(dir, 'harvest.jsonl'), outcomesJsonl([...fictionalOutcomes().slice(0, 8), named]));
      await ok(['import', join(dir, 'harvest.jsonl')], 'amina');
      for (const setting of [
        ['FIC-001', '--set', 'socialActor=media', '--set', 'typesOfChange=policy-change,dialogue'],
        ['FIC-002', '--set', 'socialActor=civic', '--set', 'typesOfChange=backlash'],
        ['FIC-003', '--set', 'socialActor=media'],
        ['FIC-004', '--set', 'socialActor=authorities-local'],
      ])
        await ok(['code', ...setting], 'amina');
    });

    it('records an independent coding by the current coder and leaves the outcome as it was', async () => {
      const before = await stored('FIC-001');
      const { stdout } = await ok(
        [
          'code',
          'FIC-001',
          '--independent',
          '--set',
          'socialActor=Media',
          '--set',
          'typesOfChange=policy-change',
          '--json',
        ],
        'bakyt',
      );
      const { codings } = JSON.parse(stdout);
      assert.deepEqual(
        codings.map((c: { field: string; codes: string[]; actor: string; source: string }) => [
          c.field,
          c.codes,
          c.actor,
          c.source,
        ]),
        [
          ['socialActor', ['media'], 'bakyt', 'independent'],
          ['typesOfChange', ['policy-change'], 'bakyt', 'independent'],
        ],
      );
      assert.deepEqual(await stored('FIC-001'), before);
      const refused = await runCli(
        ['code', 'FIC-002', '--independent', '--accept', 'socialActor'],
        as('bakyt'),
      );
      assert.equal(refused.status, 2);
      assert.match(refused.stderr, /--accept shows suggestions, so it cannot be independent/);
    });

    it("imports a coder's sheet by labels as the current coder's independent codings", async () => {
      const sheet = join(dir, 'bakyt.csv');
      writeFileSync(
        sheet,
        'Outcome ID,Social actor,Types of change\n' +
          'FIC-002,Civic change agents,Restriction or backlash\n' +
          'FIC-003,Civic change agents,\n' +
          'FIC-004,Local authorities,\n',
      );
      const before = await stored('FIC-003');
      const { stdout } = await ok(['agreement', 'import', sheet], 'bakyt');
      assert.match(stdout, /^recorded 4 independent codings of 3 outcomes by bakyt from /);
      assert.deepEqual(await stored('FIC-003'), before);
    });

    it("gives two coders' kappa, alpha, kappa per code and disagreements", async () => {
      const { stdout } = await ok(['agreement', '--json'], 'amina');
      const report = JSON.parse(stdout) as { coders: string[]; fields: Record<string, FieldJson> };
      assert.deepEqual(report.coders, ['amina', 'bakyt']);
      const actor = report.fields.socialActor as FieldJson;
      assert.equal(actor.n, 4);
      assert.equal(actor.observed, 0.75);
      // media, civic, media, local against media, civic, civic, local: (4·3 − 5) / (16 − 5)
      assert.ok(Math.abs((actor.kappa ?? 0) - 7 / 11) < 1e-9);
      assert.deepEqual(actor.disagreements, [{ id: 'FIC-003', a: ['media'], b: ['civic'] }]);
      const types = report.fields.typesOfChange as FieldJson;
      assert.equal(types.n, 2);
      assert.equal(types.kappa, undefined);
      assert.deepEqual(Object.keys(types.perCode ?? {}), ['backlash', 'dialogue', 'policy-change']);
      assert.deepEqual(types.disagreements, [
        { id: 'FIC-001', a: ['policy-change', 'dialogue'], b: ['policy-change'] },
      ]);
      const text = await ok(['agreement', '--field', 'socialActor'], 'amina');
      assert.match(
        text.stdout,
        /^amina and bakyt\n {2}socialActor +n +4 +agreed 0\.75 +kappa 0\.64 substantial/,
      );
      assert.match(text.stdout, /FIC-003 +socialActor: amina: Media \| bakyt: Civic change agents/);
      assert.doesNotMatch(text.stdout, /typesOfChange/);
    });

    it('rejects a bad sheet whole, naming each line and field', async () => {
      const sheet = join(dir, 'bad.jsonl');
      writeFileSync(
        sheet,
        [
          '{"id": "FIC-005", "socialActor": "media"}',
          '{"id": "FIC-006", "socialActor": "astronauts"}',
          '{"id": "NOPE-1", "scale": "local"}',
        ].join('\n'),
      );
      const { status, stderr } = await runCli(['agreement', 'import', sheet, '--coder', 'chen'], as('amina'));
      assert.equal(status, 1);
      assert.match(stderr, /rejected, nothing recorded/);
      assert.match(stderr, /bad\.jsonl:2 socialActor: "astronauts" is not a code of socialActor/);
      assert.match(stderr, /bad\.jsonl:3 id: no outcome has the id NOPE-1/);
      const report = JSON.parse((await ok(['agreement', '--json'], 'amina')).stdout);
      assert.deepEqual(report.coders, ['amina', 'bakyt']);
    });

    it('gives alpha over three coders and every pair; --coders picks two', async () => {
      const sheet = join(dir, 'chen.jsonl');
      writeFileSync(
        sheet,
        '{"id": "FIC-001", "socialActor": "media"}\n{"id": "FIC-002", "socialActor": "media"}\n',
      );
      const imported = await ok(['agreement', 'import', sheet, '--coder', 'chen', '--json'], 'amina');
      assert.deepEqual(JSON.parse(imported.stdout).rejected, []);
      const all = JSON.parse((await ok(['agreement', '--json'], 'amina')).stdout);
      assert.deepEqual(all.coders, ['amina', 'bakyt', 'chen']);
      assert.deepEqual(
        all.pairs.map((p: { coders: string[] }) => p.coders.join('+')),
        ['amina+bakyt', 'amina+chen', 'bakyt+chen'],
      );
      assert.equal(all.fields.socialActor.n, 4);
      const two = JSON.parse((await ok(['agreement', '--coders', 'amina,chen', '--json'], 'amina')).stdout);
      assert.deepEqual(two.coders, ['amina', 'chen']);
      assert.equal(two.fields.socialActor.n, 2);
      assert.deepEqual(two.fields.socialActor.disagreements, [{ id: 'FIC-002', a: ['civic'], b: ['media'] }]);
    });

    it('samples the same outcomes for the same seed, and a sheet without codes that imports back', async () => {
      const first = await ok(['agreement', 'sample', '--size', '4', '--seed', 'round-2', '--json'], 'amina');
      const again = await ok(['agreement', 'sample', '--size', '4', '--seed', 'round-2'], 'amina');
      const { ids } = JSON.parse(first.stdout) as { ids: string[] };
      assert.equal(ids.length, 4);
      assert.equal(again.stdout, `${ids.join('\n')}\n`);
      const out = join(dir, 'sheet.csv');
      await ok(['agreement', 'sample', '--size', '4', '--seed', 'round-2', '--out', out], 'amina');
      const rows = readFileSync(out, 'utf8').trim().split('\n');
      assert.equal(rows.length, 5);
      assert.match(rows[0] ?? '', /Description,Significance,.*Social actor,Scale,/);
      const refilled = rows.map((row, i) => (i === 0 ? row : row.replace(/,([^,]*)$/, ',Mobilising')));
      writeFileSync(out, refilled.join('\n'));
      const back = await ok(['agreement', 'import', out, '--coder', 'dana'], 'amina');
      assert.match(back.stdout, /recorded 4 independent codings of 4 outcomes by dana/);
    });

    it('gives viewers ids and codes only, a redacted sheet, and no right to import', async () => {
      const viewer = { ...env, TESSERA_ROLE: 'viewer' };
      const report = await runCli(['agreement'], viewer);
      assert.equal(report.status, 0, report.stderr);
      assert.doesNotMatch(report.stdout, /Oranvale|regulation|municipal/);
      const ids = await runCli(['agreement', 'sample', '--size', '20', '--seed', 'x'], viewer);
      assert.match(ids.stdout, /FIC-900/);
      const out = join(dir, 'viewer.csv');
      const sheet = await runCli(
        ['agreement', 'sample', '--size', '20', '--seed', 'x', '--out', out],
        viewer,
      );
      assert.equal(sheet.status, 0, sheet.stderr);
      const text = readFileSync(out, 'utf8');
      assert.match(text, /FIC-900/);
      assert.doesNotMatch(text, /Layla|Haddad/);
      const refused = await runCli(['agreement', 'import', join(dir, 'chen.jsonl')], viewer);
      assert.notEqual(refused.status, 0);
      assert.match(refused.stderr, /the viewer role may not/);
    });

    it('compares codes made before a merge as the code they were merged into', async () => {
      const coding = {
        farid: [
          ['FIC-006', 'socialActor=authorities-local', 'typesOfChange=agenda-setting,policy-change'],
          ['FIC-007', 'socialActor=media', 'typesOfChange=dialogue'],
        ],
        gulnara: [
          ['FIC-006', 'socialActor=authorities-national', 'typesOfChange=policy-change'],
          ['FIC-007', 'socialActor=media', 'typesOfChange=dialogue'],
        ],
      };
      for (const [coder, rows] of Object.entries(coding))
        for (const [id, actor, types] of rows)
          await ok(
            ['code', id as string, '--independent', '--set', actor as string, '--set', types as string],
            coder,
          );
      const agreement = async () =>
        JSON.parse((await ok(['agreement', '--coders', 'farid,gulnara', '--json'], 'amina')).stdout) as {
          fields: Record<string, FieldJson>;
        };
      const before = await agreement();
      assert.equal(before.fields.socialActor?.observed, 0.5);
      assert.equal(before.fields.typesOfChange?.disagreements.length, 1);
      await ok(
        ['codebook', 'merge', 'social_actor', 'authorities-local', '--into', 'authorities-national'],
        'amina',
      );
      await ok(['codebook', 'merge', 'type_of_change', 'Agenda setting', '--into', 'policy-change'], 'amina');
      const after = await agreement();
      assert.deepEqual(
        [after.fields.socialActor?.n, after.fields.socialActor?.observed, after.fields.socialActor?.kappa],
        [2, 1, 1],
      );
      assert.deepEqual(after.fields.socialActor?.disagreements, []);
      assert.equal(after.fields.typesOfChange?.observed, 1);
      assert.deepEqual(after.fields.typesOfChange?.perCode?.['agenda-setting'], undefined);
    });
  });
}
