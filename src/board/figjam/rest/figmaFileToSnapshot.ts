import { boardRect } from '../../../core/geometry/Rect.ts';
import type { RawSnapshotItem, SnapshotRead } from '../../../core/snapshot/BoardSnapshot.ts';
import { buildSnapshot } from '../../../core/snapshot/buildSnapshot.ts';
import { describeIssues } from '../../../core/validation/describeIssues.ts';
import { accepted, refused, type Parsed } from '../../../core/validation/Parsed.ts';
import { figJamNoteColor, hexOf } from '../figJamPalette.ts';
import { PLUGIN_DATA_NAMESPACE, RECORD_KEY, recordOfPluginData } from '../pluginData.ts';
import { FigmaFile, type FigmaNode } from './figmaFile.schema.ts';

/**
 * A FigJam file as Figma's REST API gives it, checked, as readback sees it: sections are frames,
 * stickies, shapes with text and texts keep their absolute top-left rectangles, and a node
 * belongs to the innermost section holding it. A Figma design file is refused; the error is one
 * line naming where the response is wrong.
 */
export function parseFigmaFile(json: unknown): Parsed<SnapshotRead> {
  const result = FigmaFile.safeParse(json);
  if (!result.success) return refused(`Not a Figma file: ${describeIssues(result.error)}`);
  const file = result.data;
  if (file.editorType !== 'figjam')
    return refused(
      `This is a Figma ${JSON.stringify(file.editorType)} file; only FigJam files (editorType "figjam") are read`,
    );
  return accepted(figmaFileToSnapshot(file));
}

export function figmaFileToSnapshot(file: FigmaFile): SnapshotRead {
  const warnings: string[] = [];
  const items: RawSnapshotItem[] = [];
  const visit = (node: FigmaNode, sectionId: string | null) => {
    const item = itemOf(node, sectionId, warnings);
    if (item) items.push(item);
    const inner = node.type === 'SECTION' ? node.id : sectionId;
    for (const child of node.children ?? []) visit(child, inner);
  };
  visit(file.document, null);
  return { snapshot: buildSnapshot(items), warnings };
}

const KINDS: Record<string, RawSnapshotItem['kind']> = {
  SECTION: 'frame',
  STICKY: 'sticky',
  SHAPE_WITH_TEXT: 'shape',
  TEXT: 'text',
};

function itemOf(
  node: FigmaNode,
  sectionId: string | null,
  warnings: string[],
): RawSnapshotItem | undefined {
  const kind = KINDS[node.type];
  if (kind === undefined) return undefined;
  const box = node.absoluteBoundingBox;
  if (!box) {
    warnings.push(`Node ${node.id} (${node.type}) has no place on the board; it is left out`);
    return undefined;
  }
  const rgb = solidFill(node);
  return {
    id: node.id,
    kind,
    rect: boardRect({ x: box.x, y: box.y, width: box.width, height: box.height }),
    text: kind === 'frame' ? (node.name ?? '') : (node.characters ?? ''),
    color: kind === 'sticky' && rgb ? figJamNoteColor(rgb) : kind === 'sticky' ? 'yellow' : null,
    fill: kind === 'shape' && rgb ? hexOf(rgb) : null,
    fontSize: kind === 'text' ? (node.style?.fontSize ?? null) : null,
    tags: [],
    author: null,
    createdAt: null,
    modifiedAt: null,
    parentId: kind === 'frame' ? null : sectionId,
    record: recordOfPluginData(
      node.id,
      node.sharedPluginData?.[PLUGIN_DATA_NAMESPACE]?.[RECORD_KEY],
      warnings,
    ),
    votes: 0,
  };
}

/** The first visible SOLID fill, channels 0–255. */
function solidFill(node: FigmaNode): [number, number, number] | undefined {
  const paint = node.fills?.find((fill) => fill.type === 'SOLID' && fill.visible !== false);
  if (!paint?.color) return undefined;
  const { r, g, b } = paint.color;
  return [r, g, b].map((channel) => Math.round(channel * 255)) as [number, number, number];
}
