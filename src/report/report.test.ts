import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { type CellValue, crossTab } from '../analyze/crosstab.js';
import { loadDefaultCodebook } from '../domain/codebook.js';
import { packagePath } from '../domain/package-path.js';
import { TesseraError } from '../errors.js';
import { importPaths } from '../ingest/import.js';
import type { Reader } from '../protect/index.js';
import type { Db } from '../store/index.js';
import { listAudit } from '../store/protection.js';
import { runCli } from '../test-support/cli.js';
import { storeCases, tempDir } from '../test-support/stores.js';
import { buildFactsheet } from './factsheet.js';
import { buildHarvestReport } from './harvest.js';
import { renderMarkdown } from './html/markdown.js';
import { renderHtml } from './html/render.js';

const codebook = loadDefaultCodebook();

/** A fictional confidential outcome in Kosovo that names a person, with her contacts. */
const SECRET = {
  id: 'TST-KOS/PRO901',
  status: 'Outcome',
  harvest: 'Harvest 2024',
  country: 'Kosovo',
  year: 2024,
  description:
    'In May 2024, twelve women mediators in Mitrovica, led by Drita Berisha, opened a hotline for families of missing persons.',
  significance:
    'Drita Berisha had been threatened in 2023; the hotline is the first run by the families themselves.',
  contributionProgramme: 'The programme trained Drita Berisha and paid the hotline; call +383 44 123 456.',
  evidence: 'Interview with Drita Berisha (drita.berisha@example.org)',
  ratingSignificance: 'high',
  ratingContribution: 'great',
  confidential: true,
  negative: false,
  typesOfChange: ['protection', 'new-structure'],
  socialActor: 'civic',
  scale: 'local',
};
const NAME = /Drita|Berisha|drita\.berisha|123 456/;

