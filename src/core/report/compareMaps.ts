import { groupPainPoints } from './groupPainPoints.ts';
import { normaliseText } from './normaliseText.ts';
import type { Comparison, MapReport } from './Report.ts';

/**
 * A map `from` compared with a map `to`, stage by stage. Stages pair up by normalised name; the
 * `from` map's stages come first in its order, then the `to` map's unmatched ones.
 */
export function compareMaps(from: MapReport, to: MapReport): Comparison {
  const toByName = new Map(to.stages.map((stage) => [normaliseText(stage.stageName), stage]));
  const matched = new Set<string>();
  const stages: Comparison['stages'] = from.stages.map((stage) => {
    const other = toByName.get(normaliseText(stage.stageName));
    if (other) matched.add(other.stageId);
    const fromScore = stage.emotionMean;
    const toScore = other?.emotionMean ?? null;
    return {
      stageName: stage.stageName,
      from: fromScore,
      to: toScore,
      change: fromScore === null || toScore === null ? null : toScore - fromScore,
    };
  });
  for (const stage of to.stages)
    if (!matched.has(stage.stageId))
      stages.push({ stageName: stage.stageName, from: null, to: stage.emotionMean, change: null });

  const opportunitiesByName = new Map(
    to.opportunities.map((stage) => [normaliseText(stage.stageName), stage.notes]),
  );
  const allOpportunities = to.opportunities.flatMap((stage) => stage.notes);
  const answeredPainPoints = groupPainPoints(from.map).flatMap((painPoint) => {
    const inStage = opportunitiesByName.get(normaliseText(painPoint.stageName)) ?? [];
    const text = normaliseText(painPoint.text);
    const byText =
      text === '' ? [] : allOpportunities.filter((n) => normaliseText(n.text).includes(text));
    const answeredBy = [...new Set([...inStage, ...byText].map((note) => note.text))];
    if (answeredBy.length === 0) return [];
    const { stageId, stageName } = painPoint;
    return [{ stageId, stageName, text: painPoint.text, answeredBy }];
  });

  return {
    fromMapId: from.map.id,
    fromTitle: from.map.title,
    toMapId: to.map.id,
    toTitle: to.map.title,
    stages,
    answeredPainPoints,
  };
}
