import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { loadDefaultCodebook } from '../domain/codebook.js';
import type { Outcome } from '../domain/outcome.js';
import { tempDir } from '../test-support/stores.js';
import { listInputs, type OutcomeFile, readOutcomeFile } from './index.js';

const formats = fileURLToPath(new URL('../../../shared/formats/', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const codebook = loadDefaultCodebook();

async function read(file: string, sheet?: string): Promise<OutcomeFile> {
  const result = await readOutcomeFile(file, sheet === undefined ? { codebook } : { codebook, sheet });
  if ('reason' in result) assert.fail(`${file} was skipped: ${result.reason}`);
  return result;
}

function outcomeOf(file: OutcomeFile, id: string): Outcome {
  const found = file.outcomes.find((o) => o.outcome.id === id);
  assert.ok(
    found,
    `no outcome ${id} in ${file.file}; ids: ${file.outcomes.map((o) => o.outcome.id).join(', ')}`,
  );
  return found.outcome;
}

/** The value after `**Field**: ` on its line of a shared key-value file, as a person reading it sees it. */
function rawField(text: string, field: string): string {
  const line = text.split('\n').find((l) => l.startsWith(`**${field}**:`));
  assert.ok(line !== undefined, `no **${field}** line`);
  return line.slice(field.length + 5).trim();
}

describe('key-value records', () => {
  const expected: [
    string,
    { id: string; country: string; year: number; confidential: boolean; typesOfChange: string[] },
  ][] = [
    [
      'outcome-01-syria-2022.md',
      {
        id: 'SCC-<redacted>/INC004',
        country: 'Syria',
        year: 2022,
        confidential: true,
        typesOfChange: ['dialogue', 'participation'],
      },
    ],
    [
      'outcome-02-iraq-2023.md',
      {
        id: 'SCC-IRQ/PHR021',
        country: 'Iraq',
        year: 2023,
        confidential: false,
        typesOfChange: ['practice-change', 'capacity-use'],
      },
    ],
    [
      'outcome-03-south-sudan-2021.md',
      {
        id: 'SCC-SSD/PHR007',
        country: 'South Sudan',
        year: 2021,
        confidential: false,
        typesOfChange: ['dialogue', 'practice-change'],
      },
    ],
    [
      'outcome-04-ukraine-2024.md',
      {
        id: 'SCC-<redacted>/JUS012',
        country: 'Ukraine',
        year: 2024,
        confidential: false,
        typesOfChange: ['accountability', 'capacity-use'],
      },
    ],
    [
      'outcome-05-colombia-2025.md',
      {
        id: 'SCC-COL/CSP009',
        country: 'Colombia',
        year: 2025,
        confidential: false,
        typesOfChange: ['policy-change', 'protection', 'resources'],
      },
    ],
    [
      'outcome-06-myanmar-2023.md',
      {
        id: 'SCC-<redacted>/CSP015',
        country: 'Myanmar',
        year: 2023,
        confidential: false,
        typesOfChange: ['backlash'],
      },
    ],
    [
      'outcome-07-drc-2022.md',
      {
        id: 'SCC-COD/JUS003',
        country: 'DR Congo',
        year: 2022,
        confidential: false,
        typesOfChange: ['agenda-setting', 'public-support', 'accountability'],
      },
    ],
    [
      'outcome-08-lebanon-2024.md',
      {
        id: 'SCC-LBN/PHR030',
        country: 'Lebanon',
        year: 2024,
        confidential: false,
        typesOfChange: ['capacity-use'],
      },
    ],
  ];

  it('covers every shared outcome-*.md file', () => {
    const shared = readdirSync(formats)
      .filter((f) => /^outcome-.*\.md$/.test(f))
      .sort();
    assert.deepEqual(
      shared,
      expected.map(([f]) => f),
    );
  });

  for (const [name, want] of expected) {
    it(`reads ${name} as one outcome`, async () => {
      const file = await read(join(formats, name));
      assert.equal(file.format, 'key-value');
      assert.deepEqual(file.problems, []);
      assert.equal(file.outcomes.length, 1);
      const [first] = file.outcomes;
      assert.equal(first?.line, 1);
      const o = first?.outcome as Outcome;
      assert.equal(o.id, want.id);
      assert.equal(o.country, want.country);
      assert.equal(o.year, want.year);
      assert.equal(o.confidential, want.confidential);
      assert.deepEqual(o.typesOfChange, want.typesOfChange);
      const text = readFileSync(join(formats, name), 'utf8');
      assert.equal(o.description, rawField(text, 'Outcome description'));
      assert.equal(o.storyFragment, rawField(text, 'StoryFragment_Merged'));
      assert.equal(o.objectives, rawField(text, 'Link to SCC Specific Objectives'));
      assert.ok(o.storyFragment?.startsWith(o.description), 'the merged story starts with the description');
      assert.deepEqual(o.extra, {});
    });
  }

  it('keeps placeholders verbatim and maps coded values to codebook ids', async () => {
    const o = outcomeOf(await read(join(formats, 'outcome-01-syria-2022.md')), 'SCC-<redacted>/INC004');
    assert.match(
      o.description,
      /^In March 2022, the local council of <LOC> agreed .* led by <person>, where residents/,
    );
    assert.match(o.storyFragment ?? '', /through <redacted> relatives/);
    assert.equal(o.evidence, 'Yes (minutes of the council sessions, photos shared by <person>)');
    assert.equal(o.harvest, 'harvest 1');
    assert.equal(o.status, 'Outcome');
    assert.equal(o.ratingSignificance, 'medium');
    assert.equal(o.ratingContribution, 'partial');
    assert.equal(o.socialActor, 'authorities-local');
    assert.equal(o.scale, 'local');
    assert.equal(o.cluster, 'inclusion');
    assert.equal(o.unintended, false);
    assert.equal(o.negative, false);
    assert.equal(o.additionalInfo, null, 'the empty "Additional information (use if needed) " value');
  });

  it('reads YES booleans, empty ratings and statuses as the codebook writes them', async () => {
    const myanmar = outcomeOf(
      await read(join(formats, 'outcome-06-myanmar-2023.md')),
      'SCC-<redacted>/CSP015',
    );
    assert.equal(myanmar.unintended, true);
    assert.equal(myanmar.negative, true);
    assert.equal(myanmar.socialActor, 'de-facto');
    assert.equal(myanmar.harvest, 'Harvest 2');
    const lebanon = outcomeOf(await read(join(formats, 'outcome-08-lebanon-2024.md')), 'SCC-LBN/PHR030');
    assert.equal(lebanon.status, 'Not an outcome');
    assert.equal(lebanon.ratingSignificance, null);
    assert.equal(lebanon.ratingContribution, null);
    assert.equal(lebanon.contributionOthers, null);
    assert.equal(
      outcomeOf(await read(join(formats, 'outcome-07-drc-2022.md')), 'SCC-COD/JUS003').status,
      'Draft',
    );
  });

  it('reads three records of one file: **Field:** style, values over several lines, --- and a repeated id as separators', async () => {
    const file = await read(join(fixtures, 'three-records.md'));
    assert.deepEqual(file.problems, []);
    assert.deepEqual(
      file.outcomes.map((o) => [o.line, o.outcome.id]),
      [
        [3, 'KV-001'],
        [16, 'KV-002'],
        [24, 'KV-003'],
      ],
    );
    const [one, two, three] = file.outcomes.map((o) => o.outcome) as [Outcome, Outcome, Outcome];
    assert.equal(
      one.description,
      "In May 2023, the village council of <LOC> agreed to\nhold a monthly session with the women's association led by <person>.\n\nIt also opened its budget meeting to observers.",
    );
    assert.deepEqual(one.typesOfChange, ['dialogue', 'participation']);
    assert.equal(one.confidential, true);
    assert.equal(one.year, 2023);
    assert.deepEqual(one.extra, { Partner: 'Association Kalanso' });
    assert.equal(two.country, 'Niger');
    assert.equal(two.year, 2024);
    assert.equal(
      two.significance,
      'The first regular airtime for young people\nin the region,\nand the first in Hausa and Zarma.',
    );
    assert.equal(two.confidential, false);
    assert.deepEqual(two.extra, {});
    assert.equal(three.country, 'Burkina Faso');
    assert.equal(three.year, 2022);
    assert.deepEqual(three.typesOfChange, ['practice-change']);
    assert.equal(
      three.description,
      'In 2022, the customary chief of <LOC> returned land to 12 displaced families.',
    );
  });

  it('skips prose that holds no records, saying why', async () => {
    const result = await readOutcomeFile(join(formats, 'news-lowlands-forum.txt'), { codebook });
    assert.ok('reason' in result);
    assert.match(result.reason, /not outcome records/);
  });
});

describe('outcomes.csv', () => {
  let file: OutcomeFile;
  before(async () => {
    file = await read(join(formats, 'outcomes.csv'));
  });

  it('reads 29 outcomes and one problem: the row at line 15 has no description', () => {
    assert.equal(file.format, 'csv');
    assert.equal(file.unit, 'line');
    assert.equal(file.outcomes.length, 29);
    assert.deepEqual(file.problems, [
      {
        file: join(formats, 'outcomes.csv'),
        line: 15,
        field: 'description',
        reason: 'the outcome description is empty; every outcome needs one',
      },
    ]);
  });

  it('numbers each record by the line it starts on, counting the lines inside quoted cells', () => {
    const lines = new Map(file.outcomes.map((o) => [o.outcome.id, o.line]));
    assert.equal(lines.get('SCC-SYR/PHR031'), 2);
    assert.equal(lines.get('SCC-IRQ/JUS008'), 4);
    assert.equal(lines.get('SCC-IRQ/INC012'), 7);
    assert.equal(lines.get('SCC-UKR/CSP004'), 16);
    assert.equal(lines.get('SCC-UKR/JUS015'), 17);
    assert.equal(lines.get('SCC-COL/JUS020'), 24);
    assert.equal(lines.get('SCC-BFA/CSP005'), 31);
    assert.equal(lines.get('SCC-KGZ/CSP011'), 34);
    assert.equal(lines.get('SCC-LBY/CSP023'), 41);
    assert.equal(lines.has('SCC-SDN/PHR044'), false);
  });

  it('maps the misspelled and trailing-space headers', () => {
    const byHeader = new Map(file.headers.map((h) => [h.header, h.field]));
    assert.equal(byHeader.get('coutnry'), 'country');
    assert.equal(byHeader.get('Additional information (use if needed)'), 'additionalInfo');
    assert.equal(byHeader.get('Link to Outcomes in Results Framework'), 'resultsFramework');
    assert.equal(byHeader.get('StoryFragment_Merged'), 'storyFragment');
    assert.ok(
      file.headers.every((h) => h.field !== null),
      'every header of the export names a field',
    );
    for (const { outcome } of file.outcomes) assert.deepEqual(outcome.extra, {}, outcome.id);
  });

  it('normalises the years as harvests write them', () => {
    assert.equal(outcomeOf(file, 'SCC-SYR/PHR031').year, 2021);
    assert.equal(outcomeOf(file, 'SCC-<redacted>/CSP018').year, 2023, "'2023.0'");
    assert.equal(outcomeOf(file, 'SCC-IRQ/INC012').year, 2024, "'FY2024'");
    assert.equal(outcomeOf(file, 'SCC-UKR/JUS015').year, 2023, "'2023/24'");
    // '2024 ' is on the row without a description: its only problem is the description, not the year.
    assert.ok(!file.problems.some((p) => p.field === 'year'));
  });

  it('keeps quoted cells with commas, quotes and line breaks exactly', () => {
    assert.equal(
      outcomeOf(file, 'SCC-KGZ/CSP011').description,
      'In November 2021, 64 CSOs from all regions of Kyrgyzstan signed a joint appeal to the parliament against the draft law "On non-commercial organisations", and the parliament\'s committee postponed the second reading.',
    );
    assert.equal(
      outcomeOf(file, 'SCC-IRQ/INC012').contributionProgramme,
      'The programme supported a campaign by the youth group "Sunrise of Khanke", including a petition signed by 1,100 young people and a meeting with council members.',
    );
    assert.match(
      outcomeOf(file, 'SCC-COL/JUS020').significance ?? '',
      /^"We broke the silence as a people, not as individual victims," said one/,
    );
    assert.equal(
      outcomeOf(file, 'SCC-IRQ/JUS008').significance,
      "Thousands of children in Nineveh lack birth certificates because their parents' marriages were never registered by the state.\nThe court's new practice opens a route to documentation, school enrolment and inheritance for these children, many of whom are girls.",
    );
    assert.equal(
      outcomeOf(file, 'SCC-BFA/CSP005').evidence,
      'Yes:\n1) appeal text\n2) committee agenda, 18.11.2021',
    );
    assert.match(
      outcomeOf(file, 'SCC-MDA/PHR008').description,
      /Ștefan Vodă and the volunteer centre "Inimă Deschisă" set up/,
    );
    for (const { outcome } of file.outcomes) {
      for (const value of Object.values(outcome)) {
        if (typeof value === 'string')
          assert.ok(
            !value.includes('\r'),
            `${outcome.id}: a carriage return is left in ${JSON.stringify(value)}`,
          );
      }
    }
  });

  it('keeps the multi-line Additional information value', () => {
    assert.equal(
      outcomeOf(file, 'SCC-UKR/JUS015').additionalInfo,
      'Monitoring covered:\n- Kherson city\n- Bilozerka\n- Beryslav district',
    );
    assert.equal(
      outcomeOf(file, 'SCC-<redacted>/CSP018').additionalInfo,
      'Network name withheld at request of members.',
    );
    assert.equal(outcomeOf(file, 'SCC-SYR/PHR031').additionalInfo, null);
  });

  it('reads booleans and codes of the export', () => {
    const confidential = file.outcomes.filter((o) => o.outcome.confidential).map((o) => o.outcome.id);
    assert.deepEqual(confidential, [
      'SCC-<redacted>/CSP018',
      'SCC-YEM/CSP022',
      'SCC-SDN/CSP027',
      'SCC-<redacted>/JUS017',
      'SCC-BFA/CSP005',
      'SCC-AFG/CSP019',
    ]);
    const syria = outcomeOf(file, 'SCC-SYR/PHR031');
    assert.deepEqual(syria.typesOfChange, ['new-structure', 'participation']);
    assert.equal(syria.socialActor, 'religious-traditional');
    assert.deepEqual(outcomeOf(file, 'SCC-YEM/PHR040').typesOfChange, [
      'dialogue',
      'participation',
      'practice-change',
    ]);
    assert.equal(outcomeOf(file, 'SCC-SSD/JUS011').status, 'Draft');
  });
});

describe('CSV variants', () => {
  const dir = tempDir();
  const header = ['Outcome ID', 'Country', 'Year', 'Outcome description', 'Confidential'];
  const rows = [
    ['V-1', "Côte d'Ivoire", '2023', '"Women in Bogotá met, talked; and ""agreed""."', 'YES'],
    ['V-2', 'Colombia', '2024 ', '"First line\nsecond line"', 'no'],
    ['V-3', 'Mali', 'FY2022', 'Plain text', ''],
  ];
  const want = [
    {
      line: 2,
      id: 'V-1',
      country: "Côte d'Ivoire",
      year: 2023,
      description: 'Women in Bogotá met, talked; and "agreed".',
      confidential: true,
    },
    {
      line: 3,
      id: 'V-2',
      country: 'Colombia',
      year: 2024,
      description: 'First line\nsecond line',
      confidential: false,
    },
    { line: 5, id: 'V-3', country: 'Mali', year: 2022, description: 'Plain text', confidential: false },
  ];
  const text = (sep: string, eol: string) =>
    [header, ...rows].map((r) => r.join(sep).replaceAll('\n', eol)).join(eol) + eol;

  async function readVariant(name: string, bytes: string | Uint8Array): Promise<OutcomeFile> {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return read(path);
  }
  function seen(file: OutcomeFile) {
    return file.outcomes.map(({ line, outcome: o }) => ({
      line,
      id: o.id,
      country: o.country,
      year: o.year,
      description: o.description,
      confidential: o.confidential,
    }));
  }

  const variants: [string, () => string | Uint8Array][] = [
    ['comma.csv', () => text(',', '\n')],
    ['semicolon.csv', () => text(';', '\n')],
    ['tab.tsv', () => text('\t', '\n')],
    ['tab-in-csv.csv', () => text('\t', '\r\n')],
    ['crlf.csv', () => text(',', '\r\n')],
    ['cr.csv', () => text(',', '\r')],
    ['utf8-bom.csv', () => `\uFEFF${text(';', '\r\n')}`],
    [
      'utf16le-bom.csv',
      () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('\t', '\r\n'), 'utf16le')]),
    ],
    ['utf16le.csv', () => Buffer.from(text(',', '\r\n'), 'utf16le')],
    ['windows-1252.csv', () => Buffer.from(text(';', '\r\n'), 'latin1')],
  ];
  for (const [name, bytes] of variants) {
    it(`reads ${name} with the same values and lines`, async () => {
      const file = await readVariant(name, bytes());
      assert.deepEqual(file.problems, []);
      assert.deepEqual(seen(file), want);
    });
  }

  it('checks that the Windows-1252 variant is not valid UTF-8, so it tests the fallback', () => {
    assert.throws(() =>
      new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text(';', '\r\n'), 'latin1')),
    );
  });

  it('decodes the Windows-1252 characters that Latin-1 lacks: € and Word quotes and dashes', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Outcome ID;Country;Outcome description\r\nW-1;Bolivia;Budget of 5000 ', 'latin1'),
      Buffer.from([0x80, 0x20, 0x96, 0x20, 0x93]),
      Buffer.from('people', 'latin1'),
      Buffer.from([0x94, 0x20, 0x92, 0x85]),
      Buffer.from('\r\n', 'latin1'),
    ]);
    const file = await readVariant('smart-quotes-1252.csv', bytes);
    assert.deepEqual(file.problems, []);
    assert.equal(outcomeOf(file, 'W-1').description, 'Budget of 5000 € – “people” ’…');
  });

  it('finds the header row below two title rows', async () => {
    const bare = ['Outcome harvest 2024', 'Programme: Peace and rights', text(',', '\n')].join('\n');
    const padded = ['Outcome harvest 2024;;;;', ';;;;', text(';', '\r\n')].join('\r\n');
    const bareSemicolon = ['Outcome harvest 2024', 'Programme: Peace and rights', text(';', '\n')].join('\n');
    for (const [name, content] of [
      ['titles.csv', bare],
      ['titles-padded.csv', padded],
      ['titles-semicolon.csv', bareSemicolon],
    ]) {
      const file = await readVariant(name as string, content as string);
      assert.deepEqual(file.problems, [], name);
      assert.deepEqual(
        file.headers.map((h) => h.header),
        header,
        name,
      );
      assert.deepEqual(
        seen(file),
        want.map((w) => ({ ...w, line: w.line + 2 })),
        name,
      );
    }
  });
});

