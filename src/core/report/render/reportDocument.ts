import { formatEmotionMean } from '../../model/formatEmotionMean.ts';
import { momentText } from '../mapHeadline.ts';
import { mapTitle } from '../mapTitle.ts';
import type { Comparison, CurvePoint, MapReport, Report } from '../Report.ts';
import { formatSpread } from './formatSpread.ts';

export type Column = { title: string; align: 'left' | 'right' };

/** A line of a paragraph; `label` is shown strong before the text ("Persona: Ana"). */
export type Line = { label?: string; text: string };

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'meta'; text: string }
  /** `boxed` sets the lines apart, as for the persona. */
  | { kind: 'paragraph'; lines: Line[]; boxed?: boolean }
  | { kind: 'table'; columns: Column[]; rows: string[][] }
  | { kind: 'list'; items: { text: string; advice?: string }[] }
  | { kind: 'curve'; title: string; curve: CurvePoint[] };

export type DocumentSection = { kind: 'map' | 'comparisons' | 'warnings'; blocks: Block[] };

/**
 * What the report says, in order, before any format: the Markdown and HTML renderers write
 * these same sections, so the two say the same thing. Texts are board text, not yet escaped.
 */
export type ReportDocument = {
  title: string;
  generatedAt: string;
  /** Shown when there is no map. */
  empty: string | null;
  sections: DocumentSection[];
};

export const NO_MAPS = 'No journey maps found on the board.';

const left = (title: string): Column => ({ title, align: 'left' });
const right = (title: string): Column => ({ title, align: 'right' });

export function reportDocument(report: Report): ReportDocument {
  const sections = report.maps.map(mapSection);
  if (report.comparisons.length > 0)
    sections.push({
      kind: 'comparisons',
      blocks: [
        { kind: 'heading', level: 2, text: 'Comparisons' },
        ...report.comparisons.flatMap(comparisonBlocks),
      ],
    });
  if (report.warnings.length > 0)
    sections.push({
      kind: 'warnings',
      blocks: [
        { kind: 'heading', level: 2, text: 'Warnings' },
        { kind: 'list', items: report.warnings.map((text) => ({ text })) },
      ],
    });
  return {
    title: 'Journey report',
    generatedAt: report.generatedAt,
    empty: report.maps.length === 0 ? NO_MAPS : null,
    sections,
  };
}

