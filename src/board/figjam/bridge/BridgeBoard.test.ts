import { describe, expect, it } from 'vitest';
import { boardRect } from '../../../core/geometry/Rect.ts';
import { FakeBoard } from '../../../test/fakeBoard.ts';
import { BoardError } from '../../port.ts';
import type { After, BridgeChannel } from './BridgeChannel.ts';
import { BridgeBoard } from './BridgeBoard.ts';
import { memoryChannelPair } from './memoryChannelPair.ts';
import { serveBoard } from './serveBoard.ts';

/** Lets every message under way be delivered and answered. */
const settle = async () => {
  for (let turn = 0; turn < 10; turn++) await Promise.resolve();
};

function bridged(board = new FakeBoard()) {
  const [panelEnd, pluginEnd] = memoryChannelPair();
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) };
  serveBoard(board, pluginEnd, logger);
  const bridge = new BridgeBoard(panelEnd, { logger });
  return { board, bridge, warnings, panelEnd, pluginEnd };
}

/** Timers that run out only when the test says so. */
function manualTimers() {
  const due = new Set<() => void>();
  const after: After = (_ms, callback) => {
    due.add(callback);
    return () => due.delete(callback);
  };
  return {
    after,
    get count() {
      return due.size;
    },
    runOut: () => {
      for (const callback of [...due]) {
        due.delete(callback);
        callback();
      }
    },
  };
}

