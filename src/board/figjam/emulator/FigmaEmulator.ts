// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- types only, no `figma` global
/// <reference path="../../../../node_modules/@figma/plugin-typings/plugin-api.d.ts" />
// plugin-api.d.ts declares the API's types only; the `figma` global lives in the package's
// index.d.ts, which nothing here references, so the global cannot leak into other code.
import { toFault, type FaultInjector } from '../../emulator/faults.ts';

/** The subset of PluginAPI the FigJam adapter uses (types from @figma/plugin-typings). */
export type FigmaSurface = Pick<
  PluginAPI,
  'createSection' | 'createSticky' | 'createShapeWithText' | 'createText' | 'getNodeByIdAsync'
> & {
  loadFontAsync(font: FontName): Promise<void>;
  currentPage: EmulatedPage;
  viewport: Pick<ViewportAPI, 'scrollAndZoomIntoView'>;
};

/**
 * The stricter readings where Figma's behaviour is unconfirmed (figjam-platform.md marks them),
 * kept in this one place:
 * - appendChild keeps the node's x/y numbers, now read relative to the new parent (so a node
 *   placed before it is appended lands elsewhere: place after appending, as the reference says);
 * - fills of any colour are kept as given (whether FigJam snaps to its palette is unconfirmed).
 */
export const UNCONFIRMED_CHOICES = {
  appendChildKeepsLocalXY: true,
} as const;

/** figjam-platform.md "Finding and storing": at most 100 kB per plugin-data entry. */
export const PLUGIN_DATA_LIMIT_BYTES = 100_000;

const DEFAULT_FONT: FontName = { family: 'Inter', style: 'Medium' };

/** The size of new text, in canvas units (unconfirmed for FigJam; Figma's text default). */
const DEFAULT_FONT_SIZE = 12;

type NodeKind = 'SECTION' | 'STICKY' | 'SHAPE_WITH_TEXT' | 'TEXT';

/** figjam-platform.md "Nodes used here": default sizes of created nodes. */
const DEFAULT_SIZE: Record<NodeKind, { width: number; height: number }> = {
  SECTION: { width: 100, height: 100 },
  STICKY: { width: 240, height: 240 },
  SHAPE_WITH_TEXT: { width: 208, height: 208 },
  TEXT: { width: 0, height: 0 },
};

export type EmulatorOptions = {
  latencyMs?: number;
  faults?: FaultInjector;
  sleep?: (ms: number) => Promise<void>;
};

/** Counts every API call, by method, from 0 (the indexes fault injectors see). */
export type FigmaCallStats = { calls: number; byMethod: Record<string, number> };

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function fontKey(font: FontName): string {
  return `${font.family}\u0000${font.style}`;
}

/** Nodes are non-extensible proxies (figjam-platform.md "Nodes used here"). */
function sealed<T extends object>(target: T, kind: string): T {
  Object.preventExtensions(target);
  return new Proxy(target, {
    set(object, property, value) {
      if (!(property in object))
        throw new TypeError(
          `object is not extensible: ${kind} has no property ${String(property)}`,
        );
      return Reflect.set(object, property, value);
    },
    defineProperty() {
      throw new TypeError(`object is not extensible: ${kind}`);
    },
  });
}

/** The emulator's `figma.mixed`: what a range of several fonts reads as. */
export const MIXED: unique symbol = Symbol('mixed');

/** `text.characters` needs its font loaded first (figjam-platform.md "Nodes used here"). */
class EmulatedText {
  fontName: FontName = { ...DEFAULT_FONT };
  private value = '';
  private size = DEFAULT_FONT_SIZE;
  private ranges: { start: number; end: number; font: FontName }[] = [];
  constructor(private readonly fonts: ReadonlySet<string>) {}
  get characters(): string {
    return this.value;
  }
  set characters(value: string) {
    this.requireLoaded('set_characters', this.fontName);
    this.value = value;
    this.ranges = [];
  }

  /** Like `characters`, the size needs the font loaded first. */
  get fontSize(): number {
    return this.size;
  }
  set fontSize(value: number) {
    this.requireLoaded('set_fontSize', this.fontName);
    if (!(value >= 1)) throw new Error('in set_fontSize: Expected a font size of at least 1');
    this.size = value;
  }

  private requireLoaded(where: string, font: FontName): void {
    if (!this.fonts.has(fontKey(font)))
      throw new Error(
        `in ${where}: Cannot write to node with unloaded font "${font.family} ${font.style}". Please call figma.loadFontAsync({ family: "${font.family}", style: "${font.style}" }) and await the returned promise first.`,
      );
  }

  /** Like `characters`, a range's font must be loaded first; setting characters clears ranges. */
  setRangeFontName(start: number, end: number, font: FontName): void {
    this.requireLoaded('setRangeFontName', font);
    if (start < 0 || end > this.value.length || start >= end)
      throw new Error(
        `in setRangeFontName: Expected a range within the ${this.value.length} characters`,
      );
    this.ranges.push({ start, end, font: { ...font } });
  }

