import type {
  AppData,
  AppDataValue,
  Offset as SdkOffset,
  Rect as SdkRect,
  ShapeStyle,
  StickyNoteStyle,
  TextStyle,
} from '@mirohq/websdk-types';

/**
 * The part of the Miro Web SDK v2 this app uses, as narrow structural types. The real `miro`
 * global is checked to satisfy it (sdk.typecheck.ts), and the emulator implements it, so the
 * adapter runs unchanged against both. Coordinates are Miro's: `x`/`y` are the item's centre;
 * for a child of a frame they are measured from the frame's top-left corner.
 */
/** What the SDK needs to know of an item passed back to it: the item is found by id. */
export type SdkItemRef = { readonly id: string; readonly type: string };

export type SdkItemBase = {
  readonly id: string;
  readonly type: string;
  x: number;
  y: number;
  readonly parentId: string | null;
  origin: 'center';
  relativeTo: 'canvas_center' | 'parent_top_left' | 'parent_center';
  readonly createdAt: string;
  readonly createdBy: string;
  readonly modifiedAt: string;
  readonly modifiedBy: string;
  sync(): Promise<void>;
  getMetadata(key: string): Promise<AppDataValue>;
  setMetadata(key: string, value: AppDataValue): Promise<AppData>;
};

export type SdkFrame = SdkItemBase & {
  readonly type: 'frame';
  width: number;
  height: number;
  title: string;
  childrenIds: string[];
  style: { fillColor: string };
  /** Attaches without moving; resolves to the attached item. */
  add(item: SdkItemRef): Promise<unknown>;
  remove(item: SdkItemRef): Promise<void>;
};

export type SdkShape = SdkItemBase & {
  readonly type: 'shape';
  readonly width: number;
  readonly height: number;
  content: string;
  shape: string;
  style: ShapeStyle;
};

export type SdkText = SdkItemBase & {
  readonly type: 'text';
  width: number;
  readonly height: number;
  content: string;
  style: TextStyle;
};

export type SdkStickyNote = SdkItemBase & {
  readonly type: 'sticky_note';
  width: number;
  height: number;
  content: string;
  shape: 'square' | 'rectangle';
  style: StickyNoteStyle;
  tagIds: string[];
};

export type SdkItem = SdkFrame | SdkShape | SdkText | SdkStickyNote;

export type SdkFrameProps = {
  title?: string;
  /** In Miro's types; whether it attaches the items is undocumented (see drawPlan). */
  childrenIds?: string[];
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  style?: { fillColor?: string };
};

export type SdkShapeProps = {
  content?: string;
  shape?: 'rectangle' | 'round_rectangle' | 'circle';
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  style?: Partial<
    Pick<
      ShapeStyle,
      | 'color'
      | 'fillColor'
      | 'fillOpacity'
      | 'fontSize'
      | 'textAlign'
      | 'textAlignVertical'
      | 'borderColor'
      | 'borderWidth'
      | 'borderStyle'
    >
  >;
};

export type SdkTextProps = {
  content?: string;
  x?: number;
  y?: number;
  width?: number;
  style?: Partial<Pick<TextStyle, 'color' | 'fontSize' | 'textAlign'>>;
};

export type SdkStickyNoteProps = {
  content?: string;
  shape?: 'square' | 'rectangle';
  x?: number;
  y?: number;
  width?: number;
  style?: Partial<StickyNoteStyle>;
  tagIds?: string[];
};

export type SdkConnectorProps = {
  start: { item: string };
  end: { item: string };
  shape?: 'straight' | 'elbowed' | 'curved';
  style?: Partial<{
    strokeColor: string;
    strokeWidth: number;
    strokeStyle: 'normal' | 'dashed' | 'dotted';
    startStrokeCap: 'none' | 'stealth' | 'arrow' | 'filled_oval';
    endStrokeCap: 'none' | 'stealth' | 'arrow' | 'filled_oval';
  }>;
  captions?: { content: string }[];
};

export type SdkConnector = {
  readonly id: string;
  readonly type: 'connector';
  style: { strokeColor?: string; strokeWidth?: number; strokeStyle?: string };
  sync(): Promise<void>;
  getMetadata(key: string): Promise<AppDataValue>;
  setMetadata(key: string, value: AppDataValue): Promise<AppData>;
};

/** An item as `board.get` or `getSelection` hands it out; the reader validates what it needs. */
export type SdkBoardObject = {
  readonly id: string;
  readonly type: string;
  /** Every board item has it; the reader checks before it calls. */
  getMetadata?(key: string): Promise<AppDataValue>;
};

