/**
 * Markdown as the plain text a reader sees: headings, paragraphs and list items on lines of their own, tables
 * as tab-separated rows (the layout the kind readers know from copied tables), links as their text with the
 * address after it, emphasis and markup left out. Parsed by `marked`, so that nesting, escapes and
 * reference links read as Markdown means them.
 */
import { marked, type Token, type Tokens } from 'marked';

/** A link whose text is its own address ("kuvumbana.org.mz") is written once; a link within the site, as its text. */
function linkText(link: Tokens.Link): string {
  const text = inlineText(link.tokens ?? []);
  const bare = (s: string) => s.replace(/^(?:https?:\/\/)?(?:www\.)?/iu, '').replace(/\/$/u, '');
  // a link within the site ("/publications") says nothing outside it
  if (text && !/^(?:[a-z]+:|www\.)/iu.test(link.href)) return text;
  return !text || bare(text) === bare(link.href) ? link.href : `${text} (${link.href})`;
}

function inlineText(tokens: Token[]): string {
  return tokens
    .map((t) => {
      switch (t.type) {
        case 'link':
          return linkText(t as Tokens.Link);
        case 'image':
        case 'html':
          return '';
        case 'br':
          return '\n';
        case 'escape':
        case 'codespan':
          return t.text;
        default:
          return 'tokens' in t && t.tokens ? inlineText(t.tokens) : 'text' in t ? String(t.text) : t.raw;
      }
    })
    .join('');
}

function listText(list: Tokens.List): string {
  const start = typeof list.start === 'number' ? list.start : 1;
  return list.items
    .map((item, n) => {
      const marker = list.ordered ? `${start + n}.` : '•';
      const [first = '', ...rest] = blocksText(item.tokens).split('\n\n');
      return [`${marker} ${first}`, ...rest].join('\n');
    })
    .join('\n');
}

function blockText(t: Token): string {
  switch (t.type) {
    case 'heading':
    case 'paragraph':
      return inlineText((t as Tokens.Heading | Tokens.Paragraph).tokens);
    case 'text':
      return 'tokens' in t && t.tokens ? inlineText(t.tokens) : t.text;
    case 'list':
      return listText(t as Tokens.List);
    case 'table': {
      const table = t as Tokens.Table;
      const row = (cells: Tokens.TableCell[]) => cells.map((c) => inlineText(c.tokens)).join('\t');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    case 'blockquote':
      return blocksText((t as Tokens.Blockquote).tokens);
    case 'code':
      return t.text;
    default:
      return '';
  }
}

function blocksText(tokens: Token[]): string {
  return tokens
    .map(blockText)
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}

/** A note-taking app's links between notes ("[[AFEPAC]]", "[[Wali na Siriri|the project]]"): the words shown. */
const WIKILINK = /\[\[(?:[^\]|]*\|)?([^\]]+)\]\]/gu;
/** The kind of a callout box ("> [!info] Contexte"): only its title shows. */
const CALLOUT_KIND = /^(\s*>\s*)\[![\w-]+\][+-]?[ \t]*/gmu;

/** The text of a Markdown document. */
export function markdownText(markdown: string): string {
  const shown = markdown.replace(WIKILINK, '$1').replace(CALLOUT_KIND, '$1');
  return blocksText(marked.lexer(shown, { gfm: true }));
}
