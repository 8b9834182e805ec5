// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openEmulator, type SandboxEmulator } from './SandboxEmulator.ts';
import { buildScene } from './scene.ts';
import { useBoardVersion } from './useBoardVersion.ts';
import { VoteBadges } from './VoteBadges.tsx';
import { SANDBOX_VOTE_TITLE, VotingBar } from './VotingBar.tsx';

afterEach(cleanup);

/** The sandbox page's part in a vote: its bar and badges, drawn again on every board change. */
function Voting({ emulator, errors }: { emulator: SandboxEmulator; errors: string[] }) {
  useBoardVersion(emulator);
  const view = {
    currentScene: () => buildScene(emulator.items(), emulator.connectors(), emulator.tags()),
    screenRectOf: (id: string) =>
      emulator.items().some((item) => item.id === id)
        ? { x: 100, y: 50, width: 80, height: 90 }
        : undefined,
  };
  return (
    <>
      <VoteBadges emulator={emulator} view={view} />
      <VotingBar emulator={emulator} onError={(message) => errors.push(message)} />
    </>
  );
}

function setUp() {
  const emulator = openEmulator();
  const fees = emulator.user.addStickyNote({ x: 0, y: 0, content: '<p>Fees shown late</p>' });
  const errors: string[] = [];
  render(<Voting emulator={emulator} errors={errors} />);
  return { emulator, fees, errors, user: userEvent.setup() };
}

describe('the sandbox’s voting', () => {
  it('starts a vote, counts the votes on a note and takes one back with −', async () => {
    const { emulator, fees, user } = setUp();
    await user.click(screen.getByRole('button', { name: 'Vote' }));
    expect(emulator.voting?.title).toBe(SANDBOX_VOTE_TITLE);
    expect(screen.getByRole('status').textContent).toMatch(/· 0 votes$/);
    act(() => {
      emulator.user.vote(fees);
      emulator.user.vote(fees);
    });
    expect(screen.getByLabelText('2 votes on “Fees shown late”')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/· 2 votes$/);
    await user.click(screen.getByRole('button', { name: 'Take back a vote on “Fees shown late”' }));
    expect(emulator.voting?.votes).toEqual({ [fees]: 1 });
    expect(screen.getByLabelText('1 vote on “Fees shown late”')).toBeTruthy();
  });

  it('ends the vote, which records its result for getVotingResults and hides the counts', async () => {
    const { emulator, fees, user } = setUp();
    await user.click(screen.getByRole('button', { name: 'Vote' }));
    act(() => emulator.user.vote(fees));
    await user.click(screen.getByRole('button', { name: 'End vote' }));
    expect(emulator.voting).toBeNull();
    expect(screen.queryByLabelText(/votes? on/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Vote' })).toBeTruthy();
    const [result] = await emulator.board.experimental.getVotingResults();
    expect(result).toMatchObject({
      title: SANDBOX_VOTE_TITLE,
      results: [{ itemId: fees, count: 1 }],
    });
  });

  it('says why a vote cannot start, on a board whose plan has no voting', async () => {
    const emulator = openEmulator();
    const refusal =
      "startVoting: voting is only available on paid plans (canUse('voting') is false)";
    vi.spyOn(emulator.user, 'startVoting').mockImplementation(() => {
      throw new Error(refusal);
    });
    const errors: string[] = [];
    render(<Voting emulator={emulator} errors={errors} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Vote' }));
    expect(errors).toEqual([refusal]);
    expect(emulator.voting).toBeNull();
  });
});
