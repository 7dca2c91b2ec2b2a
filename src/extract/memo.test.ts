import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastResults } from './memo.js';

describe('lastResults', () => {
  it('computes once per text while the text is among the last few, then again', () => {
    const asked: string[] = [];
    const length = lastResults((text: string) => {
      asked.push(text);
      return text.length;
    }, 2);
    assert.equal(length('abc'), 3);
    assert.equal(length('abc'), 3);
    length('de');
    length('f'); // 'abc' is now the oldest of three, and forgotten
    assert.equal(length('abc'), 3);
    assert.deepEqual(asked, ['abc', 'de', 'f', 'abc']);
  });

  it('remembers that a text has no result', () => {
    let calls = 0;
    const none = lastResults((_text: string) => {
      calls += 1;
      return undefined;
    });
    none('x');
    none('x');
    assert.equal(calls, 1);
  });
});
