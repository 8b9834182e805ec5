import { describe, expect, it } from 'vitest';
import shippedSchema from '../../../../schema/report.schema.json' with { type: 'json' };
import { renderJson, renderJsonParts } from './renderJson.ts';
import { ReportJson, reportJsonSchema } from './reportJson.schema.ts';
import { sampleReport } from '../../../test/sampleReport.ts';

describe('renderJson', () => {
  it('keeps DESIGN §3.2’s fields and adds the insights, comparisons and time', () => {
    const json: unknown = JSON.parse(renderJson(sampleReport()));
    expect(ReportJson.safeParse(json).success).toBe(true);
    expect(Object.keys(json as object)).toEqual(['maps', 'warnings', 'comparisons', 'generatedAt']);
    const map = (json as ReportJson).maps[0];
    expect(Object.keys(map ?? {})).toEqual([
      'id',
      'title',
      'structure',
      'stages',
      'lanes',
      'notes',
      'unplaced',
      'persona',
      'modifiedAt',
      'insights',
    ]);
    expect(Object.keys(map?.insights ?? {})).toEqual([
      'stages',
      'curve',
      'lowest',
      'highest',
      'topPainPoints',
      'opportunities',
      'unansweredPainPoints',
      'emptyCells',
      'findings',
    ]);
  });

  it('indents by two spaces and ends with one newline', () => {
    const report = { ...sampleReport(), maps: [], comparisons: [] };
    expect(renderJson(report)).toMatchInlineSnapshot(`
      "{
        "maps": [],
        "warnings": [
          "Frame 3458764590009 has no stage labels; it was skipped."
        ],
        "comparisons": [],
        "generatedAt": "2025-06-01T12:00:00.000Z"
      }
      "
    `);
  });
});

describe('renderJsonParts', () => {
  it('is JSON.stringify of the report, indented by two spaces, in parts ending in a line break', () => {
    const report = sampleReport();
    const twoMaps = { ...report, maps: [...report.maps, ...report.maps] };
    for (const each of [report, twoMaps, { ...report, maps: [] }]) {
      const parts = [...renderJsonParts(each)];
      const whole = JSON.parse(parts.join('')) as unknown;
      expect(parts.join('')).toBe(`${JSON.stringify(whole, null, 2)}\n`);
      expect(parts.every((part) => part.endsWith('\n'))).toBe(true);
    }
  });

  it('gives the opening, one part per map, the closing and the rest', () => {
    const report = sampleReport();
    const twoMaps = { ...report, maps: [...report.maps, ...report.maps] };
    expect([...renderJsonParts(twoMaps)]).toHaveLength(5); // 1 + 2 + 1 + 1
  });
});

describe('schema/report.schema.json', () => {
  it('is the JSON Schema generated from ReportJson (npm run schema writes it)', () => {
    expect(shippedSchema).toEqual(reportJsonSchema());
  });
});
