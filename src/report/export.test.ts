import assert from 'node:assert/strict';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { loadDefaultCodebook } from '../domain/codebook.js';
import { packagePath } from '../domain/package-path.js';
import { importPaths } from '../ingest/import.js';
import { type Db, extraKeys, listOutcomes } from '../store/index.js';
import { emptyStore, storeCases, tempDir } from '../test-support/stores.js';
import { canonicalJson } from './cells.js';
import { EXPORT_FORMATS, type ExportFormat, exportOutcomes } from './export.js';

const formats = fileURLToPath(new URL('../../../shared/formats/', import.meta.url));
const codebook = loadDefaultCodebook();

async function snapshot(db: Db): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  for await (const o of listOutcomes(db)) found.push(canonicalJson(o));
  return found;
}

async function exportTo(db: Db, format: ExportFormat, file: string): Promise<void> {
  const out = createWriteStream(file);
  await exportOutcomes(format, { outcomes: listOutcomes(db), extraKeys: await extraKeys(db), codebook }, out);
  out.end();
  await finished(out);
}

const TRICKY = `Outcome ID,Country,Year,Description,Significance,Partner,Confidential
F-1,Kosovo,2024,"=HYPERLINK(""http://example.org"",""click"")",-5 fewer incidents; +3 new members,@partner,YES
F-2,Côte d'Ivoire,2023,"Женщины Нарына создали совет; «впервые».","Line one
line two, with ""quotes""",Fondation Éloïse,NO
`;

for (const store of storeCases()) {
  describe(`exports (${store.name} store)`, () => {
    let db: Db;
    const dir = tempDir();
    before(async () => {
      db = await store.open();
    });
    after(() => db.close());

    for (const format of EXPORT_FORMATS) {
      it(`round-trips every outcome through ${format}`, async () => {
        await emptyStore(db);
        const tricky = join(dir, 'tricky.csv');
        writeFileSync(tricky, TRICKY);
        await importPaths(db, [formats, packagePath('samples', 'harvests'), tricky], {
          codebook,
          skipInvalid: true,
        });
        const original = await snapshot(db);
        assert.equal(original.length, 29 + 8 + 72 + 2);

        const file = join(dir, `export.${format}`);
        await exportTo(db, format, file);
        await emptyStore(db);
        const report = await importPaths(db, [file], { codebook });
        assert.deepEqual(report.rejected, []);
        assert.deepEqual(await snapshot(db), original);
      });
    }

    it('writes CSV that spreadsheets open safely: BOM, CRLF, formulas neutralised, labels shown', async () => {
      await emptyStore(db);
      const tricky = join(dir, 'tricky.csv');
      writeFileSync(tricky, TRICKY);
      await importPaths(db, [tricky], { codebook });
      const file = join(dir, 'safe.csv');
      await exportTo(db, 'csv', file);
      const bytes = readFileSync(file);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      assert.match(text, /\r\n/);
      assert.match(text, /"'=HYPERLINK\(""http:\/\/example\.org"",""click""\)"/);
      assert.match(text, /,'-5 fewer incidents; \+3 new members,/);
      assert.match(text, /,YES,(?:[^,\r\n]*,){6}'@partner\r\n/);
      assert.match(text, /Женщины Нарына/);
      assert.match(text, /"Line one\nline two, with ""quotes"""/);
    });

    it('writes XLSX with a frozen header row, typed cells and codebook labels', async () => {
      await emptyStore(db);
      await importPaths(db, [join(formats, 'outcome-01-syria-2022.md')], { codebook });
      const file = join(dir, 'typed.xlsx');
      await exportTo(db, 'xlsx', file);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.worksheets[0];
      assert.ok(sheet);
      assert.equal(sheet.views[0]?.state, 'frozen');
      const header = (sheet.getRow(1).values as string[]).slice(1);
      const cell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name) + 1).value;
      assert.equal(cell('Year'), 2022);
      assert.equal(cell('Confidential'), true);
      assert.equal(cell('Social actor'), 'Local authorities');
      assert.equal(cell('Types of change'), 'Dialogue and engagement, Participation and inclusion');
    });
  });
}
