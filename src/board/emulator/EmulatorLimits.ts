import {
  APP_DATA_BYTES_PER_BOARD,
  CREDITS_PER_HOUR,
  CREDITS_PER_MINUTE,
  METADATA_BYTES_PER_ITEM,
} from '../miroRules/limits.ts';

/** The limits a test may override (`MiroEmulator`'s `limits` option) to exercise the rule itself. */
export type EmulatorLimits = {
  /** Serialized UTF-8 JSON size of all of one app's metadata on one item. */
  metadataBytesPerItem: number;
  /** Serialized UTF-8 JSON size of all of one app's data on one board. */
  appDataBytes: number;
  creditsPerMinute: number;
  creditsPerHour: number;
};

export const DEFAULT_LIMITS: EmulatorLimits = {
  metadataBytesPerItem: METADATA_BYTES_PER_ITEM,
  appDataBytes: APP_DATA_BYTES_PER_BOARD,
  creditsPerMinute: CREDITS_PER_MINUTE,
  creditsPerHour: CREDITS_PER_HOUR,
};
