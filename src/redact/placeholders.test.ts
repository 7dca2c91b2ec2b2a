import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detect } from './detect.js';
import { Pseudonyms, redact } from './placeholders.js';

// Invented people only.
const TEXT =
  'Ms Aizhan Kurmanova met Bakyt Tashiev in Osh. Kurmanova wrote to a.kurmanova@example.org. Bakyt Tashiev agreed.';

describe('placeholders by category', () => {
  it('writes <person>, <LOC>, <email> and reports each span with its placeholder', () => {
    const result = redact(TEXT, detect(TEXT));
    assert.equal(
      result.text,
      'Ms <person> met <person> in <LOC>. <person> wrote to <email>. <person> agreed.',
    );
    const first = result.spans[0];
    assert.deepEqual(first && { ...first }, {
      start: 3,
      end: 19,
      label: 'PERSON',
      text: 'Aizhan Kurmanova',
      placeholder: '<person>',
    });
  });
});

describe('numbered pseudonyms', () => {
  it('gives the same person the same number, family name alone included', () => {
    const result = redact(TEXT, detect(TEXT), { style: 'numbered', pseudonyms: new Pseudonyms('test key') });
    assert.equal(
      result.text,
      'Ms <person-1> met <person-2> in <LOC-1>. <person-1> wrote to <email-1>. <person-2> agreed.',
    );
  });

  it('keeps numbers across runs when the table is passed back, and the table holds no names', () => {
    const first = new Pseudonyms('store secret');
    redact(TEXT, detect(TEXT), { style: 'numbered', pseudonyms: first });
    const table = first.entries();
    assert.ok(table.every(([digest]) => !/aizhan|kurmanova|bakyt|tashiev|osh/i.test(digest)));
    const later = 'Bakyt Tashiev came back; then Nurgul Sydykova joined.';
    const again = redact(later, detect(later), {
      style: 'numbered',
      pseudonyms: new Pseudonyms('store secret', table),
    });
    assert.equal(again.text, '<person-2> came back; then <person-3> joined.');
  });

  it('depends on the key: another key, other digests', () => {
    assert.notEqual(new Pseudonyms('one').digest('PERSON', 'x'), new Pseudonyms('two').digest('PERSON', 'x'));
  });
});