const reviewer: Reader = { role: 'reviewer', redacted: false };
const admin: Reader = { role: 'admin', redacted: false };
const today = new Date('2025-03-01T12:00:00Z');

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** The rows of the table in a report section, as the reader sees them (header row first). */
function tableOf(html: string, section: string): string[][] {
  const start = html.indexOf(`<section class="view" id="${section}"`);
  assert.ok(start >= 0, `section ${section}`);
  const body = html.slice(start, html.indexOf('</section>', start));
  const table = body.slice(body.indexOf('<table'), body.indexOf('</table>'));
  return [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map((r) =>
    [...(r[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((c) => decode(c[1] ?? '')),
  );
}

function svgsOf(html: string): string[] {
  return [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}

/** What a one-field cross-tab says: label → count. */
async function counts(db: Db, by: 'typesOfChange' | 'country' | 'year', filter: object) {
  const tab = await crossTab(db, [by], filter, codebook);
  const label = (v: CellValue) => tab.labels[0]?.get(String(v)) ?? String(v);
  return { total: tab.total, rows: new Map((tab.totals[0] ?? []).map((t) => [label(t.value), t.count])) };
}

for (const store of storeCases()) {
  describe(`reports (${store.name} store)`, () => {
    let db: Db;
    let env: Record<string, string> = {};
    let closed = false;
    /** The CLI tests come last: they need the store closed, as another process uses it. */
    const closeForCli = async () => {
      if (!closed) await db.close();
      closed = true;
    };
    const dir = tempDir();
    before(async () => {
      db = await store.open();
      const secret = join(dir, 'secret.jsonl');
      writeFileSync(secret, `${JSON.stringify(SECRET)}\n`);
      await importPaths(
        db,
        [packagePath('samples', 'harvests'), packagePath('samples', 'documents'), secret],
        { codebook },
      );
      env = { ...store.cliEnv(db), TESSERA_ROLE: 'viewer' };
    });
    after(closeForCli);

    it('counts a factsheet as crossTab does, in tables and on charts', async () => {
      const report = await buildFactsheet(db, 'XK', { codebook, reader: reviewer, today });
      const html = renderHtml(report);
      assert.match(html, /<h1>Factsheet: Kosovo<\/h1>/);
      const expected = await counts(db, 'typesOfChange', { country: ['XK'] });
      assert.equal(expected.total, 7);
      const [head, ...rows] = tableOf(html, 'types-of-change');
      assert.deepEqual(head, ['Type of change', 'Outcomes', 'Share']);
      const foot = rows.pop();
      assert.deepEqual(new Map(rows.map((r) => [r[0], Number(r[1])])), expected.rows);
      assert.deepEqual(foot?.slice(0, 2), ['All outcomes', '7']);

      const tab = await crossTab(db, ['typesOfChange', 'year'], { country: ['XK'] }, codebook);
      const grid = tableOf(html, 'type-by-year');
      const years = (grid[0] ?? []).slice(1, -1);
      for (const row of tab.rows) {
        const line = grid.find((r) => r[0] === tab.labels[0]?.get(String(row.values[0])));
        assert.equal(line?.[1 + years.indexOf(String(row.values[1]))], String(row.count));
      }
      assert.deepEqual(grid.at(-1)?.at(-1), '7');

      const svgs = svgsOf(html);
      assert.equal(svgs.length, report.sections.length);
      for (const svg of svgs) {
        assert.equal(XMLValidator.validate(svg), true);
        assert.match(svg, /role="img"[\s\S]*<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
      }
      // the bar chart writes each type's count
      const bars = svgs[0] ?? '';
      for (const [label, n] of expected.rows) assert.ok(bars.includes(`${label}: ${n} outcomes`), label);
    });

    it('never shows a confidential outcome’s names to a reader who may not see them, in HTML or Markdown', async () => {
      const report = await buildFactsheet(db, 'Kosovo', { codebook, reader: reviewer, today });
      const html = renderHtml(report);
      const md = renderMarkdown(report, (name) => `${name}.svg`);
      for (const text of [html, md]) {
        assert.doesNotMatch(text, NAME);
        assert.ok(text.includes('TST-KOS/PRO901'), 'the outcome is listed, redacted');
      }
      assert.match(html, /led by &lt;person[^&]*&gt;/);
      assert.match(md, /led by \\<person[^>]*>/);
      assert.match(html, /Confidential: redacted/);
      const everything = await buildFactsheet(db, 'XK', {
        codebook,
        reader: { role: 'admin', redacted: true },
        today,
      });
      assert.ok(everything.outcomes.every((p) => p.redacted));
      assert.doesNotMatch(renderHtml(everything), NAME);
    });

    it('shows originals to those who may see them, and audits it', async () => {
      const report = await buildFactsheet(db, 'XK', { codebook, reader: admin, today });
      assert.match(renderHtml(report), /led by Drita Berisha/);
      const [last] = await listAudit(db, 1);
      assert.equal(last?.action, 'reveal');
      assert.equal(last?.command, 'report');
      assert.deepEqual(last?.outcomeIds, ['TST-KOS/PRO901']);
    });

    it('reports a harvest with its countries on a map and its evidence documents', async () => {
      const report = await buildHarvestReport(db, 'harvest 2024', { codebook, reader: reviewer, today });
      assert.equal(report.slug, 'harvest-2024');
      const html = renderHtml(report);
      const expected = await counts(db, 'country', { harvest: ['Harvest 2024'] });
      assert.equal(expected.total, 25);
      const [, ...rows] = tableOf(html, 'countries');
      rows.pop();
      assert.deepEqual(new Map(rows.map((r) => [r[0], Number(r[1])])), expected.rows);
      const map = svgsOf(html).find((s) => s.includes('id="countries-title"')) ?? '';
      assert.ok(map.includes('<title>Kosovo: 3 outcomes</title><path'), 'Kosovo is drawn');
      for (const [country, n] of expected.rows)
        assert.ok(map.includes(`${country} <tspan font-weight="bold">${n}</tspan>`));
      // Nile Bridges Youth Association's news page evidences its South Sudan outcome; the programme's own
      // name, found in outcomes of several countries, ties it to no other
      const news = report.documents.find((d) => d.name === 'news-civic-voices-2024.html');
      assert.ok(news?.outcomes.length);
      assert.ok(
        news.outcomes.every((id) => id.startsWith('CVP-SSD/')),
        news.outcomes.join(),
      );
      assert.doesNotMatch(html, NAME);
    });

    it('names the countries and harvests there are when asked for one there is not', async () => {
      await assert.rejects(
        buildFactsheet(db, 'Narnia', { codebook, reader: reviewer }),
        (e: unknown) =>
          e instanceof TesseraError &&
          /no outcomes for country "Narnia".*Kosovo \(XK\).*Syria \(SY\)/.test(e.message),
      );
      await assert.rejects(
        buildHarvestReport(db, 'Harvest 1999', { codebook, reader: reviewer }),
        /no outcomes for harvest "Harvest 1999"; the store has: Harvest 2022, Harvest 2023, Harvest 2024/,
      );
    });

    it('writes HTML, Markdown with its charts, and PDF from the command line', async () => {
      const html = join(dir, 'kosovo.html');
      await closeForCli();
      const made = await runCli(['report', 'factsheet', '--country', 'Kosovo', '--out', html], env);
      assert.equal(made.status, 0, made.stderr);
      assert.match(made.stdout, /Wrote .*kosovo\.html \(7 outcomes, \d+ evidence documents?\)/);
      const page = readFileSync(html, 'utf8');
      assert.doesNotMatch(page, NAME);
      assert.doesNotMatch(
        page,
        /<script|<link|<img|https?:\/\/(?!www\.w3\.org\/2000\/svg)/,
        'self-contained',
      );

      const md = join(dir, 'harvest.md');
      const wrote = await runCli(['report', 'harvest', '--harvest', 'Harvest 2024', '--out', md], env);
      assert.equal(wrote.status, 0, wrote.stderr);
      const text = readFileSync(md, 'utf8');
      assert.doesNotMatch(text, NAME);
      for (const chart of ['types-of-change', 'countries', 'per-year', 'type-by-country']) {
        assert.ok(text.includes(`](harvest-${chart}.svg)`), chart);
        assert.equal(XMLValidator.validate(readFileSync(join(dir, `harvest-${chart}.svg`), 'utf8')), true);
      }

      const pdf = join(dir, 'kosovo-print.pdf');
      const missing = await runCli(['report', 'factsheet', '--country', 'XK', '--pdf', '--out', pdf], {
        ...env,
        TESSERA_CHROMIUM: '/nonexistent/chromium',
      });
      assert.notEqual(missing.status, 0);
      assert.match(
        missing.stderr,
        /PDF needs Chromium: install it with `apt-get install chromium` \(Debian\/Ubuntu\), or open the HTML and print it/,
      );
      assert.ok(existsSync(join(dir, 'kosovo-print.html')), 'the HTML to print by hand is there');

      const help = await runCli(['report', '--help'], env);
      assert.match(help.stdout, /Examples:\n\s+tessera report factsheet --country/);

      const unknown = await runCli(['report', 'harvest', '--harvest', 'Nope'], env);
      assert.equal(unknown.status, 2);
      assert.match(
        unknown.stderr,
        /no outcomes for harvest "Nope"; the store has: Harvest 2022, Harvest 2023, Harvest 2024/,
      );
    });

    const chromium = existsSync('/usr/bin/chromium')
      ? false
      : 'no /usr/bin/chromium: install it with apt-get install chromium to test PDF printing';
    it('prints a PDF with Chromium when it is installed', { skip: chromium }, async () => {
      await closeForCli();
      const pdf = join(dir, 'harvest-2023.pdf');
      const made = await runCli(
        ['report', 'harvest', '--harvest', 'Harvest 2023', '--pdf', '--out', pdf],
        env,
      );
      assert.equal(made.status, 0, made.stderr);
      assert.equal(readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-');
      assert.match(made.stdout, /Wrote .*harvest-2023\.pdf .* and .*harvest-2023\.html/);
    });
  });
}
