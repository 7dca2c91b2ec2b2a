import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fictionalOutcomes, outcomesJsonl } from '../code/fixtures/outcomes.js';
import { suggest } from '../code/suggest.js';
import { currentCode, loadDefaultCodebook } from '../domain/codebook.js';
import { importPaths } from '../ingest/import.js';
import { storeCases, tempDir } from '../test-support/stores.js';
import {
  addCode,
  codingHistory,
  type Db,
  findOutcome,
  importCodebook,
  listActivity,
  mergeCodes,
  outcomeHistory,
  renameCode,
  retireCode,
  splitCode,
  storeCodebook,
  writeCodings,
} from './index.js';

const coded = fictionalOutcomes();
/** The fixture's outcomes that hold a code in a field, by id. */
const holding = (field: 'typesOfChange' | 'socialActor' | 'scale', code: string) =>
  coded.filter((o) => [o[field]].flat().includes(code)).map((o) => o.id);

for (const store of storeCases()) {
  describe(`the store's codebook (${store.name})`, () => {
    let db: Db;
    before(async () => {
      db = await store.open();
      const dir = tempDir();
      writeFileSync(join(dir, 'coded.jsonl'), outcomesJsonl(coded));
      await importPaths(db, [dir], { codebook: await storeCodebook(db) });
    });
    after(() => db.close());

    it('starts with the codebook that ships', async () => {
      assert.deepEqual(await storeCodebook(db), loadDefaultCodebook());
    });

    it('adds a code and renames a label, and a read after each change sees it', async () => {
      await addCode(db, 'type_of_change', { id: 'digital-rights', label: 'Digital rights' });
      assert.deepEqual((await storeCodebook(db)).lists.type_of_change?.at(-1), {
        id: 'digital-rights',
        label: 'Digital rights',
      });
      await renameCode(db, 'type_of_change', 'digital-rights', { label: 'Digital rights and privacy' });
      assert.equal(
        (await storeCodebook(db)).lists.type_of_change?.at(-1)?.label,
        'Digital rights and privacy',
      );
      await assert.rejects(addCode(db, 'type_of_change', { id: 'other', label: 'policy change' }), {
        message: /"policy change" is already the id or label of type_of_change code policy-change/,
      });
      await assert.rejects(addCode(db, 'colours', { id: 'red', label: 'Red' }), {
        message: /the codebook has no list "colours"; its lists are type_of_change, /,
      });
    });

    it('merges codes: holders get the target once, as a new version and a coding; files after read it so', async () => {
      await writeCodings(db, 'FIC-001', [
        { field: 'typesOfChange', codes: ['dialogue', 'policy-change'], source: 'human', confidences: null },
      ]);
      const dialogue = [...new Set([...holding('typesOfChange', 'dialogue'), 'FIC-001'])].sort();
      const result = await mergeCodes(db, 'type_of_change', ['dialogue'], 'policy-change');
      assert.deepEqual(result, { recoded: dialogue, holding: [] });
      assert.deepEqual((await findOutcome(db, 'FIC-001'))?.typesOfChange, ['policy-change']);
      const [coding] = (await codingHistory(db, 'FIC-001')).slice(-1);
      assert.deepEqual(
        [coding?.codes, coding?.previous, coding?.source],
        [['policy-change'], ['dialogue', 'policy-change'], 'codebook'],
      );
      assert.deepEqual((await outcomeHistory(db, 'FIC-001'))[0]?.outcome.typesOfChange, [
        'dialogue',
        'policy-change',
      ]);
      const [entry] = await listActivity(db, 1);
      assert.deepEqual([entry?.action, entry?.updated], ['codebook', dialogue.length]);
      const code = (await storeCodebook(db)).lists.type_of_change?.find((c) => c.id === 'dialogue');
      assert.deepEqual(code, {
        id: 'dialogue',
        label: 'Dialogue and engagement',
        retired: true,
        replacedBy: ['policy-change'],
      });
      const dir = tempDir();
      const late = {
        ...(coded[0] as (typeof coded)[number]),
        id: 'LATE-1',
        socialActor: null,
        typesOfChange: ['Dialogue and engagement'],
      };
      writeFileSync(join(dir, 'late.jsonl'), outcomesJsonl([late]));
      await importPaths(db, [dir], { codebook: await storeCodebook(db) });
      assert.deepEqual((await findOutcome(db, 'LATE-1'))?.typesOfChange, ['policy-change']);
      await assert.rejects(mergeCodes(db, 'type_of_change', ['backlash'], 'dialogue'), {
        message: /type_of_change code dialogue is retired; merge into a code in use/,
      });
    });

    it('gives a code a new id: outcomes recoded, the old id kept retired and leading to the new one', async () => {
      const media = holding('socialActor', 'media');
      const result = await renameCode(db, 'social_actor', 'media', { id: 'press', label: 'Press' });
      assert.deepEqual(result.recoded, media);
      assert.equal((await findOutcome(db, media[0] as string))?.socialActor, 'press');
      const codebook = await storeCodebook(db);
      assert.deepEqual(
        codebook.lists.social_actor?.filter((c) => ['press', 'media'].includes(c.id)).map((c) => c.id),
        ['press', 'media'],
      );
      assert.equal(currentCode(codebook, 'social_actor', 'Media')?.id, 'press');
      await assert.rejects(renameCode(db, 'rating_significance', 'low', { id: 'minor' }), {
        message: /a new id recodes outcomes, which only the coded lists allow/,
      });
    });

    it('splits a code: outcomes keep it and are listed, the new codes follow it, and it is retired', async () => {
      const national = holding('scale', 'national');
      const into = [
        { id: 'national-capital', label: 'National, capital' },
        { id: 'national-wide', label: 'Nationwide' },
      ];
      const result = await splitCode(db, 'scale', 'national', into);
      assert.deepEqual(result, { recoded: [], holding: national });
      assert.equal((await findOutcome(db, national[0] as string))?.scale, 'national');
      const scale = (await storeCodebook(db)).lists.scale ?? [];
      assert.deepEqual(
        scale.map((c) => c.id),
        ['local', 'regional', 'national', 'national-capital', 'national-wide', 'international'],
      );
      assert.deepEqual(scale[2]?.replacedBy, ['national-capital', 'national-wide']);
    });

    it('retires a code, which suggestions then never propose', async () => {
      const local = holding('socialActor', 'authorities-local');
      const result = await retireCode(db, 'social_actor', 'authorities-local');
      assert.deepEqual(result.holding, local);
      const outcome = coded.find((o) => o.id === local[0]);
      assert.ok(outcome);
      const [suggested] = await suggest(db, [outcome]);
      const proposed = (suggested?.suggestions.socialActor ?? []).map((s) => s.code);
      assert.ok(proposed.length > 0);
      assert.ok(!proposed.includes('authorities-local'));
    });

    it('imports a codebook: adds, relabels, keeps codes in use it leaves out, retires the others', async () => {
      const current = await storeCodebook(db);
      const scale = [
        { id: 'local', label: 'Local level' },
        { id: 'international', label: 'International' },
        { id: 'global', label: 'Global' },
      ];
      const report = await importCodebook(db, { lists: { scale } });
      assert.deepEqual(report, {
        added: ['scale/global'],
        relabelled: ['scale/local'],
        retired: ['scale/regional', 'scale/national-capital', 'scale/national-wide'],
        kept: [],
        changed: true,
      });
      const after = await storeCodebook(db);
      assert.deepEqual(
        after.lists.scale?.map((c) => [c.id, c.label, Boolean(c.retired)]),
        [
          ['local', 'Local level', false],
          ['international', 'International', false],
          ['global', 'Global', false],
          ['regional', 'Regional', true],
          ['national', 'National', true],
          ['national-capital', 'National, capital', true],
          ['national-wide', 'Nationwide', true],
        ],
      );
      assert.deepEqual(after.lists.social_actor, current.lists.social_actor);
      const civicHolders = holding('socialActor', 'civic').length;
      const actors = (current.lists.social_actor ?? []).filter((c) => c.id !== 'civic');
      const kept = await importCodebook(db, { lists: { social_actor: actors } });
      assert.deepEqual(kept.kept, [{ code: 'social_actor/civic', outcomes: civicHolders }]);
      const retired = await importCodebook(db, { lists: { social_actor: actors } }, { retireMissing: true });
      assert.deepEqual(retired.retired, ['social_actor/civic']);
    });
  });
}
