import { describe, expect, it } from 'vitest';
import { frame, handGrid, shapeLabel, sticky } from '../../test/snapshotBuilders.ts';
import type { RawSnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { readback } from './readback.ts';

function read(...items: RawSnapshotItem[]) {
  return readback(buildSnapshot(items));
}

const PREFIX =
  'Frame "Draft" has labels like a journey map but no row of stage labels across the top with a column of lane labels down the left; it was not read as a map: ';

const draft = frame('d', { x: 0, y: 0, width: 3000, height: 2000 }, 'Draft');
const note = sticky('n', { cx: 1500, cy: 1200 }, 'Slow checkout');

describe('readback: why a frame that looks like a map has no grid (R37)', () => {
  it('[R37] says a row of stage labels has no column of lane labels below it', () => {
    const result = read(
      draft,
      shapeLabel('corner', { x: 40, y: 40, width: 200, height: 80 }, 'Stages'),
      shapeLabel('s1', { x: 400, y: 40, width: 300, height: 80 }, 'Discover'),
      shapeLabel('s2', { x: 800, y: 40, width: 300, height: 80 }, 'Buy'),
      shapeLabel('s3', { x: 1200, y: 40, width: 300, height: 80 }, 'Use'),
      note,
    );
    expect(result.maps).toEqual([]);
    expect(result.warnings).toEqual([
      `${PREFIX}it has a row of labels ("Discover", "Buy", "Use") but no column of lane labels down the left below it.`,
    ]);
  });

  it('[R37] says a column of lane labels has no row of stage labels right of it', () => {
    const result = read(
      draft,
      shapeLabel('l1', { x: 40, y: 300, width: 300, height: 300 }, 'Doing'),
      shapeLabel('l2', { x: 40, y: 700, width: 300, height: 300 }, 'Feelings'),
      shapeLabel('l3', { x: 40, y: 1100, width: 300, height: 300 }, 'Pains'),
      shapeLabel('l4', { x: 40, y: 1500, width: 300, height: 300 }, 'Ideas'),
      note,
    );
    expect(result.warnings).toEqual([
      `${PREFIX}it has a column of labels ("Doing", "Feelings", "Pains", …) but no row of stage labels across the top right of it.`,
    ]);
  });

  it('[R37] says the stage row is not above and right of the lane column', () => {
    // the stage labels sit below the lane labels' top, left of them: no lane is below the row
    const result = read(
      draft,
      shapeLabel('s1', { x: 1000, y: 1600, width: 300, height: 80 }, 'Discover'),
      shapeLabel('s2', { x: 1400, y: 1600, width: 300, height: 80 }, 'Buy'),
      shapeLabel('l1', { x: 40, y: 300, width: 300, height: 300 }, 'Doing'),
      shapeLabel('l2', { x: 40, y: 700, width: 300, height: 300 }, 'Feelings'),
      note,
    );
    expect(result.warnings).toEqual([
      `${PREFIX}its row of labels ("Discover", "Buy") is not above and right of a column of lane labels ("Doing", "Feelings").`,
    ]);
  });

  it('[R37] says sticky labels in a block with notes of their colour cannot be told from notes', () => {
    // the labels are stickies of the notes' colour, the notes in line with them: one block
    const labelled = handGrid({
      frameId: 'd',
      at: { x: 0, y: 0 },
      stages: ['Discover', 'Buy'],
      lanes: ['Doing', 'Feelings'],
      labels: 'sticky',
    }).map((item) => (item.kind === 'frame' ? { ...item, text: 'Draft' } : item));
    const inLine = [
      sticky('corner', { cx: 190, cy: 240 }, 'Customer', {
        color: 'orange',
        width: 300,
        height: 80,
      }),
      sticky('a', { cx: 700, cy: 500 }, 'Compares', { color: 'orange', width: 560, height: 360 }),
      sticky('b', { cx: 1300, cy: 900 }, 'Relieved', { color: 'orange', width: 560, height: 360 }),
    ];
    const result = read(...labelled, ...inLine);
    expect(result.maps).toEqual([]);
    expect(result.warnings).toEqual([
      `${PREFIX}its labels are stickies that line up with its notes in a block, so they cannot be told from notes; labels drawn as shapes or texts, or in a colour of their own, can.`,
    ]);
  });

  it('[R37] says nothing of a parking lot of stickies naming one lane kind', () => {
    const result = read(
      draft,
      sticky('p1', { cx: 200, cy: 200 }, 'idea one'),
      sticky('p2', { cx: 200, cy: 500 }, 'idea two'),
      sticky('p3', { cx: 500, cy: 200 }, 'idea three'),
    );
    expect(result).toEqual({ maps: [], warnings: [] });
  });
});