  /** The font of every character in [start, end), or MIXED when they differ. */
  getRangeFontName(start: number, end: number): FontName | typeof MIXED {
    const fonts = new Map<string, FontName>();
    for (let at = start; at < end; at++) {
      const covering = this.ranges.filter((range) => range.start <= at && at < range.end);
      const font = covering.at(-1)?.font ?? this.fontName;
      fonts.set(fontKey(font), font);
    }
    const [only, ...others] = fonts.values();
    return only && others.length === 0 ? only : MIXED;
  }
}

type Parent = EmulatedNode | EmulatedPage;

export class EmulatedNode {
  x = 0;
  y = 0;
  name = '';
  authorName = '';
  /** typings: StickyNode.authorVisible, isWideWidth. */
  authorVisible = true;
  isWideWidth = false;
  shapeType: ShapeWithTextNode['shapeType'] = 'SQUARE';
  parent: Parent | null = null;
  readonly children: EmulatedNode[] = [];
  readonly text: EmulatedText | null;
  private readonly textOfTextNode: EmulatedText;
  private size: { width: number; height: number };
  private paints: readonly Paint[] = Object.freeze([]);
  private readonly data = new Map<string, string>();
  private readonly shared = new Map<string, string>();
  removed = false;

  constructor(
    private readonly world: FigmaEmulator,
    readonly id: string,
    readonly type: NodeKind,
  ) {
    this.size = { ...DEFAULT_SIZE[type] };
    this.textOfTextNode = new EmulatedText(world.fonts);
    this.text =
      type === 'STICKY' || type === 'SHAPE_WITH_TEXT' ? new EmulatedText(world.fonts) : null;
  }

  get width(): number {
    return this.size.width;
  }
  get height(): number {
    return this.size.height;
  }

  /** TEXT nodes have `characters` of their own (typings: TextNode). */
  get characters(): string {
    return this.ownText().characters;
  }
  set characters(value: string) {
    this.ownText().characters = value;
  }
  get fontName(): FontName {
    return this.ownText().fontName;
  }
  get fontSize(): number {
    return this.ownText().fontSize;
  }
  set fontSize(value: number) {
    this.ownText().fontSize = value;
  }
  setRangeFontName(start: number, end: number, font: FontName): void {
    this.ownText().setRangeFontName(start, end, font);
  }
  getRangeFontName(start: number, end: number): FontName | typeof MIXED {
    return this.ownText().getRangeFontName(start, end);
  }

  private ownText(): EmulatedText {
    if (this.type !== 'TEXT') throw new TypeError(`${this.type} has no characters; use .text`);
    return this.textOfTextNode;
  }

  /** Fills are frozen: assign a new array (figjam-platform.md "Nodes used here"). */
  get fills(): readonly Paint[] {
    return this.paints;
  }
  set fills(value: readonly Paint[]) {
    for (const paint of value)
      if (paint.type === 'SOLID') {
        const { r, g, b } = paint.color;
        if (![r, g, b].every((c) => c >= 0 && c <= 1))
          throw new Error('in set_fills: Expected color channels between 0 and 1');
      }
    this.paints = Object.freeze(value.map((paint) => Object.freeze({ ...paint })));
  }

  resize(width: number, height: number): void {
    if (this.type === 'SECTION') throw new Error('SECTION: use resizeWithoutConstraints');
    this.size = { width, height };
  }
  resizeWithoutConstraints(width: number, height: number): void {
    this.size = { width, height };
  }

  /** Page-absolute; x/y are relative to the parent (figjam-platform.md "Nodes used here"). */
  get absoluteBoundingBox(): Rect | null {
    if (this.removed) return null;
    let { x, y } = this;
    for (let up = this.parent; up instanceof EmulatedNode; up = up.parent) {
      x += up.x;
      y += up.y;
    }
    return { x, y, width: this.width, height: this.height };
  }

  appendChild(child: EmulatedNode): void {
    if (this.type !== 'SECTION') throw new TypeError(`${this.type} cannot have children`);
    this.world.attach(this, child);
  }

  remove(): void {
    this.world.detach(this);
    this.removed = true;
    for (const child of [...this.children]) child.remove();
  }

  /** Strings only, at most 100 kB an entry (figjam-platform.md "Finding and storing"). */
  setPluginData(key: string, value: string): void {
    checkData(key, value);
    this.data.set(key, value);
  }
  getPluginData(key: string): string {
    return this.data.get(key) ?? '';
  }
  setSharedPluginData(namespace: string, key: string, value: string): void {
    checkData(key, value);
    this.shared.set(`${namespace}\u0000${key}`, value);
  }
  getSharedPluginData(namespace: string, key: string): string {
    return this.shared.get(`${namespace}\u0000${key}`) ?? '';
  }
}

