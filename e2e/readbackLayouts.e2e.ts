import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliReportOf, type FixtureMap } from '../src/test/fixtureReport.ts';
import { afterNextPaint, browserSession, openPanel, openSandbox } from './browser.ts';

const session = browserSession({ width: 1440, height: 900 });

/** The hand-made boards of issue 12, one per layout people draw. */
const LAYOUTS = [
  'unframed-canvas',
  'colour-legend',
  'vertical-map',
  'two-header-rows',
  'service-blueprint',
  'german-labels',
  'parking-area',
  'messy-board',
];

/** Note counts per `stage × lane`, as the Report tab's cell buttons name them. */
function cellCounts(map: FixtureMap): Map<string, number> {
  const counts = new Map<string, number>();
  const stage = new Map(map.stages.map((s) => [s.id, s.name]));
  const lane = new Map(map.lanes.map((l) => [l.id, l.name]));
  for (const note of map.notes) {
    const key = `${stage.get(note.stageId)} × ${lane.get(note.laneId)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('the Report tab reads the maps people draw as the CLI does', () => {
  it.each(LAYOUTS)('%s: the same maps, stages, lanes and note counts', async (name) => {
    const { maps } = await cliReportOf(name);
    expect(maps.length).toBeGreaterThan(0);
    await openSandbox(session);
    await session.page.getByTestId('sandbox-import').setInputFiles({
      name: `${name}.json`,
      mimeType: 'application/json',
      buffer: readFileSync(`src/test/fixtures/boards/${name}.json`),
    });
    await session.page.waitForFunction(
      () => (window.journeyMapperSandbox?.miro.items().length ?? 0) > 0,
    );
    const panel = await openPanel(session);
    await panel.getByRole('tab', { name: 'Report' }).click();
    for (const map of maps) {
      const table = panel.getByRole('region', { name: `${map.title}: notes` });
      await table.waitFor();
      const stages = await table.getByRole('columnheader').allTextContents();
      expect(stages.slice(-map.stages.length)).toEqual(map.stages.map((stage) => stage.name));
      const lanes = await table.getByRole('rowheader').allTextContents();
      expect(lanes.slice(0, map.lanes.length)).toEqual(map.lanes.map((lane) => lane.name));
      for (const [cell, count] of cellCounts(map)) {
        const label = `${cell}: ${count === 1 ? '1 note' : `${count} notes`} — show on board`;
        expect(await table.getByRole('button', { name: label, exact: true }).count()).toBe(1);
      }
    }
    if (name === 'two-header-rows') {
      await afterNextPaint(session.page);
      await session.page.screenshot({ path: 'test-results/report-phases.png' });
    }
    expect(session.pageErrors).toEqual([]);
  });
});
