import { describe, expect, it } from 'vitest';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { buildSnapshot } from '../core/snapshot/buildSnapshot.ts';
import { boardWith } from '../test/fakeBoard.ts';
import { legendMap } from '../test/legendMap.ts';
import { sticky } from '../test/snapshotBuilders.ts';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { rawItem, snapshotOfMaps } from '../test/snapshotOfMaps.ts';
import { putInCell } from './putInCell.ts';

const plan = layoutMap(sampleTemplate, sampleDraft());
/** Inside frame f1, left of the grid's first column (x 520), below the header. */
const stray = rawItem(
  'stray',
  'sticky',
  { x: 100, y: 2600, width: 199, height: 228 },
  {
    text: 'Lost',
    color: 'light_yellow',
    parentId: 'f1',
  },
);
const board = () =>
  boardWith(
    snapshotOfMaps(
      [
        {
          frameId: 'f1',
          plan,
          notes: [{ stageId: 'awareness', laneId: 'actions', text: 'Sees an ad' }],
        },
      ],
      [stray],
    ),
  );

describe('putInCell', () => {
  it('moves an unplaced note to the cell’s next free slot', async () => {
    const fake = board();
    expect(
      await putInCell(fake, {
        mapId: 'f1',
        noteId: 'stray',
        stageId: 'awareness',
        laneId: 'actions',
      }),
    ).toEqual({
      crowded: false,
    });
    // the cell is at (520, 740); slot 0 (540, 760) is taken by "Sees an ad", slot 1 is 199 + 20 right
    expect(fake.moves).toEqual([
      [{ id: 'stray', to: { x: 759, y: 760, width: 199, height: 228 } }],
    ]);
  });

  it('fails with a message when the note is gone', async () => {
    await expect(
      putInCell(board(), { mapId: 'f1', noteId: 'gone', stageId: 'awareness', laneId: 'actions' }),
    ).rejects.toThrow('That note is no longer on the map.');
  });
  it('[R31] on a legend map, moves a note only into the lane of its colour', async () => {
    const fake = boardWith(
      buildSnapshot([
        ...legendMap({
          frameId: 'f',
          stages: ['Discover', 'Buy'],
          entries: [
            { color: 'yellow', name: 'Actions' },
            { color: 'violet', name: 'Pain points' },
          ],
          legend: 'column',
        }),
        sticky('n', { cx: 700, cy: 1200 }, 'Slow', { color: 'violet', parentId: 'f' }),
      ]),
    );
    await expect(
      putInCell(fake, { mapId: 'f', noteId: 'n', stageId: 'stage-2', laneId: 'lane-1' }),
    ).rejects.toThrow('On this map each lane is a colour: only a yellow note goes into "Actions".');
    expect(
      await putInCell(fake, { mapId: 'f', noteId: 'n', stageId: 'stage-2', laneId: 'lane-2' }),
    ).toEqual({ crowded: false });
  });
});
