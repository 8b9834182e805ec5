import type { SdkTimer } from '../miro/sdk.ts';
import type { EmulatorCore } from './EmulatorCore.ts';

/**
 * `miro.board.timer` over the emulator's timer: each call metered like any SDK call ("Rate limit:
 * Level 1" in the timer reference) and refused where `canUse('timer')` is false.
 */
export function emulatorTimerSdk(core: EmulatorCore): SdkTimer {
  const { timer } = core;
  const call = <T>(name: string, operation: () => T) =>
    core.call(`board.timer.${name}`, () => {
      core.requireFeature('timer', `timer.${name}`);
      return operation();
    });
  return {
    get: () => call('get', () => timer.get()),
    start: (durationMs) => call('start', () => timer.start(durationMs)),
    stop: () => call('stop', () => timer.stop()),
    pause: () => call('pause', () => timer.pause()),
    resume: () => call('resume', () => timer.resume()),
    prolong: (durationMs) => call('prolong', () => timer.prolong(durationMs)),
    on: (event, handler) => timer.on(event, handler),
    off: (event, handler) => timer.off(event, handler),
  };
}
