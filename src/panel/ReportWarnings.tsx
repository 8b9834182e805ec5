import { useId } from 'react';

export function ReportWarnings({ warnings }: { warnings: readonly string[] }) {
  const headingId = useId();
  if (warnings.length === 0) return null;
  return (
    <section className="jm-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="h4">
        Warnings <span className="jm-count">({warnings.length})</span>
      </h3>
      <ul className="jm-warnings p-small">
        {warnings.map((warning, index) => (
          <li key={index}>{warning}</li>
        ))}
      </ul>
    </section>
  );
}
