import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import {
  isRedactionLabel,
  type PlaceholderStyle,
  REDACTION_LABELS,
  type RedactionLabel,
  type Span,
} from '../../domain/redaction.js';
import { TesseraError } from '../../errors.js';
import {
  actorAs,
  applyDecisions,
  currentRole,
  type Decisions,
  detectOptionsOf,
  mayReveal,
  type Protection,
  protectionFor,
  type Role,
  reviewItems,
  reviewLoop,
  runNumbering,
} from '../../protect/index.js';
import { detect, Pseudonyms, redact, redactStream } from '../../redact/index.js';
import type { Db } from '../../store/index.js';
import { collect, type GlobalOptions, withOutput, withStore } from '../context.js';

interface RedactOptions extends GlobalOptions {
  json?: boolean;
  style?: string;
  labels?: string[];
  allow?: string[];
  out?: string;
  review?: boolean;
  interactive?: boolean;
  accept?: string[];
  reject?: string[];
  add?: string[];
  label?: string;
}

export function labelsOf(values: string[] | undefined): RedactionLabel[] | undefined {
  if (!values || values.length === 0) return undefined;
  return values.map((value) => {
    const label = value.toUpperCase();
    if (!isRedactionLabel(label)) {
      throw new TesseraError('usage', `unknown label "${value}": use ${REDACTION_LABELS.join(', ')}`);
    }
    return label;
  });
}

