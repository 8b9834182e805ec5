import { withoutLegacyStructures } from '../../appKeys.ts';
import type { EmulatorState } from '../EmulatorState.ts';

/**
 * A board saved by an earlier version may hold per-map structures in app data; none are read
 * now, so a restored board starts without them.
 */
export function withoutLegacyMapStructures(state: EmulatorState): EmulatorState {
  return { ...state, appData: withoutLegacyStructures(state.appData).appData };
}
