import { formatEmotionMean } from '../../model/formatEmotionMean.ts';
import type { JourneyMap } from '../../model/journey.schema.ts';
import { dateInWords } from '../dateInWords.ts';
import { mapTitle } from '../mapTitle.ts';
import type { Comparison, CurvePoint, Report } from '../Report.ts';
import { mapSection } from './mapSection.ts';
import { tableBlock } from './tableBlock.ts';

export type Column = { title: string; align: 'left' | 'right' };

/** A line of a paragraph; `label` is shown strong before the text ("Persona: Ana"). */
export type Line = { label?: string; text: string };

/** A list item; `label` is shown strong before the text, `advice` after it, set apart. */
export type ListItem = { label?: string; text: string; advice?: string };

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  /** How the map was read, said once at the end of its section. */
  | { kind: 'footer'; text: string }
  /** `boxed` sets the lines apart, as for the persona. */
  | { kind: 'paragraph'; lines: Line[]; boxed?: boolean }
  | { kind: 'table'; columns: Column[]; rows: string[][] }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'curve'; title: string; curve: CurvePoint[] }
  /** A picture of the map's grid with its notes; formats that cannot draw leave it out. */
  | { kind: 'grid'; title: string; map: JourneyMap };

export type DocumentSection = { kind: 'map' | 'comparisons' | 'warnings'; blocks: Block[] };

/**
 * What the report says, in order, before any format: the Markdown and HTML renderers write
 * these same sections, so the two say the same thing. Texts are board text, not yet escaped.
 */
export type ReportDocument = {
  /** The map's title when the report has one map, else a title for them all. */
  title: string;
  /** What the report is, said under its title: "Journey report", "3 journey maps". */
  about: string;
  /** When the report was made, in words ("2 December 2026"). */
  date: string;
  /** The same, as given (ISO), for machines. */
  generatedAt: string;
  /** Shown when there is no map. */
  empty: string | null;
  sections: DocumentSection[];
};

export const NO_MAPS = 'No journey maps found on the board.';

const left = (title: string): Column => ({ title, align: 'left' });
const right = (title: string): Column => ({ title, align: 'right' });

export function reportDocument(report: Report): ReportDocument {
  const single = report.maps.length === 1 ? report.maps[0] : undefined;
  const sections = report.maps.map((map) => mapSection(map, single !== undefined));
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
    title: single ? mapTitle(single.map) : 'Journey report',
    about: single ? 'Journey report' : `${report.maps.length} journey maps`,
    date: dateInWords(report.generatedAt) ?? report.generatedAt,
    generatedAt: report.generatedAt,
    empty: report.maps.length === 0 ? NO_MAPS : null,
    sections,
  };
}

function comparisonBlocks(comparison: Comparison): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: `${comparison.fromTitle} → ${comparison.toTitle}` },
    tableBlock(
      [left('Stage'), right('From'), right('To'), right('Change')],
      comparison.stages.map((stage) => [
        stage.stageName,
        formatEmotionMean(stage.from),
        formatEmotionMean(stage.to),
        formatEmotionMean(stage.change),
      ]),
    ),
  ];
  if (comparison.answered.length > 0)
    blocks.push(
      { kind: 'heading', level: 4, text: 'Answered pain points' },
      tableBlock(
        [left('Stage'), left('Pain points'), left('Answered by')],
        comparison.answered.map((stage) => [
          stage.stageName,
          stage.painPoints.join('; '),
          stage.answeredBy.join('; '),
        ]),
      ),
    );
  return blocks;
}