describe('XLSX workbooks', () => {
  const dir = tempDir();
  const path = join(dir, 'harvest.xlsx');
  before(async () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet('Outcomes 2023');
    first.addRow(['Outcome ID', 'Country', 'Year', 'Outcome description']);
    first.addRow(['X23-1', 'Kyrgyzstan', 2023, 'The first sheet']);
    const sheet = workbook.addWorksheet('Outcomes 2024');
    sheet.addRow(['Outcome harvest 2024']);
    sheet.mergeCells('A1:G1');
    sheet.addRow(['Programme: Peace and rights']);
    sheet.addRow([
      'Outcome ID',
      'coutnry',
      'Year',
      'Outcome description',
      'Outcome statements is CONFIDENTIAL',
      'MCQType of change',
      'Partner',
    ]);
    sheet.addRow([
      'X-1',
      'Syria',
      2024,
      'In 2024, <person> met the council, twice.',
      true,
      'Policy change, Dialogue and engagement',
      'Org A',
    ]);
    sheet.addRow([
      'X-2',
      'Iraq',
      new Date(Date.UTC(2023, 4, 17)),
      { richText: [{ text: 'Rich ' }, { text: 'text', font: { bold: true } }] },
      false,
      null,
      null,
    ]);
    sheet.addRow(['X-3', 'Mali', 'FY2022', 'Line one\nline two', 'YES', 'Protection', 'Org C']);
    await workbook.xlsx.writeFile(path);
  });

  it('reads the first sheet when no sheet is named', async () => {
    const file = await read(path);
    assert.equal(file.format, 'xlsx');
    assert.deepEqual(file.problems, []);
    assert.deepEqual(
      file.outcomes.map((o) => [o.line, o.outcome.id, o.outcome.year, o.outcome.description]),
      [[2, 'X23-1', 2023, 'The first sheet']],
    );
  });

  it('reads the named second sheet, with its header below title rows and typed cells', async () => {
    const file = await read(path, 'Outcomes 2024');
    assert.equal(file.unit, 'row');
    assert.deepEqual(file.problems, []);
    assert.deepEqual(
      file.outcomes.map((o) => [o.line, o.outcome.id]),
      [
        [4, 'X-1'],
        [5, 'X-2'],
        [6, 'X-3'],
      ],
    );
    const [one, two, three] = file.outcomes.map((o) => o.outcome) as [Outcome, Outcome, Outcome];
    assert.equal(one.country, 'Syria');
    assert.equal(one.year, 2024);
    assert.equal(one.confidential, true);
    assert.equal(one.description, 'In 2024, <person> met the council, twice.');
    assert.deepEqual(one.typesOfChange, ['policy-change', 'dialogue']);
    assert.deepEqual(one.extra, { Partner: 'Org A' });
    assert.equal(two.year, 2023, 'a date cell in Year gives its year');
    assert.equal(two.confidential, false);
    assert.equal(two.description, 'Rich text');
    assert.deepEqual(two.typesOfChange, []);
    assert.deepEqual(two.extra, {});
    assert.equal(three.year, 2022);
    assert.equal(three.confidential, true);
    assert.equal(three.description, 'Line one\nline two');
  });

  it('names the sheets of the workbook when the named sheet is missing', async () => {
    const file = await read(path, 'Outcomes 2025');
    assert.deepEqual(file.outcomes, []);
    assert.deepEqual(file.problems, [
      {
        file: path,
        line: null,
        field: null,
        reason: 'the workbook has no sheet "Outcomes 2025"; its sheets are "Outcomes 2023", "Outcomes 2024"',
      },
    ]);
  });
});

