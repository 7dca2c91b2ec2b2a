import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TesseraError } from '../../errors.js';
import { tempDir } from '../../test-support/stores.js';
import { greyPng, makePdf, reportParagraphs, reportPdf } from './fixtures/make.js';
import { dropFurniture, isPageNumber } from './furniture.js';
import { readDocument } from './index.js';
import { pageLines } from './layout.js';

const dir = tempDir('tessera-pdf-');
/** Debian's fonts-dejavu-core, on the project's machines: a font with Arabic and Cyrillic letters. */
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

function write(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

async function refusal(file: string): Promise<TesseraError> {
  try {
    await readDocument(file);
  } catch (error) {
    assert.ok(error instanceof TesseraError, `not a TesseraError: ${error}`);
    return error;
  }
  assert.fail(`${file} was read`);
}

describe('PDF documents', () => {
  it('reads the text of every page, without running headers and page numbers', async () => {
    const doc = await readDocument(write('report.pdf', await reportPdf(5, { title: 'Annual report 2023' })));
    assert.equal(doc.format, 'pdf');
    assert.equal(doc.pages, 5);
    assert.equal(doc.declaredTitle, 'Annual report 2023');
    assert.doesNotMatch(doc.text, /Page \d of 5|Annual report 2023$/m);
    assert.ok(doc.text.startsWith('Annual report of the Coalition of Mountain Women\n\nParagraph 1.1. '));
    const paragraphs = doc.text.split('\n\n').slice(1);
    assert.deepEqual(
      paragraphs.map((p) => p.replace(/\n/g, ' ')),
      [1, 2, 3, 4, 5].flatMap((n) => reportParagraphs(n)),
    );
    assert.deepEqual(doc.notes, [
      'dropped 10 lines of page furniture (running headers, footers, page numbers)',
    ]);
  });

  it('drops numbered running lines and "- n -" page numbers, and keeps text repeated inside pages', async () => {
    const body = (n: number) =>
      Array.from({ length: 8 }, (_, i) =>
        i === 4 ? 'Table 1 (continued)' : `Line ${n * 8 + i} of the body.`,
      );
    const bytes = await makePdf((doc) => {
      for (let n = 1; n <= 4; n++) {
        if (n > 1) doc.addPage();
        doc.fontSize(9).text(`Youth Voice Network | Report 2023 | ${n + 10}`, 72, 40, { lineBreak: false });
        doc.fontSize(11);
        for (const [i, line] of body(n).entries()) doc.text(line, 72, 100 + i * 14);
        doc.fontSize(9).text(`- ${n} -`, 290, 790, { lineBreak: false });
      }
    });
    const doc = await readDocument(write('numbered.pdf', bytes));
    assert.equal(doc.text, [1, 2, 3, 4].map((n) => body(n).join('\n')).join('\n\n'));
  });

  it('makes whole the words justified type breaks over two lines, and keeps the hyphen of a compound', async () => {
    const lines = [
      'qui touchent surtout des res-',
      'sortissants du Soudan et du Mali, et appelons au respect du principe de non-',
      'refoulement par toutes les autorités, dans un délai de 24 heu-',
      'res ;',
      'avec le Col-',
      'lectif des avocats et le BWPC-',
      'trained team.',
    ];
    const bytes = await makePdf((doc) => {
      for (const [i, line] of lines.entries()) doc.text(line, 72, 100 + i * 14, { lineBreak: false });
    });
    const doc = await readDocument(write('hyphens.pdf', bytes));
    assert.deepEqual(doc.text.split('\n'), [
      'qui touchent surtout des ressortissants',
      'du Soudan et du Mali, et appelons au respect du principe de non-refoulement',
      'par toutes les autorités, dans un délai de 24 heures ;',
      'avec le Collectif',
      'des avocats et le BWPC-',
      'trained team.',
    ]);
  });

  it('reads a table of labels and values as rows, not as two columns', async () => {
    const rows = [
      ['Name of the organisation', 'Highlands Women Peacebuilders Network (HWPN)'],
      ['Type of organisation', 'NGO - National'],
      ['City and country of the headquarters', 'Mount Hagen, Papua New Guinea'],
      ['Focal point', 'Rebecca Kaupa Yapao'],
      ['E-mail address', 'info@hwpn.org.pg'],
      ['Region of the world', 'Asia and the Pacific'],
      ['Twitter account', '@HWPN_PNG'],
    ];
    const bytes = await makePdf((doc) => {
      doc.fontSize(14).text('Stakeholder information', 72, 60);
      doc.fontSize(10);
      for (const [i, [label, value]] of rows.entries()) {
        doc.text(label ?? '', 72, 100 + i * 14, { lineBreak: false });
        doc.text(value ?? '', 280, 100 + i * 14, { lineBreak: false });
      }
      doc.text('The network brings together 42 groups in five provinces of the Highlands.', 72, 220);
    });
    const doc = await readDocument(write('stakeholder.pdf', bytes));
    const lines = doc.text.split('\n');
    for (const [label, value] of rows) assert.ok(lines.includes(`${label}\t${value}`), doc.text);
  });

  it("joins a table row's cells wrapped onto the lines under it, each to its column", async () => {
    const bytes = await makePdf((doc) => {
      doc.fontSize(10);
      const row = (y: number, cells: [string, string, string]) =>
        cells.forEach((cell, i) => {
          if (cell) doc.text(cell, [72, 300, 400][i] ?? 0, y, { lineBreak: false });
        });
      row(100, ['Commitment', 'Commitment', 'Core responsibility']);
      row(112, ['', 'type', '']);
      row(130, ['HWPN commits to training women peace', 'Operational', 'Political Leadership to']);
      row(142, ['mediators in Western Highlands.', '', 'Prevent and End Conflicts']);
      row(160, ['HWPN commits to safe shelters for', 'Advocacy', 'Leave No One Behind']);
      row(172, ['women and girls.', '', '']);
      doc.text('In 2023 HWPN trained 64 women peace mediators from 22 wards.', 72, 220);
    });
    const lines = (await readDocument(write('table.pdf', bytes))).text.split('\n');
    assert.deepEqual(lines.slice(0, 3), [
      'Commitment\tCommitment type\tCore responsibility',
      'HWPN commits to training women peace mediators in Western Highlands.\tOperational\tPolitical Leadership to Prevent and End Conflicts',
      'HWPN commits to safe shelters for women and girls.\tAdvocacy\tLeave No One Behind',
    ]);
  });

  it("joins a capitalised word to a row's first cell when it could not have fitted there, not a new row's label", async () => {
    const bytes = await makePdf((doc) => {
      doc.fontSize(10);
      const row = (y: number, cells: [string, string]) =>
        cells.forEach((cell, i) => {
          if (cell) doc.text(cell, [72, 250][i] ?? 0, y, { lineBreak: false });
        });
      row(100, ['City and Country where', 'Kasese, Uganda']);
      row(112, ['Headquartered', '']);
      row(124, ['Region', 'Eastern Africa']);
      row(136, ['Focal Point', '']);
      doc.text('In 2024 the network supported 18 peace monitoring committees in two districts.', 72, 180);
    });
    const lines = (await readDocument(write('labels.pdf', bytes))).text.split('\n');
    assert.deepEqual(lines.slice(0, 3), [
      'City and Country where Headquartered\tKasese, Uganda',
      'Region\tEastern Africa',
      'Focal Point',
    ]);
  });

  it('joins the centred text of boxes set side by side, wrapped under each box, to its box', async () => {
    const bytes = await makePdf((doc) => {
      const centred = (text: string, middle: number, y: number, size: number) => {
        doc.fontSize(size);
        doc.text(text, middle - doc.widthOfString(text) / 2, y, { lineBreak: false });
      };
      const boxes = [
        ['11', 'Pillar 1 ·', 'Participation'],
        ['7', 'Pillar 2 · Prevention', ''],
        ['4', 'Pillar 4 · Relief and', 'Recovery'],
      ];
      boxes.forEach(([count, label, wrap], i) => {
        const middle = 120 + i * 150;
        centred(count ?? '', middle, 100, 26);
        centred('organisations', middle, 132, 8.5);
        centred(label ?? '', middle, 146, 8.5);
        if (wrap) centred(wrap, middle, 156, 8.5);
      });
    });
    const lines = (await readDocument(write('boxes.pdf', bytes))).text.split('\n');
    assert.deepEqual(lines.slice(0, 3), [
      '11\t7\t4',
      'organisations\torganisations\torganisations',
      'Pillar 1 · Participation\tPillar 2 · Prevention\tPillar 4 · Relief and Recovery',
    ]);
  });

  it('reads a justified line as one line, and a column of labels beside a column of prose column by column', async () => {
    const prose =
      'In the dry season the committees met every week under the village tree, and the women who sat on them heard of disputes over fields and cattle long before the men did.';
    const bytes = await makePdf((doc) => {
      doc.fontSize(8.6);
      const labels = [
        ['Organisation name', 'Rural Women for Peace'],
        ['Headquarters', 'Bouaké, Côte d’Ivoire'],
        ['Focal point', 'Adjoua Konan'],
        ['Region', 'West and Central Africa'],
      ];
      labels.forEach(([label, value], i) => {
        doc.font('Helvetica-Bold').text(label ?? '', 45, 100 + i * 31, { lineBreak: false });
        doc.font('Helvetica').text(value ?? '', 45, 113 + i * 31, { lineBreak: false });
      });
      doc.text(prose, 310, 95, { width: 240, align: 'justify', lineGap: 2.6 });
    });
    const text = (await readDocument(write('columns.pdf', bytes))).text;
    assert.doesNotMatch(text, /\t/u);
    const lines = text.split(/\n+/u);
    assert.deepEqual(lines.slice(0, 8), [
      'Organisation name',
      'Rural Women for Peace',
      'Headquarters',
      'Bouaké, Côte d’Ivoire',
      'Focal point',
      'Adjoua Konan',
      'Region',
      'West and Central Africa',
    ]);
    assert.equal(lines.slice(8).join(' '), prose);
  });

  it('reads headlines set side by side over two columns each over its story, a wrapped headline as one line', async () => {
    const story = (who: string) =>
      `Every month, families deported from Sabah arrive at the port with few belongings and often without documents; ${who} met them and referred ninety-four persons for late birth registration with the city's social welfare office.`;
    const bytes = await makePdf((doc) => {
      doc.font('Helvetica-Bold').fontSize(13);
      doc.text('Returnees from Sabah: documenting', 40, 90, { lineBreak: false });
      doc.text('the needs of deported families', 40, 106, { lineBreak: false });
      doc.text('New partnership for protection desks', 310, 90, { lineBreak: false });
      doc.font('Helvetica').fontSize(9);
      doc.text('20 January 2025', 40, 124, { lineBreak: false });
      doc.text('5 March 2025', 310, 124, { lineBreak: false });
      doc.fontSize(9.5).text(story('our volunteers'), 40, 142, { width: 240 });
      doc.text(story('the network'), 310, 142, { width: 240 });
    });
    const paragraphs = (await readDocument(write('newsletter.pdf', bytes))).text.split('\n\n');
    assert.deepEqual(
      paragraphs.map((p) => p.split('\n')[0]),
      [
        'Returnees from Sabah: documenting the needs of deported families',
        '20 January 2025',
        'Every month, families deported from Sabah arrive at the',
        'New partnership for protection desks',
        '5 March 2025',
        'Every month, families deported from Sabah arrive at the',
      ],
    );
  });

  it("reads a filled form's labels beside their values as rows, though their type differs", async () => {
    const rows: [string, string[]][] = [
      ['Organisation Name *', ["West Nile Women's Network for Peace (WENEP)"]],
      ['City and Country where', ['Arua, Uganda']],
      ['Region *', ['Eastern Africa']],
      [
        'Individual commitment 1',
        [
          'WENEP commits to strengthening peaceful coexistence between refugees',
          'and host communities through joint dispute resolution forums.',
        ],
      ],
      ['Commitment type', ['Operational']],
    ];
    const bytes = await makePdf((doc) => {
      let y = 80;
      for (const [label, value] of rows) {
        doc.font('Helvetica-Bold').fontSize(8).text(label, 45, y, { lineBreak: false });
        for (const [i, line] of value.entries())
          doc
            .font('Helvetica')
            .fontSize(9)
            .text(line, 196, y + 12 * i, { lineBreak: false });
        y += 12 * value.length + 9;
      }
    });
    const text = (await readDocument(write('form.pdf', bytes))).text;
    assert.deepEqual(text.split('\n').slice(0, 3), [
      "Organisation Name *\tWest Nile Women's Network for Peace (WENEP)",
      'City and Country where\tArua, Uganda',
      'Region *\tEastern Africa',
    ]);
  });

  it("reads a heading wrapped at a compound name's hyphen as one line without a space after it", async () => {
    const bytes = await makePdf((doc) => {
      doc.font('Helvetica-Bold').fontSize(16);
      doc.text('Corredores de transumância no Leste da Guiné-', 40, 90, { lineBreak: false });
      doc.text('Bissau: propostas para uma gestão partilhada', 40, 110, { lineBreak: false });
      doc
        .font('Helvetica')
        .fontSize(9.5)
        .text(`Bafatá, abril de 2025. ${'Texto do relatório. '.repeat(20)}`, 40, 150, {
          width: 500,
        });
    });
    const text = (await readDocument(write('heading.pdf', bytes))).text;
    assert.equal(
      text.split('\n')[0],
      'Corredores de transumância no Leste da Guiné-Bissau: propostas para uma gestão partilhada',
    );
  });

  it('reads a justified line as one line though the column beside it stretches its spaces more often', () => {
    // runs as a PDF draws them: words and the spaces between them, two columns on one baseline
    const words = (x0: number, list: string[], space: number) => {
      let x = x0;
      return list.flatMap((str) => {
        const word = { str, x, y: 600, width: str.length * 5, size: 9.5 };
        x += word.width;
        const gap = { str: ' ', x, y: 600, width: space, size: 9.5 };
        x += space;
        return [word, gap];
      });
    };
    const left = words(40, ['women', 'mediators', 'have', 'become', 'a', 'familiar'], 11.7).slice(0, -1);
    const right = words(
      320,
      ['the', 'camp', 'paired', 'each', 'young', 'person', 'with', 'a', 'mentor'],
      3,
    ).slice(0, -1);
    const [line] = pageLines([...left, ...right]);
    assert.equal(
      line?.text,
      'women mediators have become a familiar\tthe camp paired each young person with a mentor',
    );
  });

  it("keeps a running footer's address and site aside, for the contacts the document gives", async () => {
    const bytes = await makePdf((doc) => {
      for (let n = 1; n <= 3; n++) {
        if (n > 1) doc.addPage();
        const words = ['Mediators met the elders.', 'The clans agreed on payment.', 'Schools opened again.'];
        doc.fontSize(11).text(words[n - 1] ?? '', 72, 100);
        doc
          .fontSize(9)
          .text(`www.hwpn.org.pg · info@hwpn.org.pg   Page ${n} of 3`, 72, 790, { lineBreak: false });
      }
    });
    const doc = await readDocument(write('footer.pdf', bytes));
    assert.doesNotMatch(doc.text, /hwpn/u);
    assert.match(doc.furniture ?? '', /info@hwpn\.org\.pg/u);
  });

  it('puts text back in reading order: drawn out of order, in two columns, and in tables', async () => {
    const bytes = await makePdf((doc) => {
      doc.fontSize(10).text('Drawn first, read last.', 72, 500);
      doc.fontSize(16).text('A title across both columns', 72, 100);
      doc.fontSize(10);
      for (const [x, side] of [
        [330, 'Right'],
        [72, 'Left'],
      ] as const)
        for (let i = 1; i <= 4; i++)
          doc.text(`${side} column, line ${i}, with words of prose.`, x, 130 + i * 14);
      const rows = [
        ['Commitment', 'Type', 'Core responsibility'],
        ['Train 40 mediators', 'individual', 'Leave no one behind'],
      ];
      for (const [i, row] of rows.entries())
        for (const [j, cell] of row.entries())
          doc.text(cell, 72 + j * 150, 300 + i * 16, { lineBreak: false });
    });
    const doc = await readDocument(write('layout.pdf', bytes));
    const column = (side: string) =>
      [1, 2, 3, 4].map((i) => `${side} column, line ${i}, with words of prose.`);
    assert.equal(
      doc.text,
      [
        'A title across both columns',
        '',
        ...column('Left'),
        '',
        ...column('Right'),
        '',
        'Commitment\tType\tCore responsibility',
        'Train 40 mediators\tindividual\tLeave no one behind',
        '',
        'Drawn first, read last.',
      ].join('\n'),
    );
  });

  it('reads Arabic and Cyrillic in logical order', {
    skip: !existsSync(DEJAVU) && 'no DejaVu Sans',
  }, async () => {
    const arabic = 'تقرير عن المدافعين عن حقوق الطفل في حلب';
    const bytes = await makePdf((doc) => {
      doc.font(DEJAVU).fontSize(12);
      // As a word processor does: words placed from the right margin leftwards (pdfkit has no bidi layout).
      let right = 522;
      for (const word of arabic.split(' ')) {
        const width = doc.widthOfString(word);
        doc.text(word, right - width, 100, { lineBreak: false });
        right -= width + doc.widthOfString(' ');
      }
      doc.text('Отчёт движения за 2023 год', 72, 140);
    });
    const doc = await readDocument(write('arabic.pdf', bytes));
    assert.equal(doc.text, `${arabic}\n\nОтчёт движения за 2023 год`);
  });

  it('refuses a password-protected PDF, saying to remove the password', async () => {
    const bytes = await reportPdf(1, { userPassword: 'secret' });
    const error = await refusal(write('locked.pdf', bytes));
    assert.equal(error.code, 'input-password-protected');
    assert.match(error.message, /locked\.pdf is password-protected: remove the password/);
  });

  it('refuses a corrupt PDF and a file that is no PDF at all', async () => {
    const whole = await reportPdf(2);
    const truncated = await refusal(write('truncated.pdf', whole.subarray(0, Math.floor(whole.length / 2))));
    assert.equal(truncated.code, 'input-unreadable');
    assert.match(
      truncated.message,
      /truncated\.pdf is damaged and cannot be read as a PDF .*: export or download it again/,
    );
    const other = await refusal(write('letter.pdf', Buffer.from('Dear partners, this is a text file.')));
    assert.equal(other.code, 'input-unreadable');
    assert.match(other.message, /letter\.pdf is not a PDF/);
  });

  it('says that a scanned PDF without text needs OCR, rather than returning nothing', async () => {
    const png = greyPng();
    const scan = await makePdf((doc) => {
      doc.image(png, 72, 72, { width: 450 });
      doc.addPage().image(png, 72, 72, { width: 450 });
    });
    const error = await refusal(write('scan.pdf', scan));
    assert.equal(error.code, 'input-no-text-layer');
    assert.match(error.message, /scan\.pdf has no text layer \(a scanned image\): run OCR/);

    const mixed = await makePdf((doc) => {
      doc.text('A typed cover page.', 72, 100);
      doc.addPage().image(png, 72, 72, { width: 450 });
    });
    const read = await readDocument(write('mixed.pdf', mixed));
    assert.equal(read.text, 'A typed cover page.');
    assert.deepEqual(read.notes, [
      'pages 2 have no text layer (scanned?): run OCR on them to read their text',
    ]);
  });
});

describe('page furniture', () => {
  it('knows page numbers in the usual styles', () => {
    for (const line of [
      '3',
      '- 3 -',
      '– 12 –',
      'Page 3 of 12',
      'page 3',
      'p. 4',
      '3/12',
      'iv',
      'Стр. 3 из 12',
    ])
      assert.ok(isPageNumber(line), line);
    for (const line of ['صفحة ٣ من ١٢', 'Seite 2 von 9', 'Page 3 sur 12'])
      assert.ok(isPageNumber(line), line);
    for (const line of ['3 shelters', 'Chapter 3', 'Page three', 'Figure 2 of the report', 'civil', 'CIVIL'])
      assert.ok(!isPageNumber(line), line);
  });

  it('drops only the lines at the edges that repeat on most pages', () => {
    const page = (n: number, body: string[]) =>
      ['Coalition report 2023', ...body, `Page ${n}`].map((text) => ({ text }));
    const { pages, dropped } = dropFurniture([
      page(1, ['Coalition report 2023 was a year of change.', 'First body line']),
      page(2, ['Second page body', 'Coalition report 2023']),
      page(3, ['Third page body']),
    ]);
    assert.deepEqual(
      pages.map((p) => p.map((l) => l.text)),
      [
        ['Coalition report 2023 was a year of change.', 'First body line'],
        ['Second page body'],
        ['Third page body'],
      ],
    );
    assert.equal(dropped, 7);
  });

  it('drops a footer that ends with its page number in a cell of its own, on two pages only', () => {
    const page = (n: number, body: string) =>
      [body, `AFPCT – Tillabéri, Niger · contact@afpct-niger.org\tPage ${n}/2`].map((text) => ({ text }));
    const { pages, removed } = dropFurniture([page(1, 'First page'), page(2, 'Second page')]);
    assert.deepEqual(
      pages.map((p) => p.map((l) => l.text)),
      [['First page'], ['Second page']],
    );
    assert.ok(removed.some((l) => l.includes('contact@afpct-niger.org')));
    const table = dropFurniture([[{ text: 'Body' }, { text: 'Strategy 1\t5' }]]);
    assert.equal(table.pages[0]?.length, 2, 'a table row ending with a number stays');
  });

  it("drops a browser's print header with a bar in it and its printed address with 1/2, on two pages", () => {
    const page = (n: number, body: string) =>
      [
        '21/05/2025, 09:14\tCentre for Peace and Dialogue: Posts | LinkedIn',
        body,
        `https://www.linkedin.com/company/cpd-bawku/posts/\t${n}/2`,
      ].map((text) => ({ text }));
    const { pages } = dropFurniture([page(1, 'First post'), page(2, 'Second post')]);
    assert.deepEqual(
      pages.map((p) => p.map((l) => l.text)),
      [['First post'], ['Second post']],
    );
  });

  it('leaves a single page alone but for its page number', () => {
    const { pages } = dropFurniture([[{ text: 'Title' }, { text: 'Body' }, { text: '1' }]]);
    assert.deepEqual(pages, [[{ text: 'Title' }, { text: 'Body' }]]);
  });
});
