import { DEFAULT_NOTE_SIZE } from '../../core/model/noteSize.ts';

/**
 * Miro's limits and documented behaviours, each with the documentation it comes from: the
 * emulator enforces them on SDK calls, and the REST reader and the SDK adapter read by them.
 * Where Miro's behaviour is unconfirmed the emulator takes the stricter reading and says so
 * ("Unconfirmed:"). A board restored from saved state is not held to these: it holds what Miro
 * or a REST dump produced. conformance.test.ts shows each boundary.
 */

// Storage.

/**
 * Miro changelog 2023-02-13: 512 bytes of app data per app per board in total; "If your app
 * attempts to exceed these limits, the Web SDK throws an error." (no stored copy of the entry
 * was found; the 6 KB sometimes quoted is the v1 REST widget limit).
 */
export const APP_DATA_BYTES_PER_BOARD = 512;

/** Miro changelog 2023-02-13 (as `APP_DATA_BYTES_PER_BOARD`): 256 bytes of metadata per item. */
export const METADATA_BYTES_PER_ITEM = 256;

/**
 * Unconfirmed: the SDK types declare `setMetadata` on frames too and no page says either way; a
 * third-party report says frames refuse it, so the emulator refuses it (the stricter reading).
 */
export const FRAMES_HOLD_METADATA = false;

// Credits (https://developers.miro.com/docs/websdk-reference-rate-limiting).

/** Rate-limiting page: "Most calls use 50 credits per call." */
export const CREDITS_PER_CALL = 50;

/**
 * Rate-limiting page: "Max. credits per minute | 100,000". Unconfirmed: how the minute moves;
 * the emulator counts a rolling minute, which never admits more than this in any 60 s.
 */
export const CREDITS_PER_MINUTE = 100_000;
export const MINUTE_MS = 60_000;

/** Rate-limiting page: "Max. credits per hour | 1,000,000"; a rolling hour, as the minute. */
export const CREDITS_PER_HOUR = 1_000_000;
export const HOUR_MS = 3_600_000;

// Content and tags.

/**
 * `content` must be shorter than this many characters: the sticky-note reference says "The text
 * must be shorter than 6000 characters." (https://developers.miro.com/docs/websdk-reference-sticky-note).
 * Unconfirmed for shapes, texts and card titles: the stored pages do not reach their `content`;
 * the emulator holds them to the same limit.
 */
export const CONTENT_LENGTH_LIMIT = 6_000;

