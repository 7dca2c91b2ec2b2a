import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadDefaultCodebook } from '../domain/codebook.js';
import { emptyOutcome, type Outcome } from '../domain/outcome.js';
import { importPaths } from '../ingest/import.js';
import type { Db } from '../store/index.js';
import { allowTerms, listAudit, registerNames, registryEntries } from '../store/protection.js';
import { emptyStore, storeCases, tempDir } from '../test-support/stores.js';
import {
  actorAs,
  applyDecisions,
  protectionFor,
  redactForViewer,
  redactOutcome,
  redactOutcomes,
  redactTexts,
  revealed,
} from './index.js';

// Every person, organisation and contact below is invented; places are real, as places only.
const KEMELBEKOVA = /Dilnara|Kemelbekova/iu;
const ABDYKADYROV = /Ruslan|Abdykadyrov/iu;

function outcome(id: string, fields: Partial<Outcome>): Outcome {
  return { ...emptyOutcome(id, ''), ...fields };
}

const FIRST = outcome('PRT-001', {
  description:
    'In May 2023, Ms Dilnara Kemelbekova from Karakol persuaded the district council to open a shelter.',
  significance: 'Kemelbekova had been threatened before; the shelter now protects 30 women.',
  confidential: true,
});
const SECOND = outcome('PRT-002', {
  description: 'Lawyer Ruslan Abdykadyrov filed the appeal; Ms Dilnara Kemelbekova trained him.',
});

/** The store's secret key as stored, to make sure it never comes out. */
async function storedKey(db: Db): Promise<string> {
  const [row] = await db.query<{ value: string }>('SELECT value FROM secret_settings');
  return row?.value ?? '';
}

