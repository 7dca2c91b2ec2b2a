import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { TesseraError } from '../../errors.js';
import { dropFurniture, isPageNumber } from './furniture.js';
import { joinBrokenWords, linesToText, type PageLine, pageLines, type TextRun } from './layout.js';
import { hasText, normaliseText } from './normalise.js';
import { documentError, type ReadText } from './read.js';

/** PDF.js reads the standard fonts' metrics and CJK character maps from its own package folder, never the network. */
const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Letters from fonts without a Unicode map come out as private-use or replacement characters. */
const UNMAPPED = /[\ue000-\uf8ff\ufffd]/g;

function pageRanges(pages: number[]): string {
  return pages.length <= 10
    ? pages.join(', ')
    : `${pages.slice(0, 10).join(', ')} and ${pages.length - 10} more`;
}

/** A PDF's own title, unless it is only the name of the file it was printed from. */
function cleanTitle(title: unknown): string | null {
  if (typeof title !== 'string') return null;
  const trimmed = title.replace(/^Microsoft (?:Word|PowerPoint) - /, '').trim();
  return trimmed === '' || /\.(?:docx?|odt|rtf|pdf|txt|pptx?)$/i.test(trimmed) ? null : trimmed;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/**
 * Reads the text layer of a PDF, page by page, in reading order (see layout.ts), drops the page furniture, and
 * refuses files that are encrypted, damaged, or scans without text.
 */
export async function readPdf(file: string, bytes: Uint8Array): Promise<ReadText> {
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-'))
    throw documentError(
      'input-unreadable',
      file,
      'is not a PDF (no PDF header): check that it is the right file, or export it again as PDF',
    );
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument, VerbosityLevel } = await pdfjs;
  const task = getDocument({
    // PDF.js takes ownership of the buffer it is given, so it gets a copy.
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: join(PDFJS, 'standard_fonts/'),
    cMapUrl: join(PDFJS, 'cmaps/'),
    cMapPacked: true,
  });
  try {
    const pdf = await task.promise;
    const info = (await pdf.getMetadata().catch(() => undefined))?.info as
      | Record<string, unknown>
      | undefined;
    const pages: PageLine[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
        runs.push({ str: item.str, x, y, width: item.width, size });
      }
      pages.push(pageLines(runs));
      page.cleanup();
    }
    return pdfText(file, pages, cleanTitle(info?.Title));
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException')
      throw documentError(
        'input-password-protected',
        file,
        'is password-protected: remove the password (print or save it again without one) and import again',
      );
    if (error instanceof TesseraError) throw error;
    throw documentError(
      'input-unreadable',
      file,
      `is damaged and cannot be read as a PDF (${name || 'error'}): export or download it again`,
    );
  } finally {
    await task.destroy();
  }
}

function pdfText(file: string, pages: PageLine[][], title: string | null): ReadText {
  const empty = pages.flatMap((lines, i) => (lines.some((l) => hasText(l.text)) ? [] : [i + 1]));
  if (empty.length === pages.length)
    throw documentError(
      'input-no-text-layer',
      file,
      'has no text layer (a scanned image): run OCR on it first (for example with OCRmyPDF) and import the result',
    );
  const { pages: kept, dropped, removed } = dropFurniture(pages);
  const text = normaliseText(kept.map((lines) => joinBrokenWords(linesToText(lines))).join('\n\n'));
  const unmapped = text.length - text.replace(UNMAPPED, '').length;
  if (unmapped * 2 > text.replace(/\s+/g, '').length)
    throw documentError(
      'input-no-text-layer',
      file,
      'has a text layer whose fonts do not say which letters they draw: run OCR on it first and import the result',
    );
  const notes: string[] = [];
  if (dropped > 0)
    notes.push(`dropped ${dropped} lines of page furniture (running headers, footers, page numbers)`);
  if (empty.length > 0)
    notes.push(
      `pages ${pageRanges(empty)} have no text layer (scanned?): run OCR on them to read their text`,
    );
  // the running footer's e-mail and site are the document's, though not its text
  const furniture = removed.filter((line) => !isPageNumber(line)).join('\n');
  return { text, declaredTitle: title, pages: pages.length, notes, ...(furniture ? { furniture } : {}) };
}