describe('BridgeBoard and serveBoard', () => {
  it('keeps a BoardError’s reason and message across the bridge', async () => {
    const { board, bridge } = bridged();
    board.failWith(new BoardError('rateLimited', 'Miro is busy, try again in a minute.'));
    const error: unknown = await bridge.removeSummary('f1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BoardError);
    expect(error).toMatchObject({
      reason: 'rateLimited',
      message: 'Miro is busy, try again in a minute.',
    });
  });

  it('turns any other error into a failed BoardError with its message', async () => {
    const { board, bridge } = bridged();
    board.failWith(new TypeError('x is not a function'));
    await expect(bridge.addNotes([])).rejects.toMatchObject({
      name: 'BoardError',
      reason: 'failed',
      message: 'x is not a function',
    });
  });

  it('answers each call with its own value', async () => {
    const { board, bridge } = bridged();
    board.selection = ['f1', 'f2'];
    board.noteSelection = ['n1'];
    await bridge.zoomTo(boardRect({ x: 1, y: 2, width: 3, height: 4 }));
    expect(await Promise.all([bridge.selectedFrameIds(), bridge.selectedNoteIds()])).toEqual([
      ['f1', 'f2'],
      ['n1'],
    ]);
    expect(board.zooms).toEqual([{ x: 1, y: 2, width: 3, height: 4 }]);
    const moved = await bridge.moveNotes([
      { id: 'n1', to: boardRect({ x: 0, y: 0, width: 10, height: 10 }) },
    ]);
    expect(moved).toEqual({ ids: ['n1'] });
  });

  it('delivers item changes until the panel unsubscribes, and tells the board', async () => {
    const { board, bridge } = bridged();
    let changes = 0;
    const unsubscribe = bridge.onItemsChange(() => changes++);
    await settle();
    expect(board.listenerCount).toBe(1);
    board.changeItems();
    board.changeItems();
    await settle();
    expect(changes).toBe(2);
    unsubscribe();
    await settle();
    expect(board.listenerCount).toBe(0);
    board.changeItems();
    await settle();
    expect(changes).toBe(2);
  });

  it('ends a subscription the panel gave up before the board had it', async () => {
    const { board, bridge } = bridged();
    bridge.onItemsChange(() => {})();
    await settle();
    expect(board.listenerCount).toBe(0);
  });

  it('delivers drops with their point and data', async () => {
    const { board, bridge } = bridged();
    const drops: unknown[] = [];
    bridge.onDrop((drop) => drops.push(drop));
    await settle();
    board.drop({ point: { x: 5, y: 6 }, data: { color: 'red' } });
    await settle();
    expect(drops).toEqual([{ point: { x: 5, y: 6 }, data: { color: 'red' } }]);
  });

  it('drives the board’s timer and hears its changes, in milliseconds', async () => {
    const { board, bridge } = bridged();
    const timer = await bridge.timer();
    if (!timer) throw new Error('no timer');
    const heard: string[] = [];
    const unsubscribe = timer.onChange((state, change) => heard.push(`${change} ${state.status}`));
    await settle();
    expect(await timer.start(60_000)).toEqual({
      status: 'running',
      remainingMs: 60_000,
      totalMs: 60_000,
    });
    await timer.pause();
    await settle();
    expect(heard).toEqual(['start running', 'update paused']);
    expect(board.boardTimer?.calls).toEqual(['start 60000', 'pause']);
    unsubscribe();
    await settle();
    await timer.resume();
    await settle();
    expect(heard).toHaveLength(2);
  });

  it('gives no timer where the board has none', async () => {
    const board = new FakeBoard();
    board.boardTimer = null;
    expect(await bridged(board).bridge.timer()).toBeNull();
  });

  it('ends a call the plugin never answers with a BoardError that says so', async () => {
    const [panelEnd] = memoryChannelPair();
    const timers = manualTimers();
    const bridge = new BridgeBoard(panelEnd, { logger: { warn: () => {} }, after: timers.after });
    const read = bridge.readSnapshot();
    expect(timers.count).toBe(1);
    timers.runOut();
    await expect(read).rejects.toMatchObject({
      name: 'BoardError',
      reason: 'failed',
      message: 'The FigJam plugin did not answer (readSnapshot) within 30 s.',
    });
  });

  it('stops the clock of a call that was answered', async () => {
    const timers = manualTimers();
    const [panelEnd, pluginEnd] = memoryChannelPair();
    serveBoard(new FakeBoard(), pluginEnd, { warn: () => {} });
    const bridge = new BridgeBoard(panelEnd, { logger: { warn: () => {} }, after: timers.after });
    await bridge.selectedFrameIds();
    expect(timers.count).toBe(0);
  });
});

describe('messages the bridge does not act on', () => {
  const post = (channel: BridgeChannel, message: unknown) => {
    channel.post(message);
    return settle();
  };

  it('ignores other plugins’ messages without a word', async () => {
    const { board, warnings, panelEnd, pluginEnd } = bridged();
    await post(panelEnd, { pluginDrop: { clientX: 1, clientY: 2 } });
    await post(pluginEnd, 'hello');
    await post(panelEnd, null);
    expect(warnings).toEqual([]);
    expect(board.zooms).toEqual([]);
  });

  it('drops a malformed request with one warning and does not run it', async () => {
    const { board, warnings, panelEnd } = bridged();
    await post(panelEnd, {
      journeyMapper: 1,
      type: 'request',
      id: 0,
      call: { method: 'zoomTo', area: { x: 'left' } },
    });
    expect(board.zooms).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^Journey Mapper bridge: dropped a malformed message from the panel: At call\.area\.x/,
    );
  });

  it('drops a malformed or unasked-for reply with one warning each', async () => {
    const { warnings, pluginEnd } = bridged();
    await post(pluginEnd, { journeyMapper: 1, type: 'reply', id: 'one', ok: true, value: 1 });
    await post(pluginEnd, { journeyMapper: 1, type: 'reply', id: 99, ok: true, value: 1 });
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toBe(
      'Journey Mapper bridge: dropped a reply to no call under way (id 99).',
    );
  });

  it('refuses an answer of the wrong shape, telling the panel and the log', async () => {
    const [panelEnd, pluginEnd] = memoryChannelPair();
    const warnings: string[] = [];
    const bridge = new BridgeBoard(panelEnd, {
      logger: { warn: (message) => warnings.push(message) },
    });
    pluginEnd.onMessage((message) => {
      const { id } = message as { id: number };
      pluginEnd.post({ journeyMapper: 1, type: 'reply', id, ok: true, value: [1, 2] });
    });
    await expect(bridge.selectedFrameIds()).rejects.toMatchObject({
      name: 'BoardError',
      reason: 'failed',
    });
    expect(warnings).toHaveLength(1);
  });
});
