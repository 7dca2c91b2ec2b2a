import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detect } from '../redact/index.js';
import {
  currentRole,
  hideQuoted,
  mayReveal,
  mustRedact,
  redactMessage,
  reviewItems,
  reviewLoop,
} from './index.js';

// Every person below is invented; places are real, as places only.
const TEXT =
  'Ms Dilnara Kemelbekova met Zarema in Karakol. Later Zarema and Ms Dilnara Kemelbekova wrote to k.d@example.org.';

describe('review', () => {
  it('lists each term once, least sure first, with how often it occurs', () => {
    const items = reviewItems(detect(TEXT));
    assert.deepEqual(
      items.map((i) => [i.text, i.label, i.count]),
      [
        ['Zarema', 'PERSON', 2],
        ['Dilnara Kemelbekova', 'PERSON', 2],
        ['Karakol', 'LOCATION', 1],
        ['k.d@example.org', 'EMAIL', 1],
      ],
    );
    for (let i = 1; i < items.length; i++)
      assert.ok((items[i - 1]?.confidence ?? 0) <= (items[i]?.confidence ?? 0));
  });

  it('asks about each term and collects the answers; q stops, an unknown answer asks again', async () => {
    const items = reviewItems(detect(TEXT));
    const answers = ['r', 'maybe', 'a', '', 'q', 'a'];
    const asked: string[] = [];
    const decisions = await reviewLoop(items, async (question) => {
      asked.push(question);
      return answers.shift();
    });
    assert.deepEqual(decisions, {
      accept: [{ text: 'Dilnara Kemelbekova', label: 'PERSON' }],
      reject: ['Zarema'],
      add: [],
    });
    assert.equal(asked.length, 5);
    assert.match(asked[0] ?? '', /^\[1\/4\] PERSON "Zarema" confidence 0\.\d\d \([a-z-]+, 2 times\)/u);
    // the input ending stops the review too
    assert.deepEqual(await reviewLoop(items, async () => undefined), { accept: [], reject: [], add: [] });
  });
});

describe('roles', () => {
  it('reads TESSERA_ROLE, admin when unset, and refuses anything else', () => {
    assert.equal(currentRole({}), 'admin');
    assert.equal(currentRole({ TESSERA_ROLE: ' Viewer ' }), 'viewer');
    assert.throws(
      () => currentRole({ TESSERA_ROLE: 'owner' }),
      /TESSERA_ROLE must be one of admin, editor, reviewer, viewer/u,
    );
  });

  it('shows originals to admins and editors only, and to nobody who asks for --redacted', () => {
    for (const role of ['admin', 'editor', 'reviewer', 'viewer'] as const) {
      assert.equal(mustRedact({ role, redacted: false }, true), !mayReveal(role), role);
      assert.equal(mustRedact({ role, redacted: false }, false), !mayReveal(role), role);
      assert.equal(mustRedact({ role, redacted: true }, false), true, role);
    }
    assert.deepEqual((['admin', 'editor', 'reviewer', 'viewer'] as const).filter(mayReveal), [
      'admin',
      'editor',
    ]);
  });
});

describe('error messages', () => {
  it('hide quoted input and redact names', () => {
    assert.equal(hideQuoted('"Dilnara Kemelbekova" is not a year'), '"…" is not a year');
    assert.equal(
      hideQuoted('Unexpected token, «Ruslan Abdykadyrov» is not valid'),
      'Unexpected token, «…» is not valid',
    );
    assert.equal(
      redactMessage(
        'invalid input syntax for type integer: "Ruslan Abdykadyrov" (sent by Ruslan Abdykadyrov)',
      ),
      'invalid input syntax for type integer: "…" (sent by <person>)',
    );
  });
});
