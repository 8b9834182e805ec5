import { formatEmotionMean } from '../../model/formatEmotionMean.ts';
import type { Comparison, MapReport, Report } from '../Report.ts';
import { formatSpread } from './formatSpread.ts';
import { markdownListItem, markdownTable, markdownText } from './markdownText.ts';

/**
 * The report as GitHub-flavoured Markdown: per map its structure, persona, emotion curve, pain
 * points, opportunities, empty cells and findings; then the comparisons and the warnings. Board
 * text is escaped, so it shows as written and never as links, headings or HTML.
 */
export function renderMarkdown(report: Report): string {
  const blocks: string[][] = [
    ['# Journey report'],
    [`Generated ${markdownText(report.generatedAt)}`],
  ];
  if (report.maps.length === 0) blocks.push(['No journey maps found on the board.']);
  for (const map of report.maps) blocks.push(...mapBlocks(map));
  if (report.comparisons.length > 0) {
    blocks.push(['## Comparisons']);
    for (const comparison of report.comparisons) blocks.push(...comparisonBlocks(comparison));
  }
  if (report.warnings.length > 0)
    blocks.push(['## Warnings'], report.warnings.map(markdownListItem));
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}

function mapBlocks(report: MapReport): string[][] {
  const { map } = report;
  const structure = map.structure === 'app' ? 'recorded by the app' : 'inferred from labels';
  const blocks: string[][] = [
    [`## ${markdownText(map.title.trim() || 'Untitled map')}`],
    [
      `Frame ${markdownText(map.id)} · structure ${structure} · ${map.stages.length} stages, ${map.lanes.length} lanes · ${map.notes.length} notes placed, ${map.unplaced.length} unplaced`,
    ],
  ];
  const persona = map.persona;
  if (persona && persona.name.trim() !== '') {
    const lines = [
      `**Persona:** ${markdownText([persona.name, persona.role].filter(Boolean).join(', '))}`,
    ];
    if (persona.goals) lines.push(`**Goals:** ${markdownText(persona.goals)}`);
    if (persona.frustrations) lines.push(`**Frustrations:** ${markdownText(persona.frustrations)}`);
    blocks.push(lines.map((line, index) => (index < lines.length - 1 ? `${line}  ` : line)));
  } else blocks.push(['No persona named.']);

  if (report.stages.length > 0) {
    blocks.push(
      ['### Emotion curve'],
      markdownTable(
        ['Stage', 'Mean', 'Spread', 'Scored notes'],
        report.stages.map((stage) => [
          stage.stageName,
          formatEmotionMean(stage.emotionMean),
          formatSpread(stage.emotionSpread),
          String(stage.scoredNotes),
        ]),
        ['left', 'right', 'right', 'right'],
      ),
    );
    const moments = [
      `Lowest moment: ${report.lowest ? `${markdownText(report.lowest.stageName)} (${formatEmotionMean(report.lowest.score)})` : '—'}`,
      `Highest moment: ${report.highest ? `${markdownText(report.highest.stageName)} (${formatEmotionMean(report.highest.score)})` : '—'}`,
    ];
    blocks.push(moments.map((line, index) => (index === 0 ? `${line}  ` : line)));
  }
  if (report.topPainPoints.length > 0)
    blocks.push(
      ['### Top pain points'],
      markdownTable(
        ['Rank', 'Stage', 'Pain point', 'Votes', 'Mentions'],
        report.topPainPoints.map((pain, index) => [
          String(index + 1),
          pain.stageName,
          pain.text,
          String(pain.votes),
          String(pain.mentions),
        ]),
        ['right', 'left', 'left', 'right', 'right'],
      ),
    );
  const opportunities = report.opportunities.flatMap((stage) =>
    stage.notes.map((note) => [stage.stageName, note.text]),
  );
  if (opportunities.length > 0)
    blocks.push(['### Opportunities'], markdownTable(['Stage', 'Opportunity'], opportunities));
  if (report.unansweredPainPoints.length > 0)
    blocks.push(
      ['### Pain points without an opportunity'],
      markdownTable(
        ['Stage', 'Pain point'],
        report.unansweredPainPoints.map((pain) => [pain.stageName, pain.text]),
      ),
    );
  if (report.emptyCells.length > 0)
    blocks.push(
      ['### Empty cells'],
      markdownTable(
        ['Stage', 'Lane'],
        report.emptyCells.map((cell) => [cell.stageName, cell.laneName]),
      ),
    );
  if (map.unplaced.length > 0)
    blocks.push(
      ['### Unplaced notes'],
      markdownTable(
        ['Note', 'Text', 'Reason'],
        map.unplaced.map((note) => [note.id, note.text, note.reason]),
      ),
    );
  blocks.push(
    ['### Findings'],
    report.findings.length === 0
      ? ['No findings: the map follows every practice the report checks.']
      : report.findings.map(
          (finding) => `${markdownListItem(finding.message)} — ${markdownText(finding.advice)}`,
        ),
  );
  return blocks;
}

function comparisonBlocks(comparison: Comparison): string[][] {
  const blocks: string[][] = [
    [`### ${markdownText(comparison.fromTitle)} → ${markdownText(comparison.toTitle)}`],
    markdownTable(
      ['Stage', 'From', 'To', 'Change'],
      comparison.stages.map((stage) => [
        stage.stageName,
        formatEmotionMean(stage.from),
        formatEmotionMean(stage.to),
        formatEmotionMean(stage.change),
      ]),
      ['left', 'right', 'right', 'right'],
    ),
  ];
  if (comparison.answeredPainPoints.length > 0)
    blocks.push(
      ['#### Answered pain points'],
      markdownTable(
        ['Stage', 'Pain point', 'Answered by'],
        comparison.answeredPainPoints.map((pain) => [
          pain.stageName,
          pain.text,
          pain.answeredBy.join('; '),
        ]),
      ),
    );
  return blocks;
}
