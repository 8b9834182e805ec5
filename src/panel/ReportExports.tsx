import { useId, useState } from 'react';
import { exportReport } from '../app/exportReport.ts';
import {
  renderReport,
  REPORT_FORMATS,
  type ReportFormat,
} from '../core/report/render/renderReport.ts';
import type { Report } from '../core/report/Report.ts';
import { downloadFile } from './downloadFile.ts';
import { errorMessage } from './errorMessage.ts';

const FORMAT_NAMES: Record<ReportFormat, string> = {
  md: 'Markdown',
  html: 'HTML',
  csv: 'CSV',
  json: 'JSON',
  mermaid: 'Mermaid',
};

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; message: string };

/** The whole report as files to download, or as Markdown on the clipboard. */
export function ReportExports({ report }: { report: Report }) {
  const headingId = useId();
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const download = (format: ReportFormat) => {
    setDownloadError(null);
    try {
      downloadFile(exportReport(report, format));
    } catch (error) {
      setDownloadError(errorMessage(error, 'The report could not be downloaded'));
    }
  };

  const copyMarkdown = async () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) {
      setCopy({
        kind: 'failed',
        message: 'The clipboard is not available here; download the Markdown instead.',
      });
      return;
    }
    try {
      await clipboard.writeText(renderReport(report, 'md'));
      setCopy({ kind: 'copied' });
    } catch (error) {
      setCopy({ kind: 'failed', message: errorMessage(error, 'The report could not be copied') });
    }
  };

  const problem = copy.kind === 'failed' ? copy.message : downloadError;
  return (
    <section className="jm-section jm-exports" aria-labelledby={headingId}>
      <h3 id={headingId} className="h4">
        Export the report
      </h3>
      <div className="jm-export-buttons">
        {REPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button button-secondary button-small"
            onClick={() => download(format)}
          >
            Download {FORMAT_NAMES[format]}
          </button>
        ))}
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => void copyMarkdown()}
        >
          Copy Markdown
        </button>
      </div>
      <p className="p-small jm-note" aria-live="polite">
        {copy.kind === 'copied' ? 'Copied' : ''}
      </p>
      {problem && (
        <div className="jm-status jm-error" role="alert">
          <p className="p-small">{problem}</p>
        </div>
      )}
    </section>
  );
}
