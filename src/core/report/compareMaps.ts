import { groupPainPoints } from './groupPainPoints.ts';
import { normaliseText } from './normaliseText.ts';
import type { Comparison, MapReport } from './Report.ts';

/** The words of a text as the comparison matches them: normalised, punctuation dropped. */
function wordsOf(text: string): string[] {
  return normaliseText(text)
    .split(/[\s\p{P}]+/u)
    .filter((word) => word !== '');
}

/**
 * The opportunity texts that contain a phrase (its words in order), found through the rarest of
 * its words so that a map's pain points are not each checked against every opportunity.
 */
function phraseFinder(texts: readonly string[]): (phrase: string) => string[] {
  const spaced = texts.map((text) => ` ${wordsOf(text).join(' ')} `);
  const byWord = new Map<string, number[]>();
  texts.forEach((text, index) => {
    for (const word of new Set(wordsOf(text))) {
      const list = byWord.get(word);
      if (list) list.push(index);
      else byWord.set(word, [index]);
    }
  });
  return (phrase) => {
    const words = wordsOf(phrase);
    if (words.length === 0) return [];
    let rarest: number[] | undefined;
    for (const word of words) {
      const list = byWord.get(word) ?? [];
      if (rarest === undefined || list.length < rarest.length) rarest = list;
    }
    const needle = ` ${words.join(' ')} `;
    return (rarest ?? []).flatMap((index) =>
      spaced[index]?.includes(needle) ? [texts[index] ?? ''] : [],
    );
  };
}

/**
 * A map `from` compared with a map `to`, stage by stage. Stages pair up by normalised name; the
 * `from` map's stages come first in its order, then the `to` map's unmatched ones. A pain point of
 * `from` is answered by the opportunities of its stage in `to`, and by any opportunity of `to`
 * that contains its words in order, unless `to` still lists it as a pain point of that stage;
 * every other pain point of `from` is unanswered.
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

  const key = (stageName: string, text: string) =>
    `${normaliseText(stageName)}\u0000${normaliseText(text)}`;
  const stillOpen = new Set(groupPainPoints(to.map).map((p) => key(p.stageName, p.text)));
  const opportunitiesByStage = new Map(
    to.opportunities.map((stage) => [
      normaliseText(stage.stageName),
      stage.notes.map((note) => note.text),
    ]),
  );
  const findPhrase = phraseFinder(
    to.opportunities.flatMap((stage) => stage.notes.map((note) => note.text)),
  );
  const painPoints = groupPainPoints(from.map);
  const answered: Comparison['answered'] = [];
  const unanswered: Comparison['unanswered'] = [];
  for (const { stageId, stageName } of from.stages) {
    const inStage = opportunitiesByStage.get(normaliseText(stageName)) ?? [];
    const answeredBy = new Set(inStage);
    const answeredTexts: string[] = [];
    const openTexts: string[] = [];
    for (const painPoint of painPoints) {
      if (painPoint.stageId !== stageId) continue;
      const byWords = stillOpen.has(key(stageName, painPoint.text))
        ? null
        : findPhrase(painPoint.text);
      if (byWords === null || (inStage.length === 0 && byWords.length === 0)) {
        openTexts.push(painPoint.text);
        continue;
      }
      answeredTexts.push(painPoint.text);
      for (const text of byWords) answeredBy.add(text);
    }
    if (answeredTexts.length > 0)
      answered.push({ stageId, stageName, painPoints: answeredTexts, answeredBy: [...answeredBy] });
    if (openTexts.length > 0) unanswered.push({ stageId, stageName, painPoints: openTexts });
  }

  return {
    fromMapId: from.map.id,
    fromTitle: from.map.title,
    toMapId: to.map.id,
    toTitle: to.map.title,
    stages,
    answered,
    unanswered,
  };
}
