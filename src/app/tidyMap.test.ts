import { describe, expect, it } from 'vitest';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { boardWith } from '../test/fakeBoard.ts';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { rawItem, snapshotOfMaps } from '../test/snapshotOfMaps.ts';
import { applyTidy, planTidyOnBoard } from './tidyMap.ts';

const plan = layoutMap(sampleTemplate, sampleDraft());
/** Centre (600, 850) in Awareness × Actions (520, 740), hanging 19.5 over its left border. */
const hanging = rawItem(
  'hanging',
  'sticky',
  { x: 500.5, y: 736, width: 199, height: 228 },
  {
    text: 'Hangs over',
    color: 'light_yellow',
    parentId: 'f1',
  },
);
const board = () => boardWith(snapshotOfMaps([{ frameId: 'f1', plan }], [hanging]));

describe('tidying a map on the board', () => {
  it('plans to pull a note that hangs over a border into its cell, naming the cell', async () => {
    const moves = await planTidyOnBoard(board(), { mapId: 'f1' });
    expect(moves).toEqual([
      {
        id: 'hanging',
        text: 'Hangs over',
        stageName: 'Awareness',
        laneName: 'Actions',
        from: { x: 500.5, y: 736, width: 199, height: 228 },
        to: { x: 540, y: 760, width: 199, height: 228 },
      },
    ]);
  });

  it('plans nothing for another cell', async () => {
    expect(
      await planTidyOnBoard(board(), { mapId: 'f1', cell: { stageId: 'use', laneId: 'actions' } }),
    ).toEqual([]);
  });

  it('moves the planned notes and says how many moved', async () => {
    const fake = board();
    const moves = await planTidyOnBoard(fake, { mapId: 'f1' });
    expect(await applyTidy(fake, moves)).toBe(1);
    expect(fake.moves).toEqual([
      [{ id: 'hanging', to: { x: 540, y: 760, width: 199, height: 228 } }],
    ]);
  });
});
