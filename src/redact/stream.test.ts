import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detect } from './detect.js';
import { redact } from './placeholders.js';
import { cutPoint, redactStream } from './stream.js';

// Invented people only.
const PARAGRAPH =
  'In 2023, Gulnara Abdrakhmanova from Talas trained 40 women 😀 on land rights. Abdrakhmanova can be reached at +996 555 010 203.\n\n';

async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('redactStream', () => {
  it('redacts input of many parts as the whole text would be, with offsets into the whole input', async () => {
    const text = PARAGRAPH.repeat(60);
    const parts = [];
    for await (const part of redactStream(chunks(text, 777), { partSize: 1024 })) parts.push(part);
    assert.ok(parts.length > 3);
    const whole = redact(text, detect(text));
    assert.equal(parts.map((p) => p.text).join(''), whole.text);
    const spans = parts.flatMap((p) => p.spans);
    for (const span of spans) assert.equal(text.slice(span.start, span.end), span.text);
    assert.equal(spans.length, whole.spans.length);
  });

  it('finds in later parts a family name first seen in an earlier part', async () => {
    const text = `Ms Cholpon Dzhumabaeva opened the meeting.\n\n${'The rest of the day was about water.\n\n'.repeat(60)}Dzhumabaeva closed it.`;
    let last = '';
    for await (const part of redactStream(chunks(text, 500), { partSize: 1024, style: 'numbered' }))
      last = part.text;
    assert.match(last, /<person-1> closed it\.$/u);
  });
});

describe('cutPoint', () => {
  it('cuts at a paragraph break, else a line break, and never inside a surrogate pair', () => {
    assert.equal(cutPoint(`${'a'.repeat(600)}\n\n${'b'.repeat(600)}`, 1000), 602);
    const emoji = '😀'.repeat(600);
    const cut = cutPoint(emoji, 1001);
    assert.equal(cut % 2, 0);
  });
});