/** Sticky-note reference: "content supports plain text, and the following HTML tags: …". */
export const ALLOWED_HTML_TAGS = ['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'br'] as const;

/** REST spec, attach-tag-to-item: "Card and sticky note items can have up to 8 tags." */
export const MAX_TAGS_PER_ITEM = 8;

/** REST spec, `TagCreateRequest.title`: "Case-sensitive. Must be unique." `maxLength: 120`. */
export const MAX_TAG_TITLE_LENGTH = 120;

/**
 * Unconfirmed: the REST spec allows an empty tag title (`minLength: 0`); what the Web SDK makes of
 * one is undocumented, so the emulator refuses it.
 */
export const MIN_TAG_TITLE_LENGTH = 1;

/** Unconfirmed: no primary source states a number of tags per board; the emulator keeps 100. */
export const MAX_TAGS_PER_BOARD = 100;

// Shapes. Bounds from Miro's REST OpenAPI spec (ShapeStyleForCreate, as mirrored in
// api-evangelist/miro openapi/miro-shape-items-api-openapi.yml) apply to Web SDK calls too: the
// Web SDK reference states none, and one board stores both (the stricter reading).

/** REST spec, `borderWidth`: "Defines the thickness of the shape border, in dp." 1 to 24. */
export const SHAPE_BORDER_WIDTH = { min: 1, max: 24 } as const;

/** REST spec, `fontSize`: "Defines the font size, in dp, for the text on the shape." 10 to 288. */
export const SHAPE_FONT_SIZE = { min: 10, max: 288 } as const;

/** REST spec, `fillOpacity` and `borderOpacity`: "any number between `0.0` and `1.0`". */
export const OPACITY = { min: 0, max: 1 } as const;

/** REST spec `borderStyle` enum and the Web SDK's `StrokeStyle` type. */
export const BORDER_STYLES = ['normal', 'dotted', 'dashed'] as const;

/**
 * Unconfirmed: Miro documents no minimum shape size (only the 100×100 default); the emulator
 * takes the stricter reading that a shape is at least 10 wide and high, as no shape can be
 * thinner than the smallest font it can hold (`SHAPE_FONT_SIZE.min`).
 */
export const MIN_SHAPE_SIZE = 10;

// Texts.

/** REST spec, `TextStyle.fontSize`: "Font size, in dp." `minimum: 1`, no maximum. */
export const TEXT_MIN_FONT_SIZE = 1;

/**
 * REST spec, `WidthOnlyAdjustableGeometry.width`: "The width must be at least 1.7 times wider
 * than the font size. For example, if the font size of the `text` item is `14`, the minimum
 * `width` is `24`." (miroapp/api-clients packages/miro-api/model/widthOnlyAdjustableGeometry.ts);
 * applied to Web SDK texts too, on create and on sync.
 */
export const TEXT_MIN_WIDTH_PER_FONT_SIZE = 1.7;

// Frames.

/**
 * Frames are at least 100×100: "The minimum frame size is limited to 100x100 pixels."
 * (https://developers.miro.com/docs/websdk-reference-frame, note under the sizes).
 */
export const MIN_FRAME_SIZE = 100;

/**
 * Frame reference: "the Web SDK throws an error if one or more children fall outside the parent
 * frame after resizing it"; a child's centre lies inside its frame, edges included, also after
 * `frame.add`, a move or a resize.
 */
export const CHILDREN_LIE_INSIDE_THEIR_FRAME = true;

/**
 * Unconfirmed: no page says whether a frame can be a frame's child; the emulator refuses it, so
 * frames stay top-level (the stricter reading).
 */
export const FRAMES_NEST = false;

/** REST spec, `parent`: "A maximum of 5000 items can be attached to a frame." */
export const MAX_FRAME_CHILDREN = 5_000;

// Sticky notes.

/** REST spec, sticky-note `fillColor` enum: sixteen names, the model's note colours. */
export { NOTE_COLORS as STICKY_NOTE_COLORS } from '../../core/model/noteColor.ts';

/**
 * Sticky-note reference: "Set or update only width … Set or update only height … the sticky
 * note is scaled accordingly to keep its aspect ratio"; REST spec: "You cannot set both the
 * width and height at the same time."
 */
export const STICKY_NOTE_TAKES_WIDTH_AND_HEIGHT = false;

/**
 * Sticky-note reference: "Default width: shape: 'square': 199 dp; shape: 'rectangle': 350 dp",
 * "Default height …: 228 dp (it includes the sticky note shadow)"; the square one is core's
 * `DEFAULT_NOTE_SIZE`.
 */
export const STICKY_NOTE_SIZE = {
  square: DEFAULT_NOTE_SIZE,
  rectangle: { width: 350, height: DEFAULT_NOTE_SIZE.height },
} as const;

// Connectors (https://developers.miro.com/docs/websdk-reference-connector; REST spec as mirrored
// in api-evangelist/miro openapi/miro-connectors-api-openapi.yml).

/** REST spec, `strokeWidth`: "The thickness of the connector line, in dp." 1 to 24. */
export const CONNECTOR_STROKE_WIDTH = { min: 1, max: 24 } as const;

/** REST spec, `captions`: "Blocks of text you want to display on the connector." `maxItems: 20`. */
export const MAX_CONNECTOR_CAPTIONS = 20;

/** REST spec, `Caption.content`: "The text you want to display on the connector." `maxLength: 200`. */
export const MAX_CAPTION_LENGTH = 200;

/**
 * Connector reference: "it's not possible to create loose (both ends disconnected) or dangling
 * (one end disconnected) connectors"; each end is an item on the board.
 */
export const CONNECTOR_ENDS_MAY_DANGLE = false;

/**
 * Connector reference: "If you remove either the start point, the end point, or both, the
 * connector is removed as well."
 */
export const CONNECTORS_GO_WITH_THEIR_ENDS = true;

/**
 * REST spec, create-connector: "endItem.id must be different from startItem.id". The Web SDK
 * reference says nothing; the emulator applies it there too (the stricter reading).
 */
export const CONNECTOR_ENDS_MAY_BE_ONE_ITEM = false;

/**
 * REST spec, `startItem.id`: "Note that Frames are not supported at the moment." Unconfirmed for
 * the Web SDK, which says nothing; the emulator refuses a frame as an end (the stricter reading).
 */
export const CONNECTOR_ENDS_MAY_BE_FRAMES = false;

// Unconfirmed behaviours a test may choose (`MiroEmulator` options); the defaults are here.

/**
 * Unconfirmed: whether an item created over a frame becomes its child without `frame.add`; the
 * reference only says `frame.add` attaches. Default: it does not (the app must call `add`).
 */
export const DEFAULT_ATTACH_ON_CREATE_INSIDE_FRAME = false;

/**
 * What `createFrame({ childrenIds })` does: `attach` the listed items without moving them (each
 * must lie inside the new frame by its centre, as for `frame.add`; all are checked before
 * anything changes), `ignore` them, or `reject` the call.
 */
export type CreateFrameChildren = 'attach' | 'ignore' | 'reject';

/**
 * Unconfirmed: the SDK types accept `childrenIds` on create, but no page says whether Miro
 * attaches them. Default `attach`; `ignore` and `reject` check that an app does not rely on it.
 */
export const DEFAULT_CREATE_FRAME_CHILDREN: CreateFrameChildren = 'attach';

/**
 * Unconfirmed: whether `board.remove(frame)` removes the frame's children; the REST spec says
 * only "Deletes a frame from a board." Default false, the stricter reading: the children stay on
 * the board, detached, where they were. A person deleting a frame in Miro's UI deletes its
 * content (`miro.user.deleteItems`), whatever this says.
 */
export const DEFAULT_REMOVE_FRAME_TAKES_CHILDREN = false;

// Defaults the docs leave open. What an item gets for a prop that a create call or a REST
// record leaves out: the emulator creates with these, and the REST reader reads with them.

/**
 * Unconfirmed beyond the 100×100 size (shape reference, "Default: 100"): the values a new shape
 * shows in Miro's UI.
 */
export const SHAPE_DEFAULTS = {
  shape: 'rectangle',
  width: 100,
  height: 100,
  style: {
    color: '#1a1a1a',
    fillColor: '#ffffff',
    fillOpacity: 1,
    fontFamily: 'arial',
    fontSize: 14,
    textAlign: 'center',
    textAlignVertical: 'middle',
    borderStyle: 'normal',
    borderOpacity: 1,
    borderColor: '#1a1a1a',
    borderWidth: 2,
  },
} as const;

/** Unconfirmed: the values a new text shows in Miro's UI. */
export const TEXT_DEFAULTS = {
  width: 300,
  style: {
    color: '#1a1a1a',
    fillColor: 'transparent',
    fillOpacity: 1,
    fontFamily: 'arial',
    fontSize: 14,
    textAlign: 'left',
  },
} as const;

/** Sticky-note reference: square and light yellow by default; the alignments are unconfirmed. */
export const STICKY_NOTE_DEFAULTS = {
  shape: 'square',
  style: { fillColor: 'light_yellow', textAlign: 'center', textAlignVertical: 'top' },
} as const;

/** Unconfirmed: a new frame's fill in Miro's UI. */
export const FRAME_DEFAULTS = { fillColor: '#ffffff' } as const;

/**
 * Board reference, createCard example: "cardTheme: '#2d9bf0' // Default color: light blue".
 * Unconfirmed: the size (320 is the example's width; 94 high is a guess).
 */
export const CARD_DEFAULTS = { width: 320, height: 94, cardTheme: '#2d9bf0' } as const;

/**
 * REST spec, `ConnectorStyle` and `shape` defaults ("Default: curved.", strokeWidth "Default:
 * 1.0.", strokeColor `#000000`, strokeStyle normal, startStrokeCap none, endStrokeCap stealth);
 * unconfirmed for the Web SDK, which states none.
 */
export const CONNECTOR_DEFAULTS = {
  shape: 'curved',
  strokeColor: '#000000',
  strokeWidth: 1,
  strokeStyle: 'normal',
  startStrokeCap: 'none',
  endStrokeCap: 'stealth',
} as const;

/** REST spec, `TagCreateRequest.fillColor`: default `red`. */
export const DEFAULT_TAG_COLOR = 'red';

/**
 * `ui.canOpenPanel()` exists to be asked before `openPanel`; when it answers false is
 * undocumented. Unconfirmed: the emulator takes the stricter reading that no panel can open while
 * one is open, so the app's answer to `false` is exercised.
 */
export const PANEL_OPENS_WHILE_ONE_IS_OPEN = false;
