/**
 * Miro's default (square) sticky note, in board units: "Default width: shape: 'square': 199 dp",
 * "Default height …: 228 dp (it includes the sticky note shadow)"
 * (https://developers.miro.com/docs/websdk-reference-sticky-note). Core lays notes out at this
 * size, so it is kept here and board/miroRules/limits.ts builds its sticky-note sizes from it.
 */
export const DEFAULT_NOTE_SIZE = { width: 199, height: 228 } as const;
