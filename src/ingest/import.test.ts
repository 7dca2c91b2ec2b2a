import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadDefaultCodebook } from '../domain/codebook.js';
import type { Outcome } from '../domain/outcome.js';
import { findActors } from '../store/actors.js';
import { type Db, listActivity, listOutcomes, outcomeHistory } from '../store/index.js';
import { storeCases, tempDir } from '../test-support/stores.js';
import { importPaths } from './import.js';

const formats = fileURLToPath(new URL('../../../shared/formats/', import.meta.url));
const codebook = loadDefaultCodebook();

async function all(db: Db): Promise<Outcome[]> {
  const found: Outcome[] = [];
  for await (const o of listOutcomes(db)) found.push(o);
  return found;
}

const HEADER = 'FragmentID,Country,Year,Outcome description,MCQType of change\n';

for (const store of storeCases()) {
  describe(`importing outcome records (${store.name} store)`, () => {
    let db: Db;
    const dir = tempDir();
    before(async () => {
      db = await store.open();
    });
    after(() => db.close());

    it('rejects a file with an invalid row whole, and with --skip-invalid imports the 29 valid ones', async () => {
      const csv = join(formats, 'outcomes.csv');
      const rejected = await importPaths(db, [csv], { codebook });
      assert.equal(rejected.outcomes, 0);
      assert.deepEqual(
        rejected.rejected.map((p) => [p.line, p.field]),
        [[15, 'description']],
      );
      assert.equal((await all(db)).length, 0);

      const skipped = await importPaths(db, [csv], { codebook, skipInvalid: true });
      assert.equal(skipped.added, 29);
      assert.equal(skipped.rejected.length, 1);
      const stored = await all(db);
      assert.equal(stored.length, 29);
      const syria = stored.find((o) => o.id === 'SCC-SYR/PHR031');
      assert.equal(syria?.country, 'Syria');
      assert.deepEqual(syria?.typesOfChange, ['new-structure', 'participation']);
      assert.equal(syria?.socialActor, 'religious-traditional');
    });

    it('changes nothing when the same files are imported again', async () => {
      const before = await all(db);
      const again = await importPaths(db, [join(formats, 'outcomes.csv')], { codebook, skipInvalid: true });
      assert.equal(again.added + again.updated, 0);
      assert.equal(again.unchanged, 29);
      assert.deepEqual(await all(db), before);
    });

    it('imports a folder: the markdown records beside the CSV, and the partner documents', async () => {
      const report = await importPaths(db, [formats], { codebook, skipInvalid: true });
      assert.equal(report.added, 8);
      assert.equal((await all(db)).length, 37);
      const kinds = new Set(report.files.map((f) => f.kind).filter(Boolean));
      assert.deepEqual([...kinds].sort(), ['document', 'factsheet', 'news', 'resolution', 'self-report']);
    });

    it('updates a changed record, keeps its previous version, and logs the import', async () => {
      const file = join(dir, 'changes.csv');
      writeFileSync(file, `${HEADER}T-1,Iraq,2022,The council opened its budget hearings.,Practice change\n`);
      await importPaths(db, [file], { codebook });
      writeFileSync(
        file,
        `${HEADER}T-1,Iraq,2023,The council opened its budget hearings to women's groups.,"Practice change, Participation and inclusion"\n`,
      );
      const report = await importPaths(db, [file], { codebook });
      assert.equal(report.updated, 1);

      const current = (await all(db)).find((o) => o.id === 'T-1');
      assert.equal(current?.year, 2023);
      assert.deepEqual(current?.typesOfChange, ['practice-change', 'participation']);
      const history = await outcomeHistory(db, 'T-1');
      assert.equal(history.length, 1);
      assert.equal(history[0]?.version, 1);
      assert.equal(history[0]?.outcome.year, 2022);
      assert.equal(history[0]?.outcome.description, 'The council opened its budget hearings.');

      const [latest] = await listActivity(db, 1);
      assert.equal(latest?.action, 'import');
      assert.equal(latest?.file, file);
      assert.deepEqual([latest?.added, latest?.updated, latest?.unchanged, latest?.rejected], [0, 1, 0, 0]);
      assert.ok(latest?.actor);
    });

    it('stores nothing of any file when a write fails midway', async () => {
      const before = await all(db);
      const good = join(dir, 'good.csv');
      writeFileSync(
        good,
        `${HEADER}T-2,Mali,2024,Elders in Mopti agreed to a grazing calendar.,Dialogue and engagement\n`,
      );
      // A constraint added for the test makes the database refuse the second file's row.
      await db.exec(
        "ALTER TABLE outcomes ADD CONSTRAINT refuse_test CHECK (description NOT LIKE '%refused%')",
      );
      const refused = join(dir, 'refused.csv');
      writeFileSync(refused, `${HEADER}T-3,Mali,2024,The store refused this row.,Protection\n`);
      try {
        await assert.rejects(importPaths(db, [good, refused], { codebook }), /refuse_test/);
      } finally {
        await db.exec('ALTER TABLE outcomes DROP CONSTRAINT refuse_test');
      }
      assert.deepEqual(await all(db), before);
    });

    it('stores partner documents beside outcomes, with items, versions, and the actors both name', async () => {
      const outcomes = join(dir, 'gccs.csv');
      writeFileSync(
        outcomes,
        `${HEADER}T-9,Georgia,2024,"After GCCS briefed them, two schools in Rustavi adopted a referral protocol for children at risk.",Practice change\n`,
      );
      const factsheet = join(dir, 'factsheet.txt');
      const newsPage = join(dir, 'news.txt');
      copyFileSync(join(formats, 'factsheet-georgia.txt'), factsheet);
      copyFileSync(join(formats, 'news-lowlands-forum.txt'), newsPage);
      const report = await importPaths(db, [factsheet, newsPage, outcomes], { codebook });
      assert.deepEqual(report.rejected, []);
      assert.equal(report.documents, 2);
      const news = report.files.find((f) => f.kind === 'news');
      assert.ok((news?.items ?? 0) >= 5, 'a news page is split into its items');
      assert.equal(report.files.find((f) => f.file === factsheet)?.kind, 'factsheet');

      const [gccs] = await findActors(db, 'GCCS');
      assert.match(gccs?.name ?? '', /Georgian Coalition for Children/);
      assert.deepEqual(gccs?.documents.map((d) => d.name).sort(), ['factsheet-georgia.txt', 'factsheet.txt']);
      assert.deepEqual(
        gccs?.outcomes.map((o) => o.id),
        ['T-9'],
      );

      const again = await importPaths(db, [factsheet], { codebook });
      assert.deepEqual([again.files[0]?.added, again.files[0]?.unchanged], [0, 1]);
    });

    it('rejects an unreadable document by name and still imports the rest', async () => {
      const corrupt = join(dir, 'report.pdf');
      writeFileSync(corrupt, '%PDF-1.7\n this is not really a PDF');
      const good = join(dir, 'more.csv');
      writeFileSync(
        good,
        `${HEADER}T-10,Mali,2025,Women in Gao joined the land commission.,Participation and inclusion\n`,
      );
      const report = await importPaths(db, [corrupt, good], { codebook });
      assert.equal(report.rejected.length, 1);
      assert.equal(report.rejected[0]?.file, corrupt);
      assert.match(report.rejected[0]?.reason ?? '', /report\.pdf/);
      assert.equal(report.added, 1);
      const [docs] = await db.query<{ n: number }>(
        "SELECT count(*)::integer AS n FROM documents WHERE name = 'report.pdf'",
      );
      assert.equal(docs?.n, 0);
    });
  });
}
