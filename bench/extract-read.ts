/**
 * Reading benchmark, the document-reading part of `bench:extract`: `tsx bench/extract-read.ts [--keep]`.
 *
 * Generates its inputs in a temp folder (untimed), then times `readDocument` on each, every case in a fresh
 * child process on one core (Node runs it on one thread; PDF.js runs its worker in the same thread) so that
 * peak RSS is the case's own:
 *   - pdf-200: a 200-page report (running header, page numbers, about 40 lines a page); the goal is < 10 s;
 *   - txt-200MB: a 200 MB UTF-8 text file (Latin and Cyrillic lines): seconds, MiB/s of text, peak memory;
 *   - txt-20MB, html-20MB (a news page with menus and inline images), docx (paragraphs and tables): MiB/s.
 * Beside each, the reference: the library alone with no layout, furniture or normalising (PDF.js text items
 * joined; TextDecoder; htmlparser2's text content; mammoth's raw text), the floor Tessera's reading sits on.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import mammoth from 'mammoth';
import { makeDocx, reportPdf } from '../src/ingest/documents/fixtures/make.js';
import { readDocument } from '../src/ingest/documents/index.js';

const MiB = 2 ** 20;
const PDF_PAGES = 200;

interface Case {
  name: string;
  file: string;
}

interface Measure {
  name: string;
  job: 'tessera' | 'reference';
  seconds: number;
  /** Characters of text out, counted as MiB of UTF-8. */
  textMiB: number;
  maxRssMiB: number;
  pages?: number;
}

const SENTENCES = [
  'In April 2023 the Youth Voice Network held 14 meetings with members of the city council in Osh.',
  'После встреч мэрия открыла приём жалоб от молодёжи — 230 обращений за полгода.',
  'La coalition a formé 48 médiatrices dans trois districts; le conseil a adopté un budget sensible au genre.',
];

function writeText(file: string, bytes: number): void {
  const paragraph = `${SENTENCES.join(' ')}\n\n`;
  const repeat = Math.ceil(bytes / Buffer.byteLength(paragraph));
  writeFileSync(file, paragraph.repeat(repeat));
}

function writeHtml(file: string, bytes: number): void {
  const image = `data:image/jpeg;base64,${'/9j/4AAQSkZJRgABAQ'.repeat(20_000)}`;
  const article = (n: number) =>
    `<article><header><h2>News item ${n}</h2><time>12.04.2023</time></header>` +
    SENTENCES.map((s) => `<p>${s}</p>`).join('') +
    `<table><tr><td>Commitment ${n}</td><td>individual</td></tr></table></article>\n`;
  const parts = [
    '<html><head><title>News</title><script>var tracking = 1;</script><style>p{}</style></head><body>',
    '<nav><a href="/">Home</a><a href="/about">About</a></nav><main>',
  ];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const part = n % 50 === 0 ? `<img src="${image}">` : article(n);
    parts.push(part);
    size += part.length;
  }
  parts.push('</main><footer>© Youth Voice Network</footer></body></html>');
  writeFileSync(file, parts.join(''));
}

async function writeInputs(dir: string): Promise<Case[]> {
  const pdf = join(dir, 'report-200.pdf');
  writeFileSync(pdf, await reportPdf(PDF_PAGES, { paragraphs: 9, title: 'Annual report 2023' }));
  const big = join(dir, 'big-200MB.txt');
  writeText(big, 200 * 1e6);
  const txt = join(dir, 'text-20MB.txt');
  writeText(txt, 20 * 1e6);
  const html = join(dir, 'page-20MB.html');
  writeHtml(html, 20 * 1e6);
  const docx = join(dir, 'self-report.docx');
  const blocks = Array.from({ length: 4000 }, (_, n) =>
    n % 10 === 9
      ? {
          table: [
            ['Commitment', 'Type'],
            [`Train ${n} mediators`, 'individual'],
          ],
        }
      : { paragraph: SENTENCES[n % SENTENCES.length] },
  );
  writeFileSync(docx, await makeDocx(blocks, 'Self-report'));
  return [
    { name: 'pdf-200', file: pdf },
    { name: 'txt-200MB', file: big },
    { name: 'txt-20MB', file: txt },
    { name: 'html-20MB', file: html },
    { name: 'docx', file: docx },
  ];
}

/** The library alone: what reading costs before any of Tessera's layout, furniture or normalising. */
async function reference(file: string): Promise<{ text: string; pages?: number }> {
  const bytes = await readFile(file);
  if (file.endsWith('.pdf')) {
    const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS }).promise;
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
    }
    await pdf.destroy();
    return { text: pages.join('\n'), pages: pdf.numPages };
  }
  if (file.endsWith('.html')) return { text: DomUtils.textContent(parseDocument(bytes.toString('utf8'))) };
  if (file.endsWith('.docx')) return { text: (await mammoth.extractRawText({ buffer: bytes })).value };
  return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
}

async function child(name: string, file: string, job: Measure['job']): Promise<Measure> {
  const t0 = performance.now();
  const read = job === 'tessera' ? await readDocument(file) : await reference(file);
  const seconds = (performance.now() - t0) / 1000;
  if (job === 'tessera' && name === 'pdf-200' && read.pages !== PDF_PAGES)
    throw new Error(`the generated PDF has ${read.pages} pages, not ${PDF_PAGES}`);
  return {
    name,
    job,
    seconds,
    textMiB: Buffer.byteLength(read.text) / MiB,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    ...(read.pages ? { pages: read.pages } : {}),
  };
}

function run(args: string[]): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const proc: ChildProcess = fork(fileURLToPath(import.meta.url), ['--child', ...args], {
      stdio: 'inherit',
    });
    let result: Measure | undefined;
    proc.on('message', (m) => {
      result = m as Measure;
    });
    proc.on('error', reject);
    proc.on('exit', (code) =>
      result && code === 0
        ? resolve(result)
        : reject(new Error(`child ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** Runs every case and prints the table; `bench/extract.ts` may call it to print these figures too. */
export async function benchReading(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-read-'));
  try {
    console.log('Generating inputs (untimed) ...');
    const cases = await writeInputs(dir);
    const rows: string[][] = [];
    for (const c of cases) {
      const size = statSync(c.file).size / MiB;
      for (const job of ['tessera', 'reference'] as const) {
        const m = await run([c.name, c.file, job]);
        rows.push([
          c.name,
          job,
          size < 1 ? `${(size * 1024).toFixed(0)} KiB` : `${size.toFixed(1)} MiB`,
          m.seconds.toFixed(2),
          (size / m.seconds).toFixed(2),
          (m.textMiB / m.seconds).toFixed(2),
          m.pages ? (m.pages / m.seconds).toFixed(1) : '',
          m.maxRssMiB.toFixed(0),
        ]);
      }
    }
    const header = [
      'case',
      'reader',
      'input',
      'seconds',
      'input MiB/s',
      'text MiB/s',
      'pages/s',
      'peak RSS MiB',
    ];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    for (const row of [header, ...rows])
      console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
    const pdf = rows.find((r) => r[0] === 'pdf-200' && r[1] === 'tessera');
    console.log(`\n${PDF_PAGES}-page PDF: ${pdf?.[3]} s (goal < 10 s).`);
  } finally {
    if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
    else console.log(`Inputs kept in ${dir}`);
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0) {
  const [name, file, job] = process.argv.slice(at + 1) as [string, string, Measure['job']];
  process.send?.(await child(name, file, job));
} else if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]))
  await benchReading();