function mapSection(report: MapReport): DocumentSection {
  const { map } = report;
  const title = mapTitle(map);
  const structure = map.structure === 'app' ? 'recorded by the app' : 'inferred from labels';
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: title },
    {
      kind: 'meta',
      text: `Frame ${map.id} · structure ${structure} · ${map.stages.length} stages, ${map.lanes.length} lanes · ${map.notes.length} notes placed, ${map.unplaced.length} unplaced`,
    },
  ];
  const persona = map.persona;
  if (persona && persona.name.trim() !== '') {
    const lines: Line[] = [
      { label: 'Persona', text: [persona.name, persona.role].filter(Boolean).join(', ') },
    ];
    if (persona.goals) lines.push({ label: 'Goals', text: persona.goals });
    if (persona.frustrations) lines.push({ label: 'Frustrations', text: persona.frustrations });
    blocks.push({ kind: 'paragraph', lines, boxed: true });
  } else blocks.push({ kind: 'paragraph', lines: [{ text: 'No persona named.' }] });

  if (report.stages.length > 0) {
    const moment = (at: MapReport['lowest']) => momentText(at) ?? '—';
    blocks.push(
      { kind: 'heading', level: 3, text: 'Emotion curve' },
      { kind: 'curve', title, curve: report.curve },
      {
        kind: 'table',
        columns: [left('Stage'), right('Mean'), right('Spread'), right('Scored notes')],
        rows: report.stages.map((stage) => [
          stage.stageName,
          formatEmotionMean(stage.emotionMean),
          formatSpread(stage.emotionSpread),
          String(stage.emotionNotes.length),
        ]),
      },
      {
        kind: 'paragraph',
        lines: [
          { text: `Lowest moment: ${moment(report.lowest)}` },
          { text: `Highest moment: ${moment(report.highest)}` },
        ],
      },
    );
  }
  if (report.stages.length > 0 && map.lanes.length > 0)
    blocks.push(
      { kind: 'heading', level: 3, text: 'Notes per stage and lane' },
      {
        kind: 'table',
        columns: [left('Lane'), ...report.stages.map((stage) => right(stage.stageName))],
        rows: map.lanes.map((lane) => [
          lane.name,
          ...report.stages.map((stage) => String(stage.noteCounts[lane.id] ?? 0)),
        ]),
      },
    );
  if (report.topPainPoints.length > 0)
    blocks.push(
      { kind: 'heading', level: 3, text: 'Top pain points' },
      {
        kind: 'table',
        columns: [
          right('Rank'),
          left('Stage'),
          left('Pain point'),
          right('Votes'),
          right('Mentions'),
        ],
        rows: report.topPainPoints.map((pain, index) => [
          String(index + 1),
          pain.stageName,
          pain.text,
          String(pain.votes),
          String(pain.mentions),
        ]),
      },
    );
  const opportunities = report.opportunities.flatMap((stage) =>
    stage.notes.map((note) => [stage.stageName, note.text]),
  );
  if (opportunities.length > 0)
    blocks.push(
      { kind: 'heading', level: 3, text: 'Opportunities' },
      { kind: 'table', columns: [left('Stage'), left('Opportunity')], rows: opportunities },
    );
  if (report.unansweredPainPoints.length > 0)
    blocks.push(
      { kind: 'heading', level: 3, text: 'Pain points without an opportunity' },
      {
        kind: 'table',
        columns: [left('Stage'), left('Pain point')],
        rows: report.unansweredPainPoints.map((pain) => [pain.stageName, pain.text]),
      },
    );
  const gaps = report.stages.flatMap((stage) => {
    const lanes = report.emptyCells.filter((cell) => cell.stageId === stage.stageId);
    return lanes.length === 0 ? [] : [[stage.stageName, lanes.map((c) => c.laneName).join(', ')]];
  });
  if (gaps.length > 0)
    blocks.push(
      { kind: 'heading', level: 3, text: 'Empty cells' },
      { kind: 'table', columns: [left('Stage'), left('Lanes with no note')], rows: gaps },
    );
  if (map.unplaced.length > 0)
    blocks.push(
      { kind: 'heading', level: 3, text: 'Unplaced notes' },
      {
        kind: 'table',
        columns: [left('Note'), left('Text'), left('Reason')],
        rows: map.unplaced.map((note) => [note.id, note.text, note.reason]),
      },
    );
  blocks.push(
    { kind: 'heading', level: 3, text: 'Findings' },
    report.findings.length === 0
      ? {
          kind: 'paragraph',
          lines: [{ text: 'No findings: the map follows every practice the report checks.' }],
        }
      : {
          kind: 'list',
          items: report.findings.map(({ message, advice }) => ({ text: message, advice })),
        },
  );
  return { kind: 'map', blocks };
}

function comparisonBlocks(comparison: Comparison): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: `${comparison.fromTitle} → ${comparison.toTitle}` },
    {
      kind: 'table',
      columns: [left('Stage'), right('From'), right('To'), right('Change')],
      rows: comparison.stages.map((stage) => [
        stage.stageName,
        formatEmotionMean(stage.from),
        formatEmotionMean(stage.to),
        formatEmotionMean(stage.change),
      ]),
    },
  ];
  if (comparison.answered.length > 0)
    blocks.push(
      { kind: 'heading', level: 4, text: 'Answered pain points' },
      {
        kind: 'table',
        columns: [left('Stage'), left('Pain points'), left('Answered by')],
        rows: comparison.answered.map((stage) => [
          stage.stageName,
          stage.painPoints.join('; '),
          stage.answeredBy.join('; '),
        ]),
      },
    );
  return blocks;
}
