import { escapeHtml } from '../../html.ts';
import { formatEmotionMean } from '../../model/formatEmotionMean.ts';
import type { Comparison, MapReport, Report } from '../Report.ts';
import { emotionCurveSvg } from './emotionCurveSvg.ts';
import { formatSpread } from './formatSpread.ts';
import { REPORT_STYLES } from './reportStyles.ts';

/** No script, no outside request: only the inline stylesheet and data: images may load. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

type Cell = { text: string; number?: boolean };

/**
 * The report as one standalone, print-ready HTML document with the sections of the Markdown
 * report and an emotion curve per map. Every board text is escaped; the page has no script.
 */
export function renderHtml(report: Report): string {
  const body = [
    '<header>',
    '<h1>Journey report</h1>',
    `<p class="meta">Generated <time datetime="${escapeHtml(report.generatedAt)}">${escapeHtml(report.generatedAt)}</time></p>`,
    '</header>',
    ...(report.maps.length === 0 ? ['<p>No journey maps found on the board.</p>'] : []),
    ...report.maps.map(mapSection),
    ...(report.comparisons.length > 0
      ? [
          '<section class="comparisons">',
          '<h2>Comparisons</h2>',
          ...report.comparisons.map(comparisonSection),
          '</section>',
        ]
      : []),
    ...(report.warnings.length > 0
      ? ['<section class="warnings">', '<h2>Warnings</h2>', list(report.warnings), '</section>']
      : []),
  ];
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<title>Journey report</title>',
    `<style>${REPORT_STYLES}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function mapSection(report: MapReport): string {
  const { map } = report;
  const title = map.title.trim() || 'Untitled map';
  const structure = map.structure === 'app' ? 'recorded by the app' : 'inferred from labels';
  const parts = [
    '<section class="map">',
    `<h2>${escapeHtml(title)}</h2>`,
    `<p class="meta">Frame ${escapeHtml(map.id)} · structure ${structure} · ${map.stages.length} stages, ${map.lanes.length} lanes · ${map.notes.length} notes placed, ${map.unplaced.length} unplaced</p>`,
  ];
  const persona = map.persona;
  if (persona && persona.name.trim() !== '') {
    const who = [persona.name, persona.role].filter(Boolean).join(', ');
    parts.push(
      '<div class="persona">',
      `<p><strong>Persona:</strong> ${escapeHtml(who)}</p>`,
      ...(persona.goals ? [`<p><strong>Goals:</strong> ${escapeHtml(persona.goals)}</p>`] : []),
      ...(persona.frustrations
        ? [`<p><strong>Frustrations:</strong> ${escapeHtml(persona.frustrations)}</p>`]
        : []),
      '</div>',
    );
  } else parts.push('<p>No persona named.</p>');

  if (report.stages.length > 0) {
    parts.push(
      '<h3>Emotion curve</h3>',
      emotionCurveSvg(report.curve, title),
      table(
        [{ text: 'Stage' }, num('Mean'), num('Spread'), num('Scored notes')],
        report.stages.map((stage) => [
          { text: stage.stageName },
          num(formatEmotionMean(stage.emotionMean)),
          num(formatSpread(stage.emotionSpread)),
          num(String(stage.scoredNotes)),
        ]),
      ),
      `<p>Lowest moment: ${moment(report.lowest)}<br>Highest moment: ${moment(report.highest)}</p>`,
    );
  }
  if (report.topPainPoints.length > 0)
    parts.push(
      '<h3>Top pain points</h3>',
      table(
        [num('Rank'), { text: 'Stage' }, { text: 'Pain point' }, num('Votes'), num('Mentions')],
        report.topPainPoints.map((pain, index) => [
          num(String(index + 1)),
          { text: pain.stageName },
          { text: pain.text },
          num(String(pain.votes)),
          num(String(pain.mentions)),
        ]),
      ),
    );
  const opportunities = report.opportunities.flatMap((stage) =>
    stage.notes.map((note) => [{ text: stage.stageName }, { text: note.text }]),
  );
  if (opportunities.length > 0)
    parts.push(
      '<h3>Opportunities</h3>',
      table([{ text: 'Stage' }, { text: 'Opportunity' }], opportunities),
    );
  if (report.unansweredPainPoints.length > 0)
    parts.push(
      '<h3>Pain points without an opportunity</h3>',
      table(
        [{ text: 'Stage' }, { text: 'Pain point' }],
        report.unansweredPainPoints.map((pain) => [{ text: pain.stageName }, { text: pain.text }]),
      ),
    );
  if (report.emptyCells.length > 0)
    parts.push(
      '<h3>Empty cells</h3>',
      table(
        [{ text: 'Stage' }, { text: 'Lane' }],
        report.emptyCells.map((cell) => [{ text: cell.stageName }, { text: cell.laneName }]),
      ),
    );
  if (map.unplaced.length > 0)
    parts.push(
      '<h3>Unplaced notes</h3>',
      table(
        [{ text: 'Note' }, { text: 'Text' }, { text: 'Reason' }],
        map.unplaced.map((note) => [{ text: note.id }, { text: note.text }, { text: note.reason }]),
      ),
    );
  parts.push(
    '<h3>Findings</h3>',
    report.findings.length === 0
      ? '<p>No findings: the map follows every practice the report checks.</p>'
      : `<ul>\n${report.findings
          .map(
            (finding) =>
              `<li>${escapeHtml(finding.message)} <span class="advice">— ${escapeHtml(finding.advice)}</span></li>`,
          )
          .join('\n')}\n</ul>`,
    '</section>',
  );
  return parts.join('\n');
}

function comparisonSection(comparison: Comparison): string {
  const parts = [
    '<section class="comparison">',
    `<h3>${escapeHtml(comparison.fromTitle)} → ${escapeHtml(comparison.toTitle)}</h3>`,
    table(
      [{ text: 'Stage' }, num('From'), num('To'), num('Change')],
      comparison.stages.map((stage) => [
        { text: stage.stageName },
        num(formatEmotionMean(stage.from)),
        num(formatEmotionMean(stage.to)),
        num(formatEmotionMean(stage.change)),
      ]),
    ),
  ];
  if (comparison.answeredPainPoints.length > 0)
    parts.push(
      '<h4>Answered pain points</h4>',
      table(
        [{ text: 'Stage' }, { text: 'Pain point' }, { text: 'Answered by' }],
        comparison.answeredPainPoints.map((pain) => [
          { text: pain.stageName },
          { text: pain.text },
          { text: pain.answeredBy.join('; ') },
        ]),
      ),
    );
  parts.push('</section>');
  return parts.join('\n');
}

function moment(point: { stageName: string; score: number } | null): string {
  return point ? `${escapeHtml(point.stageName)} (${formatEmotionMean(point.score)})` : '—';
}

function num(text: string): Cell {
  return { text, number: true };
}

function table(header: readonly Cell[], rows: readonly (readonly Cell[])[]): string {
  const cell = (tag: 'th' | 'td', { text, number }: Cell) =>
    `<${tag}${tag === 'th' ? ' scope="col"' : ''}${number ? ' class="number"' : ''}>${escapeHtml(text)}</${tag}>`;
  return [
    '<table>',
    `<thead><tr>${header.map((c) => cell('th', c)).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((row) => `<tr>${row.map((c) => cell('td', c)).join('')}</tr>`),
    '</tbody>',
    '</table>',
  ].join('\n');
}

function list(items: readonly string[]): string {
  return `<ul>\n${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
}
