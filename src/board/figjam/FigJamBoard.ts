import { boardRect } from '../../core/geometry/Rect.ts';
import type { BoardPlan, PlanItem, PlanShape } from '../../core/layout/BoardPlan.ts';
import type { MapRecord } from '../../core/model/mapRecord.schema.ts';
import type { RawSnapshotItem, SnapshotRead } from '../../core/snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../../core/snapshot/buildSnapshot.ts';
import { lineText } from '../../core/text/textToHtml.ts';
import { detailOf } from '../messageOf.ts';
import {
  BoardError,
  type AddedNotes,
  type ApplyOptions,
  type Board,
  type BoardTimer,
  type InsertedMap,
  type MovedNotes,
  type SummaryPlace,
} from '../port.ts';
import type { EmulatedNode, FigmaSurface } from './emulator/FigmaEmulator.ts';
import { NOTE_COLOR_FIGJAM_HEX, figJamNoteColor, hexOf } from './figJamPalette.ts';
import { PLUGIN_DATA_NAMESPACE, RECORD_KEY, recordOfPluginData } from './pluginData.ts';

/** Room kept between a new map's section and the sections already on the page, in canvas units. */
const SECTION_SPACING = 200;

const READ_TYPES = ['SECTION', 'STICKY', 'SHAPE_WITH_TEXT', 'TEXT'] as const;

const KINDS: Record<(typeof READ_TYPES)[number], RawSnapshotItem['kind']> = {
  SECTION: 'frame',
  STICKY: 'sticky',
  SHAPE_WITH_TEXT: 'shape',
  TEXT: 'text',
};

const SHAPE_TYPES: Record<PlanShape['shape'], ShapeWithTextNode['shapeType']> = {
  rectangle: 'SQUARE',
  round_rectangle: 'ROUNDED_RECTANGLE',
  circle: 'ELLIPSE',
};

type Drawn = StickyNode | ShapeWithTextNode | TextNode;

/** Where a text is bold: [start, end) in UTF-16 code units, as Figma counts characters. */
type BoldRange = { start: number; end: number };

/** A drawn node and the text it gets once its fonts are loaded. */
type Pending = { node: Drawn; item: PlanItem; text: string; bold: BoldRange[] };

/** Strong lines and labels are drawn in the bold style of the node's own font family. */
const BOLD_STYLE = 'Bold';

/**
 * The Board port over the `figma` plugin API of FigJam: a map is a section of stickies, shapes
 * with text and texts, each item's record in its plugin data.
 */
export class FigJamBoard implements Board {
  constructor(private readonly figma: FigmaSurface) {}

  /**
   * Creates the section and every item (placed after it is appended, relative to the section's
   * top-left), loads every font they use at once, then sets their text and records; on failure
   * removes all it created.
   */
  async apply(plan: BoardPlan, options: ApplyOptions = {}): Promise<InsertedMap> {
    const total = plan.items.length + 1;
    let done = 0;
    options.onProgress?.({ done, total });
    const step = () => options.onProgress?.({ done: ++done, total });
    const created: { readonly removed: boolean; remove(): void }[] = [];
    let section: SectionNode | undefined;
    try {
      const origin = this.emptySpot();
      section = this.figma.createSection();
      created.push(section);
      section.name = plan.frame.title;
      section.x = origin.x;
      section.y = origin.y;
      section.resizeWithoutConstraints(plan.frame.width, plan.frame.height);
      section.fills = [solid(plan.frame.fillColor)];
      const pending: Pending[] = [];
      for (const item of plan.items) {
        const node = this.create(item);
        created.push(node);
        section.appendChild(node);
        place(node, item);
        pending.push({ node, item, ...textOf(item) });
      }
      await Promise.all(fontsOf(pending).map((font) => this.figma.loadFontAsync(font)));
      const titleAt = plan.items.findIndex((item) => item.record?.role === 'title');
      const key = mapKeyOf((pending[titleAt] ?? pending[0])?.node.id ?? section.id);
      for (const { node, item, text, bold } of pending) {
        const sublayer = node.type === 'TEXT' ? node : node.text;
        sublayer.characters = text;
        if (item.kind !== 'note') sublayer.fontSize = item.style.fontSize;
        const font = sublayer.fontName;
        if (typeof font !== 'symbol')
          for (const { start, end } of bold) sublayer.setRangeFontName(start, end, boldOf(font));
        if (item.record) {
          const json = JSON.stringify({ ...item.record, map: key } satisfies MapRecord);
          node.setPluginData(RECORD_KEY, json);
          node.setSharedPluginData(PLUGIN_DATA_NAMESPACE, RECORD_KEY, json);
        }
        step();
      }
      step();
    } catch (error) {
      const left = undo(created);
      const cleanup =
        left === 0
          ? 'Nothing was left on the board.'
          : `${left === 1 ? '1 item' : `${left} items`} of it could not be removed: please delete the unfinished section “${plan.title}” and what lies in it by hand.`;
      throw new BoardError(
        'failed',
        `The map could not be inserted${detailOf(error)}. ${cleanup}`,
        {
          cause: error,
        },
      );
    }
    // The view is not the board: a failure to move it fails nothing.
    try {
      this.figma.viewport.scrollAndZoomIntoView([section]);
    } catch {
      // the map is drawn all the same
    }
    return { frameId: section.id, itemCount: plan.items.length };
  }

