/**
 * Miro's documented behaviour of the timer, voting and drag and drop, each with its source, as
 * limits.ts does for storage and credits; the emulator follows them. "Unconfirmed:" marks a
 * choice no stored page settles: the emulator takes the stricter reading, so an app that works
 * against it works whichever way Miro goes.
 */

/**
 * Timer reference (https://developers.miro.com/docs/websdk-reference-timer): "Timer is only
 * available on paid plans, Starter and above. It can be checked via
 * `await miro.board.canUse('timer')`." The emulator's default is a paid board.
 */
export const DEFAULT_CAN_USE_TIMER = true;

/**
 * Changelog 2023-06-14: `getVotingResults` "is available only on paid plans that have access to
 * the voting feature"; `canUse('voting')` says which (websdk-types `BoardFeature`).
 */
export const DEFAULT_CAN_USE_VOTING = true;

/** Timer reference, `start`: the duration "should be greater than 0" (milliseconds). */
export const TIMER_MIN_DURATION_EXCLUSIVE_MS = 0;

/**
 * The timer states (websdk-types `TimerStatus`) in which each call is taken. Unconfirmed: what
 * `start` does while a timer runs or is paused, and what the others do in a state they do not
 * change; the emulator rejects them (the stricter reading), so an app reads `get()` first.
 */
export const TIMER_CALL_ACCEPTED_IN = {
  start: ['STOPPED'],
  pause: ['STARTED'],
  resume: ['PAUSED'],
  stop: ['STARTED', 'PAUSED'],
  prolong: ['STARTED', 'PAUSED'],
} as const satisfies Record<string, readonly ('STARTED' | 'STOPPED' | 'PAUSED')[]>;

/**
 * Unconfirmed: which events a change raises. The emulator raises `start` on `start`, `update` on
 * `pause`, `resume`, `prolong` and `stop`, and `finish` only when the time runs out; an app that
 * must know of a stop listens to `update` and reads the status.
 */
export const TIMER_FINISH_ON_STOP = false;

/**
 * Unconfirmed: whether a voting session still open is among `getVotingResults()`; the emulator
 * lists only ended sessions (the stricter reading: results appear once the vote is over).
 */
export const VOTING_RESULTS_INCLUDE_OPEN_SESSION = false;

/**
 * Drag-and-drop guide (https://developers.miro.com/docs/add-drag-and-drop-to-your-app): "It's
 * possible to drag and drop an item to the board only from an open panel." The emulator refuses a
 * drop while no panel is open.
 */
export const DROP_NEEDS_OPEN_PANEL = true;
