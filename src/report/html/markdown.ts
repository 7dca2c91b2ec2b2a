import { documentLabel, whyListed } from './evidence.js';
import { outcomeView } from './fields.js';
import type { Report, ReportTable } from './model.js';

/** Text that Markdown shows as written: `<person>` stays visible instead of becoming an HTML tag. */
function md(text: string): string {
  return text.replace(/[\\`*_<>[\]|#]/g, '\\$&').replace(/\r?\n/g, ' ');
}

function table(t: ReportTable): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    row(t.head.map(md)),
    row(t.head.map((_, i) => (i >= t.numericFrom ? '---:' : '---'))),
    ...t.body.map((r) => row(r.map(md))),
    ...(t.foot.length ? [row(t.foot.map((c) => (c ? `**${md(c)}**` : '')))] : []),
  ].join('\n');
}

/**
 * The report as Markdown: the same figures, tables, outcomes and documents as the HTML; each chart is an
 * image link to the SVG file that `chartFile` names (written beside the Markdown file).
 */
export function renderMarkdown(report: Report, chartFile: (name: string) => string): string {
  const lines: string[] = [
    `# ${md(report.title)}`,
    '',
    md(report.subtitle),
    '',
    `Made with Tessera on ${report.generated}.`,
    '',
    `> ${md(report.notes[0] ?? '')}`,
    '',
    table({
      head: report.figures.map((f) => f.label),
      body: [report.figures.map((f) => f.value)],
      foot: [],
      numericFrom: 0,
    }),
  ];
  for (const s of report.sections) {
    lines.push(
      '',
      `## ${md(s.heading)}`,
      '',
      md(s.text),
      '',
      `![${md(s.heading)}](${chartFile(s.chart.name)})`,
      '',
    );
    lines.push(table(s.table));
  }
  lines.push('', '## Outcomes');
  for (const p of report.outcomes) {
    const v = outcomeView(p, report.codebook);
    lines.push('', `### ${md(v.heading)}`, '', `*${md(v.facts.join(' · '))}*`);
    if (v.types.length) lines.push('', `Types of change: ${md(v.types.join(', '))}`);
    if (v.flags.length) lines.push('', `**${md(v.flags.join(' · '))}**`);
    for (const f of v.fields) lines.push('', `**${md(f.label)}**: ${md(f.text)}`);
  }
  lines.push('', '## Evidence documents', '');
  if (report.documents.length === 0)
    lines.push('No partner document in the store is tied to these outcomes.');
  else
    lines.push(
      table({
        head: ['Document', 'File', 'Kind', 'Date', 'Language', 'Outcomes', 'Why listed'],
        body: report.documents.map((d) => [
          documentLabel(d),
          d.name ?? '',
          d.kind,
          d.date ?? '',
          d.language ?? '',
          d.outcomes.join(', '),
          whyListed(d),
        ]),
        foot: [],
        numericFrom: 99,
      }),
    );
  lines.push('', '## About this report', '', ...report.notes.map((n) => `- ${md(n)}`), '');
  return lines.join('\n');
}