  async readSnapshot(): Promise<SnapshotRead> {
    const warnings: string[] = [];
    try {
      const nodes = this.figma.currentPage.findAllWithCriteria({ types: READ_TYPES });
      const items = nodes.flatMap((node) => {
        const item = itemOf(node, warnings);
        return item ? [item] : [];
      });
      return { snapshot: buildSnapshot(items), warnings };
    } catch (error) {
      throw new BoardError('failed', `The board could not be read${detailOf(error)}.`, {
        cause: error,
      });
    }
  }

  // The rest of the port is the FigJam issue's next steps; until each is done it says so.

  addSummary(_plan: unknown, _nextTo: SummaryPlace): Promise<InsertedMap> {
    return Promise.reject(notYet('addSummary'));
  }
  removeSummary(): Promise<void> {
    return Promise.reject(notYet('removeSummary'));
  }
  selectedFrameIds(): Promise<string[]> {
    return Promise.reject(notYet('selectedFrameIds'));
  }
  selectedNoteIds(): Promise<string[]> {
    return Promise.reject(notYet('selectedNoteIds'));
  }
  zoomTo(): Promise<void> {
    return Promise.reject(notYet('zoomTo'));
  }
  onItemsChange(): () => void {
    throw notYet('onItemsChange');
  }
  timer(): Promise<BoardTimer | null> {
    return Promise.reject(notYet('timer'));
  }
  addNotes(): Promise<AddedNotes> {
    return Promise.reject(notYet('addNotes'));
  }
  moveNotes(): Promise<MovedNotes> {
    return Promise.reject(notYet('moveNotes'));
  }
  onDrop(): () => void {
    throw notYet('onDrop');
  }

  /** Right of every section on the page, level with the highest; the origin on an empty page. */
  private emptySpot(): { x: number; y: number } {
    const boxes = this.figma.currentPage
      .findAllWithCriteria({ types: ['SECTION'] })
      .flatMap((section) => (section.absoluteBoundingBox ? [section.absoluteBoundingBox] : []));
    if (boxes.length === 0) return { x: 0, y: 0 };
    return {
      x: Math.max(...boxes.map((box) => box.x + box.width)) + SECTION_SPACING,
      y: Math.min(...boxes.map((box) => box.y)),
    };
  }

  private create(item: PlanItem): Drawn {
    switch (item.kind) {
      case 'note': {
        const sticky = this.figma.createSticky();
        sticky.fills = [solid(NOTE_COLOR_FIGJAM_HEX[item.color])];
        return sticky;
      }
      case 'shape': {
        const shape = this.figma.createShapeWithText();
        shape.shapeType = SHAPE_TYPES[item.shape];
        shape.resize(item.rect.width, item.rect.height);
        shape.fills = [solid(item.style.fillColor, item.style.fillOpacity)];
        return shape;
      }
      case 'text': {
        const text = this.figma.createText();
        text.resize(item.rect.width, item.rect.height);
        return text;
      }
    }
  }
}

/**
 * Removes what an insert created, the section first (it takes its children with it; a node made
 * but not yet appended goes on its own); returns how many could not be removed.
 */