describe('canonical JSON', () => {
  it('reads a JSON array in camelCase shape, keeping the entries of extra as extras', async () => {
    const file = await read(join(fixtures, 'outcomes.json'));
    assert.equal(file.format, 'json');
    assert.deepEqual(file.problems, []);
    assert.deepEqual(
      file.outcomes.map((o) => [o.line, o.outcome.id]),
      [
        [1, 'J-1'],
        [2, 'J-2'],
      ],
    );
    const [one, two] = file.outcomes.map((o) => o.outcome) as [Outcome, Outcome];
    assert.equal(one.country, 'Kyrgyzstan', 'extra.Country does not become the country');
    assert.equal(one.year, 2023);
    assert.equal(one.confidential, true);
    assert.deepEqual(one.typesOfChange, ['new-structure', 'participation']);
    assert.equal(one.ratingSignificance, 'high');
    assert.equal(one.socialActor, 'authorities-local');
    assert.deepEqual(one.extra, {
      Partner: 'Naryn Youth Hub',
      Country: 'not the country field',
      'Budget (KGS)': '120000',
    });
    assert.equal(two.year, 2024);
    assert.equal(two.negative, false);
    assert.equal(
      two.storyFragment,
      'In 2024, the Gori municipality funded two youth centres.  Significance description: ...',
    );
    assert.deepEqual(two.extra, {});
  });

  it('reads {"outcomes": [...]} as the array it holds', async () => {
    const path = join(tempDir(), 'wrapped.json');
    writeFileSync(
      path,
      JSON.stringify({ outcomes: [{ id: 'W-1', description: 'Wrapped', year: '2023.0' }] }, null, 2),
    );
    const file = await read(path);
    assert.deepEqual(file.problems, []);
    assert.deepEqual(
      file.outcomes.map((o) => [o.outcome.id, o.outcome.year, o.outcome.description]),
      [['W-1', 2023, 'Wrapped']],
    );
  });

  it('reads JSON Lines, numbering each record by its line', async () => {
    const file = await read(join(fixtures, 'outcomes.jsonl'));
    assert.equal(file.format, 'jsonl');
    assert.equal(file.unit, 'line');
    assert.deepEqual(file.problems, []);
    assert.deepEqual(
      file.outcomes.map((o) => [o.line, o.outcome.id, o.outcome.year, o.outcome.confidential]),
      [
        [1, 'L-1', 2022, false],
        [3, 'L-2', 2023, true],
      ],
    );
    const [one, two] = file.outcomes.map((o) => o.outcome) as [Outcome, Outcome];
    assert.deepEqual(one.typesOfChange, ['new-structure', 'dialogue']);
    assert.deepEqual(one.extra, { Partner: 'Inimă Deschisă' });
    assert.equal(one.description, 'In 2022, the district council of <LOC> set up a coordination cell.');
    assert.equal(two.unintended, false);
  });

  it('gives a problem at the JSON Lines line that is not JSON, and reads the others', async () => {
    const path = join(fixtures, 'broken.jsonl');
    const file = await read(path);
    assert.deepEqual(
      file.outcomes.map((o) => [o.line, o.outcome.id]),
      [
        [1, 'B-1'],
        [3, 'B-3'],
      ],
    );
    assert.equal(file.problems.length, 1);
    const [problem] = file.problems;
    assert.equal(problem?.file, path);
    assert.equal(problem?.line, 2);
    assert.equal(problem?.field, null);
    assert.match(problem?.reason ?? '', /^not valid JSON \(.+\)$/);
  });
});

