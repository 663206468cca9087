// The board document's only stylesheet, inlined: it must open offline and print anywhere, so it
// uses the system fonts, no pictures but the posts' own inlined as data: URIs, and breaks pages between posts rather than through them.
export const BOARD_HTML_STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --flag: #9a3412; --flag-bg: #fff4e5; --accent: #1f5fbf; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 52rem; padding: 24px 16px 48px; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6rem; line-height: 1.2; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1rem; margin: 0; }
p { margin: 0 0 8px; }
.org { font-weight: 700; color: var(--accent); margin: 0; text-transform: uppercase; letter-spacing: .04em; font-size: .85rem; }
.period { font-size: 1.1rem; margin: 0; }
.meta, .made { color: var(--muted); font-size: .9rem; }
.review { margin-top: 8px; padding: 8px 12px; border-left: 4px solid var(--accent); background: #f3f6fb; }
.review.due { border-color: var(--flag); background: var(--flag-bg); }
.totals { display: flex; flex-wrap: wrap; gap: 8px 24px; }
.totals ul { list-style: none; margin: 0; padding: 0; }
.totals li { display: flex; justify-content: space-between; gap: 16px; min-width: 12rem; border-bottom: 1px dotted var(--line); }
.totals h3 { margin-top: 8px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: center; }
th[scope="row"], thead th:first-child { text-align: left; }
td.suggested { background: #eef4ff; }
td.zero { color: #8c959f; }
tr.flagged th[scope="row"] { color: var(--flag); }
.flag { display: inline-block; margin-left: 4px; padding: 0 6px; border-radius: 8px; background: var(--flag-bg); color: var(--flag); border: 1px solid var(--flag); font-size: .75rem; font-weight: 600; white-space: nowrap; }
.flags { margin-top: 8px; padding-left: 20px; }
.flags li { color: var(--flag); }
.week-empty { color: var(--muted); font-style: italic; }
.post { padding: 12px 0; border-bottom: 1px solid var(--line); }
.post-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; }
.when { font-weight: 600; font-variant-numeric: tabular-nums; min-width: 9rem; }
.status { font-size: .8rem; padding: 0 8px; border: 1px solid var(--muted); border-radius: 8px; color: var(--muted); white-space: nowrap; }
.status-approved, .status-published { border-color: #1a7f37; color: #1a7f37; }
.excerpt { margin-top: 4px; }
.thumbs { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0 0; padding: 0; align-items: flex-end; }
.thumbs img { display: block; max-width: 160px; max-height: 160px; height: auto; border-radius: 4px; border: 1px solid var(--line); }
.thumbs .more { color: var(--muted); font-size: 0.85em; }
.legend { font-size: .85rem; color: var(--muted); }
.swatch { display: inline-block; width: 1em; height: 1em; vertical-align: -2px; border: 1px solid var(--line); background: #eef4ff; }
.appendix dt { font-weight: 600; margin-top: 8px; }
.appendix dd { margin: 0 0 4px; }
@media (max-width: 480px) {
  body { padding: 16px 12px 32px; }
  h1 { font-size: 1.35rem; }
  .when { min-width: 0; }
  th, td { padding: 4px; }
}
@media print {
  @page { margin: 15mm 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .post, tr, .review, .appendix .term { break-inside: avoid; page-break-inside: avoid; }
  p, dd { orphans: 3; widows: 3; }
  .table-wrap { overflow: visible; }
  td.suggested, .swatch, .flag, .review { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
