import { describe, expect, it } from 'vitest';
import { catalog } from '../../core/catalog/catalog.ts';
import { draftFromTemplate } from '../../core/catalog/draftFromTemplate.ts';
import type { BoardPlan, SummaryPlan } from '../../core/layout/BoardPlan.ts';
import { layoutMap } from '../../core/layout/layoutMap.ts';
import { readback } from '../../core/readback/readback.ts';
import { buildReport } from '../../core/report/buildReport.ts';
import { layoutSummary } from '../../core/report/layoutSummary.ts';
import {
  combineFaults,
  failAt,
  failMethod,
  loseResponseAt,
  type FaultInjector,
  type SdkCall,
} from '../emulator/faults.ts';
import { MiroEmulator, type EmulatorSnapshot } from '../emulator/MiroEmulator.ts';
import { BoardError } from '../port.ts';
import { MiroBoard } from './MiroBoard.ts';

const noWait = { delays: [0, 0, 0], sleep: async () => {} };

/** A board with a person's note and another map on it, so "as it was" is not just empty. */
async function earlierBoard(): Promise<MiroEmulator> {
  const emulator = new MiroEmulator();
  emulator.user.addStickyNote({ x: 0, y: 0, content: '<p>Earlier idea</p>' });
  return emulator;
}

function planOf(id: string): BoardPlan {
  const template = catalog.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return layoutMap(template, draftFromTemplate(template));
}

type Attempt = (board: MiroBoard, emulator: MiroEmulator) => Promise<unknown>;

/** How many SDK calls the attempt makes when nothing fails. */
async function callsOf(setup: () => Promise<MiroEmulator>, attempt: Attempt): Promise<number> {
  const emulator = await setup();
  emulator.resetStats();
  await attempt(new MiroBoard(emulator, { retry: noWait }), emulator);
  return emulator.stats.calls;
}

/**
 * Runs the attempt with `faults` from its first call on: it either succeeds, or rejects with a
 * BoardError and leaves the board exactly as it was.
 */
async function expectAllOrNothing(
  setup: () => Promise<MiroEmulator>,
  attempt: Attempt,
  faults: FaultInjector,
  label: string,
): Promise<'done' | 'undone'> {
  const emulator = await setup();
  const before: EmulatorSnapshot = emulator.snapshot();
  emulator.resetStats();
  emulator.faults = faults;
  const board = new MiroBoard(emulator, { retry: noWait });
  const outcome = await attempt(board, emulator).then(
    () => 'done' as const,
    (error: unknown) => error,
  );
  emulator.faults = undefined;
  if (outcome === 'done') return 'done';
  expect(outcome, label).toBeInstanceOf(BoardError);
  expect((outcome as BoardError).message, label).toMatch(/Nothing was left on the board\.$/);
  expect(emulator.snapshot(), label).toEqual(before);
  return 'undone';
}

const KINDS = [
  ['rejected', (index: number) => failAt(index, new Error('Network connection lost'))],
  ['answered too late', (index: number) => loseResponseAt(index, new Error('Request timed out'))],
] as const;

async function everyCall(setup: () => Promise<MiroEmulator>, attempt: Attempt) {
  const calls = await callsOf(setup, attempt);
  const outcomes: string[] = [];
  for (const [kind, fault] of KINDS)
    for (let index = 0; index < calls; index++) {
      const label = `call ${index} of ${calls} ${kind}`;
      outcomes.push(await expectAllOrNothing(setup, attempt, fault(index), label));
      // The same, with the first removal of the clean-up failing too.
      outcomes.push(
        await expectAllOrNothing(
          setup,
          attempt,
          combineFaults(fault(index), failMethod('board.remove', { times: 1 })),
          `${label}, first removal failing`,
        ),
      );
    }
  return outcomes;
}

describe('inserting a map when a call fails', () => {
  it.each(catalog.map((template) => template.id))(
    '%s: a fault at any call leaves the whole map or the board as it was',
    async (id) => {
      const plan = planOf(id);
      const outcomes = await everyCall(earlierBoard, (board) => board.apply(plan));
      expect(outcomes).toContain('undone');
    },
  );
});

describe('adding a summary when a call fails', () => {
  it.each(catalog.map((template) => template.id))(
    '%s: a fault at any call leaves the whole summary or the board as it was',
    async (id) => {
      const plan = planOf(id);
      let summary: { plan: SummaryPlan; frameId: string } | undefined;
      const setup = async () => {
        const emulator = await earlierBoard();
        const board = new MiroBoard(emulator, { retry: noWait });
        const { frameId } = await board.apply(plan);
        if (!summary) {
          const report = buildReport(readback((await board.readSnapshot()).snapshot), {
            now: '2026-12-01T00:00:00.000Z',
          }).maps[0];
          if (!report) throw new Error(`${id} did not read back`);
          summary = { plan: layoutSummary(report, '2026-12-01T00:00:00.000Z'), frameId };
        }
        return emulator;
      };
      await setup();
      const outcomes = await everyCall(setup, (board) => {
        if (!summary) throw new Error('no summary');
        return board.addSummary(summary.plan, { frameId: summary.frameId });
      });
      expect(outcomes).toContain('undone');
    },
  );
});

describe('when removing fails for good', () => {
  it('says truthfully how many items are left, and which frame to delete', async () => {
    const plan = planOf('current-state');
    const emulator = await earlierBoard();
    const board = new MiroBoard(emulator, { retry: noWait });
    const before = emulator.items().length;
    // the 30th call fails: the background and content items are drawn, the frame is not
    emulator.faults = combineFaults(failAt(30), failMethod('board.remove'));
    const error = await board.apply(plan).catch((e: unknown) => e);
    emulator.faults = undefined;
    const left = emulator.items().length - before;
    expect(left).toBeGreaterThan(0);
    expect((error as BoardError).message).toBe(
      `The map could not be inserted (Injected failure of call 30). ${left} items of it could not be removed: please delete the unfinished frame “${plan.title}” and what lies in it by hand.`,
    );
  });

  it('says it could not check when the board cannot be looked at either', async () => {
    const plan = planOf('current-state');
    const emulator = await earlierBoard();
    // board.get fails from the undo on, not at the start, where it lists the frames
    const lookFails = (call: SdkCall) =>
      call.method === 'board.get' && call.index > 1 ? new Error('board.get failed') : undefined;
    emulator.faults = combineFaults(failAt(30), failMethod('board.remove'), lookFails);
    const error = await new MiroBoard(emulator, { retry: noWait })
      .apply(plan)
      .catch((e: unknown) => e);
    expect((error as BoardError).message).toMatch(
      /Whether anything was left could not be checked: please look for an unfinished frame “Current-state journey map” and delete it\.$/,
    );
  });
});
