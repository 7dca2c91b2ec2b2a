import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ExtractedDocument } from '../domain/document.js';
import { runCli } from '../test-support/cli.js';
import { tempDir } from '../test-support/stores.js';
import { extractText } from './document.js';

const formats = fileURLToPath(new URL('../../../shared/formats/', import.meta.url));

type Extracted = ExtractedDocument & { outcomes: { id: string }[]; problems: unknown[] };

describe('extractText', () => {
  it('gives each item of a composite document its own language, entities and figures', () => {
    const text = [
      'News > ...',
      'Mediators meet in Kampala',
      '12.03.2024',
      'The Harbour Network trained 45 women mediators in Kampala, Uganda. #PeaceNow',
      'News > ...',
      'Rencontre de 120 participants et 3 maires à Dakar',
      '02.02.2024',
      "L'association a réuni 120 participants à Dakar, au Sénégal, pour parler de médiation locale.",
    ].join('\n\n');
    const doc = extractText('page.txt', text);
    assert.equal(doc.kind, 'news');
    assert.equal(doc.date, '2024-03-12');
    assert.deepEqual(
      doc.items.map((i) => [i.title, i.date, i.language]),
      [
        ['Mediators meet in Kampala', '2024-03-12', 'en'],
        ['Rencontre de 120 participants et 3 maires à Dakar', '2024-02-02', 'fr'],
      ],
    );
    assert.deepEqual(doc.items[0]?.entities?.countries, ['UG']);
    assert.deepEqual(doc.items[0]?.entities?.hashtags, ['#PeaceNow']);
    // a title's figures and the body's, each mention as a reader lists them
    assert.deepEqual(
      doc.items[1]?.figures?.map((f) => f.value),
      [120, 3, 120],
    );
    // the document's lists are the union of its items'
    assert.deepEqual(doc.entities.countries, ['UG', 'SN']);
  });

  it('reads dates in digits month first in a document that writes one so, and day first otherwise', () => {
    const report = (period: string) =>
      `Quarterly Progress Report\n\nDate submitted: 04/11/2025\n\nReporting period: 01/01/2025 – ${period}\n\nThe network trained 40 mediators.`;
    assert.equal(extractText('us.txt', report('03/31/2025')).date, '2025-04-11');
    assert.equal(extractText('eu.txt', report('31/03/2025')).date, '2025-11-04');
  });

  it('takes the last step of a breadcrumb above a title in capitals as the title', () => {
    const text =
      "Accueil / Publications / Rapport d'activités 2023\n\nRAPPORT D'ACTIVITÉS 2023\n\nToliara, le 28 mars 2024\n\nNotre travail.";
    assert.equal(extractText('rapport.txt', text).title, "Rapport d'activités 2023");
  });

  it('takes a title in capitals as the opening repeats it in ordinary case', () => {
    const text = [
      'INDIVIDUAL SELF REFLECTION 2022 ON WORLD HUMANITARIAN SUMMIT COMMITMENTS',
      "Individual Self Reflection 2022 on World Humanitarian Summit Commitments - Lobaye Women's Peace Initiative",
      'Our work this year went on despite the floods.',
    ].join('\n\n');
    assert.equal(
      extractText('report.txt', text).title,
      "Individual Self Reflection 2022 on World Humanitarian Summit Commitments - Lobaye Women's Peace Initiative",
    );
  });

  it('takes the declared title when the layout gives none, and keeps a simple document as one item', () => {
    const doc = extractText(
      'notes.html',
      'Some words about the work of 12 volunteers in Osh.',
      'Field notes',
    );
    assert.equal(doc.kind, 'document');
    assert.equal(doc.title, 'Field notes');
    assert.equal(doc.items.length, 1);
    assert.equal(doc.items[0]?.text, 'Some words about the work of 12 volunteers in Osh.');
  });

  it("lists a self-report's contacts wherever they stand, under a label the form does not name too", () => {
    const text = [
      'Auto-évaluation individuelle 2024',
      "Nom de l'organisation\tRéseau des Femmes pour la Paix (REFPACS)\nCourriel\tcontact@refpacs.mr",
      '3D - Autonomiser et protéger les femmes et les filles',
      "Engagement\tType d'engagement\nLe REFPACS s'engage à ouvrir deux espaces sûrs.\tOpérationnel",
      'Nous avons ouvert 2 espaces sûrs.',
    ].join('\n\n');
    const doc = extractText('auto-evaluation.txt', text);
    assert.equal(doc.kind, 'self-report');
    assert.deepEqual(doc.entities.emails, ['contact@refpacs.mr']);
  });

  it("takes a page's declared title when it is the page's short heading with the site's name after it", () => {
    const page = 'Actualités\n\nLe COFEMEK a formé 40 médiatrices à Kananga.';
    const site = 'Actualités | COFEMEK – Collectif des Femmes Médiatrices du Kasaï';
    assert.equal(extractText('news.html', page, site).title, site);
    const report = 'Cyclone Freddy: one year on\n\nThe forum rebuilt 40 homes.';
    const named = 'Cyclone Freddy: one year on | Shire Valley Women’s Forum';
    assert.equal(extractText('report.html', report, named).title, 'Cyclone Freddy: one year on');
  });

  it("names a page of news by its page's title over its masthead, and no document by an editor's default title", () => {
    const item = (title: string, day: string) =>
      `${title}\n\n${day}\n\nThe committee settled 14 land disputes in Nyanza-Lac this month.`;
    const page = [
      "ASSOCIATION INKINGI Y'AMAHORO (AIA) – Makamba, Burundi",
      item('Land disputes settled in Nyanza-Lac', '18.11.2025'),
      item('Young leaders trained in Makamba', '05.11.2025'),
      item('Land commission visits Kayogoro', '24.10.2025'),
    ].join('\n\n');
    const declared = "Association Inkingi y'Amahoro - Actualités";
    assert.equal(extractText('news.html', page, declared).title, declared);
    assert.equal(
      extractText('news.pdf', page, 'Microsoft Word - actualites.docx').title,
      "ASSOCIATION INKINGI Y'AMAHORO (AIA) – Makamba, Burundi",
    );
    assert.equal(extractText('note.docx', 'We met 40 families.', 'Document1').title, null);
    // (a chat app's export of a channel is titled so by the app)
    assert.equal(
      extractText('messages.html', page, 'Exported Data').title,
      "ASSOCIATION INKINGI Y'AMAHORO (AIA) – Makamba, Burundi",
    );
  });

  it('names a page by the title it declares without its site, where the page shows it under other lines', () => {
    const page = [
      'Natalina do Rosário Pinto 14 ago. 2026 Monitorização, Violência doméstica',
      'Violência doméstica nos tribunais: o que vimos em seis meses de monitorização',
      'Entre janeiro e junho de 2026, a equipa acompanhou 93 audiências de processos de violência doméstica.',
    ].join('\n\n');
    assert.equal(
      extractText(
        'post.html',
        page,
        'Violência doméstica nos tribunais: o que vimos em seis meses de monitorização — Observatório Lia Loos',
      ).title,
      'Violência doméstica nos tribunais: o que vimos em seis meses de monitorização',
    );
  });

  it('dates a page by the day its front matter declares', () => {
    const note = 'Note de mission – Bambari, 13–17 octobre 2025\n\nNous avons rencontré 23 médiatrices.';
    assert.equal(extractText('note.md', note).date, '2025-10-13');
    assert.equal(extractText('note.md', note, null, '', '2025-10-21T16:05:00+01:00').date, '2025-10-21');
  });
});

