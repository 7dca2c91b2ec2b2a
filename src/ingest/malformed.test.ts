import assert from 'node:assert/strict';
import { closeSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { loadDefaultCodebook } from '../domain/codebook.js';
import type { Problem } from '../domain/problem.js';
import { tempDir } from '../test-support/stores.js';
import { type OutcomeFile, readOutcomeFile } from './index.js';

const formats = fileURLToPath(new URL('../../../shared/formats/', import.meta.url));
const codebook = loadDefaultCodebook();
const dir = tempDir();

/** Writes the content to a file of that name and reads it: bad content must come back as problems, never throw. */
async function readAs(name: string, content: string | Uint8Array): Promise<OutcomeFile> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const result = await readOutcomeFile(path, { codebook });
  if ('reason' in result) assert.fail(`${name} was skipped: ${result.reason}`);
  return result;
}

function problem(name: string, line: number | null, field: string | null, reason: string): Problem {
  return { file: join(dir, name), line, field, reason };
}

/** Bytes that are no text format: a PNG signature, then a fixed pseudo-random stream. */
function junk(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let state = 12345;
  for (let i = 8; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >>> 16;
  }
  return bytes;
}

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Outcomes');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const NOT_CLOSED = 'a quoted cell is never closed (the file may be truncated, or a quote is missing)';

