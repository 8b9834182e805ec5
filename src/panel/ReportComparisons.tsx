import { useId } from 'react';
import { formatEmotionMean } from '../core/model/formatEmotionMean.ts';
import type { Comparison } from '../core/report/Report.ts';
import { ComparisonPainPoints } from './ComparisonPainPoints.tsx';

/** Each pair of maps compared stage by stage (emotion before, after, and the change), then by pain point. */
export function ReportComparisons({ comparisons }: { comparisons: readonly Comparison[] }) {
  const headingId = useId();
  if (comparisons.length === 0) return null;
  return (
    <section className="jm-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="h4">
        Comparison
      </h3>
      {comparisons.map((comparison) => (
        <div
          key={`${comparison.fromMapId} ${comparison.toMapId}`}
          className="jm-comparison"
          role="region"
          aria-label={`${comparison.fromTitle} → ${comparison.toTitle}`}
        >
          <table className="jm-matrix">
            <caption className="p-small">
              {comparison.fromTitle} → {comparison.toTitle}
            </caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {comparison.stages.map((stage) => (
                <tr key={stage.stageName}>
                  <th scope="row">{stage.stageName}</th>
                  <td>{formatEmotionMean(stage.from)}</td>
                  <td>{formatEmotionMean(stage.to)}</td>
                  <td>{formatEmotionMean(stage.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ComparisonPainPoints comparison={comparison} />
        </div>
      ))}
    </section>
  );
}
