import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import {
  isRedactionLabel,
  type PlaceholderStyle,
  REDACTION_LABELS,
  type RedactionLabel,
} from '../../domain/redaction.js';
import { TesseraError } from '../../errors.js';
import { detect, Pseudonyms, redact, redactStream } from '../../redact/index.js';
import { collect, type GlobalOptions, withOutput } from '../context.js';

interface RedactOptions extends GlobalOptions {
  json?: boolean;
  style?: string;
  labels?: string[];
  allow?: string[];
  out?: string;
}

function labelsOf(values: string[] | undefined): RedactionLabel[] | undefined {
  if (!values || values.length === 0) return undefined;
  return values.map((value) => {
    const label = value.toUpperCase();
    if (!isRedactionLabel(label)) {
      throw new TesseraError('usage', `unknown label "${value}": use ${REDACTION_LABELS.join(', ')}`);
    }
    return label;
  });
}

function styleOf(value: string | undefined): PlaceholderStyle {
  if (value === undefined || value === 'category' || value === 'numbered') return value ?? 'category';
  throw new TesseraError('usage', `unknown style "${value}": use category or numbered`);
}

/** The pseudonym key: TESSERA_REDACT_KEY, else a random one for this run only (and a notice saying so). */
function pseudonymsFor(style: PlaceholderStyle, quiet: boolean | undefined): Pseudonyms | undefined {
  if (style !== 'numbered') return undefined;
  const key = process.env.TESSERA_REDACT_KEY;
  if (key) return new Pseudonyms(key);
  if (!quiet) {
    process.stderr.write(
      'tessera: numbered placeholders use a random key for this run only; set TESSERA_REDACT_KEY to keep numbers the same across runs\n',
    );
  }
  return Pseudonyms.ephemeral();
}

async function openInput(file: string | undefined): Promise<Readable> {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) throw new TesseraError('usage', 'give a FILE, or pipe text to standard input');
    return process.stdin;
  }
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new TesseraError('input-not-found', `${file}: no such file`);
  if (!info.isFile()) throw new TesseraError('input-unreadable', `${file}: not a file`);
  return createReadStream(file);
}

async function readAll(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

async function writeText(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
}

export function registerRedact(program: Command): void {
  program
    .command('redact')
    .description('print text with personal data replaced by placeholders, touching no store')
    .argument('[file]', 'text file to redact; - or nothing reads standard input')
    .option('--json', 'print {text, redacted, spans:[{start,end,label,text,placeholder}]} instead')
    .option(
      '--style <style>',
      'placeholders: category (<person>, <LOC>) or numbered (<person-3>)',
      'category',
    )
    .option(
      '--labels <labels>',
      `labels to redact, comma-separated (default all: ${REDACTION_LABELS.join(',')})`,
      collect,
    )
    .option(
      '--allow <term>',
      'a term never to redact (your programme, a public institution); repeatable',
      (v: string, p: string[] = []) => [...p, v],
    )
    .option('--out <file>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      `
Labels: PERSON, LOCATION, ORGANIZATION, EMAIL, PHONE, URL, HANDLE. Offsets in --json are UTF-16 code
units into the original text (JavaScript string indexes), end exclusive. Placeholders already in the
text (<person>, <LOC>, [REDACTED]) are kept as they are. Text output streams, so files of any size
redact in bounded memory; --json reads the whole input.

Numbered placeholders give the same entity the same number (a family name alone gets the full name's
number). Numbers come from a keyed hash: set TESSERA_REDACT_KEY to keep them the same across runs.

Examples:
  tessera redact statement.txt
  cat notes.txt | tessera redact - --style numbered
  tessera redact report.txt --labels PERSON,EMAIL,PHONE --allow "Bir Ordo Foundation"
  tessera redact statement.txt --json`,
    )
    .action(async (file: string | undefined, _opts: RedactOptions, command: Command) => {
      const opts = command.optsWithGlobals<RedactOptions>();
      const style = styleOf(opts.style);
      const labels = labelsOf(opts.labels);
      const allow = opts.allow ?? [];
      const pseudonyms = pseudonymsFor(style, opts.quiet);
      const input = await openInput(file);
      await withOutput(opts.out, false, async (out) => {
        if (opts.json) {
          const text = await readAll(input);
          const result = redact(text, detect(text, { labels, allow }), { style, pseudonyms });
          await writeText(
            out,
            `${JSON.stringify({ text, redacted: result.text, spans: result.spans }, null, 2)}\n`,
          );
          return;
        }
        for await (const part of redactStream(input, { labels, allow, style, pseudonyms })) {
          await writeText(out, part.text);
        }
      });
    });
}
