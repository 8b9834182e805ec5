import { formatEmotionMean } from '../../model/formatEmotionMean.ts';
import type { MapReport } from '../Report.ts';
import type { Line } from './reportDocument.ts';
import { quoted } from './stageNarrative.ts';

/**
 * The lowest and the highest moment of a map, each stage at that score (a tie named as one)
 * with the notes that scored it: "Checkout (−2): “Panic: the slot has gone.”".
 */
export function keyMoments(report: MapReport): Line[] {
  if (report.lowest === null || report.highest === null)
    return [{ text: 'No emotion is recorded on this map, so it has no highest or lowest moment.' }];
  if (report.lowest.score === report.highest.score)
    return [
      moment(
        'Lowest and highest moment',
        'Every scored stage scores the same',
        report,
        report.lowest.score,
      ),
    ];
  return [
    moment('Lowest moment', 'Lowest moments, tied', report, report.lowest.score),
    moment('Highest moment', 'Highest moments, tied', report, report.highest.score),
  ];
}

function moment(one: string, tied: string, report: MapReport, score: number): Line {
  const stages = report.stages.filter((stage) => stage.emotionMean === score);
  const named = stages.map((stage) => {
    const notes = stage.emotionNotes.map(quoted).join('; ');
    return `${stage.stageName} (${formatEmotionMean(score)})${notes === '' ? '' : `: ${notes}`}`;
  });
  return { label: stages.length > 1 ? tied : one, text: named.join(' · ') };
}