describe('malformed outcome files', () => {
  it('names the line where the quoted cell of a truncated CSV opens', async () => {
    // outcomes.csv cut inside the multi-line Additional information of the record at line 17.
    const whole = readFileSync(join(formats, 'outcomes.csv'), 'utf8');
    const cut = whole.slice(0, whole.indexOf('- Kherson city') + '- Kherson city\r\n'.length);
    assert.equal(cut.split('\n').length - 1, 18, 'the cut file has 18 lines');
    const file = await readAs('truncated.csv', cut);
    assert.deepEqual(file.outcomes, []);
    assert.deepEqual(file.problems, [problem('truncated.csv', 17, null, NOT_CLOSED)]);
  });

  it('names the line of a quote that is never closed in the middle of a file', async () => {
    const file = await readAs(
      'open-quote.csv',
      'Outcome ID,Description\nA1,fine\nA2,"never closed\nA3,fine\nA4,fine\n',
    );
    assert.deepEqual(file.problems, [problem('open-quote.csv', 3, null, NOT_CLOSED)]);
  });

  it('names the line of a quote that is not doubled inside a quoted cell', async () => {
    const file = await readAs(
      'bad-quote.csv',
      'Outcome ID,Description\nA1,fine\nA2,"the law "On NGOs" passed"\n',
    );
    assert.deepEqual(file.problems, [
      problem(
        'bad-quote.csv',
        3,
        null,
        'a quote inside a quoted cell is not doubled ("" is one quote inside a cell)',
      ),
    ]);
  });

  it('refuses binary content renamed .csv', async () => {
    const reason = 'the file is binary, not text; export the sheet as CSV (UTF-8) or XLSX';
    assert.deepEqual((await readAs('image.csv', junk(4096))).problems, [
      problem('image.csv', null, null, reason),
    ]);
    const xlsx = await workbook([
      ['Outcome ID', 'Description'],
      ['A1', 'text'],
    ]);
    assert.deepEqual((await readAs('workbook.csv', xlsx)).problems, [
      problem('workbook.csv', null, null, reason),
    ]);
  });

  it('says a UTF-16 file holding bytes that are not UTF-16 should be saved again', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Outcome ID,Description\r\nA1,text', 'utf16le'),
      Buffer.from([0x41]),
    ]);
    assert.deepEqual((await readAs('cut-utf16.csv', bytes)).problems, [
      problem(
        'cut-utf16.csv',
        null,
        null,
        'the file starts as UTF-16LE but holds bytes that are not; save it again as UTF-8',
      ),
    ]);
  });

  it('says an empty file is empty, in every text format', async () => {
    for (const [name, content] of [
      ['empty.csv', ''],
      ['blank.csv', ' \r\n\r\n\t\n'],
      ['empty.md', ''],
      ['empty.json', '\n'],
      ['empty.jsonl', ''],
    ] as const) {
      const file = await readAs(name, content);
      assert.deepEqual(file.outcomes, [], name);
      assert.deepEqual(file.problems, [problem(name, null, null, 'the file is empty')], name);
    }
  });

  it('says which headers it found when none holds the description', async () => {
    const file = await readAs('unknown.csv', 'Partner,Donor,Budget\nOrg A,Fund B,300\n');
    assert.deepEqual(file.outcomes, []);
    assert.deepEqual(file.problems, [
      problem(
        'unknown.csv',
        null,
        null,
        'no column holds the outcome description (headers found: "Partner", "Donor", "Budget"); name one "Outcome description" or "Description"',
      ),
    ]);
  });

  it('refuses a header row with two columns meaning the same field', async () => {
    const file = await readAs(
      'two-countries.csv',
      'Outcome ID,Country,Outcome description,coutnry\nA1,Syria,text,Iraq\n',
    );
    assert.deepEqual(file.outcomes, []);
    assert.deepEqual(file.problems, [
      problem(
        'two-countries.csv',
        1,
        null,
        'columns 2 "Country" and 4 "coutnry" both mean the field country; rename or remove one',
      ),
    ]);
  });

  it('refuses two extra columns with the same header', async () => {
    const file = await readAs(
      'two-partners.csv',
      'Outcome ID,Partner,Description,Partner\nA1,Org A,text,Org B\n',
    );
    assert.deepEqual(file.outcomes, []);
    assert.deepEqual(file.problems, [
      problem(
        'two-partners.csv',
        1,
        null,
        'columns 2 "Partner" and 4 "Partner" have the same name; rename or remove one',
      ),
    ]);
  });

  it('names the line and field of a year that is not a year, and reads the other rows', async () => {
    const file = await readAs(
      'years.csv',
      'Outcome ID,Year,Description\nY1,last spring,text\nY2,2023,text\nY3,20234,text\nY4,harvest 2,text\n',
    );
    assert.deepEqual(
      file.outcomes.map((o) => [o.line, o.outcome.id, o.outcome.year]),
      [[3, 'Y2', 2023]],
    );
    assert.deepEqual(file.problems, [
      problem('years.csv', 2, 'year', '"last spring" is not a year; expected a year such as 2023'),
      problem('years.csv', 4, 'year', '"20234" is not a year; expected a year such as 2023'),
      problem('years.csv', 5, 'year', '"harvest 2" is not a year; expected a year such as 2023'),
    ]);
  });

  it('lists the ratings of the codebook when a rating is not one of them', async () => {
    const file = await readAs(
      'ratings.csv',
      'Outcome ID,Description,Rating significance,Rating contribution\nR1,text,very high,partial\nR2,text,High,total\n',
    );
    assert.deepEqual(file.outcomes, []);
    assert.deepEqual(file.problems, [
      problem(
        'ratings.csv',
        2,
        'ratingSignificance',
        '"very high" is not one of the ratings low, medium, high',
      ),
      problem(
        'ratings.csv',
        3,
        'ratingContribution',
        '"total" is not one of the ratings limited, partial, great',
      ),
    ]);
  });

  it('says a boolean that is not yes or no expects YES or NO', async () => {
    const file = await readAs(
      'booleans.csv',
      'Outcome ID,Description,Outcome statements is CONFIDENTIAL,Outcome is negative\nB1,text,maybe,NO\nB2,text,YES,no\n',
    );
    assert.deepEqual(
      file.outcomes.map((o) => [o.outcome.id, o.outcome.confidential, o.outcome.negative]),
      [['B2', true, false]],
    );
    assert.deepEqual(file.problems, [
      problem(
        'booleans.csv',
        2,
        'confidential',
        '"maybe" is not a yes or no; expected YES or NO (or leave it empty)',
      ),
    ]);
  });

  it('gives every problem of a record, not the first only', async () => {
    const file = await readAs(
      'many.csv',
      'Outcome ID,Year,Description,Confidential,Rating significance\nM1,soon,,perhaps,huge\n',
    );
    assert.deepEqual(
      file.problems.map((p) => [p.line, p.field]),
      [
        [2, 'year'],
        [2, 'confidential'],
        [2, 'ratingSignificance'],
        [2, 'description'],
      ],
    );
  });

  it('names both lines of an id used twice in a file', async () => {
    const file = await readAs('dup-ids.csv', 'Outcome ID,Description\nA1,one\nA2,two\nA1,three\n');
    assert.deepEqual(
      file.outcomes.map((o) => [o.line, o.outcome.id, o.outcome.description]),
      [
        [2, 'A1', 'one'],
        [3, 'A2', 'two'],
      ],
    );
    assert.deepEqual(file.problems, [
      problem(
        'dup-ids.csv',
        4,
        'id',
        'the id A1 is already used by the record at line 2; ids must be unique within a file',
      ),
    ]);
  });

  it('names both rows of an id used twice in a workbook', async () => {
    const file = await readAs(
      'dup-ids.xlsx',
      await workbook([
        ['Outcome ID', 'Description'],
        ['A1', 'one'],
        ['A1', 'two'],
      ]),
    );
    assert.deepEqual(file.problems, [
      problem(
        'dup-ids.xlsx',
        3,
        'id',
        'the id A1 is already used by the record at row 2; ids must be unique within a file',
      ),
    ]);
  });

  it('names the line of a row with more cells than the header, and reads the others', async () => {
    const file = await readAs(
      'wide.csv',
      'Outcome ID,Description,Country\nW1,text,Syria\nW2,one, two,Iraq\nW3,text,Mali,,\n',
    );
    assert.deepEqual(
      file.outcomes.map((o) => [o.line, o.outcome.id, o.outcome.country]),
      [
        [2, 'W1', 'Syria'],
        [4, 'W3', 'Mali'],
      ],
    );
    assert.deepEqual(file.problems, [
      problem(
        'wide.csv',
        3,
        null,
        'the line has 4 cells but the header has 3; check for an unquoted separator in a cell',
      ),
    ]);
  });

  it('refuses a corrupt .xlsx: random bytes, a workbook cut in half, a CSV renamed .xlsx', async () => {
    const reason =
      'not a readable XLSX workbook (corrupt, password-protected, or another format renamed .xlsx)';
    const whole = await workbook([
      ['Outcome ID', 'Description'],
      ['A1', 'text'],
    ]);
    for (const [name, content] of [
      ['random.xlsx', junk(3000)],
      ['half.xlsx', whole.subarray(0, Math.floor(whole.length / 2))],
      ['text.xlsx', 'Outcome ID,Description\nA1,text\n'],
      ['zero.xlsx', ''],
    ] as const) {
      const file = await readAs(name, content);
      assert.deepEqual(file.outcomes, [], name);
      assert.deepEqual(file.problems, [problem(name, null, null, reason)], name);
    }
  });

  it('says a file with a header but no records has none', async () => {
    const reason = 'the file has a header but no outcome records';
    for (const [name, content] of [
      ['header-only.csv', 'Outcome ID,Country,Description\r\n'],
      ['header-and-blanks.csv', 'Outcome ID,Country,Description\n\n,,\n'],
      ['header-only.xlsx', await workbook([['Outcome ID', 'Description']])],
    ] as const) {
      const file = await readAs(name, content);
      assert.deepEqual(file.problems, [problem(name, null, null, reason)], name);
    }
  });

  it('names the line of a JSON syntax error, and the record that is not an object', async () => {
    const broken = await readAs(
      'broken.json',
      '[\n  {"id": "a", "description": "x"},\n  {"id": "b" "description": "y"}\n]\n',
    );
    assert.deepEqual(broken.outcomes, []);
    assert.equal(broken.problems.length, 1);
    assert.equal(broken.problems[0]?.line, 3);
    assert.match(broken.problems[0]?.reason ?? '', /^not valid JSON \(.+\)$/);

    const mixed = await readAs('mixed.json', '[{"id": "a", "description": "x"}, "just text"]');
    assert.deepEqual(
      mixed.outcomes.map((o) => o.outcome.id),
      ['a'],
    );
    assert.deepEqual(mixed.problems, [
      problem('mixed.json', 2, null, 'expected an outcome object such as {"id": ..., "description": ...}'),
    ]);
  });

  it('finds the one bad row near the end of a 50 MB CSV, at its line', { timeout: 20_000 }, () => {
    const path = join(dir, 'big.csv');
    const fd = openSync(path, 'w');
    const eol = '\r\n';
    writeSync(
      fd,
      `Outcome ID,Country,Year,Outcome description,Significance of the outcome,Rating significance,MCQType of change${eol}`,
    );
    const prose = 'the council agreed, after long talks, to open its ""public"" sessions to residents; ';
    const target = 50 * 1024 * 1024;
    let line = 2;
    let size = 0;
    let rows = 0;
    let badLine = 0;
    let chunk = '';
    while (size < target || badLine === 0) {
      rows++;
      // Every seventh record has a significance over three lines, so lines and records part ways.
      const significance =
        rows % 7 === 0 ? `"First line,${eol}second line${eol}third line"` : '"One line, with a comma"';
      const bad = badLine === 0 && size > target - 200_000;
      const row = `BIG-${rows},Syria,${2020 + (rows % 6)},"Record ${rows}: ${prose.repeat(5)}",${significance},${bad ? 'very high' : 'medium'},"Policy change, Dialogue and engagement"${eol}`;
      if (bad) badLine = line;
      line += rows % 7 === 0 ? 3 : 1;
      chunk += row;
      size += Buffer.byteLength(row);
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
    closeSync(fd);
    assert.ok(statSync(path).size >= target);
    assert.ok(badLine > 100_000, `the bad row is near the end (line ${badLine})`);

    return readOutcomeFile(path, { codebook }).then((result) => {
      if ('reason' in result) assert.fail(result.reason);
      assert.deepEqual(result.problems, [
        {
          file: path,
          line: badLine,
          field: 'ratingSignificance',
          reason: '"very high" is not one of the ratings low, medium, high',
        },
      ]);
      assert.equal(result.outcomes.length, rows - 1);
      const last = result.outcomes.at(-1);
      assert.equal(last?.outcome.id, `BIG-${rows}`);
      assert.equal(last?.line, line - (rows % 7 === 0 ? 3 : 1));
    });
  });
});
