import type { MapReport, Report } from '../Report.ts';
import type { ReportJson } from './reportJson.schema.ts';

const MAPS_OPENING = '{\n  "maps": [\n';
const MAPS_CLOSING = '\n  ]\n}';

/** The report as `ReportJson`, fields in DESIGN §3.2's order, indented by two spaces. */
export function renderJson(report: Report): string {
  return [...renderJsonParts(report)].join('');
}

/**
 * `renderJson`'s text in parts, each map's made only when it is asked for: the opening, one
 * part per map, then the rest. Every part ends with a line break.
 */
export function* renderJsonParts(report: Report): Generator<string> {
  const { maps } = report;
  if (maps.length === 0) yield '{\n  "maps": [],\n';
  else {
    yield MAPS_OPENING;
    for (const [index, map] of maps.entries())
      yield `${mapJsonInReport(map)}${index < maps.length - 1 ? ',' : ''}\n`;
    yield '  ],\n';
  }
  const rest = {
    warnings: report.warnings,
    comparisons: report.comparisons,
    generatedAt: report.generatedAt,
  } satisfies Omit<ReportJson, 'maps'>;
  // Without its opening brace, the object's fields are indented as they are inside the report.
  yield `${JSON.stringify(rest, null, 2).slice(2)}\n`;
}

/**
 * A map's JSON indented as it is in the report's `maps` list. Stringified inside such a list,
 * so JSON.stringify indents it there itself: re-indenting its text would copy every line again.
 */
function mapJsonInReport(map: MapReport): string {
  const text = JSON.stringify({ maps: [mapJson(map)] }, null, 2);
  return text.slice(MAPS_OPENING.length, text.length - MAPS_CLOSING.length);
}

export function toReportJson(report: Report): ReportJson {
  return {
    maps: report.maps.map(mapJson),
    warnings: report.warnings,
    comparisons: report.comparisons,
    generatedAt: report.generatedAt,
  };
}

function mapJson({ map, ...insights }: MapReport): ReportJson['maps'][number] {
  return {
    id: map.id,
    title: map.title,
    structure: map.structure,
    stages: map.stages.map(({ id, name, phase }) => ({ id, name, ...(phase ? { phase } : {}) })),
    lanes: map.lanes.map(({ id, name, kind, description, color }) => ({
      id,
      name,
      kind,
      ...(description ? { description } : {}),
      ...(color ? { color } : {}),
    })),
    notes: map.notes.map((note) => ({
      id: note.id,
      text: note.text,
      stageId: note.stageId,
      laneId: note.laneId,
      emotion: note.emotion,
      color: note.color,
      tags: note.tags,
      author: note.author,
      votes: note.votes,
      createdAt: note.createdAt,
      modifiedAt: note.modifiedAt,
    })),
    unplaced: map.unplaced.map(({ id, text, reason }) => ({ id, text, reason })),
    persona: map.persona,
    modifiedAt: map.modifiedAt,
    insights: {
      stages: insights.stages.map((stage) => ({
        stageId: stage.stageId,
        stageName: stage.stageName,
        emotionMean: stage.emotionMean,
        emotionSpread: stage.emotionSpread,
        scoredNotes: stage.emotionNotes.length,
        noteCounts: stage.noteCounts,
      })),
      curve: insights.curve,
      lowest: insights.lowest,
      highest: insights.highest,
      topPainPoints: insights.topPainPoints,
      opportunities: insights.opportunities,
      unansweredPainPoints: insights.unansweredPainPoints,
      emptyCells: insights.emptyCells,
      findings: insights.findings,
    },
  };
}
