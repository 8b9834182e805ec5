import { describe, expect, it } from 'vitest';
import type { SdkDropEvent } from '../miro/sdk.ts';
import type { BoardChange } from './EmulatorState.ts';
import { MiroEmulator } from './MiroEmulator.ts';

const T0 = Date.UTC(2024, 4, 14, 9, 31, 2);

function setup(options: { canUseVoting?: boolean } = {}) {
  const clock = { time: T0, now: () => clock.time };
  const miro = new MiroEmulator({ clock, canUse: { voting: options.canUseVoting ?? true } });
  return { miro, board: miro.board, user: miro.user, clock };
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const chip = { dataset: { lane: 'painPoints', color: 'red' } };

describe('a person dropping what they dragged from the panel', () => {
  it('gives the app’s drop handlers the board point and the dragged element, after the drop', async () => {
    const { board, user } = setup();
    await board.ui.openPanel({ url: 'app.html' });
    const drops: SdkDropEvent[] = [];
    board.ui.on('drop', (event) => drops.push(event));
    user.drop(chip, 120, -40);
    expect(drops).toEqual([]);
    await flush();
    expect(drops).toEqual([{ x: 120, y: -40, target: chip }]);
  });

  it('reaches no handler that was turned off', async () => {
    const { board, user } = setup();
    await board.ui.openPanel({ url: 'app.html' });
    const drops: SdkDropEvent[] = [];
    const handler = (event: SdkDropEvent) => drops.push(event);
    board.ui.on('drop', handler);
    board.ui.off('drop', handler);
    user.drop(chip, 0, 0);
    await flush();
    expect(drops).toEqual([]);
  });

  it('is refused while no panel is open, as Miro drags only from an open panel', () => {
    const { user } = setup();
    expect(() => user.drop(chip, 0, 0)).toThrow(
      'drop: items can be dropped on the board only from an open panel',
    );
  });

  it('is refused at a point that is not a number', async () => {
    const { board, user } = setup();
    await board.ui.openPanel({ url: 'app.html' });
    expect(() => user.drop(chip, Number.NaN, 0)).toThrow(/^drop: /);
  });
});

describe('a vote run with Miro’s voting tool', () => {
  it('is listed by getVotingResults once it has ended, with each item’s votes', async () => {
    const { board, user } = setup();
    const a = await board.createStickyNote({ content: 'A' });
    const b = await board.createStickyNote({ content: 'B' });
    user.startVoting('Pain points');
    user.vote(a.id);
    user.vote(a.id);
    user.vote(b.id);
    user.unvote(b.id);
    user.vote(b.id);
    user.vote(a.id);
    user.unvote(a.id);
    expect(await board.experimental.getVotingResults()).toEqual([]);
    expect(user.endVoting()).toEqual({
      title: 'Pain points',
      createdAt: '2024-05-14T09:31:02.000Z',
      results: [
        { itemId: a.id, count: 2 },
        { itemId: b.id, count: 1 },
      ],
    });
    expect(await board.experimental.getVotingResults()).toEqual([
      {
        title: 'Pain points',
        createdAt: '2024-05-14T09:31:02.000Z',
        results: [
          { itemId: a.id, count: 2 },
          { itemId: b.id, count: 1 },
        ],
      },
    ]);
  });

  it('keeps the sessions in the order they were held', async () => {
    const { board, user, clock } = setup();
    const note = await board.createStickyNote({});
    user.startVoting('First');
    user.vote(note.id);
    user.endVoting();
    clock.time += 60_000;
    user.startVoting('Second');
    user.endVoting();
    const sessions = await board.experimental.getVotingResults();
    expect(
      sessions.map((session) => [session.title, session.createdAt, session.results.length]),
    ).toEqual([
      ['First', '2024-05-14T09:31:02.000Z', 1],
      ['Second', '2024-05-14T09:32:02.000Z', 0],
    ]);
  });

  it('shows the open vote to the sandbox and tells subscribers of each change', async () => {
    const { miro, board, user } = setup();
    const note = await board.createStickyNote({});
    const changes: BoardChange[] = [];
    miro.subscribe((change) => changes.push(change));
    user.startVoting('Pain points');
    user.vote(note.id);
    expect(miro.voting).toEqual({
      title: 'Pain points',
      createdAt: '2024-05-14T09:31:02.000Z',
      votes: { [note.id]: 1 },
    });
    user.endVoting();
    expect(miro.voting).toBeNull();
    expect(changes).toEqual([{ kind: 'voting' }, { kind: 'voting' }, { kind: 'voting' }]);
  });

  it('refuses a second open vote, a vote with none open, and a vote on no item', async () => {
    const { board, user } = setup();
    const note = await board.createStickyNote({});
    expect(() => user.vote(note.id)).toThrow('vote: no vote is open');
    expect(() => user.endVoting()).toThrow('endVoting: no vote is open');
    user.startVoting('Pain points');
    expect(() => user.startVoting('Again')).toThrow(
      'startVoting: the vote “Pain points” is still open',
    );
    expect(() => user.vote('404')).toThrow('vote: item 404 does not exist on the board');
    expect(() => user.unvote(note.id)).toThrow(`unvote: item ${note.id} has no vote to take back`);
  });

  it('cannot be held, nor its results read, where canUse voting is false', async () => {
    const { board, user } = setup({ canUseVoting: false });
    expect(await board.canUse('voting')).toBe(false);
    expect(() => user.startVoting('Pain points')).toThrow(/only available on paid plans/);
    await expect(board.experimental.getVotingResults()).rejects.toThrow(
      /only available on paid plans/,
    );
  });

  it('changes nothing a person can undo', async () => {
    const { board, user } = setup();
    const note = await board.createStickyNote({});
    user.startVoting('Pain points');
    user.vote(note.id);
    user.endVoting();
    expect(user.canUndo).toBe(false);
  });
});