for (const store of storeCases()) {
  describe(`protection (${store.name} store)`, () => {
    let db: Db;
    before(async () => {
      db = await store.open();
    });
    after(async () => {
      await db.close();
    });

    it('gives the same person the same pseudonym across fields, records and runs', async () => {
      await emptyStore(db);
      const [first, second] = await redactOutcomes([FIRST, SECOND], await protectionFor(db));
      assert.ok(first && second);
      const person = /<person-(\d+)>/u.exec(first.description)?.[0];
      assert.ok(person, first.description);
      assert.equal(
        first.description,
        `In May 2023, Ms ${person} from <LOC-1> persuaded the district council to open a shelter.`,
      );
      // the family name alone, in another field, is the same person
      assert.equal(
        first.significance,
        `${person} had been threatened before; the shelter now protects 30 women.`,
      );
      assert.ok(second.description.endsWith(`Ms ${person} trained him.`), second.description);
      const other = /Lawyer (<person-\d+>)/u.exec(second.description)?.[1];
      assert.ok(other && other !== person);

      // another run, the records in the other order: the same numbers
      const again = await redactOutcome(SECOND, await protectionFor(db));
      assert.equal(again.description, second.description);

      // the store keeps numbers by keyed digest: no name, and the key is nowhere else
      const key = await storedKey(db);
      assert.match(key, /^[0-9a-f]{64}$/u);
      const table = JSON.stringify(await db.query('SELECT * FROM pseudonyms'));
      assert.doesNotMatch(table, KEMELBEKOVA);
      assert.ok(!table.includes(key));
      assert.ok(!JSON.stringify([first, second, again]).includes(key));
      // the key is made once
      await protectionFor(db);
      assert.equal(await storedKey(db), key);
    });

    it('redacts every piece of free text and keeps codes, years, flags and countries', async () => {
      await emptyStore(db);
      const name = 'Ruslan Abdykadyrov';
      const full = outcome('PRT-003', {
        description: `${name} was released.`,
        significance: `The release of ${name} was the first this year.`,
        additionalInfo: `Contact ${name} at r.abdykadyrov@example.org.`,
        contributionProgramme: `Our lawyers visited ${name} twice.`,
        contributionOthers: `His sister Gulnara Sadykbaeva campaigned.`,
        evidence: `Interview with ${name}, 3 May 2023.`,
        storyFragment: `${name} was released. The release of ${name} was the first this year.`,
        resultsFramework: `Outcome 2: people like ${name} are free`,
        objectives: `Objective 1, as ${name} asked`,
        harvest: `Interviews with ${name}`,
        socialActor: `${name}'s family`,
        scale: 'national',
        typesOfChange: ['policy-change', `Freed ${name}`],
        country: 'Kyrgyzstan',
        year: 2023,
        confidential: true,
        extra: { 'Interviewer notes': `Call ${name} on +996 555 123 456` },
      });
      const redacted = await redactOutcome(full, await protectionFor(db));
      assert.doesNotMatch(JSON.stringify(redacted), ABDYKADYROV);
      assert.doesNotMatch(JSON.stringify(redacted), /Sadykbaeva|123 456/u);
      assert.equal(
        redacted.storyFragment,
        '<person-1> was released. The release of <person-1> was the first this year.',
      );
      assert.equal(redacted.harvest, 'Interviews with <person-1>');
      assert.equal(redacted.socialActor, "<person-1>'s family");
      assert.deepEqual(redacted.typesOfChange, ['policy-change', 'Freed <person-1>']);
      assert.deepEqual(redacted.extra, { 'Interviewer notes': 'Call <person-1> on <phone-1>' });
      assert.deepEqual(
        [redacted.scale, redacted.country, redacted.year, redacted.confidential, redacted.id],
        ['national', 'Kyrgyzstan', 2023, true, 'PRT-003'],
      );
    });

    it('uses the allow-list and registry on the next run', async () => {
      await emptyStore(db);
      const text = 'The Bir Ordo Foundation met shadow rose and Dilnara Kemelbekova in Karakol.';
      assert.equal(
        await redactForViewer(text, await protectionFor(db)),
        'The <org-1> met shadow rose and <person-1> in <LOC-1>.',
      );
      await allowTerms(db, ['Bir Ordo Foundation', 'Karakol'], 'ana');
      await registerNames(db, [{ text: 'Shadow Rose', label: 'PERSON' }], 'ana', 'user');
      assert.equal(
        await redactForViewer(text, await protectionFor(db)),
        'The Bir Ordo Foundation met <person-2> and <person-1> in Karakol.',
      );
      // a decision replaces the other list's entry
      await registerNames(db, [{ text: 'Karakol', label: 'LOCATION' }], 'ana', 'review');
      await allowTerms(db, ['shadow rose'], 'ana');
      assert.equal(
        await redactForViewer(text, await protectionFor(db)),
        'The Bir Ordo Foundation met shadow rose and <person-1> in <LOC-1>.',
      );
    });

    it('grows the registry from the names in confidential records as they are imported', async () => {
      await emptyStore(db);
      await allowTerms(db, ['Tarek Mansouri'], 'ana');
      const dir = tempDir();
      const file = join(dir, 'harvest.csv');
      writeFileSync(
        file,
        [
          'id,description,confidential',
          'PRT-010,"Ms Dilnara Kemelbekova opened the shelter with Tarek Mansouri.",YES',
          'PRT-011,"Mr Ruslan Abdykadyrov spoke at the public hearing.",NO',
        ].join('\n'),
      );
      const report = await importPaths(db, [file], { codebook: loadDefaultCodebook() });
      assert.equal(report.added, 2);
      const registry = await registryEntries(db);
      assert.deepEqual(
        registry.map((r) => [r.text, r.label, r.source]),
        [['Dilnara Kemelbekova', 'PERSON', 'import']],
      );
      // the registry now finds her in any case, where the rules alone would not
      const text = 'met dilnara kemelbekova at noon';
      assert.equal(await redactForViewer(text, await protectionFor(db)), 'met <person-1> at noon');
    });

    it('keeps the allow-list to roles that may see originals, and audits changes without their terms', async () => {
      await emptyStore(db);
      const reject = { accept: [], add: [], reject: ['Karakol'] };
      await assert.rejects(applyDecisions(db, reject, actorAs('reviewer'), 'test'), /reviewer role may not/u);
      const add = { accept: [], reject: [], add: [{ text: 'Shadow Rose', label: 'PERSON' as const }] };
      await assert.rejects(applyDecisions(db, add, actorAs('viewer'), 'test'), /viewer role may not/u);
      await applyDecisions(db, add, actorAs('reviewer'), 'test');
      await applyDecisions(db, reject, actorAs('editor'), 'test');
      await revealed(db, actorAs('admin'), { outcomes: ['PRT-001'], documents: [4] }, 'outcomes');
      const events = await listAudit(db);
      assert.deepEqual(
        events.map((e) => [e.role, e.action, e.command, e.outcomeIds, e.documentIds, e.details]),
        [
          ['admin', 'reveal', 'outcomes', ['PRT-001'], [4], {}],
          ['editor', 'allow', 'test', [], [], { terms: 1 }],
          ['reviewer', 'register', 'test', [], [], { terms: 1 }],
        ],
      );
      assert.doesNotMatch(JSON.stringify(events), /Karakol|Shadow/u);
    });

    it('gives two runs that meet new names at once numbers of their own', async () => {
      await emptyStore(db);
      const [one, two] = await Promise.all([protectionFor(db), protectionFor(db)]);
      const [a, b] = await Promise.all([
        redactTexts(['Ms Dilnara Kemelbekova spoke.'], one),
        redactTexts(['Mr Ruslan Abdykadyrov spoke.'], two),
      ]);
      const numbers = [a?.[0], b?.[0]].map((t) => /<person-(\d+)>/u.exec(t ?? '')?.[1]);
      assert.deepEqual(numbers.sort(), ['1', '2']);
    });
  });
}
