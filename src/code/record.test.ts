import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadDefaultCodebook } from '../domain/codebook.js';
import { importPaths } from '../ingest/import.js';
import {
  codingHistory,
  currentActor,
  type Db,
  findOutcome,
  listActivity,
  outcomeHistory,
} from '../store/index.js';
import { storeCases, tempDir } from '../test-support/stores.js';
import { fictionalOutcomes, outcomesJsonl } from './fixtures/outcomes.js';
import { codeOutcome } from './record.js';
import { codingModel, suggest } from './suggest.js';

const codebook = loadDefaultCodebook();
const coded = fictionalOutcomes();
const fresh = coded.slice(0, 3).map((o) => ({ ...o, id: `NEW-${o.id}` }));

for (const store of storeCases()) {
  describe(`coding outcomes (${store.name})`, () => {
    let db: Db;
    before(async () => {
      db = await store.open();
      const dir = tempDir();
      writeFileSync(join(dir, 'coded.jsonl'), outcomesJsonl(coded));
      writeFileSync(join(dir, 'new.jsonl'), outcomesJsonl(fresh, false));
      await importPaths(db, [dir], { codebook });
    });
    after(() => db.close());

    it('sets codes by hand, keeping the previous version and who coded when', async () => {
      const id = 'FIC-001';
      const codings = await codeOutcome(db, id, {
        set: ['social actor=Local authorities', 'typesOfChange=dialogue,Policy change'],
      });
      const outcome = await findOutcome(db, id);
      assert.equal(outcome?.socialActor, 'authorities-local');
      assert.deepEqual(outcome?.typesOfChange, ['dialogue', 'policy-change']);
      const [previous] = await outcomeHistory(db, id);
      assert.equal(previous?.outcome.socialActor, 'civic');
      assert.deepEqual(previous?.outcome.typesOfChange, ['policy-change']);
      const history = await codingHistory(db, id);
      assert.deepEqual(
        history.map((c) => [c.field, c.codes, c.previous, c.source, c.actor, c.version]),
        [
          ['socialActor', ['authorities-local'], ['civic'], 'human', currentActor(), 2],
          ['typesOfChange', ['dialogue', 'policy-change'], ['policy-change'], 'human', currentActor(), 2],
        ],
      );
      assert.ok(Date.now() - new Date(history[0]?.at ?? 0).getTime() < 60_000);
      assert.deepEqual(
        codings.map((c) => c.field),
        ['socialActor', 'typesOfChange'],
      );
      const [entry] = await listActivity(db, 1);
      assert.equal(entry?.action, 'code');
      assert.equal(entry?.updated, 1);
    });

    it('records codes equal to the stored ones as a confirmation, without a new version', async () => {
      const id = 'FIC-002';
      await codeOutcome(db, id, { set: ['scale=local'] });
      assert.equal((await outcomeHistory(db, id)).length, 0);
      assert.deepEqual(
        (await codingHistory(db, id)).map((c) => [c.codes, c.previous, c.version]),
        [[['local'], ['local'], 1]],
      );
    });

    it('accepts the suggestions for an uncoded outcome, with their confidence', async () => {
      const id = fresh[0]?.id as string;
      const stored = await findOutcome(db, id);
      assert.ok(stored);
      const [suggested] = await suggest(db, [stored]);
      const proposals = suggested?.suggestions.typesOfChange ?? [];
      assert.ok(proposals.length > 0);
      await codeOutcome(db, id, { accept: ['typesOfChange', 'socialActor'] });
      const outcome = await findOutcome(db, id);
      assert.deepEqual(
        outcome?.typesOfChange,
        proposals.map((p) => p.code),
      );
      assert.equal(outcome?.socialActor, suggested?.suggestions.socialActor?.[0]?.code);
      const history = await codingHistory(db, id);
      assert.deepEqual(
        history.map((c) => [c.field, c.source, c.previous]),
        [
          ['typesOfChange', 'suggested', []],
          ['socialActor', 'suggested', []],
        ],
      );
      assert.deepEqual(
        history[0]?.confidences?.map((c) => Math.round(c * 1000) / 1000),
        proposals.map((p) => p.confidence),
      );
      assert.equal((await outcomeHistory(db, id)).length, 1);
    });

    it('learns again when coding changes, and not otherwise', async () => {
      const first = await codingModel(db);
      assert.equal(await codingModel(db), first);
      await codeOutcome(db, 'FIC-003', { set: ['cluster=justice'] });
      assert.notEqual(await codingModel(db), first);
    });

    it('refuses codes that are not in the codebook, a wrong field and an unknown outcome, changing nothing', async () => {
      const id = 'FIC-004';
      await assert.rejects(codeOutcome(db, id, { set: ['socialActor=aliens'] }), {
        message: /"aliens" is not a code of socialActor; choose from civic \(Civic change agents\), /,
      });
      await assert.rejects(codeOutcome(db, id, { set: ['colour=red'] }), {
        message: /"colour" is not a coded field; choose one of socialActor, scale, typesOfChange, cluster/,
      });
      await assert.rejects(codeOutcome(db, id, { set: ['scale=local,national'] }), {
        message: /scale takes one code, not 2/,
      });
      await assert.rejects(codeOutcome(db, 'NOPE-1', { set: ['scale=local'] }), {
        message: /no outcome has the id NOPE-1/,
      });
      assert.deepEqual(await codingHistory(db, id), []);
      assert.equal((await findOutcome(db, id))?.socialActor, coded[3]?.socialActor);
    });
  });
}
