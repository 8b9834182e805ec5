import { formatEmotionMean } from '../../model/formatEmotionMean.ts';
import type { JourneyMap } from '../../model/journey.schema.ts';
import { mapTitle } from '../mapTitle.ts';
import type { MapReport } from '../Report.ts';
import { formatSpread } from './formatSpread.ts';
import { keyMoments } from './keyMoments.ts';
import { rankLabels } from './rankLabels.ts';
import type { Block, Column, DocumentSection, Line } from './reportDocument.ts';
import { stageNarrative } from './stageNarrative.ts';
import { tableBlock } from './tableBlock.ts';

const left = (title: string): Column => ({ title, align: 'left' });
const right = (title: string): Column => ({ title, align: 'right' });

const SEVERITY_WORDS = ['', 'medium', 'high', 'critical'];

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How the map was read, and how much it holds, in words and without a board id. */
export function readFrom(map: JourneyMap): string {
  const how = map.structure === 'app' ? 'the map the app drew' : 'the board’s layout';
  const unplaced =
    map.unplaced.length === 0 ? '' : `, ${count(map.unplaced.length, 'note', 'notes')} outside it`;
  return (
    `Read from ${how}: ${count(map.stages.length, 'stage', 'stages')}, ` +
    `${count(map.lanes.length, 'lane', 'lanes')}, ${count(map.notes.length, 'note', 'notes')}${unplaced}.`
  );
}

/** The map's persona as the report names it, "Ana, Busy parent"; null when it has no name. */
export function personaText(map: JourneyMap): string | null {
  const persona = map.persona;
  if (!persona || persona.name.trim() === '') return null;
  return [persona.name, persona.role].filter(Boolean).join(', ');
}

function personaBlock(map: JourneyMap): Block {
  const persona = map.persona;
  const named = personaText(map);
  if (!persona || named === null)
    return { kind: 'paragraph', lines: [{ text: 'No persona named.' }] };
  const lines: Line[] = [{ label: 'Persona', text: named }];
  if (persona.goals) lines.push({ label: 'Goals', text: persona.goals });
  if (persona.frustrations) lines.push({ label: 'Frustrations', text: persona.frustrations });
  return { kind: 'paragraph', lines, boxed: true };
}

function painPointBlocks(report: MapReport): Block[] {
  const pains = report.topPainPoints;
  const { labels, allTied } = rankLabels(pains);
  const [first] = pains;
  if (allTied && first) {
    const votes = first.votes === 0 ? 'no votes' : `${count(first.votes, 'vote', 'votes')} each`;
    const mentions = first.mentions === 1 ? 'one mention' : `${first.mentions} mentions`;
    const severity = first.severity === 0 ? '' : `, all ${SEVERITY_WORDS[first.severity] ?? ''}`;
    const tie = `All ${pains.length} tie (${votes}, ${mentions} each${severity}), so they are listed in stage order.`;
    return [
      { kind: 'paragraph', lines: [{ text: tie }] },
      tableBlock(
        [left('Stage'), left('Pain point')],
        pains.map((pain) => [pain.stageName, pain.text]),
      ),
    ];
  }
  return [
    tableBlock(
      [
        right('Rank'),
        left('Stage'),
        left('Pain point'),
        right('Votes'),
        right('Mentions'),
        left('Severity'),
      ],
      pains.map((pain, index) => [
        labels[index] ?? '',
        pain.stageName,
        pain.text,
        String(pain.votes),
        String(pain.mentions),
        SEVERITY_WORDS[pain.severity] ?? '',
      ]),
    ),
  ];
}

/**
 * One map's part of the report. `single`: the map is the report's only one, its title the
 * report's heading, so its own headings start one level higher.
 */
export function mapSection(report: MapReport, single: boolean): DocumentSection {
  const { map } = report;
  const level = single ? 2 : 3;
  const sub = single ? 3 : 4;
  const heading = (text: string): Block => ({ kind: 'heading', level, text });
  const blocks: Block[] = single ? [] : [{ kind: 'heading', level: 2, text: mapTitle(map) }];
  blocks.push(personaBlock(map));

  if (report.stages.length > 0)
    blocks.push(
      { kind: 'paragraph', lines: keyMoments(report) },
      heading('Stage by stage'),
      { kind: 'grid', title: mapTitle(map), map },
      ...stageNarrative(report, sub),
    );
  if (report.curve.some((point) => point.score !== null))
    blocks.push(
      heading('Emotion curve'),
      { kind: 'curve', title: mapTitle(map), curve: report.curve },
      tableBlock(
        [left('Stage'), right('Mean'), right('Spread'), right('Scored notes')],
        report.stages.map((stage) => [
          stage.stageName,
          formatEmotionMean(stage.emotionMean),
          formatSpread(stage.emotionSpread),
          String(stage.emotionNotes.length),
        ]),
      ),
    );
  if (report.topPainPoints.length > 0)
    blocks.push(heading('Top pain points'), ...painPointBlocks(report));
  if (report.unansweredPainPoints.length > 0)
    blocks.push(
      heading('Pain points without an opportunity'),
      tableBlock(
        [left('Stage'), left('Pain point')],
        report.unansweredPainPoints.map((pain) => [pain.stageName, pain.text]),
      ),
    );
  if (report.stages.length > 0 && map.lanes.length > 0)
    blocks.push(
      heading('Notes per stage and lane'),
      tableBlock(
        [left('Lane'), ...report.stages.map((stage) => right(stage.stageName))],
        map.lanes.map((lane) => [
          lane.name,
          ...report.stages.map((stage) => String(stage.noteCounts[lane.id] ?? 0)),
        ]),
      ),
    );
  const gaps = report.stages.flatMap((stage) => {
    const lanes = report.emptyCells.filter((cell) => cell.stageId === stage.stageId);
    return lanes.length === 0 ? [] : [[stage.stageName, lanes.map((c) => c.laneName).join(', ')]];
  });
  if (gaps.length > 0)
    blocks.push(
      heading('Empty cells'),
      tableBlock([left('Stage'), left('Lanes with no note')], gaps),
    );
  if (map.unplaced.length > 0)
    blocks.push(
      heading('Unplaced notes'),
      tableBlock(
        [left('Note'), left('Reason')],
        map.unplaced.map((note) => [note.text, note.reason]),
      ),
    );
  blocks.push(
    heading('Findings'),
    report.findings.length === 0
      ? {
          kind: 'paragraph',
          lines: [{ text: 'No findings: the map follows every practice the report checks.' }],
        }
      : {
          kind: 'list',
          items: report.findings.map(({ message, advice }) => ({ text: message, advice })),
        },
    { kind: 'footer', text: readFrom(map) },
  );
  return { kind: 'map', blocks };
}
