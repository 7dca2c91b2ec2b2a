import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../test-support/stores.js';
import { decodeText } from '../decode.js';
import { readDocument } from './index.js';
import { normaliseText } from './normalise.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const dir = tempDir('tessera-documents-');

function write(name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Bytes of text in a single-byte code page, from a table of the characters used. */
function codePage(text: string, table: Record<string, number>): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const byte = c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : table[c];
      assert.ok(byte !== undefined, `no byte for ${c}`);
      return byte;
    }),
  );
}

describe('plain text and Markdown documents', () => {
  it('reads a message quoted in an e-mail without the marks before its lines, and keeps one quoted line', async () => {
    const quoted = ['Autoevaluación 2025', '', 'Región', 'América Latina', '', 'Tipo', 'ONG - Nacional']
      .map((line) => `> ${line}`.trimEnd())
      .join('\n');
    const mail = await readDocument(
      write(
        'mail.txt',
        `De: Coordinación\nAsunto: RV: formulario\n\n-----Mensaje original-----\n${quoted}\n`,
      ),
    );
    assert.match(mail.text, /-----\nAutoevaluación 2025\n\nRegión\nAmérica Latina\n\nTipo\nONG - Nacional$/u);
    const note = await readDocument(
      write('note.txt', 'She wrote:\n> We will come on Monday.\nSee you then.'),
    );
    assert.match(note.text, /^> We will come on Monday\.$/mu);
  });

  it('reads Cyrillic saved as Windows-1251 as Cyrillic', async () => {
    const doc = await readDocument(join(fixtures, 'cyrillic-1251.txt'));
    assert.equal(doc.encoding, 'windows-1251');
    assert.equal(doc.format, 'txt');
    assert.match(doc.text, /^Отчёт движения «Голос молодёжи» за 2023 год\n\nВ апреле 2023 года/);
    assert.match(doc.text, /мэрия открыла приём жалоб от молодёжи — 230 обращений/);
  });

  it('still reads Western text that is not UTF-8 as Windows-1252', async () => {
    const table = { é: 0xe9, è: 0xe8, à: 0xe0, ç: 0xe7, ü: 0xfc, '€': 0x80, '’': 0x92, ô: 0xf4 };
    const text = 'Le comité s’est réuni à Genève: reçu 5 000 € pour la sécurité. Müller a présenté le rôle.';
    const doc = await readDocument(write('western.txt', codePage(text, table)));
    assert.equal(doc.encoding, 'windows-1252');
    assert.equal(doc.text, text);
  });

  it('tells 1251 from 1252 on short texts too', () => {
    const cyrillic = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0]);
    assert.deepEqual(decodeText(cyrillic), { text: 'Привет, мир', encoding: 'windows-1251' });
    const french = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x4c, 0x79, 0x6f, 0x6e]);
    assert.deepEqual(decodeText(french), { text: 'café à Lyon', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const text = 'Rapport annuel\r\n\r\nLa coalition a formé 48 médiateurs.';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const doc = await readDocument(write('utf16.txt', bytes));
    assert.equal(doc.encoding, 'utf-16le');
    assert.equal(doc.text, 'Rapport annuel\n\nLa coalition a formé 48 médiateurs.');
  });

  it('keeps Arabic in logical order with its direction marks, NFC-normalised', async () => {
    // ا + combining madda (U+0653) composes to آ (U+0622) under NFC; the RLM (U+200F) must stay.
    const decomposed = '\u0627\u0653\u0644\u0627\u0641 \u0627\u0644\u0623\u0637\u0641\u0627\u0644\u200f';
    const doc = await readDocument(
      write('arabic.md', `---\ntitle: تقرير ٢٠٢٣\n---\n# تقرير حلب\n\n${decomposed} في حلب (2023).\n`),
    );
    assert.equal(doc.format, 'md');
    assert.equal(doc.declaredTitle, 'تقرير ٢٠٢٣');
    assert.ok(
      doc.text.includes('\u0622\u0644\u0627\u0641 \u0627\u0644\u0623\u0637\u0641\u0627\u0644\u200f في حلب'),
    );
    assert.equal(doc.text, doc.text.normalize('NFC'));
    assert.ok(doc.text.startsWith('تقرير حلب\n\n'), 'Markdown is read as the text it shows');
  });

  it('shows the title front matter declares as the first heading of a page that has none', async () => {
    const doc = await readDocument(
      write(
        'report.md',
        '---\ntitle: "Informe anual 2024"\ndate: 2025-04-08\n---\n\n> **Nota:** publicado en la web.\n\n## Resumen\n\nTexto.\n',
      ),
    );
    assert.ok(doc.text.startsWith('Informe anual 2024\n\nNota: publicado en la web.'), doc.text);
    assert.equal(doc.declaredDate, '2025-04-08');
  });

  it("reads a note-taking app's links between notes and callouts as the words they show", async () => {
    const doc = await readDocument(
      write(
        'note.md',
        '# Note de mission\n\n> [!info] Contexte\n> Mission de [[AFEPAC]] avec [[Fonds Oubangui pour la Cohésion|le FOC]].\n',
      ),
    );
    assert.equal(doc.text, 'Note de mission\n\nContexte\nMission de AFEPAC avec le FOC.');
  });

  it('reads Markdown as its text: tables as tab rows, lists, links once, no markup', async () => {
    const doc = await readDocument(
      write(
        'report.md',
        [
          '# Relatório Anual 2023',
          '**Associação Kuvumbana** – *Mulheres pela Paz*',
          '| Indicador | 2022 | 2023 |\n|---|---:|---:|\n| Mulheres atendidas | 1 840 | 2 315 |',
          '- Com o [Fundo Índico](https://fundoindico.org);\n- site: [kuvumbana.org.mz](https://kuvumbana.org.mz)',
          '[Início](/) / [Notícias](/noticias/)',
        ].join('\n\n'),
      ),
    );
    assert.equal(
      doc.text,
      [
        'Relatório Anual 2023',
        'Associação Kuvumbana – Mulheres pela Paz',
        'Indicador\t2022\t2023\nMulheres atendidas\t1 840\t2 315',
        '• Com o Fundo Índico (https://fundoindico.org);\n• site: https://kuvumbana.org.mz',
        'Início / Notícias',
      ].join('\n\n'),
    );
  });

  it('keeps outcome records in Markdown as they are, their markup marking the fields', async () => {
    const records =
      '**Outcome**: The council opened its meetings.\n**Country**: Mali\n**Date**: 2023-04-01\n';
    assert.equal((await readDocument(write('outcome.md', records))).text, records.trim());
  });

  it('drops the page furniture a text copied from a PDF keeps, and no line that only looks like it', async () => {
    const pasted = [
      'WHS Commitments Self-Reporting | Page 1 of 3',
      'Individual Self Reflection 2020',
      'Our work in 2019.',
      '- 2 -',
      'WHS Commitments Self-Reporting | Page 2 of 3',
      'Strategy 1',
      '2023',
      'Read page 4 of the annex.',
    ].join('\n');
    const doc = await readDocument(write('pasted.txt', pasted));
    assert.equal(
      doc.text,
      [
        'Individual Self Reflection 2020',
        'Our work in 2019.',
        'Strategy 1',
        '2023',
        'Read page 4 of the annex.',
      ].join('\n'),
    );
  });

  it('reads a table drawn with pipes in plain text as tab rows, a wrapped cell joined to its row', async () => {
    const drawn = [
      'Таблица 1',
      '| №  | Стратегия                     | Число организаций |',
      '|----|-------------------------------|-------------------|',
      '| 1  | Нормы и ценности              | 6                 |',
      '| 2  | Поддержка родителей и лиц,    | 7                 |',
      '|    | осуществляющих уход           |                   |',
      'A | B stays as it is.',
    ].join('\n');
    assert.equal(
      (await readDocument(write('table.txt', drawn))).text,
      [
        'Таблица 1',
        '№\tСтратегия\tЧисло организаций',
        '1\tНормы и ценности\t6',
        '2\tПоддержка родителей и лиц, осуществляющих уход\t7',
        'A | B stays as it is.',
      ].join('\n'),
    );
  });

  it('drops a running header numbered "1/3" that repeats, and one that opens the text', async () => {
    const pages = [
      'ACSA | INSPIRE Country Factsheet — Montenegro            1/3',
      'Text one.',
      'ACSA | INSPIRE Country Factsheet — Montenegro            2/3',
      'Text two, in 2023/24.',
    ].join('\n');
    assert.equal((await readDocument(write('pages.txt', pages))).text, 'Text one.\nText two, in 2023/24.');
    const opening = 'ReBPE – Fiches INSPIRE 2024          p. 1/2\nFiche pays INSPIRE : Bénin';
    assert.equal((await readDocument(write('opening.txt', opening))).text, 'Fiche pays INSPIRE : Bénin');
  });

  it('reads headings spaced letter by letter or starred for bold as their words, drops a switch of languages', async () => {
    const page =
      'Кыргызча | Русский\n\nР Е З О Л Ю Ц И Я\n\n*TO THE GOVERNMENT*\n\n** Funding news\n\nBiz, 2 * 3 = 6 and *this* stays.';
    assert.equal(
      (await readDocument(write('spaced.txt', page))).text,
      'РЕЗОЛЮЦИЯ\n\nTO THE GOVERNMENT\n\nFunding news\n\nBiz, 2 * 3 = 6 and *this* stays.',
    );
  });

  it('drops the menus a text copied from a web page keeps at its top and bottom, nowhere else', async () => {
    const page = [
      'Accueil   Qui sommes-nous ?   Nos programmes   Actualités   Contact',
      'Résolution du forum',
      'Publié le 23 sept. 2024 | Actualités | 0 commentaire',
      'Texte de la résolution.',
      'Considérant la situation.',
      'Notant les efforts.',
      'Eau | Terre | Paix | Justice',
      'Recommandons ce qui suit.',
      'Au gouvernement.',
      'Aux partenaires.',
      'Fin du texte.',
      'Home | Who we are | News | Donate',
    ].join('\n\n');
    const text = (await readDocument(write('page.txt', page))).text;
    assert.ok(!text.includes('Accueil') && !text.includes('Donate'), text);
    assert.ok(
      text.includes('Publié le 23 sept. 2024 | Actualités') && text.includes('Eau | Terre | Paix | Justice'),
    );
  });

  it('reads Arabic letters drawn in their presentation forms as the letters they are', () => {
    // "دارفور" and the lam-alef ligature as a PDF's text layer gives them
    assert.equal(normaliseText('\ufea9\ufe8e\ufead\ufed3\ufeee\ufead \ufefb'), 'دارفور لا');
  });

  it('normalises line ends, odd spaces, trailing spaces and runs of blank lines, and nothing else', () => {
    assert.equal(
      normaliseText('\n\nTitle  \r\n\r\n\r\n\r\nA\u00a0line\twith\ttabs \nZWNJ\u200cstays\f\n   \n\n'),
      'Title\n\nA line\twith\ttabs\nZWNJ\u200cstays',
    );
  });

  it('writes a heading set in spaced capitals as the word it spells, and leaves other spaced letters', () => {
    assert.equal(
      normaliseText('Р Е З О Л Ю Ц І Я\nучасників тренінгу\nA B C\nPlan A B C D'),
      'РЕЗОЛЮЦІЯ\nучасників тренінгу\nA B C\nPlan A B C D',
    );
  });

  it('gets through a long run of spaces, as junk files hold', () => {
    // A regular expression such as / +$/gm takes minutes on this (quadratic backtracking).
    const text = `a${' '.repeat(2_000_000)}b\n${' '.repeat(2_000_000)}\nc`;
    assert.equal(normaliseText(text), `a${' '.repeat(2_000_000)}b\n\nc`);
  });
});
