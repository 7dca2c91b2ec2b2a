import type { DocumentText } from '../../domain/document.js';
import { type ErrorCode, TesseraError } from '../../errors.js';
import { type DecodedText, decodeText, UndecodableText } from '../decode.js';

/** What a reader of one format yields; `readDocument` adds the file and format. */
export type ReadText = Omit<DocumentText, 'file' | 'format'>;

/** A TesseraError whose message starts with the file, as every reader's errors do. */
export function documentError(code: ErrorCode, file: string, message: string): TesseraError {
  return new TesseraError(code, `${file} ${message}`);
}

/** Decodes the bytes of a text-like document (txt, md, html), turning decoding failures into user errors. */
export function decodeDocument(file: string, bytes: Uint8Array): DecodedText {
  try {
    return decodeText(bytes);
  } catch (error) {
    if (!(error instanceof UndecodableText)) throw error;
    if (error.binary)
      throw documentError(
        'input-unreadable',
        file,
        'is binary, not text: save it as text (UTF-8), or give it the extension of its real format',
      );
    throw documentError('input-unreadable', file, `cannot be read as text: ${error.message}`);
  }
}