describe('extras', () => {
  it('keeps the values of unmapped headers under the header as written', async () => {
    const path = join(tempDir(), 'extras.csv');
    writeFileSync(
      path,
      'Outcome ID,Partner,Description,Budget (USD),Donor code,Country\nE-1,Red de Lideresas,Text one,"12,500",D-7,Colombia\nE-2,,Text two,,,Peru\n',
    );
    const file = await read(path);
    assert.deepEqual(file.problems, []);
    assert.deepEqual(
      file.headers.filter((h) => h.field === null).map((h) => h.header),
      ['Partner', 'Budget (USD)', 'Donor code'],
    );
    assert.deepEqual(outcomeOf(file, 'E-1').extra, {
      Partner: 'Red de Lideresas',
      'Budget (USD)': '12,500',
      'Donor code': 'D-7',
    });
    assert.equal(outcomeOf(file, 'E-1').country, 'Colombia');
    assert.deepEqual(outcomeOf(file, 'E-2').extra, {}, 'empty cells add no extras');
  });
});

describe('listInputs', () => {
  it('expands folders recursively in name order, skipping hidden entries', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b-folder'));
    mkdirSync(join(dir, '.hidden'));
    for (const f of ['c.csv', 'a.md', '.secret.csv', 'b-folder/z.json', '.hidden/x.csv'])
      writeFileSync(join(dir, f), 'x');
    assert.deepEqual(await listInputs([dir, join(formats, 'outcomes.csv')]), [
      join(dir, 'a.md'),
      join(dir, 'b-folder', 'z.json'),
      join(dir, 'c.csv'),
      join(formats, 'outcomes.csv'),
    ]);
  });

  it('names a path that does not exist', async () => {
    const missing = join(tempDir(), 'nowhere.csv');
    await assert.rejects(listInputs([missing]), { message: `${missing}: no such file or folder` });
  });
});

describe('markdown that is a report, not outcome records', () => {
  it('is left to the document readers even with bold labels', async () => {
    const dir = tempDir();
    const file = join(dir, 'rapport.md');
    writeFileSync(
      file,
      '# Rapport annuel\n\n**Programme**: Voix citoyennes\n**Période couverte**: 2024\n\nEn 2024, 1 240 personnes ont participé.\n',
    );
    const read = await readOutcomeFile(file, { codebook });
    assert.ok('reason' in read);
    assert.match(read.reason, /not outcome records/);
  });
});
