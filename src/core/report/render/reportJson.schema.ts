import * as z from 'zod/mini';
import { LaneKind } from '../../model/laneKind.ts';
import { NoteColor } from '../../model/noteColor.ts';
import { Note, UnplacedNote } from '../../model/journey.schema.ts';

/**
 * The JSON report: DESIGN §3.2's `{ maps, warnings }` (fields may be added, none may change) with
 * each map's insights, the comparisons and the time the report was made. This describes what
 * `renderJson` writes, so board text is any string here.
 */
const StageRef = { stageId: z.string(), stageName: z.string() };
const Score = z.nullable(z.number());

const NoteText = z.object({ id: z.string(), text: z.string() });

const InsightsJson = z.object({
  stages: z.array(
    z.object({
      ...StageRef,
      emotionMean: Score,
      emotionSpread: Score,
      scoredNotes: z.int().check(z.gte(0)),
      noteCounts: z.record(z.string(), z.int().check(z.gte(0))),
    }),
  ),
  curve: z.array(z.object({ ...StageRef, score: Score })),
  lowest: z.nullable(z.object({ ...StageRef, score: z.number() })),
  highest: z.nullable(z.object({ ...StageRef, score: z.number() })),
  topPainPoints: z.array(
    z.object({
      ...StageRef,
      text: z.string(),
      noteIds: z.array(z.string()),
      votes: z.int().check(z.gte(0)),
      mentions: z.int().check(z.gte(1)),
      severity: z.int().check(z.gte(0)),
    }),
  ),
  opportunities: z.array(z.object({ ...StageRef, notes: z.array(NoteText) })),
  unansweredPainPoints: z.array(z.object({ ...StageRef, id: z.string(), text: z.string() })),
  emptyCells: z.array(z.object({ ...StageRef, laneId: z.string(), laneName: z.string() })),
  findings: z.array(
    z.object({
      id: z.string(),
      message: z.string(),
      where: z.array(
        z.object({
          stageId: z.optional(z.string()),
          stageName: z.optional(z.string()),
          laneId: z.optional(z.string()),
          laneName: z.optional(z.string()),
        }),
      ),
      advice: z.string(),
    }),
  ),
});

const MapJson = z.object({
  id: z.string(),
  title: z.string(),
  structure: z.enum(['app', 'inferred']),
  stages: z.array(z.object({ id: z.string(), name: z.string(), phase: z.optional(z.string()) })),
  lanes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: LaneKind,
      description: z.optional(z.string()),
      color: z.optional(NoteColor),
    }),
  ),
  notes: z.array(Note),
  unplaced: z.array(UnplacedNote),
  persona: z.nullable(
    z.object({
      name: z.string(),
      role: z.string(),
      goals: z.string(),
      frustrations: z.string(),
    }),
  ),
  modifiedAt: z.nullable(z.string()),
  insights: InsightsJson,
});

const ComparisonJson = z.object({
  fromMapId: z.string(),
  fromTitle: z.string(),
  toMapId: z.string(),
  toTitle: z.string(),
  stages: z.array(z.object({ stageName: z.string(), from: Score, to: Score, change: Score })),
  answered: z.array(
    z.object({ ...StageRef, painPoints: z.array(z.string()), answeredBy: z.array(z.string()) }),
  ),
});

export const ReportJson = z.object({
  maps: z.array(MapJson),
  warnings: z.array(z.string()),
  comparisons: z.array(ComparisonJson),
  generatedAt: z.string(),
});
export type ReportJson = z.infer<typeof ReportJson>;

/** The JSON Schema of the JSON report, as shipped in `schema/report.schema.json`. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ReportJson, { target: 'draft-2020-12', io: 'output' }),
    $id: 'https://journey-mapper.local/schema/report.schema.json',
    title: 'Journey Mapper report',
    description:
      'The output of `journey-mapper report --format json`: DESIGN §3.2 plus insights per map, comparisons and generatedAt.',
  };
}
