export const REPORT_FORMATS = ['md', 'html', 'csv', 'json', 'mermaid'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
