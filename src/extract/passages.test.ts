import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitPassages } from './passages.js';

describe('passages', () => {
  it('joins short paragraphs and keeps offsets that point back into the text', () => {
    const text =
      'Title of the report\n\nIn 2023 the committee met six times.\n\n  A second short paragraph.  \n';
    const passages = splitPassages(text);
    assert.equal(passages.length, 1);
    for (const p of passages) assert.equal(text.slice(p.start, p.end), p.text);
    assert.match(passages[0]?.text ?? '', /^Title of the report\n\nIn 2023[\s\S]*paragraph\.$/);
  });

  it('cuts long text at sentence ends, in any script, and covers all of it', () => {
    const sentence = 'Жители района Нарын потребовали открытых слушаний по бюджету воды. ';
    const arabic = 'طالبت النساء في المجلس المحلي بجلسات مفتوحة؟ ';
    const text = `${sentence.repeat(30)}\n\n${arabic.repeat(40)}`;
    const passages = splitPassages(text);
    assert.ok(passages.length >= 3);
    for (const p of passages) {
      assert.equal(text.slice(p.start, p.end), p.text);
      assert.ok(p.text.length <= 1600);
      assert.match(p.text, /[.؟]$/);
    }
    const covered = passages
      .map((p) => p.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    assert.equal(covered, text.trim().replace(/\s+/g, ' '));
  });

  it('gives an empty text no passages', () => {
    assert.deepEqual(splitPassages(' \n\n '), []);
  });
});
