import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { packagePath } from '../../domain/package-path.js';
import { runCli } from '../../test-support/cli.js';
import { storeCases, tempDir } from '../../test-support/stores.js';

/** The ids of the outcomes `tessera outcomes` lists with these options. */
async function outcomeIds(args: string[], env: Record<string, string>): Promise<string[]> {
  const { stdout } = await runCli(['outcomes', ...args], env);
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id);
}

async function typeCounts(env: Record<string, string>): Promise<Map<string, number>> {
  const { stdout } = await runCli(['stats', '--by', 'type', '--json'], env);
  const { rows } = JSON.parse(stdout) as { rows: { typesOfChange: string; count: number }[] };
  return new Map(rows.map((r) => [r.typesOfChange, r.count]));
}

for (const store of storeCases()) {
  describe(`tessera codebook (${store.name})`, () => {
    let env: Record<string, string>;
    const dir = tempDir();
    before(async () => {
      const db = await store.open();
      env = { ...store.cliEnv(db), TESSERA_USER: 'amina' };
      await db.close();
      const imported = await runCli(['import', packagePath('samples', 'harvests')], env);
      assert.equal(imported.status, 0, imported.stderr);
    });

    it('merges two types of change: outcomes hold the merged code, history shows it, stats follow', async () => {
      const merged = await outcomeIds(['--type', 'agenda-setting,public-support,policy-change'], env);
      const moved = await outcomeIds(['--type', 'agenda-setting,public-support'], env);
      assert.ok(moved.length > 0);
      const { status, stdout, stderr } = await runCli(
        [
          'codebook',
          'merge',
          'type_of_change',
          'agenda-setting',
          'Seeking public support',
          '--into',
          'policy-change',
        ],
        env,
      );
      assert.equal(status, 0, stderr);
      assert.match(stdout, new RegExp(`^Merged .*\\n${moved.length} outcome\\(s\\) recoded`));
      assert.deepEqual(await outcomeIds(['--type', 'policy-change'], env), merged);
      assert.deepEqual(await outcomeIds(['--type', 'agenda-setting'], env), []);
      const id = moved[0] as string;
      const history = await runCli(['history', id], env);
      const [earlier] = history.stdout.split('\n').map((l) => l && JSON.parse(l));
      assert.ok(
        earlier.outcome.typesOfChange.some((t: string) => ['agenda-setting', 'public-support'].includes(t)),
      );
      const codings = await runCli(['code', id], env);
      assert.match(codings.stdout, /amina {2}typesOfChange: .*Policy change.* recoded by a codebook change/);
      const counts = await typeCounts(env);
      assert.equal(counts.get('Policy change'), merged.length);
      assert.equal(counts.has('Agenda setting'), false);
    });

    it('retires a code: code --set refuses it clearly, outcomes keep it, viewers read but do not change', async () => {
      const [id] = await outcomeIds(['--type', 'protection'], env);
      const retire = await runCli(['codebook', 'retire', 'scale', 'regional'], env);
      assert.equal(retire.status, 0, retire.stderr);
      const set = await runCli(['code', id as string, '--set', 'scale=Regional'], env);
      assert.equal(set.status, 2);
      assert.equal(
        set.stderr,
        'tessera: "Regional" is retired and no longer offered for scale; choose from local (Local), national (National), international (International)\n',
      );
      const viewer = { ...env, TESSERA_ROLE: 'viewer' };
      const shown = await runCli(['codebook', 'show', '--list', 'scale', '--json'], viewer);
      const [scale] = JSON.parse(shown.stdout) as {
        codes: { id: string; retired?: boolean; outcomes: number }[];
      }[];
      const regional = scale?.codes.find((c) => c.id === 'regional');
      assert.equal(regional?.retired, true);
      assert.ok((regional?.outcomes ?? 0) > 0);
      const refused = await runCli(['codebook', 'retire', 'scale', 'local'], viewer);
      assert.equal(refused.status, 1);
      assert.match(refused.stderr, /the viewer role may not change the codebook/);
      const found = await runCli(['codebook', 'search', 'authorities'], viewer);
      assert.match(found.stdout, /^social_actor {2}authorities-national {2}National authorities/m);
    });

    it('exports a codebook that another store imports to the same codebook, and re-imports to no change', async () => {
      const file = join(dir, `${store.name}.json`);
      const exported = await runCli(['codebook', 'export', '--out', file], env);
      assert.equal(exported.status, 0, exported.stderr);
      const logged = await runCli(['activity', '--json'], env);
      const again = await runCli(['codebook', 'import', file], env);
      assert.equal(again.stdout, 'No changes: the codebook already says what the file says.\n');
      assert.equal((await runCli(['activity', '--json'], env)).stdout, logged.stdout);
      const other = await store.open();
      const otherEnv = store.cliEnv(other);
      await other.close();
      const imported = await runCli(['codebook', 'import', file], otherEnv);
      assert.equal(imported.status, 0, imported.stderr);
      const yaml = await runCli(['codebook', 'export', '--format', 'yaml'], otherEnv);
      const json = await runCli(['codebook', 'export', '--format', 'json'], otherEnv);
      assert.equal(json.stdout, readFileSync(file, 'utf8'));
      assert.match(
        yaml.stdout,
        /- id: agenda-setting\n {4}label: Agenda setting\n {4}retired: true\n {4}replacedBy:\n {6}- policy-change\n/,
      );
    });

    it('rejects a bad codebook file naming the list and entry, and changes nothing', async () => {
      const file = join(dir, 'bad.yaml');
      writeFileSync(
        file,
        'social_actor:\n  - {id: civic, label: Civic change agents}\n  - {id: media, label: [Media]}\n',
      );
      const before = await runCli(['codebook', 'export'], env);
      const { status, stderr } = await runCli(['codebook', 'import', file], env);
      assert.equal(status, 1);
      assert.equal(
        stderr,
        `tessera: ${file}: codebook list "social_actor", entry 2 (media): label: the label must be text\n`,
      );
      assert.equal((await runCli(['codebook', 'export'], env)).stdout, before.stdout);
    });
  });
}
