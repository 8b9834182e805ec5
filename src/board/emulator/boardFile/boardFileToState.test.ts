import { describe, expect, it } from 'vitest';
import restPage from '../../../test/fixtures/rest-page.json';
import { boardFileToState, DEFAULT_VIEWPORT } from './boardFileToState.ts';
import { parseBoardFile } from '../../rest/parseBoardFile.ts';

const FRAME_ID = '3458764590123456700';
const USER_ID = '3074457350987654321';

function convert(json: unknown) {
  const result = parseBoardFile(json);
  if (!result.ok) throw result.error;
  return boardFileToState(result.value);
}

function frame(id: string, x: number, y: number, width = 1000, height = 800) {
  return {
    id,
    type: 'frame',
    data: { title: 'Map' },
    geometry: { width, height },
    position: { x, y, origin: 'center', relativeTo: 'canvas_center' },
  };
}

function sticky(id: string, x: number, y: number, parentId?: string) {
  return {
    id,
    type: 'sticky_note',
    data: { content: '<p>note</p>', shape: 'square' },
    geometry: { width: 199, height: 228 },
    position: { x, y, relativeTo: parentId ? 'parent_top_left' : 'canvas_center' },
    ...(parentId && { parent: { id: parentId } }),
  };
}

describe('boardFileToState', () => {
  it('keeps the items it can show, frame first, and says what it left out', () => {
    const { state, warnings } = convert(restPage);
    expect(state.items.map((item) => item.id)).toEqual([
      '3458764590123456700',
      '3458764590123456791',
      '3458764590123456792',
      '3458764590123456793',
      '3458764590123456794',
      '3458764590123456795',
    ]);
    expect(warnings).toEqual(['Left out 1 item of types the board cannot show: 1 image']);
  });

  it('keeps a child sticky note where the file puts it, from its frame’s top-left', () => {
    const { state } = convert(restPage);
    expect(state.items[1]).toEqual({
      id: '3458764590123456791',
      type: 'sticky_note',
      x: 1480,
      y: 1700,
      parentId: FRAME_ID,
      content: '<p>Delivery cost only shown at checkout</p>',
      shape: 'square',
      width: 199,
      height: 228,
      style: { fillColor: 'red', textAlign: 'center', textAlignVertical: 'top' },
      tagIds: ['3458764590123456900'],
      createdAt: '2024-05-14T09:31:02Z',
      createdBy: USER_ID,
      modifiedAt: '2024-05-14T09:33:47Z',
      modifiedBy: USER_ID,
      metadata: {},
    });
  });

  it('turns shape style strings into numbers', () => {
    const shape = convert(restPage).state.items[3];
    expect(shape?.type === 'shape' && shape.style).toEqual({
      color: '#1a1a1a',
      fillColor: '#e6e6e6',
      fillOpacity: 1,
      fontFamily: 'open_sans',
      fontSize: 24,
      textAlign: 'center',
      textAlignVertical: 'middle',
      borderStyle: 'normal',
      borderOpacity: 0.8,
      borderColor: '#1a1a1a',
      borderWidth: 2,
    });
  });

  it('rebuilds a frame’s children from their parent ids', () => {
    const frameRecord = convert(restPage).state.items[0];
    expect(frameRecord?.type === 'frame' && frameRecord.childrenIds).toEqual([
      '3458764590123456791',
      '3458764590123456792',
      '3458764590123456793',
      '3458764590123456795',
    ]);
  });

  it('keeps connectors and tags', () => {
    const { state } = convert(restPage);
    expect(state.connectors).toEqual([
      {
        id: '3458764590123456800',
        type: 'connector',
        start: { item: '3458764590123456791' },
        end: { item: '3458764590123456792' },
        shape: 'elbowed',
        style: {
          strokeColor: '#1a1a1a',
          strokeWidth: 2,
          strokeStyle: 'dashed',
          startStrokeCap: 'none',
          endStrokeCap: 'stealth',
        },
        captions: [{ content: '<p>answers</p>' }],
        createdAt: '2024-05-14T09:35:00Z',
        createdBy: USER_ID,
        modifiedAt: '2024-05-14T09:35:00Z',
        modifiedBy: USER_ID,
        metadata: {},
      },
    ]);
    expect(state.tags).toEqual([
      { id: '3458764590123456900', type: 'tag', title: 'Pain point', color: 'red' },
    ]);
  });

  it('hands out ids after the largest one in the file', () => {
    expect(convert(restPage).state.nextId).toBe('3458764590123456901'); // the tag's id + 1
  });

  it('starts a board with no app data', () => {
    expect(convert(restPage).state.appData).toEqual({});
  });

  it('moves a child listed before its frame to just after it', () => {
    const json = [
      sticky('3', 10, 10, '2'),
      sticky('1', 0, 0),
      frame('2', 0, 0),
      sticky('4', 20, 20, '2'),
    ];
    expect(convert(json).state.items.map((item) => item.id)).toEqual(['1', '2', '3', '4']);
  });

  it('places a child given in board coordinates from its frame’s top-left', () => {
    const child = { ...sticky('2', 150, 250), parent: { id: '1' } };
    const { state } = convert([frame('1', 500, 400, 1000, 800), child]);
    expect(state.items[1]).toMatchObject({ parentId: '1', x: 150, y: 250 }); // 150 - (500 - 500)
    const moved = convert([frame('1', 600, 500, 1000, 800), child]).state.items[1];
    expect(moved).toMatchObject({ x: 50, y: 150 }); // 150 - (600 - 1000/2), 250 - (500 - 800/2)
  });

  it('leaves out items inside items it cannot show', () => {
    const image = { id: '1', type: 'doc_format', position: { x: 0, y: 0 } };
    const { state, warnings } = convert([image, sticky('2', 5, 5, '1')]);
    expect(state.items).toEqual([]);
    expect(warnings).toEqual([
      'Left out 1 item of types the board cannot show: 1 doc_format',
      'Left out 1 item inside items the board cannot show',
    ]);
  });

  it('leaves out connectors to items it left out', () => {
    const { data } = restPage;
    const connector = {
      id: '9',
      startItem: { id: '3458764590123456791' },
      endItem: { id: '3458764590123456796' }, // the image
    };
    const { state, warnings } = convert({ data, connectors: [connector] });
    expect(state.connectors).toEqual([]);
    expect(warnings).toContain('Left out 1 connector to items not on the board');
  });

  it('keeps a connector with a loose end', () => {
    const connector = { id: '9', startItem: { id: '1' } };
    const { state } = convert({ data: [sticky('1', 0, 0)], connectors: [connector] });
    expect(state.connectors[0]).toMatchObject({ start: { item: '1' }, end: null });
  });

  it('leaves out references to tags that are not in the file', () => {
    const note = { ...sticky('1', 0, 0), tagIds: ['7', '8'] };
    const tags = [{ id: '8', title: 'Idea', fillColor: 'green' }];
    const { state, warnings } = convert({ data: [note], tags });
    expect(state.items[0]).toMatchObject({ tagIds: ['8'] });
    expect(warnings).toEqual(['Left out 1 tag reference to tags not in the file']);
  });

  it('shows shapes it does not know as rectangles', () => {
    const shape = {
      id: '1',
      type: 'shape',
      data: { content: '', shape: 'flow_chart_magnetic_disk' },
      geometry: { width: 100, height: 100 },
      position: { x: 0, y: 0 },
    };
    const { state, warnings } = convert([shape]);
    expect(state.items[0]).toMatchObject({ shape: 'rectangle' });
    expect(warnings).toEqual([
      'Shapes the board does not know shown as rectangles: flow_chart_magnetic_disk',
    ]);
  });

  it('shows tag colours it does not know as red', () => {
    const tags = [{ id: '8', title: 'Idea', fillColor: 'ultraviolet' }];
    const { state, warnings } = convert({ data: [], tags });
    expect(state.tags).toEqual([{ id: '8', type: 'tag', title: 'Idea', color: 'red' }]);
    expect(warnings).toEqual(['Tag colours the board does not know shown as red: ultraviolet']);
  });

  it('shows fonts it does not know as arial', () => {
    const text = {
      id: '1',
      type: 'text',
      data: { content: 'Hi' },
      style: { fontFamily: 'comic_sans', fontSize: '14' },
      geometry: { width: 300, height: 20 },
      position: { x: 0, y: 0 },
    };
    const { state, warnings } = convert([text]);
    expect(state.items[0]).toMatchObject({ style: { fontFamily: 'arial' } });
    expect(warnings).toEqual(['Fonts the board does not know shown as arial: comic_sans']);
  });

  it('warns that rotated items are shown unrotated', () => {
    const note = sticky('1', 0, 0);
    const rotated = { ...note, geometry: { ...note.geometry, rotation: 15 } };
    expect(convert([rotated]).warnings).toEqual([
      '1 item shown unrotated: the board has no rotation',
    ]);
  });

  it('derives a sticky note’s height from its width when the file has none', () => {
    const note = { ...sticky('1', 0, 0), data: { shape: 'rectangle' }, geometry: { width: 700 } };
    expect(convert([note]).state.items[0]).toMatchObject({ width: 700, height: 456 }); // 228 × 700/350
  });

  it('estimates a text’s height when the file has none', () => {
    const text = {
      id: '1',
      type: 'text',
      data: {},
      geometry: { width: 300 },
      position: { x: 0, y: 0 },
    };
    expect(convert([text]).state.items[0]?.height).toBeCloseTo(19.6); // one line: 14 × 1.4
  });

  it('dates an item without timestamps at the epoch, by no real user', () => {
    expect(convert([sticky('1', 0, 0)]).state.items[0]).toMatchObject({
      createdAt: '1970-01-01T00:00:00.000Z',
      createdBy: '0',
      modifiedAt: '1970-01-01T00:00:00.000Z',
      modifiedBy: '0',
    });
  });

  it('takes a missing creation from the last change, and the other way round', () => {
    const created = {
      ...sticky('1', 0, 0),
      createdAt: '2024-05-14T09:31:02Z',
      createdBy: { id: '7' },
    };
    expect(convert([created]).state.items[0]).toMatchObject({
      modifiedAt: '2024-05-14T09:31:02Z',
      modifiedBy: '7',
    });
  });

  it('takes app data, metadata, the viewport and the next id from the journeyMapper key', () => {
    const journeyMapper = {
      appData: { maps: ['1'] },
      metadata: { '2': { role: 'stage' } },
      viewport: { x: 1, y: 2, width: 300, height: 200 },
      nextId: '50',
    };
    const { state } = convert({ data: [frame('1', 0, 0), sticky('2', 5, 5, '1')], journeyMapper });
    expect(state.appData).toEqual({ maps: ['1'] });
    expect(state.items[1]?.metadata).toEqual({ role: 'stage' });
    expect(state.viewport).toEqual({ x: 1, y: 2, width: 300, height: 200 });
    expect(state.nextId).toBe('50');
  });

  it('never hands out an id the file already uses', () => {
    const { state } = convert({ data: [sticky('80', 0, 0)], journeyMapper: { nextId: '50' } });
    expect(state.nextId).toBe('81');
  });

  it('fits the viewport to the items', () => {
    const box = { ...sticky('1', 0, 0), geometry: { width: 100, height: 100 } };
    const { viewport } = convert([box]).state;
    // 100 + 2 × 10% = 120 high; 120 × 16/9 = 213.33 wide, centred on 0
    expect(viewport.width).toBeCloseTo(213.333);
    expect(viewport.height).toBeCloseTo(120);
    expect(viewport.x).toBeCloseTo(-106.667);
    expect(viewport.y).toBeCloseTo(-60);
  });

  it('gives an empty board the default viewport and the first id', () => {
    const { state, warnings } = convert([]);
    expect(state).toEqual({
      version: 1,
      items: [],
      connectors: [],
      tags: [],
      appData: {},
      nextId: '3458764500000000001',
      viewport: DEFAULT_VIEWPORT,
    });
    expect(warnings).toEqual([]);
  });
});

describe('boardFileToState on files of earlier versions', () => {
  const page = (journeyMapper: Record<string, unknown>) => ({
    data: [frame(FRAME_ID, 0, 0)],
    journeyMapper: { metadata: {}, ...journeyMapper },
  });

  it('sets aside the per-map structures a file saved before records kept in app data', () => {
    const { state, warnings } = convert(
      page({ appData: { [`map:${FRAME_ID}`]: { v: 1 }, theme: 'dark' } }),
    );
    expect(state.appData).toEqual({ theme: 'dark' });
    expect(warnings).toEqual([
      'The file was saved by an earlier Journey Mapper: its maps are read from the tags on their headers, and the map structures it kept in app data (1) are set aside',
    ]);
  });

  it('keeps the app data of a file that says its maps keep records on their items', () => {
    const appData = { [`map:${FRAME_ID}`]: 'not ours to judge' };
    const { state, warnings } = convert(page({ mapRecords: 'itemMetadata', appData }));
    expect(state.appData).toEqual(appData);
    expect(warnings).toEqual([]);
  });
});
