import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPatterns, findPlaceholders, isPersonHashtag } from './patterns.js';

// Invented contacts only.
const looksLikeName = (word: string) =>
  !['the', 'war', 'now', 'are', 'they', 'stop', 'children'].includes(word);

function matches(text: string): string[] {
  return findPatterns(text, looksLikeName).map((m) => `${m.label} ${text.slice(m.start, m.end)}`);
}

describe('shapes of contact data', () => {
  it('finds e-mail addresses, and the URL inside one is not a second match', () => {
    assert.deepEqual(matches('Write to n.ismailova@kara-balta-women.kg, please.'), [
      'EMAIL n.ismailova@kara-balta-women.kg',
    ]);
  });

  it('finds URLs with and without a scheme, without trailing punctuation', () => {
    assert.deepEqual(
      matches(
        'See https://example.org/report?id=4 (annex), www.peace-example.net. Or example-ngo.org/blog/amina.',
      ),
      ['URL https://example.org/report?id=4', 'URL www.peace-example.net', 'URL example-ngo.org/blog/amina'],
    );
  });

  it('finds international phone numbers and drops digits that cannot belong to them', () => {
    assert.deepEqual(matches('Call +996 700 123 456 or +249 912 345 678 12 times.'), [
      'PHONE +996 700 123 456',
      'PHONE +249 912 345 678',
    ]);
  });

  it('finds national phone numbers but not dates, years or figures', () => {
    assert.deepEqual(
      matches('Tel. 0770 123 4567 / 0555-123-456; on 04.12.2015, 2021-2023, 11,388 children.'),
      ['PHONE 0770 123 4567', 'PHONE 0555-123-456'],
    );
  });

  it('finds handles, and hashtags only when they name a person', () => {
    assert.deepEqual(
      matches(
        'Follow @field.team_kg, #JusticeForNodira and #الحرية_لسامر, not #StopTheWar or #WhereAreTheyNow.',
      ),
      ['HANDLE @field.team_kg', 'HANDLE #JusticeForNodira', 'HANDLE #الحرية_لسامر'],
    );
  });

  it('tells person hashtags from campaign hashtags', () => {
    assert.equal(isPersonHashtag('FreeAbdulkarim', looksLikeName), true);
    assert.equal(isPersonHashtag('SaveTheChildren', looksLikeName), false);
    assert.equal(isPersonHashtag('NoMoreSilence', looksLikeName), false);
  });
});

describe('placeholders already in the text', () => {
  it('finds category, numbered and bracketed placeholders', () => {
    const text = 'Then <person> and <person-3> met in <LOC>; [REDACTED] and [name withheld] and █████ came.';
    assert.deepEqual(
      findPlaceholders(text).map((p) => text.slice(p.start, p.end)),
      ['<person>', '<person-3>', '<LOC>', '[REDACTED]', '[name withheld]', '█████'],
    );
  });
});

describe('contact data in a long text', () => {
  it('finds e-mails and URLs where they stand, with their offsets into the whole text', () => {
    const filler = 'The women met the council. They agreed. ';
    const text = `${filler.repeat(40)}Write to desk@example.org.\n${filler}See www.Example.org/x or\texample.ngo/page; ${filler}`;
    assert.deepEqual(matches(text), [
      'EMAIL desk@example.org',
      'URL www.Example.org/x',
      'URL example.ngo/page',
    ]);
  });
});
