/**
 * Every way out of the store a confidential name could take, tried through the real CLI as a reader who
 * may not see originals (and with --redacted): none lets the name out.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { openStore } from '../store/index.js';
import { type CliResult, runCli } from '../test-support/cli.js';
import { storeCases, tempDir } from '../test-support/stores.js';

// Every person, organisation and contact below is invented; places are real, as places only.
const NAMES = /Dilnara|Kemelbekova|Ruslan|Abdykadyrov|555 123/iu;

const HARVEST = [
  'id,description,significance,confidential,country,year,harvest,Story fragment,Interviewer notes',
  'PRT-001,"In May 2023, Ms Dilnara Kemelbekova from Karakol persuaded the district council to open a shelter.","Kemelbekova had been threatened; the shelter protects 30 women.",YES,Kyrgyzstan,2023,Interviews with Ruslan Abdykadyrov,"Ms Dilnara Kemelbekova persuaded the council.","Call Dilnara Kemelbekova on +996 555 123 456"',
  'PRT-002,"Lawyer Ruslan Abdykadyrov filed the appeal; Ms Dilnara Kemelbekova trained him.",,NO,Kyrgyzstan,2023,Spring 2023,,',
].join('\n');

const CHANGED = HARVEST.replace('open a shelter', 'open a second shelter');

const BROKEN = [
  'id,description,confidential,year',
  'PRT-003,"Mr Ruslan Abdykadyrov was released.",YES,Dilnara Kemelbekova',
].join('\n');

const STATEMENT = `CONFIDENTIAL

Statement of the Bir Ordo Foundation

Ruslan Abdykadyrov, a lawyer with the Bir Ordo Foundation, was detained in Karakol on 3 May 2023.
`;

async function xlsxText(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? '')))),
  );
  return cells.join('\n');
}

for (const store of storeCases()) {
  describe(`no confidential name gets out of the store (${store.name} store)`, () => {
    const dir = tempDir();
    const file = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const harvest = file('harvest.csv', HARVEST);
    const statement = file('Ruslan-Abdykadyrov-statement.txt', STATEMENT);
    let env: Record<string, string> = {};
    /** Everything any command printed or wrote, to look for the key in at the end. */
    const outputs: string[] = [];
    const tessera = async (args: string[], role: string, input?: string): Promise<CliResult> => {
      const result = await runCli(args, { ...env, TESSERA_ROLE: role, TESSERA_USER: 'ana' }, input);
      outputs.push(result.stdout, result.stderr);
      return result;
    };
    /** Runs a command that must succeed (or end with `status`) and must print no name. */
    const clean = async (args: string[], role: string, status = 0): Promise<string> => {
      const result = await tessera(args, role);
      assert.equal(result.status, status, `${args.join(' ')}: ${result.stderr}`);
      assert.doesNotMatch(result.stdout + result.stderr, NAMES, `${role}: tessera ${args.join(' ')}`);
      return result.stdout;
    };

    before(async () => {
      const db = await store.open();
      env = store.cliEnv(db);
      await db.close();
      const imported = await tessera(['import', harvest, statement, '--json'], 'admin');
      assert.equal(imported.status, 0, imported.stderr);
      assert.deepEqual(JSON.parse(imported.stdout).rejected, []);
    });

    it('exports every format redacted to viewers and with --redacted, the same pseudonyms on every run', async () => {
      const runs = new Map<string, string>();
      for (const [role, extra] of [
        ['viewer', []],
        ['admin', ['--redacted']],
      ] as const) {
        for (const format of ['jsonl', 'csv', 'md', 'xlsx']) {
          const out = join(dir, `${role}.${format}`);
          await clean(['outcomes', '--format', format, '--out', out, ...extra], role);
          const text = format === 'xlsx' ? await xlsxText(out) : readFileSync(out, 'utf8');
          assert.doesNotMatch(text, NAMES, `${role} ${format}`);
          assert.match(text, /<person-\d+>/u, `${role} ${format}`);
          runs.set(`${role}.${format}`, text);
        }
      }
      // a reviewer, too, sees no originals
      const reviewer = await clean(['outcomes'], 'reviewer');
      assert.equal(reviewer, runs.get('viewer.jsonl'));
      // the same person has the same pseudonym in both records, and on every run
      const [first, second] = (runs.get('viewer.jsonl') ?? '')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const person = /Ms (<person-\d+>) from/u.exec(first.description)?.[1];
      assert.ok(person);
      assert.ok(second.description.includes(`Ms ${person} trained him`), second.description);
      assert.equal(first.extra['Interviewer notes'], `Call ${person} on <phone-1>`);
      assert.equal(first.storyFragment, `Ms ${person} persuaded the council.`);
      assert.equal(runs.get('admin.jsonl'), runs.get('viewer.jsonl'));
    });

    it('writes an audit entry when originals of confidential outcomes are exported, and none otherwise', async () => {
      const before = JSON.parse(await clean(['audit', '--json'], 'viewer'));
      assert.equal(before.filter((e: { action: string }) => e.action === 'reveal').length, 0);
      const exported = await tessera(['outcomes'], 'editor');
      assert.match(exported.stdout, /Dilnara Kemelbekova/u);
      const [event] = JSON.parse(await clean(['audit', '--json'], 'viewer'));
      assert.deepEqual(
        [event.actor, event.role, event.action, event.command, event.outcomeIds],
        ['ana', 'editor', 'reveal', 'outcomes', ['PRT-001']],
      );
      assert.ok(Date.now() - Date.parse(event.at) < 10 * 60_000);
    });

    it('shows history, the activity log, counts and actors redacted', async () => {
      const changed = file('harvest.csv', CHANGED);
      assert.equal((await tessera(['import', changed], 'admin')).status, 0);
      for (const [role, extra] of [
        ['viewer', []],
        ['admin', ['--redacted']],
      ] as const) {
        const history = await clean(['history', 'PRT-001', ...extra], role);
        assert.match(history, /"version":1/u);
        assert.match(history, /<person-\d+>/u);
      }
      const log = await clean(['activity', '--json'], 'viewer');
      assert.match(log, /statement\.txt/u);
      await clean(['activity'], 'reviewer');
      const counts = await clean(['stats', '--by', 'harvest', '--json'], 'viewer');
      assert.match(counts, /"Interviews with <person-\d+>": 1/u);
      const actors = await clean(['actors', '--json'], 'viewer');
      assert.match(actors, /<org-\d+>/u);
    });

    it('keeps names out of import reports, the log of rejected files and error messages', async () => {
      const broken = file('broken.csv', BROKEN);
      const refused = await clean(['import', broken], 'viewer', 1);
      assert.equal(refused, '');
      const report = await clean(['import', broken, '--json'], 'reviewer', 1);
      assert.match(JSON.parse(report).rejected[0].reason, /^"…" is not a year/u);
      const admin = await tessera(['import', broken], 'admin');
      assert.match(admin.stdout, /"Dilnara Kemelbekova" is not a year/u);
      const log = await clean(['activity', '--json', '--limit', '3'], 'viewer');
      assert.match(log, /\\"…\\" is not a year/u);
      // an error that quotes input: a file named after a person
      const missing = await tessera(['redact', join(dir, 'Dilnara Kemelbekova.txt'), '--json'], 'viewer');
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /^tessera: .*<person>\.txt: no such file\n$/u);
      const own = await tessera(['redact', join(dir, 'Dilnara Kemelbekova.txt')], 'admin');
      assert.match(own.stderr, /Dilnara Kemelbekova\.txt: no such file/u);
    });

    it('lets only admins and editors teach the allow-list, and tells nobody else who is in the registry', async () => {
      // the registry grew from the confidential records: it finds the name where the rules alone do not
      const text = 'we met dilnara kemelbekova at noon.\n';
      const asAdmin = JSON.parse(
        (await tessera(['redact', '--review', '-', '--json'], 'admin', text)).stdout,
      );
      assert.deepEqual(
        asAdmin.spans.map((s: { text: string; source: string }) => [s.text, s.source]),
        [['dilnara kemelbekova', 'registry']],
      );
      const asViewer = await tessera(['redact', '--review', '-', '--json'], 'viewer', text);
      assert.equal(asViewer.status, 0, asViewer.stderr);
      assert.doesNotMatch(asViewer.stdout, /registry/u);
      const rejected = await tessera(
        ['redact', '--review', '-', '--reject', 'Dilnara Kemelbekova'],
        'viewer',
        text,
      );
      assert.equal(rejected.status, 1);
      assert.match(rejected.stderr, /the viewer role may not change the store/u);
      const byReviewer = await tessera(['redact', '--review', '-', '--reject', 'Karakol'], 'reviewer', text);
      assert.match(byReviewer.stderr, /the reviewer role may not add terms to the allow-list/u);
      // exports still hide her: nobody allowed her
      await clean(['outcomes', '--format', 'md'], 'viewer');
    });

    it('redacts only the labels the store is set to, and lets only admins change that', async () => {
      const denied = await tessera(['protect', '--labels', 'PERSON'], 'editor');
      assert.equal(denied.status, 1);
      assert.match(denied.stderr, /the editor role may not change what is redacted/u);
      const set = JSON.parse(
        (
          await tessera(
            ['protect', '--labels', 'PERSON,EMAIL,PHONE', '--style', 'category', '--json'],
            'admin',
          )
        ).stdout,
      );
      assert.deepEqual([set.labels, set.style], [['PERSON', 'EMAIL', 'PHONE'], 'category']);
      const exported = await clean(['outcomes'], 'viewer');
      assert.match(exported, /Ms <person> from Karakol/u);
      const [event] = JSON.parse(await clean(['audit', '--json'], 'viewer'));
      assert.deepEqual([event.action, event.role], ['settings', 'admin']);
    });

    it('never lets the secret key out', async () => {
      const db = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.TESSERA_DATA });
      try {
        const [row] = await db.query<{ value: string }>('SELECT value FROM secret_settings');
        const key = row?.value ?? '';
        assert.match(key, /^[0-9a-f]{64}$/u);
        assert.ok(outputs.length > 40);
        for (const output of outputs) assert.ok(!output.includes(key));
        for (const f of ['viewer.jsonl', 'admin.csv', 'viewer.md'])
          assert.ok(!readFileSync(join(dir, f), 'utf8').includes(key));
      } finally {
        await db.close();
      }
    });
  });
}
