import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../test-support/cli.js';
import { tempDir } from '../test-support/stores.js';

// An invented statement.
const STATEMENT =
  'In March 2024, Ms Kanykei Osmonova from Naryn asked the council for a bus. Osmonova can be reached at k.osmonova@example.org.\n';

describe('tessera redact', () => {
  it('prints the redacted text of a file', async () => {
    const dir = tempDir('tessera-redact-');
    const file = join(dir, 'statement.txt');
    await writeFile(file, STATEMENT);
    const result = await runCli(['redact', file]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(
      result.stdout,
      'In March 2024, Ms <person> from <LOC> asked the council for a bus. <person> can be reached at <email>.\n',
    );
  });

  it('prints JSON with UTF-16 offsets into the original, from standard input', async () => {
    const text = `😀 ${STATEMENT}`;
    const result = await runCli(['redact', '-', '--json', '--labels', 'PERSON,EMAIL'], {}, text);
    assert.equal(result.status, 0, result.stderr);
    const out = JSON.parse(result.stdout) as {
      text: string;
      redacted: string;
      spans: { start: number; end: number; label: string; text: string; placeholder: string }[];
    };
    assert.equal(out.text, text);
    assert.deepEqual(
      out.spans.map((s) => [s.label, s.text, s.placeholder]),
      [
        ['PERSON', 'Kanykei Osmonova', '<person>'],
        ['PERSON', 'Osmonova', '<person>'],
        ['EMAIL', 'k.osmonova@example.org', '<email>'],
      ],
    );
    for (const s of out.spans) assert.equal(text.slice(s.start, s.end), s.text);
    assert.match(out.redacted, /from Naryn/u);
  });

  it('numbers pseudonyms with the key from TESSERA_REDACT_KEY, the same on every run', async () => {
    const env = { TESSERA_REDACT_KEY: 'a test key' };
    const once = await runCli(['redact', '--style', 'numbered', '--allow', 'Naryn'], env, STATEMENT);
    const twice = await runCli(['redact', '--style', 'numbered', '--allow', 'Naryn'], env, STATEMENT);
    assert.equal(once.status, 0, once.stderr);
    assert.equal(once.stdout, twice.stdout);
    assert.equal(
      once.stdout,
      'In March 2024, Ms <person-1> from Naryn asked the council for a bus. <person-1> can be reached at <email-1>.\n',
    );
    assert.equal(once.stderr, '');
  });

  it('refuses an unknown label and a missing file with a one-line message', async () => {
    const bad = await runCli(['redact', '--labels', 'PEOPLE'], {}, STATEMENT);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown label "PEOPLE"/u);
    const missing = await runCli(['redact', 'no-such-file.txt']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no-such-file\.txt: no such file/u);
  });
});