function checkData(key: string, value: unknown): void {
  if (typeof value !== 'string') throw new TypeError(`plugin data ${key} must be a string`);
  if (byteLength(value) > PLUGIN_DATA_LIMIT_BYTES)
    throw new Error(`plugin data ${key} is over ${PLUGIN_DATA_LIMIT_BYTES} bytes`);
}

export class EmulatedPage {
  readonly type = 'PAGE';
  readonly children: EmulatedNode[] = [];
  selection: readonly EmulatedNode[] = [];
  constructor(private readonly world: FigmaEmulator) {}
  appendChild(child: EmulatedNode): void {
    this.world.attach(this, child);
  }
  /** Every node of these types, depth first (figjam-platform.md "Finding and storing"). */
  findAllWithCriteria(criteria: { types: readonly NodeKind[] }): EmulatedNode[] {
    const found: EmulatedNode[] = [];
    const walk = (nodes: readonly EmulatedNode[]) => {
      for (const node of nodes) {
        if (criteria.types.includes(node.type)) found.push(node);
        walk(node.children);
      }
    };
    walk(this.children);
    return found;
  }
}

/**
 * An in-memory FigJam file of one page, behind the `figma` calls the adapter makes; each call is
 * counted, may wait `latencyMs` and may be failed by the fault injector (calls that create or
 * read are metered; property access is not).
 */
export class FigmaEmulator {
  readonly fonts = new Set<string>();
  readonly currentPage: EmulatedPage;
  latencyMs: number;
  faults: FaultInjector | undefined;
  /** Moving the view changes no node, so it is not metered; the ids last brought into view. */
  readonly viewport = {
    inView: [] as string[],
    scrollAndZoomIntoView(nodes: readonly BaseNode[]): void {
      this.inView = nodes.map((node) => node.id);
    },
  };
  private stats: FigmaCallStats = { calls: 0, byMethod: {} };
  private nextId = 1;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: EmulatorOptions = {}) {
    this.currentPage = sealed(new EmulatedPage(this), 'PAGE');
    this.latencyMs = options.latencyMs ?? 0;
    this.faults = options.faults;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  callStats(): FigmaCallStats {
    return { calls: this.stats.calls, byMethod: { ...this.stats.byMethod } };
  }

  /** Synchronous creation calls fail synchronously, as a thrown Figma error would. */
  private metered(method: string): void {
    const index = this.stats.calls++;
    this.stats.byMethod[method] = (this.stats.byMethod[method] ?? 0) + 1;
    const fault = toFault(this.faults?.({ index, method }));
    if (fault) throw fault.error;
  }

  private async meteredAsync<T>(method: string, operation: () => T): Promise<T> {
    const index = this.stats.calls++;
    this.stats.byMethod[method] = (this.stats.byMethod[method] ?? 0) + 1;
    if (this.latencyMs > 0) await this.sleep(this.latencyMs);
    const fault = toFault(this.faults?.({ index, method }));
    if (fault?.kind === 'reject') throw fault.error;
    const result = operation();
    if (fault) throw fault.error;
    return result;
  }

  /** New nodes are appended to the current page (plugin-api.d.ts: createSticky etc.). */
  private create(type: NodeKind): EmulatedNode {
    this.metered(`create${type}`);
    const node = sealed(new EmulatedNode(this, `${this.nextId++}:1`, type), type);
    this.attach(this.currentPage, node);
    return node;
  }

  createSection = () => this.create('SECTION') as unknown as SectionNode;
  createSticky = () => this.create('STICKY') as unknown as StickyNode;
  createShapeWithText = () => this.create('SHAPE_WITH_TEXT') as unknown as ShapeWithTextNode;
  createText = () => this.create('TEXT') as unknown as TextNode;

  loadFontAsync(font: FontName): Promise<void> {
    return this.meteredAsync('loadFontAsync', () => {
      this.fonts.add(fontKey(font));
    });
  }

  getNodeByIdAsync(id: string): Promise<BaseNode | null> {
    return this.meteredAsync('getNodeByIdAsync', () => {
      const found = this.currentPage
        .findAllWithCriteria({ types: ['SECTION', 'STICKY', 'SHAPE_WITH_TEXT', 'TEXT'] })
        .find((node) => node.id === id);
      return (found ?? null) as unknown as BaseNode | null;
    });
  }

  /** @internal */
  attach(parent: Parent, child: EmulatedNode): void {
    if (child.removed) throw new Error('The node has been removed');
    this.detach(child);
    parent.children.push(child);
    child.parent = parent;
  }

  /** @internal */
  detach(child: EmulatedNode): void {
    const siblings = child.parent?.children;
    const at = siblings?.indexOf(child) ?? -1;
    if (siblings && at >= 0) siblings.splice(at, 1);
    child.parent = null;
  }
}
