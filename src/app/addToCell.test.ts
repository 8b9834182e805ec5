import { describe, expect, it } from 'vitest';
import { layoutMap } from '../core/layout/layoutMap.ts';
import { buildSnapshot } from '../core/snapshot/buildSnapshot.ts';
import { boardWith } from '../test/fakeBoard.ts';
import { legendMap } from '../test/legendMap.ts';
import { sampleDraft, sampleTemplate } from '../test/sampleTemplate.ts';
import { snapshotOfMaps, type CellNote } from '../test/snapshotOfMaps.ts';
import { addToCell, linesOf } from './addToCell.ts';

const plan = layoutMap(sampleTemplate, sampleDraft());
const NOTES: CellNote[] = [
  { stageId: 'purchase', laneId: 'painPoints', text: 'Fees shown late' },
  { stageId: 'purchase', laneId: 'painPoints', text: 'Slow checkout' },
  { stageId: 'purchase', laneId: 'painPoints', text: 'No PayPal' },
  { stageId: 'purchase', laneId: 'emotions', text: '+2 got it' },
];
const board = () => boardWith(snapshotOfMaps([{ frameId: 'f1', plan, notes: NOTES }]));

describe('addToCell', () => {
  it('adds one note per line, in the lane’s colour, in the free slots below the cell’s first row', async () => {
    const fake = board();
    const added = await addToCell(fake, {
      mapId: 'f1',
      stageId: 'purchase',
      laneId: 'painPoints',
      text: 'Card declined\n\n  Too many steps  \n',
      score: null,
    });
    expect(added).toEqual({ ids: ['note-1', 'note-2'], crowded: 0 });
    // the cell is at (1880, 2430); its first row of slots (y 2450) is taken by the three notes
    expect(fake.addedNotes).toEqual([
      [
        {
          text: 'Card declined',
          color: 'red',
          frameId: 'f1',
          rect: { x: 1900, y: 2698, width: 199, height: 228 },
        },
        {
          text: 'Too many steps',
          color: 'red',
          frameId: 'f1',
          rect: { x: 2119, y: 2698, width: 199, height: 228 },
        },
      ],
    ]);
  });

  it('puts an emotion note on the row of its score with the score in its text', async () => {
    const fake = board();
    await addToCell(fake, {
      mapId: 'f1',
      stageId: 'purchase',
      laneId: 'emotions',
      text: 'worried',
      score: -1,
    });
    const [note] = fake.addedNotes[0] ?? [];
    expect(note?.text).toBe('−1 worried');
    // the row of −1 is the fourth of five 130-high rows from y 1780: 2170 to 2300
    expect(note?.rect.x).toBe(1900);
    expect(note?.rect.width).toBe(100);
    expect(note?.rect.y).toBeGreaterThan(2170);
    expect((note?.rect.y ?? 0) + (note?.rect.height ?? 0)).toBeLessThan(2300);
  });

  it('[R31] on a legend map, adds the note in the lane’s legend colour inside the stage column', async () => {
    const fake = boardWith(
      buildSnapshot(
        legendMap({
          frameId: 'f',
          stages: ['Discover', 'Buy'],
          entries: [
            { color: 'yellow', name: 'Actions' },
            { color: 'violet', name: 'Pain points' },
          ],
          legend: 'column',
        }),
      ),
    );
    await addToCell(fake, {
      mapId: 'f',
      stageId: 'stage-2',
      laneId: 'lane-2',
      text: 'Slow',
      score: null,
    });
    // the Buy column runs from 1000; every lane's row from 380, the stage labels' bottom
    expect(fake.addedNotes).toEqual([
      [
        {
          text: 'Slow',
          color: 'violet',
          frameId: 'f',
          rect: { x: 1020, y: 400, width: 199, height: 228 },
        },
      ],
    ]);
  });

  it('says how many notes had to overlap others in a full cell', async () => {
    const fake = board();
    // 3 × 2 slots, 3 taken: the 4th, 5th and 6th line are crowded
    const added = await addToCell(fake, {
      mapId: 'f1',
      stageId: 'purchase',
      laneId: 'painPoints',
      text: 'a\nb\nc\nd\ne\nf',
      score: null,
    });
    expect(added.crowded).toBe(3);
  });

  it('adds nothing for blank text and does not read the board', async () => {
    const fake = board();
    const added = await addToCell(fake, {
      mapId: 'f1',
      stageId: 'purchase',
      laneId: 'actions',
      text: ' \n ',
      score: null,
    });
    expect(added).toEqual({ ids: [], crowded: 0 });
    expect(fake.reads).toBe(0);
  });

  it('fails with a message when the map is gone', async () => {
    await expect(
      addToCell(board(), {
        mapId: 'gone',
        stageId: 'purchase',
        laneId: 'actions',
        text: 'x',
        score: null,
      }),
    ).rejects.toThrow('That map is no longer on the board.');
  });

  it('splits text into trimmed non-blank lines', () => {
    expect(linesOf(' a \r\n\nb')).toEqual(['a', 'b']);
  });
});
