import { describe, expect, it } from 'vitest';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { buildSnapshot } from '../core/snapshot/buildSnapshot.ts';
import { boardWith } from '../test/fakeBoard.ts';
import { legendMap } from '../test/legendMap.ts';
import { sticky } from '../test/snapshotBuilders.ts';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { snapshotOfMaps } from '../test/snapshotOfMaps.ts';
import { selectedCell } from './selectedCell.ts';

const plan = layoutMap(sampleTemplate, sampleDraft());
const board = () =>
  boardWith(
    snapshotOfMaps([
      { frameId: 'f1', plan, notes: [{ stageId: 'use', laneId: 'emotions', text: '+1 calm' }] },
    ]),
  );

describe('selectedCell', () => {
  it('is the cell holding the selected note', async () => {
    const fake = board();
    fake.noteSelection = ['f1-note-0'];
    expect(await selectedCell(fake, 'f1')).toEqual({ stageId: 'use', laneId: 'emotions' });
  });

  it('is null when no note of the map is selected', async () => {
    const fake = board();
    fake.noteSelection = ['elsewhere'];
    expect(await selectedCell(fake, 'f1')).toBeNull();
  });
  it('[R31] on a legend map, is the cell of the note’s stage and colour', async () => {
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
        sticky('n', { cx: 1300, cy: 600 }, 'Slow', { color: 'violet', parentId: 'f' }),
      ]),
    );
    fake.noteSelection = ['n'];
    expect(await selectedCell(fake, 'f')).toEqual({ stageId: 'stage-2', laneId: 'lane-2' });
  });
});
