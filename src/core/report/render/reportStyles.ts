/** The HTML report's whole stylesheet: readable on screen, A4 portrait in print. */
export const REPORT_STYLES = `
@page { size: A4; margin: 16mm 14mm; }
:root { color-scheme: light; --ink: #1a1a1a; --muted: #5c5c66; --rule: #d6d6dc; --accent: #4262ff; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 190mm; padding: 24px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Open Sans", sans-serif; color: var(--ink); }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
h3 { font-size: 16px; margin: 20px 0 6px; }
h1, h2, h3, h4, td, th, li, p { overflow-wrap: break-word; unicode-bidi: plaintext; }
.meta { color: var(--muted); margin: 0 0 8px; }
table { width: 100%; border-collapse: collapse; margin: 4px 0 12px; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--rule); }
th { font-weight: 600; background: #f5f6f8; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
td.number { white-space: nowrap; }
ul { margin: 4px 0 12px; padding-left: 20px; }
.persona { background: #f5f6f8; padding: 8px 12px; border-radius: 6px; }
.advice { color: var(--muted); }
footer.meta { margin-top: 16px; font-size: 12px; }
.curve-chart { width: 100%; max-width: 640px; height: auto; display: block; margin: 8px 0; }
.curve-chart .grid { stroke: var(--rule); stroke-width: 1; }
.curve-chart .grid.zero { stroke: #9a9aa6; }
.curve-chart .scale, .curve-chart .stage { font-size: 11px; fill: var(--muted); }
.curve-chart .curve { fill: none; stroke: var(--accent); stroke-width: 2.5; }
.curve-chart .point { fill: #fff; stroke: var(--accent); stroke-width: 2; }
.curve-chart .value { font-size: 11px; font-weight: 600; fill: var(--ink); }
.map-grid { width: 100%; height: auto; display: block; margin: 8px 0 16px; }
.map-grid .lane { fill: #fafafb; stroke: var(--rule); stroke-width: 1; }
.map-grid .column { stroke: var(--rule); stroke-width: 1; }
.map-grid .stage { font-size: 12px; font-weight: 600; fill: var(--ink); }
.map-grid .lane-name { font-size: 11px; font-weight: 600; fill: var(--muted); }
.map-grid .note { stroke: rgba(0, 0, 0, 0.12); stroke-width: 0.5; }
.map-grid .note-text, .map-grid .more { font-size: 10px; }
.map-grid .more { fill: var(--muted); }
@media print {
  body { padding: 0; max-width: none; font-size: 10.5pt; }
  section.map + section.map, section.comparisons { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  li { break-inside: avoid; }
  tr, .curve-chart, .map-grid, .persona { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;
