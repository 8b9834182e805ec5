import { describe, expect, it } from 'vitest';
import { renderCsv } from './renderCsv.ts';
import {
  REPORT_FILE_EXTENSIONS,
  REPORT_FORMATS,
  REPORT_MEDIA_TYPES,
  renderReport,
} from './renderReport.ts';
import { sampleReport } from '../../../test/sampleReport.ts';

describe('renderReport', () => {
  it('renders each format with its renderer', () => {
    expect(renderReport(sampleReport(), 'csv')).toBe(renderCsv(sampleReport()));
  });

  it('names a file extension and a media type for every format', () => {
    expect(REPORT_FORMATS).toEqual(['md', 'html', 'csv', 'json', 'mermaid']);
    expect(Object.keys(REPORT_FILE_EXTENSIONS)).toEqual([...REPORT_FORMATS]);
    expect(Object.keys(REPORT_MEDIA_TYPES)).toEqual([...REPORT_FORMATS]);
  });
});
