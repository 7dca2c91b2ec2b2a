import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { TesseraError } from '../../errors.js';
import { tempDir } from '../../test-support/stores.js';
import { makeDocx } from './fixtures/make.js';
import { readDocument } from './index.js';

const dir = tempDir('tessera-docx-');

function write(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

async function refusal(file: string): Promise<TesseraError> {
  try {
    await readDocument(file);
  } catch (error) {
    assert.ok(error instanceof TesseraError, `not a TesseraError: ${error}`);
    return error;
  }
  assert.fail(`${file} was read`);
}

describe('Word documents', () => {
  it('reads paragraphs, tables as tab-separated rows, and the title in its properties', async () => {
    const bytes = await makeDocx(
      [
        { paragraph: '2D Empower and protect women and girls' },
        { paragraph: 'The coalition commits to the following:' },
        {
          table: [
            ['Commitment', 'Type', 'Core responsibility'],
            ['Train 40 women mediators\nin three districts', 'individual', 'Leave no one behind'],
            ['Fund 3 shelters', 'core', ''],
          ],
        },
        { paragraph: 'Keywords: mediation, shelters' },
      ],
      'Self-report 2023',
    );
    const doc = await readDocument(write('self-report.docx', bytes));
    assert.equal(doc.format, 'docx');
    assert.equal(doc.declaredTitle, 'Self-report 2023');
    assert.equal(
      doc.text,
      [
        '2D Empower and protect women and girls',
        '',
        'The coalition commits to the following:',
        '',
        'Commitment\tType\tCore responsibility',
        'Train 40 women mediators in three districts\tindividual\tLeave no one behind',
        'Fund 3 shelters\tcore\t',
        '',
        'Keywords: mediation, shelters',
      ].join('\n'),
    );
  });

  it("keeps its headers' and footers' text aside, for the contacts they give", async () => {
    const zip = await JSZip.loadAsync(await makeDocx([{ paragraph: 'The network trained 40 mediators.' }]));
    zip.file(
      'word/footer1.xml',
      '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>REFPACS · ' +
        'contact@refpacs.mr</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r></w:p></w:ftr>',
    );
    const doc = await readDocument(write('footer.docx', await zip.generateAsync({ type: 'uint8array' })));
    assert.equal(doc.text, 'The network trained 40 mediators.');
    assert.equal(doc.furniture, 'REFPACS · contact@refpacs.mr\nPage');
  });

  it("shows a form's tick boxes as they are ticked, and leaves out the prompt of a field left empty", async () => {
    const zip = await JSZip.loadAsync(
      await makeDocx([
        { paragraph: 'Type: BOXES' },
        { paragraph: 'Website: Click or tap here to enter text.' },
      ]),
    );
    const box = (checked: boolean) =>
      `</w:t></w:r><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/></w14:checkbox></w:sdtPr>` +
      `<w:sdtContent><w:r><w:t>${checked ? '☒' : '☐'}</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve">`;
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    zip.file(
      'word/document.xml',
      xml.replace('BOXES', `${box(false)} NGO - International ${box(true)} NGO - National`),
    );
    const doc = await readDocument(write('form.docx', await zip.generateAsync({ type: 'uint8array' })));
    assert.equal(doc.text, 'Type: ☐ NGO - International ☒ NGO - National\n\nWebsite:');
  });

  it('keeps Arabic paragraphs in logical order', async () => {
    const arabic = 'دعمت الشبكة ٣ مجموعات نسائية في إدلب عام 2023';
    const bytes = await makeDocx([{ paragraph: arabic, rtl: true }, { paragraph: 'Summary in English.' }]);
    const doc = await readDocument(write('arabic.docx', bytes));
    assert.equal(doc.text, `${arabic}\n\nSummary in English.`);
  });

  it('refuses a damaged Word document, saying what to do', async () => {
    const whole = await makeDocx([{ paragraph: 'Some text' }]);
    for (const [name, bytes] of [
      ['truncated.docx', whole.subarray(0, Math.floor(whole.length / 2))],
      ['junk.docx', Buffer.from('this is plain text, not a zip archive')],
      ['other-zip.docx', await new JSZip().file('readme.txt', 'hello').generateAsync({ type: 'uint8array' })],
    ] as const) {
      const error = await refusal(write(name, bytes));
      assert.equal(error.code, 'input-unreadable');
      assert.match(
        error.message,
        new RegExp(`${name} is not a readable Word document .*save it again as \\.docx`),
      );
    }
  });

  it('says that an encrypted (or old binary) Word file needs its password removed', async () => {
    const ole = Buffer.alloc(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await refusal(write('locked.docx', ole));
    assert.equal(error.code, 'input-password-protected');
    assert.match(error.message, /locked\.docx is password-protected .*remove the password/);
  });

  it('refuses a document with no text as empty', async () => {
    const error = await refusal(write('blank.docx', await makeDocx([{ paragraph: '' }])));
    assert.equal(error.code, 'input-empty');
    assert.match(error.message, /blank\.docx is empty/);
  });
});
