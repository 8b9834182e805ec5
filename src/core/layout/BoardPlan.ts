import type { FrameRect } from '../geometry/Rect.ts';
import type { Grid } from '../model/Grid.ts';
import type { PlanRecord } from '../model/mapRecord.schema.ts';
import type { NoteColor } from '../model/noteColor.ts';

/**
 * Drawing order: `background` items (lane bands, lane label boxes) first, then `grid` items (column outlines, which
 * may cross the bands), then `content`; no two background or content items overlap.
 */
export type PlanLayer = 'background' | 'grid' | 'content';

export type PlanRole =
  | 'title'
  | 'persona'
  | 'photo'
  | 'stageHeader'
  | 'laneLabel'
  | 'lanePrompt'
  | 'laneBand'
  | 'stageColumn'
  | 'scaleMark'
  | 'divider'
  | 'sample'
  | 'summaryTitle'
  | 'summaryHeading'
  | 'summaryFinding'
  | 'summaryStory'
  | 'curveBand'
  | 'curveLabel'
  | 'curvePoint'
  | 'curveStage';

export type TextAlign = 'left' | 'center' | 'right';
export type TextAlignVertical = 'top' | 'middle' | 'bottom';

/** Colours are #rrggbb; sizes are board units. */
export type ShapeStyle = {
  fillColor: string;
  fillOpacity: number;
  borderColor: string;
  borderWidth: number;
  borderStyle: 'normal' | 'dashed' | 'dotted';
  color: string;
  fontSize: number;
  textAlign: TextAlign;
  textAlignVertical: TextAlignVertical;
};

export type TextStyle = { color: string; fontSize: number; textAlign: TextAlign };

/**
 * A line of rich text: `strong` lines are drawn bold; a `label` ("Name:") is drawn bold before
 * the text, a space between them.
 */
export type TextLine = { text: string; strong?: boolean; label?: string };

type PlanItemBase = {
  role: PlanRole;
  layer: PlanLayer;
  rect: FrameRect;
  /** What the item records about itself in its metadata (DESIGN §3.1). */
  record?: PlanRecord;
};

export type PlanShape = PlanItemBase & {
  kind: 'shape';
  shape: 'rectangle' | 'round_rectangle' | 'circle';
  lines: TextLine[];
  style: ShapeStyle;
};

/** A text item's height follows its content; `rect.height` is the room reserved for it. */
export type PlanText = PlanItemBase & { kind: 'text'; lines: TextLine[]; style: TextStyle };

export type PlanNote = PlanItemBase & {
  kind: 'note';
  text: string;
  color: NoteColor;
  stageId: string;
  laneId: string;
};

export type PlanItem = PlanShape | PlanText | PlanNote;

export type BoardPlan = {
  title: string;
  /**
   * The frame's own title (empty for a map, whose title item shows it) and size; every item rect
   * lies within (0, 0, width, height).
   */
  frame: { title: string; width: number; height: number; fillColor: string };
  items: PlanItem[];
  /**
   * Where the layout put the cells, frame-local. Not stored on the board: readback derives the
   * grid from the headers and labels.
   */
  grid: Grid;
};

export type ConnectorStyle = {
  strokeColor: string;
  strokeWidth: number;
  strokeStyle: 'normal' | 'dashed' | 'dotted';
  /** 'none' draws a plain line end; 'stealth' is Miro's arrow head. */
  startStrokeCap: 'none' | 'stealth';
  endStrokeCap: 'none' | 'stealth';
};

/** A straight line between two items of a plan, by their index in `items`; drawn after them. */
export type PlanConnector = {
  kind: 'connector';
  fromIndex: number;
  toIndex: number;
  style: ConnectorStyle;
};

/** A frame of items and the connectors between them, with no grid. */
export type SummaryPlan = Omit<BoardPlan, 'grid'> & { connectors: PlanConnector[] };
