import assert from 'node:assert/strict';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { codeLabel, loadDefaultCodebook } from '../domain/codebook.js';
import { CODED_FIELDS, codesOf } from '../domain/coding.js';
import { packagePath } from '../domain/package-path.js';
import { importPaths } from '../ingest/import.js';
import { canonicalJson } from '../report/cells.js';
import { exportOutcomes } from '../report/export.js';
import {
  codingHistory,
  type Db,
  extraKeys,
  findOutcome,
  listOutcomes,
  mergeCodes,
  storeCodebook,
} from '../store/index.js';
import { runCli } from '../test-support/cli.js';
import { emptyStore, storeCases, tempDir } from '../test-support/stores.js';
import { projectExtras } from './index.js';
import { codeGuid, groupGuid, outcomeGuid, variableGuid } from './mapping.js';
import { fixtureQdpx, schemaErrors } from './refi-qda/fixtures/support.js';
import { codePointSlice, type QdaProject, type QdaTextSource } from './refi-qda/project.js';
import { readQdpx } from './refi-qda/read.js';
import { writeQdpx } from './refi-qda/write.js';

const codebook = loadDefaultCodebook();
const dir = tempDir();
const SAMPLES = [packagePath('samples', 'harvests'), packagePath('samples', 'documents')];

/** An outcome in three scripts with emoji, a coded value that is no code, and an extra column. */
const TRICKY = `Outcome ID,Country,Year,Description,Significance,Social actor,Types of change,Partner
EMO-1,Kyrgyzstan,2024,"Жінки Нарина 👩‍👧 створили раду; مجلس النساء 🇰🇬 met «впервые».","Дуже важливо 👍",Women's groups,"Policy change, dialogue",Fondation Éloïse
`;

async function snapshot(db: Db): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  for await (const o of listOutcomes(db)) found.push(canonicalJson(o));
  return found;
}

async function exportTo(db: Db, file: string): Promise<void> {
  const out = createWriteStream(file);
  const project = await projectExtras(db, { role: 'admin', redacted: false });
  await exportOutcomes(
    'qdpx',
    { outcomes: listOutcomes(db), extraKeys: await extraKeys(db), codebook, project },
    out,
  );
  out.end();
  await finished(out);
}

async function projectXmlOf(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return (await zip.file('project.qde')?.async('string')) ?? '';
}

/** A project changed as someone would in a QDA tool, written back to a file. */
async function edited(file: string, name: string, edit: (project: QdaProject) => void): Promise<string> {
  const project = await readQdpx(readFileSync(file));
  edit(project);
  const path = join(dir, name);
  writeFileSync(path, await writeQdpx(project));
  return path;
}

function sourceNamed(project: QdaProject, name: string): QdaTextSource {
  const source = project.sources.find((s) => s.name === name);
  assert.ok(source, `no source ${name}`);
  return source;
}

const scale = { key: 'scale', list: 'scale', multi: false } as const;

