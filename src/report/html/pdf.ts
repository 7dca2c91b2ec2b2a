import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { TesseraError } from '../../errors.js';

/** Debian's Chromium; TESSERA_CHROMIUM points elsewhere (another build, or a test of the missing case). */
export function chromiumPath(): string {
  return process.env.TESSERA_CHROMIUM || '/usr/bin/chromium';
}

export const CHROMIUM_MISSING =
  'PDF needs Chromium: install it with `apt-get install chromium` (Debian/Ubuntu), or open the HTML and print it';

/**
 * Prints an HTML file to PDF with headless Chromium, offline: no network, no updates, no sync, a
 * throw-away profile. The page's own print CSS sets the paper and the page numbers.
 */
export async function printPdf(htmlFile: string, pdfFile: string): Promise<void> {
  const chromium = chromiumPath();
  // a usage error: its words are ours, so the CLI prints them as they are, for every role
  if (!existsSync(chromium))
    throw new TesseraError('usage', `${CHROMIUM_MISSING} (the HTML is at ${htmlFile})`);
  const profile = mkdtempSync(join(tmpdir(), 'tessera-chromium-'));
  const pdf = resolve(pdfFile);
  try {
    await promisify(execFile)(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-pdf-header-footer',
        `--user-data-dir=${profile}`,
        `--print-to-pdf=${pdf}`,
        pathToFileURL(resolve(htmlFile)).href,
      ],
      { timeout: 120_000 },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new TesseraError('input-unreadable', `Chromium could not print ${htmlFile} to PDF: ${message}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  if (!existsSync(pdf) || statSync(pdf).size === 0)
    throw new TesseraError('input-unreadable', `Chromium wrote no PDF for ${htmlFile}`);
}
