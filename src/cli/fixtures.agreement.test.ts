import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeReport } from '../app/makeReport.ts';
import { toReportJson } from '../core/report/render/renderJson.ts';
import {
  cliReportOf,
  FIXTURES,
  fileReadingOf,
  panelReadingOf,
  type FixtureMap,
} from '../test/fixtureReport.ts';

/** Every hand-made board, old and new: a fixture added later is compared too. */
const NAMES = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort();

/** The CLI's clock in `memoryCliIo`. */
const REPORT_TIME = '2024-05-14T10:00:00.000Z';

/** A map as the JSON report holds it, without its insights, which depend on the time of the report. */
function readingOf({ insights: _insights, ...map }: FixtureMap): Omit<FixtureMap, 'insights'> {
  return map;
}

describe('the CLI and the Report tab read every fixture alike', () => {
  it('covers the fixtures of issue 12 and those before it', () => {
    expect(NAMES).toEqual(
      expect.arrayContaining([
        'app-inserted',
        'hand-drawn-grid',
        'label-stickies',
        'messy-overhang',
        'miro-template',
        'parking-lot',
        'two-maps-and-strays',
        'unattached-over-frame',
        'uneven-columns',
        'unframed-canvas',
        'colour-legend',
        'vertical-map',
        'two-header-rows',
        'lane-descriptions',
        'service-blueprint',
        'german-labels',
        'spanish-labels',
        'french-labels',
        'parking-area',
        'messy-board',
      ]),
    );
  });

  it.each(NAMES)(
    '[R23] %s: the same maps, stages, lanes, notes and unplaced notes',
    async (name) => {
      const cli = await cliReportOf(name);
      const panel = await panelReadingOf(name);
      // The fixtures hold no voting session, so the SDK's votes are 0, as over REST (R14).
      const panelJson = toReportJson(makeReport(panel, REPORT_TIME));
      expect(panelJson.maps.map(readingOf)).toEqual(cli.maps.map(readingOf));
      expect(panel.warnings).toEqual(cli.warnings);
    },
  );

  it.each(NAMES)('[R23] %s: the same grids, on the board', async (name) => {
    const [file, panel] = await Promise.all([fileReadingOf(name), panelReadingOf(name)]);
    expect(panel.maps.map((map) => [map.id, map.grid])).toEqual(
      file.maps.map((map) => [map.id, map.grid]),
    );
  });
});