export function styleOf(value: string | undefined): PlaceholderStyle {
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

/** Whether the command line or environment names a store for `tessera redact` to use. */
function storeNamed(opts: RedactOptions): boolean {
  return opts.data !== undefined || Boolean(process.env.DATABASE_URL) || Boolean(process.env.TESSERA_DATA);
}

/**
 * The protection `tessera redact` works under: the options given, else the store's settings, allow-list
 * and registry and numbering. A role that may not see originals gets neither the registry nor the store's
 * numbers: redacting a text of one's choosing would otherwise tell whether a name is a known person and
 * which pseudonym is theirs.
 */
async function protectionOf(db: Db | undefined, role: Role, opts: RedactOptions): Promise<Protection> {
  const stored = db ? await protectionFor(db) : undefined;
  const style = opts.style === undefined ? (stored?.style ?? 'category') : styleOf(opts.style);
  const trusted = stored !== undefined && mayReveal(role);
  const numbering =
    trusted && stored
      ? stored.numbering
      : runNumbering(pseudonymsFor(style, opts.quiet) ?? Pseudonyms.ephemeral());
  return {
    labels: labelsOf(opts.labels) ?? stored?.labels ?? [],
    style,
    allow: [...(stored?.allow ?? []), ...(opts.allow ?? [])],
    registry: trusted ? (stored?.registry ?? []) : [],
    codebook: stored?.codebook ?? { lists: {} },
    numbering,
  };
}

async function redactText(input: Readable, out: Writable, protection: Protection, json: boolean) {
  const options = detectOptionsOf(protection);
  const { style, numbering } = protection;
  const pseudonyms = style === 'numbered' ? numbering.pseudonyms : undefined;
  if (json) {
    const text = await readAll(input);
    const spans = detect(text, options);
    if (style === 'numbered') await numbering.ensure(spans);
    const result = redact(text, spans, { style, pseudonyms });
    await writeText(
      out,
      `${JSON.stringify({ text, redacted: result.text, spans: result.spans }, null, 2)}\n`,
    );
    return;
  }
  const prepare = async (spans: readonly Span[]) => {
    if (style === 'numbered') await numbering.ensure(spans);
  };
  for await (const part of redactStream(input, { ...options, style, pseudonyms, prepare }))
    await writeText(out, part.text);
}

/** Answers read line by line from standard input; questions on standard error. */
function askOnStdin(): { ask: (question: string) => Promise<string | undefined>; close: () => void } {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const iterator = lines[Symbol.asyncIterator]();
  return {
    ask: async (question) => {
      process.stderr.write(question);
      const next = await iterator.next();
      // answers piped in are not echoed: show them, so that the questions stay one a line
      if (!process.stdin.isTTY) process.stderr.write(`${next.done ? '' : next.value}\n`);
      return next.done ? undefined : next.value;
    },
    close: () => lines.close(),
  };
}

async function review(file: string | undefined, opts: RedactOptions, role: Role): Promise<void> {
  const interactive =
    !opts.json &&
    (opts.interactive || (process.stdin.isTTY && process.stderr.isTTY)) &&
    !(opts.accept?.length || opts.reject?.length || opts.add?.length);
  if (interactive && (file === undefined || file === '-'))
    throw new TesseraError(
      'usage',
      'an interactive review reads answers from standard input: give the text as a FILE',
    );
  const text = await readAll(await openInput(file));
  const addLabel = labelsOf(opts.label ? [opts.label] : undefined)?.[0] ?? 'PERSON';
  const result = await withStore(opts, async (db) => {
    let protection = await protectionOf(db, role, opts);
    let spans = detect(text, detectOptionsOf(protection));
    const labelOf = (term: string) =>
      spans.find((s) => s.text.toLocaleLowerCase() === term.toLocaleLowerCase())?.label ?? addLabel;
    let decisions: Decisions = {
      accept: (opts.accept ?? []).map((t) => ({ text: t, label: labelOf(t) })),
      reject: opts.reject ?? [],
      add: (opts.add ?? []).map((t) => ({ text: t, label: addLabel })),
    };
    if (interactive) {
      const answers = askOnStdin();
      try {
        decisions = await reviewLoop(reviewItems(spans), answers.ask);
      } finally {
        answers.close();
      }
    }
    await applyDecisions(db, decisions, actorAs(role), 'redact --review');
    if (decisions.accept.length + decisions.reject.length + decisions.add.length > 0) {
      protection = await protectionOf(db, role, opts);
      spans = detect(text, detectOptionsOf(protection));
    }
    return {
      accepted: decisions.accept.length,
      rejected: decisions.reject.length,
      added: decisions.add.length,
      spans: reviewItems(spans),
    };
  });
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const changed = result.accepted + result.rejected + result.added;
  if (changed > 0)
    process.stderr.write(
      `${result.accepted} accepted and ${result.added} added to the registry, ${result.rejected} rejected to the allow-list\n`,
    );
  for (const item of result.spans)
    process.stdout.write(
      `${item.confidence.toFixed(2)}  ${item.label.padEnd(12)}  ${item.text}  (${item.source}${item.count > 1 ? `, ${item.count} times` : ''})\n`,
    );
}

export function registerRedact(program: Command): void {
  program
    .command('redact')
    .description('print text with personal data replaced by placeholders; --review to teach the store')
    .argument('[file]', 'text file to redact; - or nothing reads standard input')
    .option('--json', 'print {text, redacted, spans:[{start,end,label,text,placeholder}]} instead')
    .option(
      '--style <style>',
      "placeholders: category (<person>, <LOC>) or numbered (<person-3>); default category, or the store's",
    )
    .option(
      '--labels <labels>',
      `labels to redact, comma-separated (default all: ${REDACTION_LABELS.join(',')}, or the store's)`,
      collect,
    )
    .option(
      '--allow <term>',
      'a term never to redact (your programme, a public institution); repeatable',
      (v: string, p: string[] = []) => [...p, v],
    )
    .option('--out <file>', 'write to this file instead of standard output')
    .option(
      '--review',
      "list the detected terms, least sure first, to accept or reject into the store's lists",
    )
    .option(
      '--interactive',
      'with --review: ask about each term, answers read line by line from standard input',
    )
    .option(
      '--accept <term>',
      'with --review: a detected term is personal data (to the registry); repeatable',
      (v: string, p: string[] = []) => [...p, v],
    )
    .option(
      '--reject <term>',
      'with --review: a term is not personal data (to the allow-list); repeatable',
      (v: string, p: string[] = []) => [...p, v],
    )
    .option(
      '--add <term>',
      'with --review: a term detection missed (to the registry); repeatable',
      (v: string, p: string[] = []) => [...p, v],
    )
    .option('--label <label>', 'with --add: its label (default PERSON)')
    .addHelpText(
      'after',
      `
Labels: PERSON, LOCATION, ORGANIZATION, EMAIL, PHONE, URL, HANDLE. Offsets in --json are UTF-16 code
units into the original text (JavaScript string indexes), end exclusive. Placeholders already in the
text (<person>, <LOC>, [REDACTED]) are kept as they are. Text output streams, so files of any size
redact in bounded memory; --json reads the whole input.

Numbered placeholders give the same entity the same number (a family name alone gets the full name's
number). Without a store, numbers come from a keyed hash: set TESSERA_REDACT_KEY to keep them the same
across runs. With a store (--data, TESSERA_DATA or DATABASE_URL), its settings (\`tessera protect\`),
allow-list, registry and numbering apply: <person-3> is the same person as in its redacted exports.
Reviewers and viewers (TESSERA_ROLE) get the store's settings and allow-list only.

--review lists each detected term once with its confidence (least sure first). On a terminal it asks
about each one; --accept, --reject and --add decide without asking. Accepted and added terms go to the
registry and are always redacted; rejected ones go to the allow-list and never are (editors and admins
only). The next run uses both. --json prints {accepted, rejected, added, spans:[{text, label,
confidence, source, start, end, count}]}.

Examples:
  tessera redact statement.txt
  cat notes.txt | tessera redact - --style numbered
  tessera redact report.txt --labels PERSON,EMAIL,PHONE --allow "Bir Ordo Foundation"
  tessera redact statement.txt --json
  tessera redact statement.txt --review
  tessera redact statement.txt --review --reject "Bir Ordo" --add "Shadow Rose" --label PERSON --json`,
    )
    .action(async (file: string | undefined, _opts: RedactOptions, command: Command) => {
      const opts = command.optsWithGlobals<RedactOptions>();
      const role = currentRole();
      if (opts.review || opts.interactive || opts.accept || opts.reject || opts.add) {
        await review(file, opts, role);
        return;
      }
      const input = await openInput(file);
      const run = async (db: Db | undefined) => {
        const protection = await protectionOf(db, role, opts);
        await withOutput(opts.out, false, (out) => redactText(input, out, protection, Boolean(opts.json)));
      };
      if (storeNamed(opts)) await withStore(opts, run);
      else await run(undefined);
    });
}