for (const store of storeCases()) {
  describe(`REFI-QDA exchange (${store.name} store)`, () => {
    let db: Db;
    let exported: string;
    before(async () => {
      db = await store.open();
      writeFileSync(join(dir, 'tricky.csv'), TRICKY);
      await importPaths(db, [...SAMPLES, join(dir, 'tricky.csv')], { codebook });
      exported = join(dir, `${store.name}.qdpx`);
      await exportTo(db, exported);
    });
    after(() => db.close());

    it('exports outcomes and document items as a project the schema accepts', async () => {
      assert.deepEqual(await schemaErrors(await projectXmlOf(exported)), []);
      const project = await readQdpx(readFileSync(exported));
      const outcomes = await snapshot(db);
      const items = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM document_items');
      assert.equal(project.sources.length, outcomes.length + (items[0]?.n ?? 0));
      assert.equal(project.cases.length, outcomes.length);
      assert.deepEqual(
        project.codes.map((c) => c.name),
        ['Social actor', 'Scale', 'Types of change', 'Cluster'],
      );
      const actors = project.codes.find((c) => c.guid === groupGuid('socialActor'));
      assert.ok(actors?.children.some((c) => c.name === "Women's groups"));
      assert.ok(actors?.children.some((c) => c.name === 'Local authorities'));
      const items2 = project.sources.filter((s) => !outcomes.some((o) => o.id === s.name));
      assert.ok(items2.some((s) => s.name.startsWith('news-civic-voices-2024.html #1: ')));
      assert.ok(items2.every((s) => s.text && s.text.length > 100));
    });

    it('places each outcome description where its selection says, counting characters', async () => {
      const project = await readQdpx(readFileSync(exported));
      const codeNames = new Map(project.codes.flatMap((g) => g.children.map((c) => [c.guid, c.name])));
      for await (const outcome of listOutcomes(db)) {
        const source = sourceNamed(project, outcome.id);
        assert.equal(source.guid, outcomeGuid(outcome.id));
        assert.ok(source.text?.startsWith('Description\n'));
        const coded = CODED_FIELDS.flatMap((f) =>
          codesOf(outcome, f.key).map((v) => codeLabel(codebook, f.list, v)),
        );
        if (coded.length === 0) {
          assert.deepEqual(source.selections, []);
          continue;
        }
        const [selection] = source.selections;
        assert.ok(selection);
        assert.equal(codePointSlice(source.text ?? '', selection.start, selection.end), outcome.description);
        assert.deepEqual(
          selection.codings.map((c) => codeNames.get(c.code)),
          coded,
        );
      }
      const tricky = sourceNamed(project, 'EMO-1');
      const [selection] = tricky.selections;
      assert.equal(selection?.start, 12);
      // 👩‍👧 is three characters, 🇰🇬 two: the end counts them as the standard does, not in UTF-16 units.
      const description = 'Жінки Нарина 👩‍👧 створили раду; مجلس النساء 🇰🇬 met «впервые».';
      assert.equal(selection?.end, 12 + Array.from(description).length);
      assert.notEqual(selection?.end, 12 + description.length);
      assert.match(tricky.text ?? '', /\n\nSignificance\nДуже важливо 👍$/);
      const variables = new Map(project.variables.map((v) => [v.guid, v.name]));
      const emo = project.cases.find((c) => c.name === 'EMO-1');
      assert.deepEqual(
        emo?.variables.map((v) => [variables.get(v.variable), v.value]),
        [
          ['Country', 'Kyrgyzstan'],
          ['Year', 2024],
          ['Confidential', false],
          ['Partner', 'Fondation Éloïse'],
        ],
      );
    });

    it('round-trips: a fresh store that imports the project holds the same outcomes and codings', async () => {
      const fresh = await store.open();
      try {
        const report = await importPaths(fresh, [exported], { codebook });
        assert.deepEqual(report.rejected, []);
        const outcomes = await snapshot(db);
        assert.equal(report.added, outcomes.length);
        assert.deepEqual(await snapshot(fresh), outcomes);
        const skipped = report.files.filter((f) => f.status === 'skipped');
        assert.equal(skipped.length, 1);
        assert.match(skipped[0]?.file ?? '', /› 8 document items$/);
        assert.match(skipped[0]?.reason ?? '', /partner documents come in from their files/);
      } finally {
        await fresh.close();
      }
    });

    it('brings back codings changed in a QDA tool, each recorded as a coding from an import', async () => {
      const changed = await edited(exported, 'recoded.qdpx', (project) => {
        const source = sourceNamed(project, 'CVP-SYR/DLG012');
        const selection = source.selections[0];
        assert.ok(selection);
        // Recoded from Local to National scale, and the cluster uncoded.
        const cluster = project.codes.find((c) => c.guid === groupGuid('cluster'));
        selection.codings = selection.codings
          .filter((c) => !cluster?.children.some((code) => code.guid === c.code))
          .map((c) =>
            c.code === codeGuid(scale, 'local') ? { ...c, code: codeGuid(scale, 'national') } : c,
          );
      });
      const before = await snapshot(db);
      const report = await importPaths(db, [changed], { codebook });
      assert.deepEqual(report.rejected, []);
      assert.deepEqual([report.added, report.updated, report.unchanged], [0, 1, before.length - 1]);
      const outcome = await findOutcome(db, 'CVP-SYR/DLG012');
      assert.equal(outcome?.scale, 'national');
      assert.equal(outcome?.cluster, null);
      assert.deepEqual(outcome?.typesOfChange, ['dialogue', 'practice-change']);
      const history = await codingHistory(db, 'CVP-SYR/DLG012');
      assert.deepEqual(
        history.map((c) => [c.field, c.codes, c.previous, c.source]),
        [
          ['scale', ['national'], ['local'], 'import'],
          ['cluster', [], ['influencing'], 'import'],
        ],
      );
      const again = await importPaths(db, [changed], { codebook });
      assert.deepEqual([again.added, again.updated], [0, 0]);
      assert.equal((await codingHistory(db, 'CVP-SYR/DLG012')).length, 2);
    });

    it('imports codings from a project another tool made, and says what it left out', async () => {
      await emptyStore(db);
      await importPaths(db, SAMPLES, { codebook });
      const file = join(dir, 'qualcoder.qdpx');
      writeFileSync(file, await fixtureQdpx('qualcoder'));
      const report = await importPaths(db, [file], { codebook });
      assert.deepEqual(report.rejected, []);
      assert.deepEqual([report.added, report.updated, report.unchanged], [0, 2, 0]);
      const azaz = await findOutcome(db, 'CVP-SYR/DLG012');
      assert.equal(azaz?.socialActor, 'authorities-local');
      assert.equal(azaz?.scale, 'national');
      assert.deepEqual(azaz?.typesOfChange, ['dialogue', 'policy-change']);
      assert.equal(azaz?.cluster, 'influencing');
      const saraqib = await findOutcome(db, 'CVP-SYR/PRO009');
      assert.equal(saraqib?.socialActor, 'Youth groups');
      assert.deepEqual(saraqib?.typesOfChange, ['protection']);
      assert.equal(saraqib?.scale, 'local');
      const skipped = report.files
        .filter((f) => f.status === 'skipped')
        .map((f) => [f.file.split(' › ')[1], f.reason]);
      assert.deepEqual(skipped, [
        [
          '1 source',
          "not outcomes (no outcome has the name as id, and the text is not in Tessera's outcome layout): Interview 3 – Azaz council",
        ],
        ['1 source', 'no plain text inside the project file: Field notes'],
        [
          'code "Trust"',
          'in no list of the codebook, and under no group that names a coded field; 1 coding of CVP-SYR/DLG012 not imported',
        ],
        [
          'code "International"',
          "a code of several lists (socialActor, scale); put it under one's group; 1 coding of CVP-SYR/PRO009 not imported",
        ],
      ]);
    });

    it('adds nothing from a foreign project to a store that lacks its outcomes', async () => {
      const fresh = await store.open();
      try {
        const file = join(dir, 'qualcoder-alone.qdpx');
        writeFileSync(file, await fixtureQdpx('qualcoder'));
        const report = await importPaths(fresh, [file], { codebook });
        assert.deepEqual([report.rejected.length, report.added, report.updated], [0, 0, 0]);
        assert.match(
          report.files[1]?.reason ?? '',
          /not outcomes .*: CVP-SYR\/DLG012, CVP-SYR\/PRO009, Interview 3 – Azaz council$/,
        );
        assert.deepEqual(await snapshot(fresh), []);
      } finally {
        await fresh.close();
      }
    });

    it('rejects a project whose outcome cannot be read, unless invalid records are skipped', async () => {
      const broken = await edited(exported, 'broken.qdpx', (project) => {
        const emo = project.cases.find((c) => c.name === 'EMO-1');
        const year = emo?.variables.find((v) => v.variable === variableGuid('Year'));
        assert.ok(year);
        year.value = 'next spring';
      });
      const fresh = await store.open();
      try {
        const rejected = await importPaths(fresh, [broken], { codebook });
        assert.equal(rejected.files[0]?.status, 'rejected');
        assert.deepEqual(rejected.rejected, [
          {
            file: broken,
            line: null,
            field: 'year',
            reason: 'source "EMO-1": "next spring" is not a year; expected a year such as 2023',
          },
        ]);
        assert.deepEqual(await snapshot(fresh), []);
        const skipped = await importPaths(fresh, [broken], { codebook, skipInvalid: true });
        assert.equal(skipped.rejected.length, 1);
        assert.ok(skipped.added > 70);
        assert.equal(await findOutcome(fresh, 'EMO-1'), undefined);
      } finally {
        await fresh.close();
      }
    });

    it('imports a project exported before a merge as coded with the code merged into', async () => {
      const fresh = await store.open();
      try {
        await importPaths(fresh, SAMPLES, { codebook });
        const before = join(dir, `${store.name}-before-merge.qdpx`);
        await exportTo(fresh, before);
        const merge = await mergeCodes(fresh, 'scale', ['local'], 'national');
        assert.ok(merge.recoded.length > 0);
        const merged = await snapshot(fresh);
        const report = await importPaths(fresh, [before], { codebook: await storeCodebook(fresh) });
        assert.deepEqual(report.rejected, []);
        assert.deepEqual([report.added, report.updated], [0, 0]);
        assert.deepEqual(await snapshot(fresh), merged);
        assert.equal((await findOutcome(fresh, merge.recoded[0] as string))?.scale, 'national');
      } finally {
        await fresh.close();
      }
    });
  });
}

