/** Miro's documented limits; the ones Miro has changed over time are constructor options. */
export type EmulatorLimits = {
  /** Serialized JSON size of all of one app's metadata on one item (2023 changelog: 256). */
  metadataBytesPerItem: number;
  /** Serialized JSON size of all of one app's data on one board (2023 changelog: 512). */
  appDataBytes: number;
  creditsPerMinute: number;
};

export const DEFAULT_LIMITS: EmulatorLimits = {
  metadataBytesPerItem: 6 * 1024,
  appDataBytes: 30 * 1024,
  creditsPerMinute: 100_000,
};

export const CREDITS_PER_CALL = 50;
export const RATE_WINDOW_MS = 60_000;

/** `content` must be shorter than this many characters. */
export const CONTENT_LENGTH_LIMIT = 6_000;
export const MAX_TAGS_PER_ITEM = 8;
export const MIN_FRAME_SIZE = 100;

/** Miro's sixteen named sticky-note colours are the model's note colours. */
export { NOTE_COLORS as STICKY_NOTE_COLORS } from '../../core/model/noteColor.ts';

/** Default sizes in board units; a sticky note's height includes its shadow. */
export const STICKY_NOTE_SIZE = {
  square: { width: 199, height: 228 },
  rectangle: { width: 350, height: 228 },
} as const;

export const ALLOWED_HTML_TAGS = ['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'br'] as const;

export const MAX_TAGS_PER_BOARD = 100;
export const MAX_TAG_TITLE_LENGTH = 120;

/** Unconfirmed in Miro's docs: the size and border colour of a card created without them. */
export const CARD_DEFAULTS = { width: 320, height: 94, cardTheme: '#2d9bf0' } as const;

/** Unconfirmed in Miro's docs: how a connector created without shape or style looks. */
export const CONNECTOR_DEFAULTS = {
  shape: 'curved',
  strokeColor: '#000000',
  strokeWidth: 2,
  strokeStyle: 'normal',
  startStrokeCap: 'none',
  endStrokeCap: 'stealth',
} as const;

/** Unconfirmed in Miro's docs: the colour of a tag created without one. */
export const DEFAULT_TAG_COLOR = 'red';
