import { describe, expect, it } from 'vitest';
import restPage from '../../../test/fixtures/rest-page.json';
import type { EmulatorState } from '../EmulatorState.ts';
import { boardFileToState } from './boardFileToState.ts';
import { parseBoardFile } from '../../rest/parseBoardFile.ts';
import { stateToBoardFile } from './stateToBoardFile.ts';

const USER = { id: '3074457350987654321', type: 'user' };

function fixtureState(): EmulatorState {
  const result = parseBoardFile(restPage);
  if (!result.ok) throw result.error;
  return boardFileToState(result.value).state;
}

describe('stateToBoardFile', () => {
  it('writes a child as REST lists it: from its parent’s top-left, with the parent’s id', () => {
    const { data } = stateToBoardFile(fixtureState());
    expect(data[1]).toEqual({
      id: '3458764590123456791',
      type: 'sticky_note',
      data: { content: '<p>Delivery cost only shown at checkout</p>', shape: 'square' },
      style: { fillColor: 'red', textAlign: 'center', textAlignVertical: 'top' },
      geometry: { width: 199, height: 228 },
      position: { x: 1480, y: 1700, origin: 'center', relativeTo: 'parent_top_left' },
      parent: { id: '3458764590123456700' },
      tagIds: ['3458764590123456900'],
      createdAt: '2024-05-14T09:31:02Z',
      createdBy: USER,
      modifiedAt: '2024-05-14T09:33:47Z',
      modifiedBy: USER,
    });
  });

  it('writes a top-level item from the board centre, without a parent', () => {
    const text = stateToBoardFile(fixtureState()).data[4];
    expect(text?.position).toEqual({
      x: 500,
      y: 300,
      origin: 'center',
      relativeTo: 'canvas_center',
    });
    expect(text).not.toHaveProperty('parent');
  });

  it('writes shape style sizes as strings', () => {
    const shape = stateToBoardFile(fixtureState()).data[3];
    expect(shape?.type === 'shape' && shape.style).toEqual({
      fillColor: '#e6e6e6',
      fillOpacity: '1',
      fontFamily: 'open_sans',
      fontSize: '24',
      borderColor: '#1a1a1a',
      borderWidth: '2',
      borderOpacity: '0.8',
      borderStyle: 'normal',
      color: '#1a1a1a',
      textAlign: 'center',
      textAlignVertical: 'middle',
    });
  });

  it('writes connectors and tags in their REST form', () => {
    const { connectors, tags } = stateToBoardFile(fixtureState());
    expect(connectors).toEqual([
      {
        id: '3458764590123456800',
        type: 'connector',
        startItem: { id: '3458764590123456791' },
        endItem: { id: '3458764590123456792' },
        shape: 'elbowed',
        style: {
          strokeColor: '#1a1a1a',
          strokeWidth: '2',
          strokeStyle: 'dashed',
          startStrokeCap: 'none',
          endStrokeCap: 'stealth',
        },
        captions: [{ content: '<p>answers</p>' }],
        createdAt: '2024-05-14T09:35:00Z',
        createdBy: USER,
        modifiedAt: '2024-05-14T09:35:00Z',
        modifiedBy: USER,
      },
    ]);
    expect(tags).toEqual([
      { id: '3458764590123456900', type: 'tag', title: 'Pain point', fillColor: 'red' },
    ]);
  });

  it('keeps what REST cannot hold under the journeyMapper key', () => {
    const state = fixtureState();
    const edited: EmulatorState = {
      ...state,
      items: state.items.map((item) =>
        item.id === '3458764590123456791' ? { ...item, metadata: { stage: 's1' } } : item,
      ),
      appData: { maps: { '3458764590123456700': { template: 'current-state' } } },
      viewport: { x: -10, y: -20, width: 1600, height: 900 },
    };
    expect(stateToBoardFile(edited).journeyMapper).toEqual({
      mapRecords: 'itemMetadata',
      appData: { maps: { '3458764590123456700': { template: 'current-state' } } },
      metadata: { '3458764590123456791': { stage: 's1' } },
      viewport: { x: -10, y: -20, width: 1600, height: 900 },
      nextId: '3458764590123456901',
    });
  });

  it('reads back as the same board', () => {
    const state = fixtureState();
    const result = parseBoardFile(JSON.parse(JSON.stringify(stateToBoardFile(state))));
    if (!result.ok) throw result.error;
    expect(boardFileToState(result.value)).toEqual({ state, warnings: [] });
  });
});
