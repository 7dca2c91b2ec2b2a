import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../test-support/stores.js';
import { htmlToText } from './html.js';
import { readDocument } from './index.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const dir = tempDir('tessera-html-');

describe('HTML documents', () => {
  it('reads the main content of a page, without menus, banners, footers or scripts', async () => {
    const doc = await readDocument(join(fixtures, 'news-page.html'));
    assert.equal(doc.format, 'html');
    assert.equal(doc.declaredTitle, 'Youth Voice Network – News');
    assert.equal(
      doc.text,
      [
        'Councils open budget hearings to young people',
        '',
        '12.04.2023',
        '',
        'In April 2023 the Youth Voice Network held 14 meetings with members of the city council in Osh.',
        '',
        "After the meetings, the mayor's office opened a complaints desk for young people.",
        '',
        'Commitment\tType\tCore responsibility',
        'Hold quarterly hearings\tindividual\tLeave no one behind',
        '',
        '#budget #youth',
        '',
        'Radio series on disability rights',
        '',
        'Local radio broadcast twelve programmes.',
        '',
        '• Programme one',
        '• Programme two',
      ].join('\n'),
    );
  });

  it('keeps apart the text either side of a box without text, as a chart’s bar', () => {
    const { text } = htmlToText(
      '<main><div class="row"><span>Strategy 2 · Norms and values</span><span class="bar"><span style="width:90%"></span></span><span>9</span></div><p><b>Hel</b>lo</p></main>',
    );
    assert.equal(text, 'Strategy 2 · Norms and values 9\n\nHello');
  });

  it('keeps the footer out of the text but aside, for the contacts a page gives there', () => {
    const { text, footer } = htmlToText(
      '<body><main><p>Our news.</p></main><footer><p>Write to <a href="mailto:info@example.org">info@example.org</a>' +
        '</p><p>Follow @examplenet</p></footer></body>',
    );
    assert.equal(text, 'Our news.');
    assert.equal(footer, 'Write to info@example.org\n\nFollow @examplenet');
  });

  it('leaves out what only screen readers read: a link\'s "Read more about <the title>"', () => {
    const { text } = htmlToText(
      '<main><h2>Batumi: 27 children start school</h2><p>This year 27 children went to Georgian schools.</p>' +
        '<a href="/node/228">Read more<span class="visually-hidden"> about Batumi: 27 children start school</span></a>' +
        '<p><span class="screen-reader-text">Post author:</span>Olena</p></main>',
    );
    assert.equal(
      text,
      'Batumi: 27 children start school\n\nThis year 27 children went to Georgian schools.\n\nRead more\n\nOlena',
    );
  });

  it('reads the body, less its chrome, when the page has no <main>', () => {
    const { text } = htmlToText(
      '<body><div id="main-menu"><a>Home</a></div><div role="navigation">Skip</div>' +
        '<h1>Statement</h1><p>Text &amp; more<br>next line</p><div hidden>secret</div>' +
        '<footer>Contact us</footer></body>',
    );
    assert.equal(text, 'Statement\n\nText & more\nnext line');
  });

  it('reads a page laid out in tables as blocks, and a table of data as rows of cells', () => {
    const html = `<body><table><tr><td class="side"><table><tr><td><h3>Recent posts</h3>Dispute settled</td></tr></table></td>
      <td><table><tr><td><h2>Dispute settled in Namtumbo</h2><p>Posted on March 3rd, 2025 by Admin</p>
      <p>Eighteen women mediators met the farmers.</p></td></tr>
      <tr><td><h2>Youth dialogue in Tunduru</h2><p>Posted on February 19th, 2025</p></td></tr></table>
      <table><tr><th>District</th><th>Committees</th></tr><tr><td><p>Mbinga</p></td><td><p>12</p><p>(4 new)</p></td></tr></table>
      </td></tr></table></body>`;
    assert.deepEqual(htmlToText(html).text.split('\n\n'), [
      'Dispute settled in Namtumbo',
      'Posted on March 3rd, 2025 by Admin',
      'Eighteen women mediators met the farmers.',
      'Youth dialogue in Tunduru',
      'Posted on February 19th, 2025',
      'District\tCommittees\nMbinga\t12 (4 new)',
    ]);
  });

  it("reads a headerless table of posts, each cell's paragraphs apart, and a Word table's cell as one value", () => {
    const story =
      '<p>The five-day course brought 32 women from Auki and Atori to the provincial centre.</p><p>They practised land hearings with chiefs.</p>';
    const html = `<table><tr><td>21 Mar<br>2025</td><td><span>32 women complete a mediation course</span>${story}</td></tr></table>`;
    assert.deepEqual(htmlToText(html).text.split('\n\n'), [
      '21 Mar\n2025',
      '32 women complete a mediation course',
      'The five-day course brought 32 women from Auki and Atori to the provincial centre.',
      'They practised land hearings with chiefs.',
    ]);
    assert.equal(
      htmlToText(html, true).text,
      '21 Mar 2025\t32 women complete a mediation course The five-day course brought 32 women from Auki and Atori to the provincial centre. They practised land hearings with chiefs.',
    );
  });

  it("keeps apart a date's parts set in elements of their own, inside <time> or a badge", () => {
    const html =
      '<article><time datetime="2025-04-10"><span class="d">10</span><span class="m">квіт.</span><span class="y">2025</span></time><h2>Безпековий аудит</h2></article>';
    assert.deepEqual(htmlToText(html).text.split('\n\n'), ['10 квіт. 2025', 'Безпековий аудит']);
    const badge =
      '<div class="date-badge"><span>27</span><span>дек</span><span>2024</span></div><p>H<sub>2</sub>O and <b>CO</b>2</p>';
    assert.deepEqual(htmlToText(badge).text.split('\n\n'), ['27 дек 2024', 'H2O and CO2']);
  });

  it("reads a Word table's cell of a name, a headline and a story as blocks, the story being no table value", () => {
    const cell =
      '<p>RAIMUNDA NONATA SILVA COSTA</p><p>«O babaçu é a nossa vida»</p><p>Raimunda Nonata Silva Costa, quebradeira de coco: «Sem o babaçu não tem azeite, não tem carvão, não tem renda.»</p>';
    const html = `<table><tr><td><p>[foto]</p></td><td>${cell}</td></tr></table>`;
    assert.deepEqual(htmlToText(html, true).text.split('\n\n'), [
      '[foto]',
      'RAIMUNDA NONATA SILVA COSTA',
      '«O babaçu é a nossa vida»',
      'Raimunda Nonata Silva Costa, quebradeira de coco: «Sem o babaçu não tem azeite, não tem carvão, não tem renda.»',
    ]);
  });

  it("reads a Word table row by row: a wide row's narrative as blocks, its commitments' rows as values", () => {
    const narrative =
      '<p>1. A. Describe the concrete actions taken between 1 January and 31 December 2024.</p><p>Our lawyers gave 1,146 consultations in Panjakent and at mobile sessions in three jamoats.</p><p>318 women were helped with alimony and documents for their children.</p>';
    const html =
      '<table><tr><td colspan="3"><p><strong>Individual commitments</strong></p></td></tr>' +
      '<tr><td><p>Commitment</p></td><td><p>Commitment type</p></td><td><p>Core responsibility</p></td></tr>' +
      "<tr><td><p>The organisation commits to free legal aid for migrants' wives.</p></td><td><p>Operational</p></td><td><p>Leave no one behind</p></td></tr>" +
      `<tr><td colspan="3">${narrative}</td></tr></table>`;
    const text = htmlToText(html, true).text;
    assert.ok(
      text.includes(
        "The organisation commits to free legal aid for migrants' wives.\tOperational\tLeave no one behind",
      ),
      text,
    );
    assert.ok(text.includes('\n\nOur lawyers gave 1,146 consultations'), text);
  });

  it("shows a feed's full date, given in an attribute, for the short one the page shows", () => {
    const html = `<body><div class="post"><a href="/p/1" title="sábado, 15 de marzo de 2025 a las 10:32"><abbr>3 d</abbr></a>
      <p>Taller de memoria histórica</p></div>
      <div class="post"><time datetime="2025-02-20">20 feb</time><p>Convocatoria</p></div>
      <p><a href="/about" title="Sobre nosotras">Quiénes somos</a> · <span title="Fundada en 2009">16 años</span></p></body>`;
    assert.deepEqual(htmlToText(html).text.split('\n\n'), [
      'sábado, 15 de marzo de 2025 a las 10:32',
      'Taller de memoria histórica',
      '2025-02-20',
      'Convocatoria',
      'Quiénes somos · 16 años',
    ]);
  });

  it("keeps a page's header that holds its only top heading: a report's title and date, not the site's chrome", () => {
    const report = `<body><header><p>Coalition · Fund</p><h1>INSPIRE strategies: Yemen</h1><p>Published: April 2025</p></header>
      <h2>Introduction</h2><p>Eleven organisations answered.</p></body>`;
    assert.match(
      htmlToText(report).text,
      /^Coalition · Fund\n\nINSPIRE strategies: Yemen\n\nPublished: April 2025\n\nIntroduction/u,
    );
    const site = `<body><header><h1>Peace Network</h1><p>Donate</p></header><article><h1>Dialogue in Aden</h1><p>Thirty women met.</p></article></body>`;
    assert.equal(htmlToText(site).text, 'Dialogue in Aden\n\nThirty women met.');
  });

  it("keeps a table cell's list on its row, its items apart by bullets", () => {
    const html = `<table><tr><th>Destinatário</th><th>Recomendações</th></tr>
      <tr><td>À Assembleia</td><td><ul><li>Rever a Lei de Terras;</li><li>Criar um mecanismo de audição.</li></ul></td></tr></table>`;
    assert.equal(
      htmlToText(html).text,
      'Destinatário\tRecomendações\nÀ Assembleia\tRever a Lei de Terras; • Criar um mecanismo de audição.',
    );
  });

  it("keeps an article's box of key figures, and drops a page's sidebar", () => {
    const html = `<body><aside><p>Recent posts</p></aside><article><h1>Factsheet: Nepal</h1>
      <aside class="keyfig"><h3>Key figures</h3><ul><li>Participation 14</li></ul></aside><p>Intro.</p></article></body>`;
    assert.equal(htmlToText(html).text, 'Factsheet: Nepal\n\nKey figures\n\n• Participation 14\n\nIntro.');
  });

  it("shows a blog post's published date, not the updated one marked beside it", () => {
    const html = `<article><h2>Atelier à Djenné</h2><p>Publié le <time class="entry-date published">6 février 2025</time><time class="updated">11 février 2025</time></p></article>
      <article><h2>Appel à candidatures</h2><p>Publié le <time class="entry-date published updated">27 janvier 2025</time></p></article>`;
    assert.equal(
      htmlToText(html).text,
      'Atelier à Djenné\n\nPublié le 6 février 2025\n\nAppel à candidatures\n\nPublié le 27 janvier 2025',
    );
  });

  it('keeps huge inline images out of the text and out of memory', async () => {
    const image = `data:image/png;base64,${'iVBORw0KGgo'.repeat(1_000_000)}`;
    const html = `<html><head><title>Photos</title></head><body><main><p>Caption of the photo.</p>
      <img src="${image}" alt="x"><div style="background:url(${image})">After the image.</div>
      <p><a href="${image}">download</a></p></main></body></html>`;
    const file = join(dir, 'photos.html');
    writeFileSync(file, html);
    const doc = await readDocument(file);
    assert.equal(doc.text, 'Caption of the photo.\n\nAfter the image.\n\ndownload');
  });

  it('honours a declared legacy charset', async () => {
    const file = join(dir, 'koi8.html');
    // "Отчёт" in KOI8-R: a page that declares its charset.
    const body = Buffer.from([0xef, 0xd4, 0xde, 0xa3, 0xd4]);
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('<html><head><meta charset="koi8-r"></head><body><p>'),
        body,
        Buffer.from('</p>'),
      ]),
    );
    const doc = await readDocument(file);
    assert.equal(doc.encoding, 'koi8-r');
    assert.equal(doc.text, 'Отчёт');
  });

  it('keeps right-to-left text in logical order', () => {
    const { text } = htmlToText(
      '<html dir="rtl"><body><p dir="rtl">منظمة <b>نساء</b> حلب ٢٠٢٣</p></body></html>',
    );
    assert.equal(text, 'منظمة نساء حلب ٢٠٢٣');
  });

  it('shows two line breaks in a row as a blank line, and leaves out the sender beside each message of a chat export', () => {
    const message = (day: string, title: string, body: string) =>
      `<div class="message default clearfix"><div class="pull_left userpic_wrap"><div class="userpic"><div class="initials">СС</div></div></div>` +
      `<div class="body"><div class="pull_right date details" title="${day} 09:30:12 UTC+02:00">09:30</div>` +
      `<div class="from_name">Сталеві серця | Кривий Ріг</div><div class="text"><strong>${title}</strong><br><br>${body}<br>#ВПО</div></div></div>`;
    const { text } = htmlToText(
      `<body><div class="message service"><div class="body details">4 березня 2025</div></div>${message('04.03.2025', 'Консультації', 'Приймаємо родини.')}</body>`,
    );
    assert.equal(
      text,
      '4 березня 2025\n\n04.03.2025 09:30:12 UTC+02:00\n\nКонсультації\n\nПриймаємо родини.\n#ВПО',
    );
  });

  it("leaves out a chat export's notices of the channel and the days with no post under them", () => {
    const service = (text: string) =>
      `<div class="message service"><div class="body details">${text}</div></div>`;
    const message = `<div class="message default clearfix"><div class="body"><div class="text"><strong>Safe space opens</strong><br><br>76 women visited.</div></div></div>`;
    const { text } = htmlToText(
      `<body>${service('30 September 2026')}${service('PRRN Updates pinned "Bank details for donations"')}${service('12 October 2026')}${message}${service('Channel photo changed')}</body>`,
    );
    assert.equal(text, '12 October 2026\n\nSafe space opens\n\n76 women visited.');
  });

  it("leaves out the note a heading's copy-link button shows once pressed", () => {
    const { text } = htmlToText(
      '<body><h2><div class="z1Eybb">Lien copié</div><span>Stratégie 1 – Lois</span></h2><p>5 organisations</p></body>',
    );
    assert.equal(text, 'Stratégie 1 – Lois\n\n5 organisations');
  });

  it("reads an old site's posts laid out in a table, their paragraphs set apart by two line breaks", () => {
    const post = (day: string, title: string) =>
      `<tr><td width="70">${day}</td><td><span class="titre">${title}</span><br><br>` +
      '<font>The mediation committee settled 14 land disputes between returnee families and residents.</font><br><br>' +
      '<font>« We preferred to share rather than go to court », said a returnee.</font></td></tr>';
    const { text } = htmlToText(
      `<body><table>${post('18.11.2025', 'Nyanza-Lac: 14 disputes settled')}${post('05.11.2025', 'Makamba: 30 young leaders trained')}</table></body>`,
    );
    assert.deepEqual(text.split('\n\n').slice(0, 3), [
      '18.11.2025',
      'Nyanza-Lac: 14 disputes settled',
      'The mediation committee settled 14 land disputes between returnee families and residents.',
    ]);
  });

  it("leaves out a newsletter's hidden preview text and the preheader that links to it on the web", () => {
    const { text } = htmlToText(
      '<body><span class="mcnPreviewText" style="display:none; font-size:0px; max-height:0px;">Legal aid, a new report</span>' +
        '<table><tr><td id="templatePreheader"><a href="https://mailchi.mp/x">View this email in your browser</a></td></tr>' +
        '<tr><td><h1>Bridges Newsletter</h1><p>Issue 9 · 31 October 2025</p></td></tr></table></body>',
    );
    assert.equal(text, 'Bridges Newsletter\n\nIssue 9 · 31 October 2025');
  });

  it('survives absurdly deep nesting', () => {
    const depth = 10_000;
    const { text } = htmlToText(`<body>${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}</body>`);
    assert.equal(text, 'deep text');
  });
});
