import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { DocumentKind } from '../../domain/document.js';
import { readDocument } from '../../ingest/documents/index.js';
import { normaliseText } from '../../ingest/documents/normalise.js';
import { detectKind } from './detect.js';

const formats = fileURLToPath(new URL('../../../../shared/formats/', import.meta.url));
const own = fileURLToPath(new URL('../../../eval/documents/', import.meta.url));

/** The kind each shared example is, by the prefix its name carries (the detector never sees the name). */
const KIND_BY_PREFIX: [string, DocumentKind][] = [
  ['outcome', 'outcome-records'],
  ['self-report', 'self-report'],
  ['resolution', 'resolution'],
  ['factsheet', 'factsheet'],
  ['news', 'news'],
  ['README', 'document'],
];

describe('detectKind', () => {
  it('tells every shared example apart by its text alone', () => {
    for (const name of readdirSync(formats)) {
      const expected = KIND_BY_PREFIX.find(([prefix]) => name.startsWith(prefix))?.[1];
      assert.ok(expected, name);
      assert.equal(detectKind(readFileSync(join(formats, name), 'utf8')), expected, name);
    }
  });

  it('tells the French, Russian, Arabic and English variants apart', () => {
    const kinds = Object.fromEntries(
      readdirSync(own).map((name) => [name, detectKind(readFileSync(join(own, name), 'utf8'))]),
    );
    assert.deepEqual(kinds, {
      'autoevaluation-tilwat-mali.txt': 'self-report',
      'fiche-pays-tunisie.txt': 'factsheet',
      'otchet-monitoring-bishkek.txt': 'document',
      'resolution-ar.txt': 'resolution',
      'rezolyutsiya-osh-2022.txt': 'resolution',
      'updates-harbour-network.txt': 'news',
    });
  });

  it('keeps a report with headings in capitals and lists a document, not a resolution', () => {
    const report = [
      'Annual report 2023',
      'KEY FINDINGS',
      '- Attendance rose in all districts;\n- Two clinics reopened.',
      'NEXT STEPS',
      '- Train 20 more mediators;\n- Publish the survey.',
      'LESSONS',
      '- Plan earlier.',
    ].join('\n\n');
    assert.equal(detectKind(report), 'document');
  });

  it('keeps an Arabic news page and an Arabic report with recommendations documents, not resolutions', () => {
    const news = [
      'قرار الحكومة برفع أسعار الخبز يثير احتجاجات في عدة مدن',
      '٢٠ شباط ٢٠٢٤',
      'خرج مئات المواطنين إلى الشوارع بعد إعلان القرار، وطالبوا بما يلي:',
      '- التراجع الفوري عن رفع الأسعار؛\n- فتح حوار مع النقابات.',
      'وقالت وزارة الاقتصاد إن القرار مؤقت.',
    ].join('\n\n');
    const report = [
      'التقرير السنوي لجمعية النور للتنمية ٢٠٢٣',
      'أبرز النتائج',
      '- ارتفعت نسبة الحضور في جميع المناطق؛\n- أعيد فتح عيادتين.',
      'التوصيات',
      '- تدريب ٢٠ وسيطة إضافية؛\n- نشر نتائج المسح.',
      'الخطوات القادمة',
      '- التخطيط المبكر للأنشطة.',
    ].join('\n\n');
    assert.equal(detectKind(news), 'document');
    assert.equal(detectKind(report), 'document');
  });

  it('reads a self-report whose tables lost their tabs by its section codes', () => {
    const text = [
      'Self-report 2020',
      '1A Demonstrate timely leadership',
      'Text.',
      '2B Ensure full access',
      'Text.',
      '4C Deliver collective outcomes',
      'Text.',
    ].join('\n\n');
    assert.equal(detectKind(text), 'self-report');
  });

  it('reads a news page without breadcrumbs by its titles over date lines', () => {
    const items = ['12.01.2024', '03.02.2024', '28.02.2024'].map(
      (d, i) => `Item number ${i + 1}\n${d}\nBody of the item, a sentence.`,
    );
    assert.equal(detectKind(items.join('\n\n')), 'news');
  });

  it('reads outcome records from key-value text and from a table of outcome headers', () => {
    assert.equal(detectKind('**ID**: X-1\n**Description**: A change.\n**Country**: Mali'), 'outcome-records');
    assert.equal(detectKind('id;country;year;description\nX-1;Mali;2022;A change.'), 'outcome-records');
    assert.equal(detectKind(''), 'document');
    // a report's repeated bold label names no outcome field
    const report =
      '# Annual report\n\nWe trained 40 mediators.\n\n**Keywords:** Protection\n\n**Keywords:** Education';
    assert.equal(detectKind(report), 'document');
  });

  it('keeps a donor report a document: its results table and its cover table of dates are no factsheet or news', () => {
    const report = [
      'Six-Month Progress Report: Women Building Trust in the Drina Valley',
      'Grant reference\tAFCD/BiH/2024-031\nReporting period\t1 January – 30 June 2025\n' +
        'Total grant\tEUR 186,000 (January 2025 – December 2026)\nDate of submission\t31 July 2025',
      'Result\tIndicator\tBaseline\tTarget\tAchieved\n' +
        'Outcome 1: Women cooperate on local issues\tJoint initiatives\t2\t12\t7\n' +
        'Outcome 2: Municipalities respond to women\tDecisions influenced\t0\t4\t2\n' +
        'Outcome 3: Young people reject divisive narratives\tYoung people in exchanges\t0\t200\t61',
      '7. Next steps (July – December 2025)',
    ].join('\n\n');
    assert.equal(detectKind(report), 'document');
  });

  it('keeps annual reports with a contents page a document, their page numbers no counts nor wrapped lines dates', async () => {
    for (const name of [
      'b46-annual-report-lcwpn-voinjama-2024.pdf',
      'b58-annual-report-nwpdc-tamale-2024.pdf',
    ]) {
      const { text } = await readDocument(
        fileURLToPath(new URL(`../../../eval/fresh/documents/${name}`, import.meta.url)),
      );
      assert.equal(detectKind(normaliseText(text)), 'document', name);
    }
  });

  it('keeps a policy paper whose recommendations to authorities follow its summary and findings a document', () => {
    const paper = [
      'منظمة جسور الأنبار للسلم الأهلي',
      'الوثائق المدنية للأسر في محافظة الأنبار: نحو حلٍّ منصف يحمي الأطفال',
      'ملخص',
      'ما زالت أسر كثيرة في محافظة الأنبار محرومة من البطاقة الوطنية وشهادات الميلاد.',
      'المنهجية',
      'استندت الورقة إلى مقابلات معمّقة مع 64 أسرة في الفلوجة والكرمة.',
      'أبرز النتائج',
      'من بين 64 أسرة شملتها الدراسة، تعيل النساء 46 أسرة.',
      'التوصيات',
      'إلى وزارة الداخلية:\n- إصدار الوثائق المدنية دون اشتراط الموافقة الأمنية.',
      'إلى مجلس القضاء الأعلى:\n- تسهيل إجراءات إثبات النسب.',
    ].join('\n\n');
    assert.equal(detectKind(paper), 'document');
  });
});
