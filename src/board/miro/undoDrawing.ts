import { runPool } from '../runPool.ts';
import type { Call } from './drawPlan.ts';
import { findDrawn, type Drawing } from './findDrawn.ts';
import type { MiroSdk, SdkBoardObject } from './sdk.ts';

/** Removing, then looking again, at most this many times. */
const ROUNDS = 3;

/**
 * Removes what a failed drawing left on the board: first what its calls said they made, then,
 * round by round, whatever the board still shows of it (a call whose answer was lost, a removal
 * that failed or whose answer was lost). Children go before their frames, since removing a frame
 * may leave them. Returns how many items are left, or null when the board could not be looked at.
 */
export async function undoDrawing(
  sdk: MiroSdk,
  call: Call,
  concurrency: number,
  made: readonly SdkBoardObject[],
  drawing: Drawing,
  withConnectors: boolean,
): Promise<number | null> {
  let targets = made;
  for (let round = 0; ; round++) {
    await removeEach(sdk, call, concurrency, targets);
    let left: SdkBoardObject[];
    try {
      left = await findDrawn(sdk, call, drawing, withConnectors);
    } catch {
      return null;
    }
    if (left.length === 0 || round === ROUNDS - 1) return left.length;
    targets = left;
  }
}

async function removeEach(
  sdk: MiroSdk,
  call: Call,
  concurrency: number,
  targets: readonly SdkBoardObject[],
): Promise<void> {
  const unique = [...new Map(targets.map((target) => [target.id, target])).values()];
  const frames = unique.filter((target) => target.type === 'frame');
  const others = unique.filter((target) => target.type !== 'frame');
  for (const group of [others, frames])
    await runPool(group, concurrency, async (target) => {
      await call(() => sdk.board.remove(target)).catch(() => undefined);
    });
}
