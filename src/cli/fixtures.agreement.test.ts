import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toReportJson } from '../core/report/render/renderJson.ts';
import {
  CLI_NOW,
  cliReportOf,
  FIXTURES,
  fileReadingOf,
  panelReadingOf,
  panelReportOf,
} from '../test/fixtureReport.ts';

/** Every hand-made board, old and new: a fixture added later is compared too. */
const NAMES = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort();

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
        'colour-legend-swatches',
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

  it.each(NAMES)('[R27] %s: the same maps, notes, unplaced notes and insights', async (name) => {
    const cli = await cliReportOf(name);
    // made at the CLI's time, so that findings that depend on the date agree as well
    const panel = toReportJson((await panelReportOf(name, CLI_NOW)).report);
    // The fixtures hold no voting session, so the SDK's votes are 0, as over REST (R14).
    expect(panel.maps).toEqual(cli.maps);
    expect(panel.comparisons).toEqual(cli.comparisons);
    expect(panel.warnings).toEqual(cli.warnings);
  });

  it.each(NAMES)('[R27] %s: the same grids, on the board', async (name) => {
    const [file, panel] = await Promise.all([fileReadingOf(name), panelReadingOf(name)]);
    expect(panel.maps.map((map) => [map.id, map.grid])).toEqual(
      file.maps.map((map) => [map.id, map.grid]),
    );
  });
});
