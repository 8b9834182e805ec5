import { describe, expect, it } from 'vitest';
import type { BoardItem } from './SandboxEmulator.ts';
import { buildScene, isVotable, movableIds, movingIds, opensEditorOnDoubleClick } from './scene.ts';

const common = {
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: 'u',
  modifiedAt: '2024-01-01T00:00:00.000Z',
  modifiedBy: 'u',
  metadata: {},
};

function note(
  id: string,
  boardX: number,
  boardY: number,
  parentId: string | null = null,
): BoardItem {
  return {
    ...common,
    id,
    type: 'sticky_note',
    x: boardX,
    y: boardY,
    boardX,
    boardY,
    parentId,
    content: '',
    shape: 'square',
    width: 199,
    height: 228,
    style: { fillColor: 'light_yellow', textAlign: 'center', textAlignVertical: 'top' },
    tagIds: [],
  };
}

function frame(id: string, childrenIds: string[]): BoardItem {
  return {
    ...common,
    id,
    type: 'frame',
    x: 0,
    y: 0,
    boardX: 0,
    boardY: 0,
    parentId: null,
    title: 'Map',
    width: 1000,
    height: 800,
    style: { fillColor: '#ffffff' },
    childrenIds,
  };
}

describe('buildScene', () => {
  it('draws frames first, then the other items in creation order', () => {
    const scene = buildScene([note('1', 0, 0), frame('2', []), note('3', 5, 5)], [], []);
    expect(scene.items.map((entry) => entry.id)).toEqual(['2', '1', '3']);
  });

  it('gives each item its top-left board rectangle', () => {
    const scene = buildScene([note('1', 100, 200)], [], []);
    // 100 - 199 / 2, 200 - 228 / 2
    expect(scene.byId.get('1')?.rect).toEqual({ x: 0.5, y: 86, width: 199, height: 228 });
  });
});

describe('moving a selection', () => {
  const scene = buildScene([frame('f', ['a']), note('a', 10, 10, 'f'), note('b', 2000, 0)], [], []);

  it('moves a child with its selected frame, not on its own', () => {
    expect(movableIds(scene, ['f', 'a', 'b'])).toEqual(['f', 'b']);
  });

  it('moves a child on its own when its frame is not selected', () => {
    expect(movableIds(scene, ['a'])).toEqual(['a']);
  });

  it('shows the children of a moved frame moving', () => {
    expect([...movingIds(scene, ['f'])]).toEqual(['f', 'a']);
  });
});

function shape(id: string, content: string): BoardItem {
  return {
    ...common,
    id,
    type: 'shape',
    x: 0,
    y: 0,
    boardX: 0,
    boardY: 0,
    parentId: null,
    content,
    shape: 'rectangle',
    width: 400,
    height: 100,
    style: {
      color: '#1a1a2e',
      fillColor: '#f3f4f8',
      fillOpacity: 1,
      fontFamily: 'open_sans',
      fontSize: 24,
      textAlign: 'center',
      textAlignVertical: 'middle',
      borderStyle: 'normal',
      borderOpacity: 1,
      borderColor: '#f3f4f8',
      borderWidth: 2,
    },
  };
}

describe('opensEditorOnDoubleClick', () => {
  const entry = (item: BoardItem) => ({
    id: item.id,
    type: item.type,
    item,
    rect: { x: 0, y: 0, width: 1, height: 1 },
  });

  it('edits notes and shapes that hold text', () => {
    expect(opensEditorOnDoubleClick(entry(note('1', 0, 0)))).toBe(true);
    expect(opensEditorOnDoubleClick(entry(shape('2', '<p><strong>Awareness</strong></p>')))).toBe(
      true,
    );
  });

  it('leaves empty shapes, such as lane bands, to adding a note', () => {
    expect(opensEditorOnDoubleClick(entry(shape('3', '')))).toBe(false);
    expect(opensEditorOnDoubleClick(entry(frame('4', [])))).toBe(false);
  });
});

describe('isVotable', () => {
  it('lets a vote count on notes and cards only, not on a map’s frame, bands or labels', () => {
    expect(['sticky_note', 'card'].every((type) => isVotable(type as BoardItem['type']))).toBe(
      true,
    );
    expect(isVotable('frame')).toBe(false);
    expect(isVotable('shape')).toBe(false);
    expect(isVotable('text')).toBe(false);
  });
});
