import { escapeXml as escapeHtml } from '../charts/svg.js';
import { documentLabel, whyListed } from './evidence.js';
import { outcomeView } from './fields.js';
import type { Report, ReportSection, ReportTable } from './model.js';

const CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #595959; --rule: #d4d4d4; --accent: #0072b2; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem 4rem; color: var(--ink); background: #fff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; margin: .25rem 0; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .5rem; padding-top: .5rem; border-top: 2px solid var(--ink); }
h3 { font-size: 1rem; margin: 0; }
.kicker { margin: 0; font-size: .8rem; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
.subtitle { margin: 0; font-size: 1.1rem; color: var(--muted); }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .75rem; margin: 1.5rem 0; }
.figures div { border: 1px solid var(--rule); border-left: 4px solid var(--accent); padding: .5rem .75rem; }
.figures dt { font-size: .8rem; color: var(--muted); }
.figures dd { margin: 0; font-size: 1.3rem; font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
.notice { border: 1.5px dashed var(--ink); padding: .5rem .75rem; margin: 1rem 0; }
nav ol { columns: 2; margin: .25rem 0; padding-left: 1.25rem; }
a { color: var(--accent); }
figure { margin: 1rem 0; break-inside: avoid; }
.series { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 1.5rem; align-items: start; }
@media screen and (min-width: 60rem) { .series { grid-template-columns: minmax(0, 5fr) minmax(0, 3fr); } }
details.numbers summary { cursor: pointer; color: var(--accent); }
svg.chart { display: block; max-width: 100%; height: auto; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: .75rem 0; font-size: .875rem; break-inside: avoid; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
th, td { padding: .25rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); }
.n { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: 700; border-top: 2px solid var(--ink); border-bottom: 0; }
tr { break-inside: avoid; }
article.outcome { border-top: 1px solid var(--rule); padding: .9rem 0; }
article.outcome header { break-inside: avoid; break-after: avoid; }
.facts { margin: .15rem 0; color: var(--muted); font-size: .9rem; }
.chips { margin: .35rem 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .3rem; }
.chips li { border: 1px solid var(--rule); border-radius: 1rem; padding: 0 .55rem; font-size: .8rem; }
.chips li.flag { border: 1.5px dashed var(--ink); font-weight: 600; }
dl.fields { margin: .5rem 0 0; }
dl.fields dt { break-after: avoid; margin-top: .5rem; font-size: .8rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
dl.fields dd { margin: 0; white-space: pre-line; }
.notes li { margin: .25rem 0; }
ul.documents { list-style: none; padding: 0; }
ul.documents li { border-top: 1px solid var(--rule); padding: .6rem 0; break-inside: avoid; }
.id { white-space: nowrap; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  details.numbers { display: none; }
  section.view:has(> figure) { break-inside: avoid; }
}
`;

function pageCss(title: string): string {
  const label = title.replace(/["\\\n]/g, ' ');
  return `@page { size: A4; margin: 15mm 14mm 16mm;
  @bottom-left { content: "${label}"; font: 8pt sans-serif; color: #595959; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt sans-serif; color: #595959; } }`;
}

function table(t: ReportTable, caption: string): string {
  const cell = (tag: 'th' | 'td', text: string, i: number, scope = '') =>
    `<${tag}${scope}${i >= t.numericFrom ? ' class="n"' : ''}>${escapeHtml(text)}</${tag}>`;
  const head = t.head.map((h, i) => cell('th', h, i, ' scope="col"')).join('');
  const body = t.body
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? cell('th', c, i, ' scope="row"') : cell('td', c, i))).join('')}</tr>`,
    )
    .join('\n');
  const foot = t.foot.map((c, i) => cell('td', c, i)).join('');
  return `<div class="table-wrap"><table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody><tfoot><tr>${foot}</tr></tfoot></table></div>`;
}

function section(s: ReportSection): string {
  const numbers = table(s.table, `${s.heading}: the numbers`);
  const body =
    s.shape === 'series'
      ? `<div class="series"><figure>${s.chart.svg}</figure>${numbers}</div>`
      : `<figure>${s.chart.svg}</figure>\n<details class="numbers"><summary>The numbers as a table</summary>${numbers}</details>`;
  return `<section class="view" id="${s.id}" aria-labelledby="${s.id}-heading">
<h2 id="${s.id}-heading">${escapeHtml(s.heading)}</h2>
<p>${escapeHtml(s.text)}</p>
${body}
</section>`;
}

function outcomes(report: Report): string {
  return report.outcomes
    .map((p) => {
      const v = outcomeView(p, report.codebook);
      const chips = [
        ...v.types.map((t) => `<li>${escapeHtml(t)}</li>`),
        ...v.flags.map((f) => `<li class="flag">${escapeHtml(f)}</li>`),
      ];
      const fields = v.fields
        .map((f) => `<dt>${escapeHtml(f.label)}</dt><dd dir="auto">${escapeHtml(f.text)}</dd>`)
        .join('');
      return `<article class="outcome" id="outcome-${escapeHtml(v.id)}">
<header><h3>${escapeHtml(v.heading)}</h3><p class="facts">${escapeHtml(v.facts.join(' · '))}</p>${chips.length ? `<ul class="chips">${chips.join('')}</ul>` : ''}</header>
<dl class="fields">${fields}</dl>
</article>`;
    })
    .join('\n');
}

function documents(report: Report): string {
  if (report.documents.length === 0)
    return '<p>No partner document in the store is tied to these outcomes.</p>';
  const items = report.documents.map((d) => {
    const facts = [d.kind, d.date, d.language, d.name].filter(Boolean).join(' · ');
    const links = d.outcomes
      .map((id) => `<a class="id" href="#outcome-${escapeHtml(id)}">${escapeHtml(id)}</a>`)
      .join(', ');
    return `<li><h3 dir="auto">${escapeHtml(documentLabel(d))}</h3><p class="facts">${escapeHtml(facts)}</p><p>${escapeHtml(`Why listed: ${whyListed(d)}.`)}${links ? ` Outcomes: ${links}.` : ''}</p></li>`;
  });
  return `<ul class="documents">\n${items.join('\n')}\n</ul>`;
}

/** The report as one self-contained HTML page: inline CSS and SVG, no script, font, image or link outside it. */
export function renderHtml(report: Report): string {
  const kind = report.kind === 'factsheet' ? 'Factsheet' : 'Harvest report';
  const figures = report.figures
    .map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd></div>`)
    .join('');
  const contents = [
    ...report.sections.map((s) => [s.id, s.heading]),
    ['outcomes', `Outcomes (${report.outcomes.length})`],
    ['documents', `Evidence documents (${report.documents.length})`],
    ['about', 'About this report'],
  ]
    .map(([id, heading]) => `<li><a href="#${id}">${escapeHtml(heading ?? '')}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Tessera">
<title>${escapeHtml(report.title)}</title>
<style>${CSS}${pageCss(report.title)}</style>
</head>
<body>
<header>
<p class="kicker">Tessera · ${kind} · ${escapeHtml(report.generated)}</p>
<h1>${escapeHtml(report.title)}</h1>
<p class="subtitle">${escapeHtml(report.subtitle)}</p>
<dl class="figures">${figures}</dl>
<p class="notice">${escapeHtml(report.notes[0] ?? '')}</p>
</header>
<nav aria-label="Contents"><strong>Contents</strong><ol>${contents}</ol></nav>
<main>
${report.sections.map(section).join('\n')}
<section id="outcomes" aria-labelledby="outcomes-heading">
<h2 id="outcomes-heading">Outcomes</h2>
${outcomes(report)}
</section>
<section id="documents" aria-labelledby="documents-heading">
<h2 id="documents-heading">Evidence documents</h2>
${documents(report)}
</section>
</main>
<footer id="about">
<h2>About this report</h2>
<ul class="notes">${report.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>
<p class="facts">Made with Tessera on ${escapeHtml(report.generated)}.</p>
</footer>
</body>
</html>
`;
}
