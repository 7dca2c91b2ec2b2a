import assert from 'node:assert/strict';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TesseraError } from '../../errors.js';
import { tempDir } from '../../test-support/stores.js';
import { greyPng, makeDocx } from './fixtures/make.js';
import { documentFormat, isDocumentFile, MAX_DOCUMENT_BYTES, readDocument } from './index.js';

const dir = tempDir('tessera-read-');

function write(name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function refusal(file: string, options = {}): Promise<TesseraError> {
  try {
    await readDocument(file, options);
  } catch (error) {
    assert.ok(error instanceof TesseraError, `not a TesseraError: ${error}`);
    return error;
  }
  assert.fail(`${file} was read`);
}

describe('reading documents', () => {
  it('knows document files by their extension', () => {
    assert.equal(documentFormat('report.PDF'), 'pdf');
    assert.equal(documentFormat('notes.markdown'), 'md');
    assert.equal(documentFormat('page.htm'), 'html');
    assert.ok(isDocumentFile('self-report.docx'));
    assert.ok(isDocumentFile('news.txt'));
    assert.ok(!isDocumentFile('outcomes.csv'));
    assert.ok(!isDocumentFile('old.doc'));
  });

  it('refuses a binary file renamed .txt, an image renamed .md, and a Word file renamed .html', async () => {
    const docx = await makeDocx([{ paragraph: 'Real Word text' }]);
    for (const [name, bytes] of [
      ['photo.txt', greyPng(64, 64)],
      ['photo.md', greyPng(64, 64)],
      ['report.html', docx],
    ] as const) {
      const error = await refusal(write(name, bytes));
      assert.equal(error.code, 'input-unreadable');
      assert.match(
        error.message,
        new RegExp(`${name.replace('.', '\\.')} is binary, not text: save it as text`),
      );
    }
  });

  it('refuses empty files of every format, and files of only whitespace', async () => {
    for (const name of ['empty.txt', 'empty.md', 'empty.html', 'empty.pdf', 'empty.docx']) {
      const error = await refusal(write(name, ''));
      assert.equal(error.code, 'input-empty');
      assert.equal(
        error.message,
        `${join(dir, name)} is empty (no text in it): check that it is the right file`,
      );
    }
    for (const [name, content] of [
      ['blank.txt', ' \n\r\n\t \n'],
      ['bom-only.txt', '\ufeff'],
      ['chrome-only.html', '<html><body><nav>Home</nav><script>x()</script></body></html>'],
    ] as const)
      assert.equal((await refusal(write(name, content))).code, 'input-empty', name);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const file = join(dir, 'dump.txt');
    writeFileSync(file, '');
    truncateSync(file, MAX_DOCUMENT_BYTES + 1); // sparse: takes no disk and is never read
    const error = await refusal(file);
    assert.equal(error.code, 'input-too-large');
    assert.match(error.message, /dump\.txt is 256 MiB, over the 256 MiB Tessera reads at once: split it/);
    const small = await refusal(write('small.txt', 'x'.repeat(2048)), { maxBytes: 1024 });
    assert.equal(small.code, 'input-too-large');
  });

  it('reads a large text file whole and exactly', async () => {
    const line = 'The network trained 48 council members in Osh; 1,240 children returned to school.\n';
    const text = line.repeat(100_000); // about 8 MiB
    const doc = await readDocument(write('large.txt', text));
    assert.equal(doc.text.length, text.length - 1);
    assert.ok(doc.text.endsWith('returned to school.'));
  });

  it('says what it cannot read: another extension, a folder, a missing file', async () => {
    const other = await refusal(write('table.csv', 'a,b\n1,2\n'));
    assert.match(
      other.message,
      /table\.csv is not a document Tessera reads \(\.csv\): use txt, md, html, pdf or docx/,
    );
    mkdirSync(join(dir, 'folder.txt'));
    assert.match((await refusal(join(dir, 'folder.txt'))).message, /folder\.txt is not a file/);
    assert.equal((await refusal(join(dir, 'missing.pdf'))).code, 'input-not-found');
  });
});