describe('tessera outcomes --format qdpx and tessera import project.qdpx', () => {
  it('exports through the CLI, redacts documents for viewers, and imports into another store', async () => {
    const from = { TESSERA_DATA: join(dir, 'cli-from') };
    const to = { TESSERA_DATA: join(dir, 'cli-to') };
    const file = join(dir, 'cli.qdpx');
    assert.equal((await runCli(['import', ...SAMPLES, '--quiet'], from)).status, 0);
    const exported = await runCli(['outcomes', '--out', file], from);
    assert.equal(exported.status, 0, exported.stderr);
    const imported = await runCli(['import', file], to);
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stdout, /cli\.qdpx \(qdpx\): 72 added, 0 updated, 0 unchanged/);
    assert.match(imported.stdout, /cli\.qdpx › 8 document items: skipped, partner documents come in/);
    assert.match(imported.stdout, /Imported 72 outcomes: 72 added/);

    const viewer = join(dir, 'viewer.qdpx');
    const redacted = await runCli(['outcomes', '--out', viewer], { ...from, TESSERA_ROLE: 'viewer' });
    assert.equal(redacted.status, 0, redacted.stderr);
    const [open, hidden] = await Promise.all([readQdpx(readFileSync(file)), readQdpx(readFileSync(viewer))]);
    const documents = (p: QdaProject) => p.sources.filter((s) => s.variables.length > 0);
    assert.equal(documents(hidden).length, 8);
    const texts = documents(open).map((s) => s.text);
    assert.ok(documents(hidden).some((s, i) => s.text !== texts[i] && /<[a-z]+(-\d+)?>/i.test(s.text ?? '')));
  });
});
