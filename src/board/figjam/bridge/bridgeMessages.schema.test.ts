import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../core/layout/layoutMap.ts';
import { sampleDraft, sampleTemplate } from '../../../test/sampleTemplate.ts';
import { snapshotOfMaps } from '../../../test/snapshotOfMaps.ts';
import type { BridgeCall, BridgeMethod, ToPanel, ToPlugin } from './bridgeMessages.schema.ts';
import {
  BridgeValue,
  ToPanel as ToPanelSchema,
  ToPlugin as ToPluginSchema,
} from './bridgeMessages.schema.ts';

const plan = layoutMap(sampleTemplate, sampleDraft());
const area = { x: 0, y: 0, width: 100, height: 50 };
const timerState = { status: 'running', remainingMs: 1000, totalMs: 2000 } as const;
const snapshotRead = {
  snapshot: snapshotOfMaps([{ frameId: 'f1', plan }]),
  warnings: ['one item could not be read'],
  authorNames: { u1: 'Ana Costa' },
};

const request = (call: BridgeCall): ToPlugin => ({
  journeyMapper: 1,
  type: 'request',
  id: 1,
  call,
});

/** One request per method of the port, with the value its reply carries. */
const calls: [ToPlugin, unknown][] = [
  [request({ method: 'apply', plan, progress: true }), { frameId: 'f1', itemCount: 3 }],
  [
    request({
      method: 'addSummary',
      plan: { ...plan, connectors: [] },
      nextTo: { area },
      progress: false,
    }),
    { frameId: 'f2', itemCount: 1 },
  ],
  [request({ method: 'removeSummary', frameId: 'f2' }), null],
  [request({ method: 'readSnapshot' }), snapshotRead],
  [request({ method: 'selectedFrameIds' }), ['f1']],
  [request({ method: 'selectedNoteIds' }), []],
  [request({ method: 'zoomTo', area }), null],
  [request({ method: 'onItemsChange' }), null],
  [request({ method: 'timer' }), { available: true }],
  [request({ method: 'timerState' }), timerState],
  [request({ method: 'timerStart', durationMs: 60_000 }), timerState],
  [request({ method: 'timerPause' }), timerState],
  [request({ method: 'timerResume' }), timerState],
  [request({ method: 'timerStop' }), timerState],
  [request({ method: 'timerProlong', durationMs: 1000 }), timerState],
  [request({ method: 'timerOnChange' }), null],
  [
    request({
      method: 'addNotes',
      notes: [{ text: 'Slow', color: 'red', rect: area, frameId: null }],
    }),
    { ids: ['n1'] },
  ],
  [request({ method: 'moveNotes', moves: [{ id: 'n1', to: area }] }), { ids: ['n1'] }],
  [request({ method: 'onDrop' }), null],
];

const toPanel: ToPanel[] = [
  {
    journeyMapper: 1,
    type: 'reply',
    id: 1,
    ok: false,
    error: { reason: 'rateLimited', message: 'Busy.' },
  },
  {
    journeyMapper: 1,
    type: 'event',
    id: 1,
    event: { kind: 'progress', progress: { done: 1, total: 2 } },
  },
  { journeyMapper: 1, type: 'event', id: 1, event: { kind: 'itemsChange' } },
  {
    journeyMapper: 1,
    type: 'event',
    id: 1,
    event: { kind: 'timerChange', state: timerState, change: 'finish' },
  },
  {
    journeyMapper: 1,
    type: 'event',
    id: 1,
    event: { kind: 'drop', drop: { point: { x: 1, y: 2 }, data: { color: 'red' } } },
  },
];

describe('bridge messages', () => {
  it('has a request and a reply for every method of the port', () => {
    const methods = calls.map(([message]) => message.type === 'request' && message.call.method);
    expect(methods.sort()).toEqual((Object.keys(BridgeValue) as BridgeMethod[]).sort());
  });

  it.each(
    calls.map(
      ([message, value]) =>
        [message.type === 'request' ? message.call.method : '', message, value] as const,
    ),
  )(
    '%s: request and reply survive structuredClone and are accepted as they were',
    (method, message, value) => {
      expect(ToPluginSchema.parse(structuredClone(message))).toEqual(message);
      const reply = { journeyMapper: 1, type: 'reply', id: 1, ok: true, value };
      const cloned = ToPanelSchema.parse(structuredClone(reply));
      expect(cloned).toEqual(reply);
      expect(
        BridgeValue[method as BridgeMethod].parse('value' in cloned ? cloned.value : undefined),
      ).toEqual(value);
    },
  );

  it.each(
    toPanel.map(
      (message) =>
        [message.type === 'event' ? message.event.kind : 'error reply', message] as const,
    ),
  )('%s survives structuredClone and is accepted as it was', (_kind, message) => {
    expect(ToPanelSchema.parse(structuredClone(message))).toEqual(message);
  });

  it('survives structuredClone as an unsubscribe', () => {
    const message = { journeyMapper: 1, type: 'unsubscribe', id: 4 } as const;
    expect(ToPluginSchema.parse(structuredClone(message))).toEqual(message);
  });

  it('refuses a message of another version of the bridge', () => {
    expect(ToPluginSchema.safeParse({ journeyMapper: 2, type: 'unsubscribe', id: 4 }).success).toBe(
      false,
    );
  });
});
