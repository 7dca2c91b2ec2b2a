import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { TesseraError } from '../../errors.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './model.js';
import { printPdf } from './pdf.js';
import { renderHtml } from './render.js';

export type ReportFormat = 'html' | 'md' | 'pdf';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'md', 'pdf'];

/** The format asked for, else the one --out's extension names, else HTML. */
export function reportFormat(
  format: string | undefined,
  out: string | undefined,
  pdf: boolean,
): ReportFormat {
  const asked = (format ?? (pdf ? 'pdf' : out ? extname(out).slice(1) : 'html')).toLowerCase();
  const known = asked === 'markdown' ? 'md' : asked === 'htm' ? 'html' : asked;
  if (!REPORT_FORMATS.includes(known as ReportFormat))
    throw new TesseraError('usage', `unknown report format "${asked}"; choose html or md (or --pdf)`);
  if (pdf && known !== 'pdf')
    throw new TesseraError('usage', '--pdf prints the HTML report: leave out --format md');
  if (known === 'pdf' && out && extname(out).toLowerCase() !== '.pdf')
    throw new TesseraError('usage', `--pdf writes a PDF: name the --out file .pdf, not ${basename(out)}`);
  return known as ReportFormat;
}

async function write(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text, 'utf8');
  } catch (error) {
    throw new TesseraError('usage', `cannot write ${file}: ${(error as Error).message}`);
  }
}

/**
 * Writes the report and returns the files written. HTML is one self-contained file; Markdown has each
 * chart as an SVG file beside it (`<name>-<chart>.svg`); a PDF is printed from an HTML file written
 * beside it, which stays there to open when Chromium is missing.
 */
export async function writeReport(report: Report, format: ReportFormat, out?: string): Promise<string[]> {
  const file = out ?? `${report.slug}.${format}`;
  const stem = join(dirname(file), basename(file, extname(file)));
  if (format === 'md') {
    const chart = (name: string) => `${basename(stem)}-${name}.svg`;
    const files = [file];
    await write(file, renderMarkdown(report, chart));
    for (const s of report.sections) {
      const svgFile = join(dirname(file), chart(s.chart.name));
      await write(svgFile, `<?xml version="1.0" encoding="UTF-8"?>\n${s.chart.svg}\n`);
      files.push(svgFile);
    }
    return files;
  }
  const html = format === 'pdf' ? `${stem}.html` : file;
  await write(html, renderHtml(report));
  if (format === 'html') return [html];
  await printPdf(html, file);
  return [file, html];
}
