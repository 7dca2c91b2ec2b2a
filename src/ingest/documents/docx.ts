import JSZip from 'jszip';
import mammoth from 'mammoth';
import { htmlToText } from './html.js';
import { documentError, type ReadText } from './read.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: an encrypted Office file, or an old binary .doc given the .docx name. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function decodeXmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, n: string) =>
      String.fromCodePoint(Number.parseInt(n, hex ? 16 : 10)),
    )
    .replace(/&amp;/g, '&');
}

/** The title in the document's properties (docProps/core.xml), which Word fills from File > Info. */
async function coreTitle(zip: JSZip): Promise<string | null> {
  const core = await zip.file('docProps/core.xml')?.async('string');
  const title = core && /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1];
  return title ? decodeXmlText(title).trim() || null : null;
}

/**
 * The text of the document's headers and footers (word/header1.xml, word/footer2.xml …), a paragraph a line:
 * page furniture, kept aside for the addresses, sites and handles they give.
 */
async function headersAndFooters(zip: JSZip): Promise<string> {
  const parts = zip.file(/^word\/(?:header|footer)\d*\.xml$/u);
  const lines = new Set<string>();
  for (const part of parts) {
    const xml = await part.async('string');
    for (const paragraph of xml.split(/<\/w:p>/u)) {
      const line = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');
      if (line.trim()) lines.add(decodeXmlText(line).trim());
    }
  }
  return [...lines].join('\n');
}

/**
 * Reads a Word document's body through mammoth (paragraphs, lists, tables; headers and footers, which are page
 * furniture, are kept aside), then renders it as the HTML reader does: tables become tab-separated rows.
 */
/**
 * The prompt Word shows in a form's field left empty ("Click or tap here to enter text."), in the languages of
 * the forms: no answer.
 */
const PLACEHOLDER =
  /[ \t]*(?:click or tap here to enter text|click or tap to enter a date|cliquez ou appuyez ici pour entrer du texte|cliquez ou appuyez pour entrer une date|haga clic o pulse aquí para escribir texto|haga clic o pulse para escribir una fecha|щелкните или коснитесь здесь, чтобы ввести текст|клацніть або торкніться тут, щоб ввести текст)\.?/giu;

export async function readDocx(file: string, bytes: Uint8Array): Promise<ReadText> {
  if (startsWith(bytes, OLE))
    throw documentError(
      'input-password-protected',
      file,
      'is password-protected or an old binary Word file: remove the password, or save it as .docx, and import again',
    );
  const notWord = () =>
    documentError(
      'input-unreadable',
      file,
      'is not a readable Word document (damaged, or another kind of file): open it in Word and save it again as .docx',
    );
  if (!startsWith(bytes, ZIP)) throw notWord();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let html: string;
  let title: string | null;
  let furniture: string;
  try {
    const zip = await JSZip.loadAsync(buffer);
    if (!zip.file('word/document.xml') && !zip.file(/^word\/document\d*\.xml$/).length) throw notWord();
    title = await coreTitle(zip);
    furniture = await headersAndFooters(zip);
    // Images are dropped: their bytes would otherwise be inlined into the HTML as data: URIs.
    const converted = await mammoth.convertToHtml(
      { buffer },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false },
    );
    html = converted.value;
  } catch {
    throw notWord();
  }
  return {
    text: htmlToText(html, true).text.replace(PLACEHOLDER, ''),
    declaredTitle: title,
    notes: [],
    ...(furniture ? { furniture } : {}),
  };
}
