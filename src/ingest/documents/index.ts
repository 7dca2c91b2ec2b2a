/**
 * Partner documents read from files into `DocumentText`: txt, md, html, pdf, docx. Every failure a user can act
 * on is a TesseraError naming the file and what to do; nothing is returned half-read.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { DocumentFormat, DocumentText } from '../../domain/document.js';
import { TesseraError } from '../../errors.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { hasText } from './normalise.js';
import { readPdf } from './pdf.js';
import { documentError, type ReadText } from './read.js';
import { readPlainText } from './text.js';

export { normaliseText } from './normalise.js';

/** Files larger than this are refused before reading, so that memory stays bounded (text is held whole). */
export const MAX_DOCUMENT_BYTES = 256 * 2 ** 20;

const FORMATS: Record<string, DocumentFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

const READERS: Record<DocumentFormat, (file: string, bytes: Uint8Array) => ReadText | Promise<ReadText>> = {
  txt: (file, bytes) => readPlainText(file, bytes, false),
  md: (file, bytes) => readPlainText(file, bytes, true),
  html: readHtml,
  pdf: readPdf,
  docx: readDocx,
};

/** The document format of a file from its name, or undefined when it is not one Tessera reads as a document. */
export function documentFormat(file: string): DocumentFormat | undefined {
  return FORMATS[extname(file).toLowerCase()];
}

export function isDocumentFile(file: string): boolean {
  return documentFormat(file) !== undefined;
}

export interface ReadDocumentOptions {
  /** Refuse files larger than this many bytes (default MAX_DOCUMENT_BYTES). */
  maxBytes?: number;
}

const mib = (bytes: number) => `${Math.round((bytes / 2 ** 20) * 10) / 10} MiB`;

/** Reads one document file into its text, or throws a TesseraError that says what to do. */
export async function readDocument(file: string, options: ReadDocumentOptions = {}): Promise<DocumentText> {
  const format = documentFormat(file);
  if (!format)
    throw documentError(
      'input-unreadable',
      file,
      `is not a document Tessera reads (${extname(file) || 'no extension'}): use txt, md, html, pdf or docx`,
    );
  const info = await stat(file).catch(() => {
    throw new TesseraError('input-not-found', `${file}: no such file`);
  });
  if (!info.isFile()) throw documentError('input-unreadable', file, 'is not a file');
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  if (info.size > maxBytes)
    throw documentError(
      'input-too-large',
      file,
      `is ${mib(info.size)}, over the ${mib(maxBytes)} Tessera reads at once: split it into smaller files`,
    );
  if (info.size === 0) throw emptyError(file);
  const read = await READERS[format](file, await readFile(file));
  if (!hasText(read.text)) throw emptyError(file);
  return { file, format, ...read };
}

function emptyError(file: string): TesseraError {
  return documentError('input-empty', file, 'is empty (no text in it): check that it is the right file');
}
