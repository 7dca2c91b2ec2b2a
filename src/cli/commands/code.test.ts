import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fictionalOutcomes, outcomesJsonl } from '../../code/fixtures/outcomes.js';
import type { Outcome } from '../../domain/outcome.js';
import { runCli } from '../../test-support/cli.js';
import { storeCases, tempDir } from '../../test-support/stores.js';

const coded = fictionalOutcomes();
const uncoded: Outcome = {
  ...(coded[0] as Outcome),
  id: 'NEW-1',
  description:
    'In June 2024, a community radio station organised a dialogue forum on grazing routes in Kestrin.',
};

for (const store of storeCases()) {
  describe(`tessera suggest and tessera code (${store.name})`, () => {
    let env: Record<string, string>;
    before(async () => {
      const db = await store.open();
      env = { ...store.cliEnv(db), TESSERA_USER: 'amina' };
      await db.close();
      const dir = tempDir();
      writeFileSync(join(dir, 'coded.jsonl'), outcomesJsonl(coded));
      const imported = await runCli(['import', dir], env);
      assert.equal(imported.status, 0, imported.stderr);
    });

    it('suggests codes with confidences and words for outcomes read from standard input', async () => {
      const { status, stdout, stderr } = await runCli(
        ['suggest', '-', '--json'],
        env,
        outcomesJsonl([uncoded], false),
      );
      assert.equal(status, 0, stderr);
      const [result, ...rest] = JSON.parse(stdout) as {
        id: string;
        suggestions: Record<string, { code: string; confidence: number; words: string[] }[]>;
      }[];
      assert.equal(rest.length, 0);
      assert.equal(result?.id, 'NEW-1');
      assert.deepEqual(Object.keys(result?.suggestions ?? {}).sort(), [
        'cluster',
        'scale',
        'socialActor',
        'typesOfChange',
      ]);
      assert.equal(result?.suggestions.socialActor?.[0]?.code, 'media');
      for (const list of Object.values(result?.suggestions ?? {}))
        for (const s of list) {
          assert.ok(s.confidence >= 0 && s.confidence <= 1);
          assert.ok(s.words.length > 0);
        }
    });

    it('gives a viewer suggestions without the outcome words that weighed, and no right to code', async () => {
      const viewer = { ...env, TESSERA_ROLE: 'viewer' };
      const { status, stdout } = await runCli(
        ['suggest', '-', '--json'],
        viewer,
        outcomesJsonl([uncoded], false),
      );
      assert.equal(status, 0);
      assert.doesNotMatch(stdout, /Kestrin/);
      const [result] = JSON.parse(stdout) as { suggestions: Record<string, { words: string[] }[]> }[];
      for (const list of Object.values(result?.suggestions ?? {}))
        for (const s of list) assert.deepEqual(s.words, []);
      const code = await runCli(['code', 'FIC-005', '--set', 'socialActor=Media'], viewer);
      assert.notEqual(code.status, 0);
      assert.match(code.stderr, /the viewer role may not/);
    });

    it('sets a code by hand, records who, and keeps the previous version', async () => {
      const set = await runCli(['code', 'FIC-005', '--set', 'socialActor=Media'], env);
      assert.equal(set.status, 0, set.stderr);
      assert.match(
        set.stdout,
        /amina {2}socialActor: Media \(was Civic change agents\), set by hand, version 2\n$/,
      );
      const history = await runCli(['history', 'FIC-005'], env);
      assert.equal(JSON.parse(history.stdout.split('\n')[0] ?? '').outcome.socialActor, 'civic');
      const shown = await runCli(['code', 'FIC-005', '--json'], env);
      assert.deepEqual(
        JSON.parse(shown.stdout).codings.map((c: { codes: string[]; actor: string }) => [c.codes, c.actor]),
        [[['media'], 'amina']],
      );
    });

    it('accepts a suggestion', async () => {
      const { status, stdout, stderr } = await runCli(
        ['code', 'FIC-006', '--accept', 'typesOfChange', '--json'],
        env,
      );
      assert.equal(status, 0, stderr);
      const [coding] = JSON.parse(stdout).codings;
      assert.equal(coding.source, 'suggested');
      assert.ok(coding.codes.length > 0);
      assert.equal(coding.confidences.length, coding.codes.length);
    });

    it('refuses a code that is not in the codebook with one clear line and status 2', async () => {
      const { status, stdout, stderr } = await runCli(['code', 'FIC-007', '--set', 'scale=galactic'], env);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(
        stderr,
        /^tessera: "galactic" is not a code of scale; choose from local \(Local\), regional \(Regional\), national \(National\), international \(International\)\n$/,
      );
    });
  });
}
