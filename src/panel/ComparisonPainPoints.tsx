import type { Comparison } from '../core/report/Report.ts';

function painPoints(count: number): string {
  return count === 1 ? '1 pain point' : `${count} pain points`;
}

/** The `from` map's pain points the `to` map answers (with what answers them), then those it leaves open. */
export function ComparisonPainPoints({ comparison }: { comparison: Comparison }) {
  const answered = comparison.answered.reduce((sum, stage) => sum + stage.painPoints.length, 0);
  const open = comparison.unanswered.reduce((sum, stage) => sum + stage.painPoints.length, 0);
  if (answered + open === 0)
    return <p className="p-small jm-note">{comparison.fromTitle} lists no pain points.</p>;
  return (
    <div className="jm-comparison-pains">
      <h4 className="jm-subheading">Answered: {painPoints(answered)}</h4>
      {answered > 0 && (
        <ul className="jm-pain-list">
          {comparison.answered.map((stage) => (
            <li key={stage.stageId}>
              <strong>{stage.stageName}:</strong> {stage.painPoints.join('; ')}
              <span className="jm-answered-by"> — by {stage.answeredBy.join('; ')}</span>
            </li>
          ))}
        </ul>
      )}
      <h4 className="jm-subheading">Still open: {painPoints(open)}</h4>
      {open > 0 && (
        <ul className="jm-pain-list">
          {comparison.unanswered.map((stage) => (
            <li key={stage.stageId}>
              <strong>{stage.stageName}:</strong> {stage.painPoints.join('; ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
