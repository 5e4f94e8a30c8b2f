// The QA report as one standalone HTML page: no script, no external resource (a Content Security
// Policy says so to the browser), the chart an inline SVG, styles inline with print rules, so the
// file can be mailed, archived, opened offline and printed to PDF as it is.
import type { Severity } from '../types';
import { categoryLabel, SEVERITIES, type QaIssue, type QaReport, type QaStatus } from './model';

const SEVERITY_COLOR: Record<Severity, string> = {
  critical: '#b42318',
  major: '#e8590c',
  minor: '#d4a017',
  neutral: '#8a94a6',
};

const STATUS_LABEL: Record<QaStatus, string> = {
  open: 'Open',
  accepted: 'Accepted',
  rejected: 'Rejected',
  resolved: 'Resolved by edit',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const nf = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const num = (n: number) => (Number.isFinite(n) ? nf.format(n) : '—');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Horizontal bars, one per category, stacked by severity; the scale is issue counts. */
export function categoryChart(report: QaReport): string {
  const rows = report.categories.filter((c) => c.total > 0);
  const width = 760;
  const labelWidth = 230;
  const countWidth = 44;
  const barArea = width - labelWidth - countWidth - 16;
  const rowHeight = 30;
  const top = 8;
  const axis = 24;
  const height = top + Math.max(rows.length, 1) * rowHeight + axis;
  const max = Math.max(1, ...rows.map((r) => r.total));
  // A round step for the grid: 1, 2, 5, 10, 20, 50...
  const steps = [1, 2, 5].flatMap((s) => [s, s * 10, s * 100, s * 1000]).sort((a, b) => a - b);
  const step = steps.find((s) => max / s <= 6) ?? Math.ceil(max / 6);
  const scaleMax = Math.ceil(max / step) * step;
  const x = (n: number) => labelWidth + (n / scaleMax) * barArea;
  const title = 'Issues by MQM category and severity';
  const desc = rows.length
    ? rows.map((r) => `${categoryLabel(r.category)}: ${r.total} (${SEVERITIES.filter((s) => r[s]).map((s) => `${r[s]} ${s}`).join(', ')})`).join('; ')
    : 'No issue counts toward the score.';
  const parts: string[] = [];
  for (let v = 0; v <= scaleMax; v += step) {
    const gx = x(v).toFixed(1);
    parts.push(`<line x1="${gx}" y1="${top - 4}" x2="${gx}" y2="${height - axis + 2}" class="grid"/>`);
    parts.push(`<text x="${gx}" y="${height - 6}" class="tick" text-anchor="middle">${v}</text>`);
  }
  rows.forEach((r, i) => {
    const y = top + i * rowHeight;
    parts.push(`<text x="${labelWidth - 10}" y="${y + rowHeight / 2 + 4}" class="label" text-anchor="end">${escapeHtml(categoryLabel(r.category))}</text>`);
    let acc = 0;
    for (const s of SEVERITIES) {
      if (!r[s]) continue;
      const x0 = x(acc);
      const w = x(acc + r[s]) - x0;
      parts.push(
        `<rect x="${x0.toFixed(1)}" y="${y + 6}" width="${Math.max(w - 1, 1).toFixed(1)}" height="${rowHeight - 12}" rx="2" fill="${SEVERITY_COLOR[s]}"><title>${escapeHtml(categoryLabel(r.category))}: ${r[s]} ${s}</title></rect>`,
      );
      acc += r[s];
    }
    parts.push(`<text x="${(x(acc) + 6).toFixed(1)}" y="${y + rowHeight / 2 + 4}" class="count">${r.total}</text>`);
  });
  if (!rows.length) parts.push(`<text x="${labelWidth}" y="${top + rowHeight / 2 + 4}" class="label">No issue counts toward the score.</text>`);
  return (
    `<svg id="category-chart" class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="chart-title">${title}</title><desc id="chart-desc">${escapeHtml(desc)}</desc>${parts.join('')}</svg>`
  );
}

function legend(): string {
  return `<ul class="legend">${SEVERITIES.map((s) => `<li><span class="swatch" style="background:${SEVERITY_COLOR[s]}"></span>${cap(s)}</li>`).join('')}</ul>`;
}

function categoryTable(report: QaReport): string {
  const w = report.score.weights;
  const head = `<tr><th scope="col">Category</th>${SEVERITIES.map((s) => `<th scope="col" class="num">${cap(s)}<span class="weight">×${num(w[s])}</span></th>`).join('')}<th scope="col" class="num">Total</th><th scope="col" class="num">Penalty</th><th scope="col" class="num">Rejected</th></tr>`;
  const rows = report.categories.map(
    (c) =>
      `<tr><th scope="row">${escapeHtml(categoryLabel(c.category))}</th>${SEVERITIES.map((s) => `<td class="num">${c[s] || '<span class="zero">0</span>'}</td>`).join('')}<td class="num strong">${c.total}</td><td class="num">${num(c.penalty)}</td><td class="num muted">${c.rejected}</td></tr>`,
  );
  const sum = (f: (c: QaReport['categories'][number]) => number) => report.categories.reduce((a, c) => a + f(c), 0);
  const foot = `<tr><th scope="row">All categories</th>${SEVERITIES.map((s) => `<td class="num">${sum((c) => c[s])}</td>`).join('')}<td class="num strong">${sum((c) => c.total)}</td><td class="num strong">${num(report.score.penalty)}</td><td class="num muted">${sum((c) => c.rejected)}</td></tr>`;
  return `<table class="counts"><thead>${head}</thead><tbody>${rows.join('') || '<tr><td colspan="8" class="muted">No issues.</td></tr>'}</tbody><tfoot>${foot}</tfoot></table>`;
}

function issueCell(x: QaIssue, report: QaReport): string {
  const to = escapeHtml(report.to);
  const from = escapeHtml(report.from);
  const bits: string[] = [`<div class="msg">${escapeHtml(x.message)}</div>`];
  const flagged = x.flagged ? `<del lang="${to}" dir="auto">${escapeHtml(x.flagged)}</del>` : '';
  if (x.status === 'accepted' && x.fix !== null) {
    bits.push(`<div class="change">${flagged || '<span class="muted">(insertion)</span>'} <span class="arrow">→</span> <ins lang="${to}" dir="auto">${escapeHtml(x.fix) || '<span class="muted">(deleted)</span>'}</ins></div>`);
  } else if (x.flagged || x.suggestion !== null) {
    const found = x.flagged ? `<mark lang="${to}" dir="auto">${escapeHtml(x.flagged)}</mark>` : '';
    const sugg = x.suggestion !== null ? ` <span class="arrow">→</span> <span class="sugg" lang="${to}" dir="auto">${escapeHtml(x.suggestion) || '<span class="muted">(delete)</span>'}</span>` : '';
    bits.push(`<div class="change">${found}${sugg}</div>`);
  }
  if (x.sourceText) bits.push(`<div class="src">Source: <q lang="${from}" dir="auto">${escapeHtml(x.sourceText)}</q></div>`);
  return bits.join('');
}

function decisionCell(x: QaIssue): string {
  const when = x.decidedAt ? `<div class="when">${escapeHtml(x.decidedAt.slice(0, 16).replace('T', ' '))}</div>` : '';
  const origin = x.origin === 'edit' ? '<div class="muted">appeared after an edit</div>' : '';
  const reason = x.status === 'rejected' && x.reason ? `<div class="reason">“${escapeHtml(x.reason)}”</div>` : '';
  return `<span class="status status-${x.status}">${STATUS_LABEL[x.status]}</span>${reason}${origin}${when}`;
}

function issuesTable(report: QaReport): string {
  if (!report.issues.length) return '<p class="muted">The checks found no issue.</p>';
  const rows = report.issues.map(
    (x) =>
      `<tr class="${x.counted ? '' : 'not-counted'}"><td class="num">${x.n}</td><td class="seg">${escapeHtml(x.segment)}</td><td><span class="sev sev-${x.severity}">${cap(x.severity)}</span></td><td class="cat">${escapeHtml(categoryLabel(x.category))}<div class="rule">${escapeHtml(x.ruleId)}</div></td><td>${issueCell(x, report)}</td><td>${decisionCell(x)}</td></tr>`,
  );
  return `<table class="issues"><thead><tr><th scope="col" class="num">#</th><th scope="col">Segment</th><th scope="col">Severity</th><th scope="col">Category</th><th scope="col">Issue</th><th scope="col">Decision</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const CSS = `
:root{--ink:#1d2433;--muted:#667085;--line:#e4e7ec;--soft:#f6f7f9;--accent:#2f4b8a;--pass:#067647;--fail:#b42318}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;background:#eef0f4;color:var(--ink);font:14px/1.5 "Segoe UI",system-ui,-apple-system,"Helvetica Neue",Arial,"Noto Sans",sans-serif}
main{max-width:1040px;margin:24px auto;background:#fff;padding:36px 44px 44px;border-radius:10px;box-shadow:0 1px 3px rgba(16,24,40,.08)}
header{border-bottom:3px solid var(--accent);padding-bottom:18px;margin-bottom:26px}
.brand{font-size:12px;letter-spacing:.12em;text-transform:uppercase;color:var(--accent);font-weight:700}
h1{font-size:26px;margin:6px 0 12px;font-weight:650}
h2{font-size:17px;margin:34px 0 12px;font-weight:650;color:var(--ink)}
dl.meta{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:4px 14px;margin:0;font-size:13px}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0;overflow-wrap:anywhere}
.cards{display:grid;grid-template-columns:1.25fr 1fr 1fr;gap:16px}
.card{border:1px solid var(--line);border-radius:10px;padding:16px 18px;background:#fff;break-inside:avoid}
.card h3{margin:0 0 8px;font-size:12px;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);font-weight:600}
.score{border-top:5px solid var(--fail)}
.score.pass{border-top-color:var(--pass)}
.score-line{display:flex;align-items:baseline;gap:14px}
.score-value{font-size:44px;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}
.verdict{display:inline-block;padding:3px 12px;border-radius:999px;font-weight:700;font-size:13px;letter-spacing:.06em;color:#fff;background:var(--fail)}
.pass .verdict{background:var(--pass)}
.score p{margin:8px 0 0;color:var(--muted);font-size:13px}
.stats{display:grid;grid-template-columns:1fr auto;gap:2px 12px;margin:0;font-size:13.5px}
.stats dt{color:var(--muted)}
.stats dd{margin:0;text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
.chart-box{border:1px solid var(--line);border-radius:10px;padding:14px 16px 8px;break-inside:avoid}
.chart{display:block;max-width:100%;height:auto}
.chart .grid{stroke:#e4e7ec;stroke-width:1}
.chart .tick{fill:var(--muted);font-size:11px}
.chart .label{fill:var(--ink);font-size:13px}
.chart .count{fill:var(--ink);font-size:13px;font-weight:600}
.legend{list-style:none;display:flex;gap:18px;padding:0;margin:8px 0 4px;font-size:12.5px;color:var(--muted)}
.swatch{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px;vertical-align:-1px}
table{width:100%;border-collapse:collapse;font-size:13px}
th,td{padding:7px 9px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--soft);color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.04em;border-bottom:1px solid #d0d5dd}
tfoot th,tfoot td{border-top:2px solid #d0d5dd;border-bottom:0;font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums}
.counts tbody th{font-weight:500}
.weight{display:block;font-size:10.5px;color:var(--muted);text-transform:none;letter-spacing:0;font-weight:400}
.strong{font-weight:700}.muted,.zero{color:var(--muted)}.zero{opacity:.5}
.formula{background:var(--soft);border-radius:8px;padding:12px 16px;font-size:13px;margin:0}
.formula code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:12.5px}
.issues td.seg{white-space:nowrap;color:var(--muted);font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
.issues .cat{min-width:150px}
.rule{color:var(--muted);font-size:11.5px;font-family:ui-monospace,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.msg{margin-bottom:3px}
.change{font-size:13px}
.change del{color:#912018;background:#fef3f2;text-decoration-color:#d92d20}
.change ins{color:#05603a;background:#ecfdf3;text-decoration:none;border-bottom:1px solid #32d583}
mark{background:#fef0c7;color:inherit;padding:0 2px;border-radius:2px}
.sugg{color:#05603a}
.arrow{color:var(--muted);padding:0 2px}
.src{color:var(--muted);font-size:12.5px;margin-top:2px}
.sev,.status{display:inline-block;border-radius:4px;padding:1px 7px;font-size:12px;font-weight:600;white-space:nowrap}
.sev-critical{background:#fee4e2;color:#912018}.sev-major{background:#ffead5;color:#93370d}
.sev-minor{background:#fef7c3;color:#854a0e}.sev-neutral{background:#f2f4f7;color:#475467}
.status-open{background:#e0eaff;color:#2d3282}.status-accepted{background:#dcfae6;color:#067647}
.status-rejected{background:#f2f4f7;color:#475467}.status-resolved{background:#ccfbef;color:#125d56}
.reason{font-size:12.5px;color:var(--muted);font-style:italic;margin-top:3px}
.when{font-size:11.5px;color:var(--muted);margin-top:3px}
tr.not-counted td{color:#98a2b3}
tr.not-counted .sev{opacity:.6}
footer{margin-top:34px;padding-top:12px;border-top:1px solid var(--line);color:var(--muted);font-size:12px}
@page{size:A4;margin:14mm 12mm}
@media print{
  body{background:#fff;font-size:11.5px}
  main{max-width:none;margin:0;padding:0;box-shadow:none;border-radius:0}
  h2{break-after:avoid}
  .cards{grid-template-columns:1.25fr 1fr 1fr}
  thead{display:table-header-group}
  tr,.card,.chart-box{break-inside:avoid}
}
@media (max-width:760px){main{padding:20px}.cards{grid-template-columns:1fr}dl.meta{grid-template-columns:max-content 1fr}}
`;

export function reportHtml(report: QaReport): string {
  const s = report.score;
  const date = report.generatedAt.slice(0, 16).replace('T', ' ') + ' UTC';
  const title = `QA report — ${report.targetName}`;
  const verdict = s.pass ? 'PASS' : 'FAIL';
  const meta = [
    ['Source', `${escapeHtml(report.sourceName)} · ${escapeHtml(languageName(report.from))}`],
    ['Translation', `${escapeHtml(report.targetName)} · ${escapeHtml(languageName(report.to))}`],
    ['Reviewer', report.reviewer ? escapeHtml(report.reviewer) : '<span class="muted">not given</span>'],
    ['Generated', `${escapeHtml(date)} by Verso`],
  ];
  const total = report.issues.length;
  const st = report.statuses;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Verso">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<div class="brand">Verso · Translation quality report</div>
<h1>${escapeHtml(report.targetName)}</h1>
<dl class="meta">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
</header>

<section class="cards" aria-label="Summary">
<div class="card score ${s.pass ? 'pass' : 'fail'}" id="score">
<h3>MQM quality score</h3>
<div class="score-line"><span class="score-value" id="score-value">${num(s.score)}</span><span class="verdict">${verdict}</span></div>
<p><strong>${num(s.penaltyPer1000)}</strong> penalty points per 1,000 words; pass at ≤ ${num(s.maxPenaltyPer1000)}.</p>
<p>${num(s.penalty)} points from ${s.counted} counted issue${s.counted === 1 ? '' : 's'} over ${num(s.words)} source words.</p>
</div>
<div class="card">
<h3>Issues</h3>
<dl class="stats">
<dt>Found</dt><dd>${total}</dd>
<dt>Accepted</dt><dd>${st.accepted}</dd>
<dt>Resolved by edit</dt><dd>${st.resolved}</dd>
<dt>Rejected</dt><dd>${st.rejected}</dd>
<dt>Open</dt><dd>${st.open}</dd>
</dl>
</div>
<div class="card">
<h3>Document</h3>
<dl class="stats">
<dt>Source words</dt><dd>${num(report.words.source)}</dd>
<dt>MT words</dt><dd>${num(report.words.machine)}</dd>
<dt>Segments</dt><dd>${report.segments.total}</dd>
<dt>Edited</dt><dd>${report.segments.edited}</dd>
<dt>Marked reviewed</dt><dd>${report.segments.reviewed}</dd>
</dl>
</div>
</section>

<section>
<h2>Issues by category</h2>
<div class="chart-box">
${categoryChart(report)}
${legend()}
</div>
</section>

<section>
<h2>Counts by category and severity</h2>
${categoryTable(report)}
</section>

<section>
<h2>How the score is computed</h2>
<p class="formula">Penalty = Σ severity weight of every issue found in the machine translation that the reviewer did not reject
(weights: critical ${num(s.weights.critical)}, major ${num(s.weights.major)}, minor ${num(s.weights.minor)}, neutral ${num(s.weights.neutral)}).<br>
<code>penalty per 1,000 words = penalty × 1000 ÷ source words</code> = ${num(s.penalty)} × 1000 ÷ ${num(s.words)} = ${num(s.penaltyPer1000)}<br>
<code>quality score = 100 × (1 − penalty ÷ source words)</code> = ${num(s.score)}<br>
The translation passes when the penalty per 1,000 words is at most ${num(s.maxPenaltyPer1000)}.</p>
</section>

<section>
<h2>All issues</h2>
${issuesTable(report)}
</section>

<footer>Made by Verso from automatic checks and the reviewer's decisions. Rejected issues and issues that appeared after an edit are listed in grey and do not count toward the score.</footer>
</main>
</body>
</html>
`;
}