/** The item events the app listens to; each handler receives `{ items }`. */
export type SdkItemsEvent = 'items:create' | 'items:delete' | 'experimental:items:update';

export type SdkUserInfo = { id: string; name: string };

export type MiroSdk = {
  board: {
    createFrame(props: SdkFrameProps): Promise<SdkFrame>;
    createShape(props: SdkShapeProps): Promise<SdkShape>;
    createText(props: SdkTextProps): Promise<SdkText>;
    createStickyNote(props: SdkStickyNoteProps): Promise<SdkStickyNote>;
    /** A line between two items, by id; it is not a child of any frame. */
    createConnector(props: SdkConnectorProps): Promise<SdkConnector>;
    remove(item: SdkItemRef): Promise<void>;
    findEmptySpace(dimensions: SdkRect & { offset?: number }): Promise<SdkRect>;
    /** Everything of the given types, frame children included, in no documented order. */
    get(filter: { type: string[] }): Promise<SdkBoardObject[]>;
    getSelection(): Promise<SdkBoardObject[]>;
    /** Without a key, all of this app's data on the board. */
    getAppData(key?: string): Promise<AppDataValue>;
    setAppData(key: string, value: AppDataValue): Promise<AppData>;
    /** Marked experimental by Miro. */
    experimental: {
      /** The board's voting sessions, each with the votes every voted item got. */
      getVotingResults(): Promise<SdkVotingResult[]>;
    };
    viewport: {
      get(): Promise<SdkRect>;
      zoomTo(items: SdkItemRef | SdkItemRef[]): Promise<void>;
      /** `viewport` is top-left based, as `get()` returns it. */
      set(options: { viewport: SdkRect; padding?: SdkOffset }): Promise<SdkRect>;
    };
    /** The person running the app (stable SDK, websdk-types `UserInfo`). */
    getUserInfo(): Promise<SdkUserInfo>;
    /** Everyone with the board open now, the current user included (websdk-types `OnlineUserInfo`). */
    getOnlineUsers(): Promise<SdkUserInfo[]>;
    /** Whether this board's plan offers the feature (timer and voting need a paid plan). */
    canUse(feature: SdkBoardFeature): Promise<boolean>;
    /** Miro's own timer, which everyone on the board sees; durations in milliseconds. */
    timer: SdkTimer;
    ui: {
      on(event: 'icon:click', handler: () => void): void;
      on(event: SdkItemsEvent, handler: (event: { items: SdkBoardObject[] }) => void): void;
      /** Something dragged from the open panel (class `miro-draggable`) was dropped on the board. */
      on(event: 'drop', handler: (event: SdkDropEvent) => void): void;
      off(event: SdkItemsEvent, handler: (event: { items: SdkBoardObject[] }) => void): void;
      off(event: 'drop', handler: (event: SdkDropEvent) => void): void;
      /** False when Miro will not open a panel now (undocumented when; check before opening). */
      canOpenPanel(): Promise<boolean>;
      openPanel(options: { url: string; height?: number }): Promise<unknown>;
    };
    notifications: {
      showInfo(message: string): Promise<void>;
      showError(message: string): Promise<void>;
    };
  };
};

export type SdkVotingResult = {
  title: string;
  createdAt: string;
  results: { itemId: string; count: number }[];
};

export type SdkBoardFeature = 'timer' | 'voting';

/** `restDuration` and `totalDuration` in milliseconds. */
export type SdkTimerInstance = {
  restDuration: number;
  status: 'STARTED' | 'STOPPED' | 'PAUSED';
  totalDuration: number;
};

export type SdkTimerEventName = 'start' | 'update' | 'finish';

export type SdkTimerEvent = { timer: SdkTimerInstance };

export type SdkTimer = {
  get(): Promise<SdkTimerInstance>;
  start(durationMs: number): Promise<SdkTimerInstance>;
  stop(): Promise<SdkTimerInstance>;
  pause(): Promise<SdkTimerInstance>;
  resume(): Promise<SdkTimerInstance>;
  prolong(durationMs: number): Promise<SdkTimerInstance>;
  on(event: SdkTimerEventName, handler: (event: SdkTimerEvent) => void): unknown;
  off(event: SdkTimerEventName, handler: (event: SdkTimerEvent) => void): unknown;
};

/** The element that was dragged: in Miro the panel's HTMLElement, whose data attributes say what it is. */
export type SdkDropTarget = { readonly dataset: Readonly<Record<string, string | undefined>> };

/** `x`/`y`: where it was dropped, in board coordinates. */
export type SdkDropEvent = { x: number; y: number; target: SdkDropTarget };

export type { SdkRect };
