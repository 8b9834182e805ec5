import { useId } from 'react';
import { mapHeadline } from '../core/report/mapHeadline.ts';
import type { MapReport } from '../core/report/Report.ts';
import { EmotionCurve } from './EmotionCurve.tsx';

const OPPORTUNITIES_SHOWN = 5;

/** What the report finds in one map: curve, moments, pain points and failed health checks. */
export function MapInsights({ report, title }: { report: MapReport; title: string }) {
  const headingId = useId();
  const headline = mapHeadline(report);
  return (
    <section className="jm-insights" aria-labelledby={headingId}>
      <h4 id={headingId} className="h4">
        Report
      </h4>
      <EmotionCurve curve={report.curve} title={title} />
      <p className="p-small">{headline.lowest}</p>
      <p className="p-small">{headline.highest}</p>
      <h5 className="jm-subheading p-small">Top pain points</h5>
      {headline.painPoints.length === 0 ? (
        <p className="p-small jm-note">None recorded.</p>
      ) : (
        <ol className="p-small" aria-label="Top pain points">
          {headline.painPoints.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ol>
      )}
      <Opportunities report={report} />
      {report.unansweredPainPoints.length > 0 && (
        <>
          <h5 className="jm-subheading p-small">Pain points without an opportunity</h5>
          <ul className="p-small" aria-label="Pain points without an opportunity">
            {report.unansweredPainPoints.map((pain) => (
              <li key={pain.id}>
                {pain.text} — {pain.stageName}
              </li>
            ))}
          </ul>
        </>
      )}
      <h5 className="jm-subheading p-small">Health checks</h5>
      {report.findings.length === 0 ? (
        <p className="p-small jm-note">Every health check passed.</p>
      ) : (
        <ul className="p-small jm-findings" aria-label="Health checks">
          {report.findings.map((finding, index) => (
            <li key={index}>
              <strong>{finding.message}</strong> {finding.advice}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The first opportunities in stage order, and how many more the exports hold. */
function Opportunities({ report }: { report: MapReport }) {
  const all = report.opportunities.flatMap((stage) =>
    stage.notes.map((note) => ({ ...note, stageName: stage.stageName })),
  );
  const shown = all.slice(0, OPPORTUNITIES_SHOWN);
  const more = all.length - shown.length;
  return (
    <>
      <h5 className="jm-subheading p-small">Opportunities</h5>
      {all.length === 0 ? (
        <p className="p-small jm-note">None recorded.</p>
      ) : (
        <ul className="p-small" aria-label="Opportunities">
          {shown.map((note) => (
            <li key={note.id}>
              {note.text} — {note.stageName}
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <p className="p-small jm-note">
          {more === 1 ? '1 more' : `${more} more`} in the exported report.
        </p>
      )}
    </>
  );
}
