import type { Report } from '../core/report/Report.ts';
import {
  renderReport,
  REPORT_FILE_EXTENSIONS,
  REPORT_MEDIA_TYPES,
  type ReportFormat,
} from '../core/report/render/renderReport.ts';

export type ReportFile = { fileName: string; mediaType: string; text: string };

/** The report as a file to download: `journey-report.<extension>`. */
export function exportReport(report: Report, format: ReportFormat): ReportFile {
  return {
    fileName: `journey-report.${REPORT_FILE_EXTENSIONS[format]}`,
    mediaType: REPORT_MEDIA_TYPES[format],
    text: renderReport(report, format),
  };
}