function undo(created: readonly { readonly removed: boolean; remove(): void }[]): number {
  let left = 0;
  for (const node of created) {
    if (node.removed) continue;
    try {
      node.remove();
    } catch {
      left++;
    }
  }
  return left;
}

function notYet(method: string): BoardError {
  return new BoardError('failed', `${method} is not available on FigJam yet`);
}

/** A sticky keeps its own size, so it is centred where the plan's note is. */
function place(node: Drawn, item: PlanItem): void {
  node.x = item.rect.x + (item.rect.width - node.width) / 2;
  node.y = item.rect.y + (item.rect.height - node.height) / 2;
}

/** A line of text for each line of the plan; a label and a strong line's text are bold. */
function textOf(item: PlanItem): { text: string; bold: BoldRange[] } {
  if (item.kind === 'note') return { text: item.text, bold: [] };
  const bold: BoldRange[] = [];
  let at = 0;
  for (const line of item.lines) {
    const label = line.label ?? '';
    if (label !== '') bold.push({ start: at, end: at + label.length });
    const textAt = at + lineText(line).length - line.text.length;
    if (line.strong && line.text !== '')
      bold.push({ start: textAt, end: textAt + line.text.length });
    at += lineText(line).length + 1;
  }
  return { text: item.lines.map(lineText).join('\n'), bold };
}

function boldOf(font: FontName): FontName {
  return { family: font.family, style: BOLD_STYLE };
}

/** Every font the texts use: each node's own, and its bold where it has bold ranges. */
function fontsOf(pending: readonly Pending[]): FontName[] {
  const fonts = new Map<string, FontName>();
  const add = (font: FontName) => fonts.set(`${font.family}\u0000${font.style}`, font);
  for (const { node, bold } of pending) {
    const font = node.type === 'TEXT' ? node.fontName : node.text.fontName;
    if (typeof font === 'symbol') continue;
    add(font);
    if (bold.length > 0) add(boldOf(font));
  }
  return [...fonts.values()];
}

/** Figma ids hold a colon, which a map key may not. */
function mapKeyOf(id: string): string {
  return id.replaceAll(/[^A-Za-z0-9_-]/g, '-').slice(0, 24);
}

function solid(hex: string, opacity = 1): SolidPaint {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  return { type: 'SOLID', color: { r: r ?? 0, g: g ?? 0, b: b ?? 0 }, opacity };
}

function rgbOf(node: EmulatedNode): [number, number, number] | undefined {
  const paint = node.fills.find((fill) => fill.type === 'SOLID' && fill.visible !== false);
  if (paint?.type !== 'SOLID') return undefined;
  const { r, g, b } = paint.color;
  return [r, g, b].map((channel) => Math.round(channel * 255)) as [number, number, number];
}

function sectionOf(node: EmulatedNode): string | null {
  for (let up = node.parent; up && up.type !== 'PAGE'; up = up.parent)
    if (up.type === 'SECTION') return up.id;
  return null;
}

function itemOf(node: EmulatedNode, warnings: string[]): RawSnapshotItem | undefined {
  const kind = KINDS[node.type];
  const box = node.absoluteBoundingBox;
  if (!box) {
    warnings.push(`Node ${node.id} (${node.type}) has no place on the board; it is left out`);
    return undefined;
  }
  const rgb = rgbOf(node);
  const author = node.type === 'STICKY' && node.authorName !== '' ? node.authorName : null;
  return {
    id: node.id,
    kind,
    rect: boardRect(box),
    text:
      node.type === 'SECTION'
        ? node.name
        : node.type === 'TEXT'
          ? node.characters
          : (node.text?.characters ?? ''),
    color: kind === 'sticky' ? (rgb ? figJamNoteColor(rgb) : 'yellow') : null,
    fill: kind === 'shape' && rgb ? hexOf(rgb) : null,
    fontSize:
      node.type === 'TEXT'
        ? node.fontSize
        : node.type === 'SHAPE_WITH_TEXT'
          ? (node.text?.fontSize ?? null)
          : null,
    tags: [],
    author,
    createdAt: null,
    modifiedAt: null,
    parentId: kind === 'frame' ? null : sectionOf(node),
    // The shared record, which the REST reader sees too; else the plugin's own.
    record: recordOfPluginData(
      node.id,
      node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, RECORD_KEY) || node.getPluginData(RECORD_KEY),
      warnings,
    ),
    votes: 0,
  };
}
