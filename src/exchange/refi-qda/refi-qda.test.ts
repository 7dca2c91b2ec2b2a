import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { fixtureFiles, fixtureQdpx, schemaErrors } from './fixtures/support.js';
import { codePointLength, codePointSlice, guidOf, type QdaProject } from './project.js';
import { readQdpx, UnreadableProject } from './read.js';
import { projectXml, writeQdpx } from './write.js';

const TEXT = 'Les femmes de Naryn 🇰🇬 ont créé un conseil; «впервые» — مجلس النساء 👩‍⚖️ met on 3 May.';

function project(text: string, phrase: string): QdaProject {
  const start = codePointLength(text.slice(0, text.indexOf(phrase)));
  const user = guidOf('user', 'ana');
  return {
    name: 'Test & <project>',
    origin: 'Tessera',
    creatingUser: user,
    creationDateTime: '2024-05-02T10:00:00.000Z',
    users: [{ guid: user, name: 'ana' }],
    codes: [
      {
        guid: guidOf('group'),
        name: 'Social actor',
        isCodable: false,
        color: '#1f77b4',
        children: [{ guid: guidOf('code'), name: 'Civic "change" agents', isCodable: true, children: [] }],
      },
    ],
    variables: [
      { guid: guidOf('v', 1), name: 'Year', type: 'Integer' },
      { guid: guidOf('v', 2), name: 'Confidential', type: 'Boolean' },
      { guid: guidOf('v', 3), name: 'Country', type: 'Text' },
    ],
    cases: [
      {
        guid: guidOf('case'),
        name: 'KG-1',
        variables: [
          { variable: guidOf('v', 1), value: 2023 },
          { variable: guidOf('v', 2), value: false },
          // A control character that XML cannot carry, as PDF text sometimes has.
          { variable: guidOf('v', 3), value: 'Kyrgyzstan\u0007' },
        ],
        sources: [guidOf('source')],
      },
    ],
    sources: [
      {
        guid: guidOf('source'),
        name: 'KG-1',
        text,
        selections: [
          {
            guid: guidOf('selection'),
            start,
            end: start + codePointLength(phrase),
            creatingUser: user,
            codings: [{ guid: guidOf('coding'), code: guidOf('code'), creatingUser: user }],
          },
        ],
        codings: [],
        variables: [],
      },
    ],
    otherSources: [],
  };
}

describe('REFI-QDA projects', () => {
  it('counts positions in characters: an emoji or a flag is one character per code point', () => {
    assert.equal(codePointLength('a👩‍⚖️b'), 6);
    assert.equal('a👩‍⚖️b'.length, 7);
    assert.equal(codePointSlice(TEXT, 20, 22), '🇰🇬');
  });

  it('writes a project.qde that the standard schema accepts, with plain texts beside it', async () => {
    const phrase = 'مجلس النساء 👩‍⚖️';
    const bytes = await writeQdpx(project(TEXT, phrase));
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file('project.qde')?.async('string')) ?? '';
    assert.deepEqual(await schemaErrors(xml), []);
    assert.match(xml, /<Project xmlns="urn:QDA-XML:project:1\.0" name="Test &amp; &lt;project&gt;"/);
    assert.match(xml, /isCodable="false"/);
    assert.match(xml, /<IntegerValue>2023<\/IntegerValue>/);
    assert.match(xml, /<TextValue>Kyrgyzstan\uFFFD<\/TextValue>/);
    const source = guidOf('source');
    assert.match(xml, new RegExp(`plainTextPath="internal://${source}\\.txt"`));
    assert.equal(await zip.file(`sources/${source}.txt`)?.async('string'), TEXT);
  });

  it('reads back what it wrote, and the positions select the coded words', async () => {
    const phrase = 'مجلس النساء 👩‍⚖️';
    const read = await readQdpx(await writeQdpx(project(TEXT, phrase)));
    const [source] = read.sources;
    assert.ok(source?.text);
    const [selection] = source.selections;
    assert.ok(selection);
    assert.equal(codePointSlice(source.text, selection.start, selection.end), phrase);
    assert.equal(read.codes[0]?.children[0]?.name, 'Civic "change" agents');
    assert.equal(read.codes[0]?.isCodable, false);
    assert.deepEqual(
      read.cases[0]?.variables.map((v) => v.value),
      [2023, false, 'Kyrgyzstan\uFFFD'],
    );
    assert.equal(read.name, 'Test & <project>');
  });

  it('reads a project written by another tool: inline text, categories, notes, case variables', async () => {
    const files = fixtureFiles('qualcoder');
    assert.deepEqual(await schemaErrors(files.get('project.qde')?.toString('utf8') ?? ''), []);
    const read = await readQdpx(await fixtureQdpx('qualcoder'));
    assert.equal(read.origin, 'QualCoder 3.5');
    assert.deepEqual(
      read.sources.map((s) => [s.name, s.text === null]),
      [
        ['CVP-SYR/DLG012', false],
        ['CVP-SYR/PRO009', false],
        ['Interview 3 – Azaz council', false],
        ['Field notes', true],
      ],
    );
    const inline = read.sources[1];
    assert.ok(inline?.text);
    const picked = inline.selections.map((s) => codePointSlice(inline.text ?? '', s.start, s.end));
    assert.deepEqual(picked, ['youth volunteers 👩‍🌾', 'مجلس سراقب المحلي']);
    assert.equal(inline.codings.length, 1);
    assert.deepEqual(
      read.codes.map((c) => [c.name, c.children.length]),
      [
        ['Who changed', 2],
        ['Policy change', 0],
        ['dialogue  AND engagement', 0],
        ['Protection', 0],
        ['Trust', 0],
        ['International', 0],
        ['Scale', 1],
      ],
    );
    assert.deepEqual(read.cases[0]?.variables, [
      { variable: 'C0FFEE00-1234-4567-89AB-CDEF01234567', value: 'Aleppo governorate' },
    ]);
  });

  it('tells a file that is not a project, and a broken project.qde, in words', async () => {
    await assert.rejects(readQdpx(new TextEncoder().encode('not a zip')), UnreadableProject);
    const empty = new JSZip();
    empty.file('readme.txt', 'hello');
    await assert.rejects(
      readQdpx(await empty.generateAsync({ type: 'uint8array' })),
      /the archive holds no project\.qde/,
    );
    const broken = await fixtureQdpx('qualcoder', (path, text) =>
      path === 'project.qde' ? text.replace('</Users>', '</Userz>') : text,
    );
    await assert.rejects(readQdpx(broken), /project\.qde line \d+: the XML is broken/);
  });

  it('makes XML that the schema rejects when a required attribute is missing', async () => {
    const xml = projectXml(project(TEXT, 'Naryn')).replace(/ isCodable="false"/, '');
    assert.notDeepEqual(await schemaErrors(xml), []);
  });
});