describe('tessera extract --json', () => {
  it('says the kind and structure of every shared example', async () => {
    const files = readdirSync(formats)
      .filter((n) => /^(?:self-report|resolution|factsheet|news|outcome)/.test(n))
      .sort();
    const { status, stdout } = await runCli(['extract', ...files.map((f) => join(formats, f)), '--json']);
    assert.equal(status, 0);
    const docs = JSON.parse(stdout) as Extracted[];
    const byName = new Map(docs.map((d) => [d.file.split('/').pop() ?? '', d]));
    for (const d of docs)
      for (const key of [
        'file',
        'kind',
        'language',
        'title',
        'date',
        'items',
        'outcomes',
        'entities',
        'frameworks',
      ])
        assert.ok(key in d, `${d.file} has ${key}`);

    const qamariya = byName.get('self-report-qamariya-yemen.txt');
    assert.equal(qamariya?.kind, 'self-report');
    assert.deepEqual(
      qamariya?.sections.map((s) => [s.code, s.commitments.length]),
      [
        ['1D', 2],
        ['2D', 3],
        ['3A', 3],
        ['3D', 4],
        ['3F', 1],
        ['4B', 2],
        ['5A', 2],
      ],
    );
    assert.ok(qamariya?.figures.some((f) => f.value === 1284 && f.unit === 'people'));
    assert.equal(byName.get('self-report-semillas-colombia.txt')?.kind, 'self-report');

    const dakar = byName.get('resolution-dakar-2024.txt');
    assert.equal(dakar?.kind, 'resolution');
    assert.equal(dakar?.date, '2024-02-10');
    assert.deepEqual(
      [...new Set(dakar?.recommendations.map((r) => r.addressee))],
      [
        'MINISTRIES OF JUSTICE OF MALI, BURKINA FASO AND NIGER',
        'TRANSITIONAL AUTHORITIES, DEFENCE AND SECURITY FORCES',
        'NATIONAL HUMAN RIGHTS COMMISSIONS AND LOCAL AUTHORITIES',
        'INTERNATIONAL AND DONOR ORGANIZATIONS',
      ],
    );
    assert.equal(byName.get('resolution-shymkent-2023.txt')?.recommendations.length, 16);

    const georgia = byName.get('factsheet-georgia.txt');
    assert.equal(georgia?.kind, 'factsheet');
    assert.deepEqual(georgia?.details.country, { name: 'Georgia', code: 'GE' });
    assert.deepEqual(
      georgia?.figures.filter((f) => f.label.startsWith('Strategy')).map((f) => f.value),
      [4, 3, 2, 5, 0, 4, 3],
    );
    assert.equal(byName.get('factsheet-moldova.txt')?.kind, 'factsheet');

    const news = byName.get('news-lowlands-forum.txt');
    assert.equal(news?.kind, 'news');
    assert.equal(news?.items.length, 10);
    assert.equal(news?.items[9]?.date, '2023-11-30');

    const outcome = byName.get('outcome-02-iraq-2023.md');
    assert.equal(outcome?.kind, 'outcome-records');
    assert.deepEqual(
      outcome?.outcomes.map((o) => o.id),
      ['SCC-IRQ/PHR021'],
    );
  });

  it('reads a document of unknown layout as a document', async () => {
    const file = join(tempDir(), 'memo.md');
    writeFileSync(
      file,
      '# Memo on the 2023 harvest\n\nDate: 4 March 2024\n\nWe collected 35 outcomes in Mali.\n',
    );
    const { status, stdout } = await runCli(['extract', file, '--json']);
    assert.equal(status, 0);
    const [doc] = JSON.parse(stdout) as Extracted[];
    assert.equal(doc?.kind, 'document');
    assert.equal(doc?.date, '2024-03-04');
    assert.deepEqual(doc?.entities.countries, ['ML']);
  });

  it('adds the contacts a page gives in its footer, which its text leaves out', () => {
    const doc = extractText(
      'page.html',
      'Women mediators met in Goma.',
      null,
      'Write to info@example.org · @examplenet',
    );
    assert.deepEqual([doc.entities.emails, doc.entities.handles], [['info@example.org'], ['@examplenet']]);
  });

  it('reads a message saved whole: its folded fields, its subject as MIME encodes it, the language of its body', () => {
    const header = [
      'Return-Path: <nashra-bounces@lists.afkc.tn>',
      'Received: from mail.afkc.tn (mail.afkc.tn [196.203.71.18])',
      '\tby lists.afkc.tn (Postfix) with ESMTPS id 4Rk9Zq0fJbz1xQ',
      '\tfor <nashra@lists.afkc.tn>; Fri,  4 Dec 2026 09:15:04 +0100 (CET)',
      'From: AFKC - Femmes de Kasserine <info@afkc.tn>',
      `Subject: =?UTF-8?B?${Buffer.from('النشرة الإخبارية – العدد 17').toString('base64')}?=`,
      'Date: Fri, 4 Dec 2026 09:15:02 +0100',
      'Message-ID: <20261204081502.7731@afkc.tn>',
      'Content-Type: text/plain; charset="UTF-8"',
      'List-Unsubscribe: <mailto:nashra-unsubscribe@lists.afkc.tn>',
    ].join('\n');
    const body =
      'صديقاتنا وأصدقاءنا الأعزاء، نضع بين أيديكم أخبار الجمعية لشهري نوفمبر وديسمبر. نظمت الجمعية ورشة تكوين لفائدة العاملات الفلاحيات حول التغطية الاجتماعية في سبيطلة.';
    const doc = extractText('nashra.txt', `${header}\n\n${body}`);
    assert.deepEqual(
      [doc.title, doc.date, doc.language],
      ['النشرة الإخبارية – العدد 17', '2026-12-04', 'ar'],
    );
  });

  it("titles a blog's page of one post by the post, not by the blog's page title", () => {
    const text = [
      'Two years of the Family Tracing Desk: what families in Mannar told us',
      '10/27/2026',
      '0 Comments',
      'In October 2024 the collective opened a Family Tracing Desk in Mannar town. Two years later, we share what the families told us.',
    ].join('\n\n');
    const doc = extractText('post.html', text, 'Updates - MWCTJ');
    assert.deepEqual(
      [doc.kind, doc.title, doc.items.length],
      ['news', 'Two years of the Family Tracing Desk: what families in Mannar told us', 1],
    );
  });

  it('reads a message printed from Gmail: its subject and day, the addresses of its head', () => {
    const text = [
      'Gmail\tTamba Fillie <tamba@kwpjn.org>',
      'Q3 report - Kono\n2 messages',
      'Hannah Verbeek <h.verbeek@nlpf.org>\tTue, Oct 20, 2026 at 9:12 AM\nTo: Programme Team <pt@nlpf.org>',
      'Hi all, here is the Q3 report from KWPJN for the files. During the quarter, 22 community monitors recorded 167 protection incidents.',
    ].join('\n\n');
    const doc = extractText('gmail.txt', text);
    assert.deepEqual([doc.kind, doc.title, doc.date], ['document', 'Q3 report - Kono', '2026-10-20']);
    assert.deepEqual(doc.entities.emails, ['tamba@kwpjn.org', 'h.verbeek@nlpf.org', 'pt@nlpf.org']);
  });

  it('reads a report forwarded in a chain of messages as one document, not their headers as items', () => {
    const header = (from: string, sent: string, subject: string) =>
      `From: ${from}\nSent: ${sent}\nTo: Programme Team <pt@nlpf.org>\nSubject: ${subject}`;
    const text = [
      header(
        'Hannah Verbeek <h.verbeek@nlpf.org>',
        'Tuesday, October 20, 2026 9:12 AM',
        'FW: Q3 report - Kono',
      ),
      'Hi all, forwarding the Q3 report from KWPJN below for the files.',
      `-----Original Message-----\n${header('Tamba Fillie <tamba@kwpjn.org>', 'Friday, October 16, 2026 5:47 PM', 'Q3 report - Kono')}`,
      'Dear Hannah, below is the text of our Q3 report.',
      '----------------------------------------',
      'Quarterly Protection Monitoring Report: Kono District',
      'Date of report: 14 October 2026',
      'During the quarter, 22 community monitors recorded 167 protection incidents.',
      `-----Original Message-----\n${header('Hannah Verbeek <h.verbeek@nlpf.org>', 'Monday, October 5, 2026 8:00 AM', 'Reminder: Q3 reports')}`,
      'Dear partners, a reminder that Q3 reports are due by 16 October.',
    ].join('\n\n');
    const doc = extractText('fw.txt', text);
    assert.equal(doc.kind, 'document');
    // (titled by the report's own heading, under the forwarded message's rule)
    assert.equal(doc.title, 'Quarterly Protection Monitoring Report: Kono District');
    const pasted = extractText(
      'dovidka.txt',
      [
        'Від: Наталія Орел <monitoring@khmhm.org.ua>\nКому: робоча група <wg@gmail.com>\nКопія: Дмитро Шевчук <d.shevchuk@khmhm.org.ua>\nДата: пт, 23 жовт. 2026 р. о 18:47\nТема: Довідка: моніторинг, Харків (текст)',
        'Колеги, добрий вечір! Надсилаю текст довідки прямо в листі.',
        '--------------------------------------------------------------------',
        'Інформаційна довідка за результатами громадського моніторингу пунктів незламності',
        'Моніторинг охопив 24 пункти незламності у 9 районах міста.',
      ].join('\n\n'),
    );
    assert.deepEqual(
      [pasted.title, pasted.date],
      ['Інформаційна довідка за результатами громадського моніторингу пунктів незламності', '2026-10-23'],
    );
    assert.deepEqual(doc.entities.emails.slice(0, 2), ['h.verbeek@nlpf.org', 'pt@nlpf.org']);
  });

  it('reads a newsletter sent as e-mail: its subject and date, items under headings set off by rules', () => {
    const item = (title: string, dateline: string, body: string) =>
      `${title}\n------------------------------------------------------------\n${dateline}\n\n${body}\n\nRead more (https://pwmf.org.ng/news)`;
    const text = [
      'From: Plateau Women Mediators Forum <news@pwmf.org.ng>\nTo: friends@pwmf.org.ng\nDate: Tue, 18 Feb 2025 08:30:12 +0100\nSubject: Common Ground Bulletin – Issue 9, February 2025',
      'Dear friends, the new year started with good news from Bokkos.',
      item(
        'Funding news: early warning to reach Wase',
        'Jos, 12 February 2025',
        'PWMF signed a grant with a trust.',
      ),
      item(
        'Women mediators help reopen Bokkos market',
        'Bokkos, 10 February 2025',
        'The market reopened on 3 February.',
      ),
      item(
        'Early-warning dashboard: what 2024 taught us',
        'Jos, 28 January 2025',
        'The dashboard logged incidents.',
      ),
    ].join('\n\n');
    const doc = extractText('bulletin.txt', text);
    assert.equal(doc.kind, 'news');
    assert.equal(doc.title, 'Common Ground Bulletin – Issue 9, February 2025');
    assert.equal(doc.date, '2025-02-18');
    assert.deepEqual(
      doc.items.map((i) => [i.date, i.title]),
      [
        ['2025-02-12', 'Funding news: early warning to reach Wase'],
        ['2025-02-10', 'Women mediators help reopen Bokkos market'],
        ['2025-01-28', 'Early-warning dashboard: what 2024 taught us'],
      ],
    );
  });
});
