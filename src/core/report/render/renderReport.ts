import type { Report } from '../Report.ts';
import { renderCsv } from './renderCsv.ts';
import { renderHtml } from './renderHtml.ts';
import { renderJson } from './renderJson.ts';
import { renderMarkdown } from './renderMarkdown.ts';
import { renderMermaid } from './renderMermaid.ts';

import type { ReportFormat } from './reportFormats.ts';

export { REPORT_FORMATS, type ReportFormat } from './reportFormats.ts';

export const REPORT_FILE_EXTENSIONS: Record<ReportFormat, string> = {
  md: 'md',
  html: 'html',
  csv: 'csv',
  json: 'json',
  mermaid: 'mmd',
};

/** Mermaid has no registered media type; its text is served as plain text. */
export const REPORT_MEDIA_TYPES: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json',
  mermaid: 'text/plain; charset=utf-8',
};

const RENDERERS: Record<ReportFormat, (report: Report) => string> = {
  md: renderMarkdown,
  html: renderHtml,
  csv: renderCsv,
  json: renderJson,
  mermaid: renderMermaid,
};

export function renderReport(report: Report, format: ReportFormat): string {
  return RENDERERS[format](report);
}
