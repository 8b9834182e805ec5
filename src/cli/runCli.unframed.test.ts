import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../core/model/journey.schema.ts';
import { memoryCliIo } from '../test/fixtures/memoryCliIo.ts';
import { runCli } from './runCli.ts';

type RestItem = {
  id: string;
  type: string;
  parent?: { id: string };
  position?: { relativeTo?: string };
};
type Report = { maps: JourneyMap[]; warnings: string[] };

/** The hand-drawn-grid board, and the same board with its frame taken away. */
async function boards(): Promise<{ framed: string; unframed: string }> {
  const framed = await readFile('src/test/fixtures/boards/hand-drawn-grid.json', 'utf8');
  const page = JSON.parse(framed) as { data: RestItem[] };
  // the frame's top-left corner is the canvas origin, so positions from it stay as they are
  const data = page.data
    .filter((item) => item.type !== 'frame')
    .map(({ parent: _parent, ...item }) => ({
      ...item,
      position: { ...item.position, relativeTo: 'canvas_center' },
    }));
  return { framed, unframed: JSON.stringify({ ...page, data }) };
}

async function report(file: string, ...options: string[]): Promise<Report> {
  const memory = memoryCliIo({ 'board.json': file });
  const code = await runCli(['report', 'board.json', '--format', 'json', ...options], memory.io);
  expect(memory.stderr()).toBe('');
  expect(code).toBe(0);
  return JSON.parse(memory.stdout()) as Report;
}

const cells = (map: JourneyMap | undefined) =>
  new Map(map?.notes.map((note) => [note.id, `${note.stageId}/${note.laneId}`]));

describe('journey-mapper report on a map drawn without a frame', () => {
  it('[R33] reads the same stages, lanes and cells as with the frame', async () => {
    const { framed, unframed } = await boards();
    const [withFrame] = (await report(framed)).maps;
    const { maps, warnings } = await report(unframed);
    expect(warnings).toEqual([]);
    expect(maps).toHaveLength(1);
    const [withoutFrame] = maps;
    expect(withoutFrame?.stages).toEqual(withFrame?.stages);
    expect(withoutFrame?.lanes).toEqual(withFrame?.lanes);
    // every note of the hand-made grid lies in its cells, so the frame changes none of them
    expect(cells(withoutFrame)).toEqual(cells(withFrame));
    expect(cells(withoutFrame).size).toBe(withFrame?.notes.length);
  });
});
