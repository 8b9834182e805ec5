import type { Rect } from '../geometry/Rect.ts';
import { nearestNoteColor, type NoteColor } from '../model/noteColor.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';
import { clusterBands } from './clusterBands.ts';
import { boxOf, canBeLabel, labelName, type Box } from './labelItems.ts';
import { laneKindOf } from './laneKindOf.ts';

/** A swatch of a note colour and the lane name beside it (R28). */
export type LegendEntry = { swatch: Box; name: Box | null; color: NoteColor; label: string };

/** Legend entries lined up, in the legend's order, with the rectangle they cover (R29). */
export type Legend = {
  entries: LegendEntry[];
  /** The swatches and names, which are labels, not notes. */
  itemIds: ReadonlySet<string>;
  /** Every entry has a name item of its own beside its swatch (none names itself). */
  named: boolean;
  left: number;
  right: number;
  top: number;
  bottom: number;
};

const MAX_SWATCH_SIZE = 300;
/** How far right of its swatch a name may start. */
const MAX_NAME_GAP = 200;
/** A name may overlap its swatch's right edge by this much. */
const NAME_OVERLAP = 8;

function swatchColor(item: SnapshotItem): NoteColor | null {
  if (item.rect.width > MAX_SWATCH_SIZE || item.rect.height > MAX_SWATCH_SIZE) return null;
  if (item.kind === 'sticky') return item.color;
  if (item.kind !== 'shape' || labelName(item.text) !== '' || !item.fill) return null;
  return item.fill.toLowerCase() === '#ffffff' ? null : nearestNoteColor(item.fill);
}

function isNameItem(item: SnapshotItem): boolean {
  return (item.kind === 'text' || item.kind === 'shape') && canBeLabel(item);
}

/** The first index whose box starts at or right of `value`; names are sorted by left edge. */
function firstFrom(names: readonly Box[], value: number): number {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((names[middle]?.left ?? Infinity) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The name nearest right of a swatch and level with it (its centre within the swatch's height). */
function nameBeside(swatch: Box, names: readonly Box[]): Box | null {
  let best: Box | null = null;
  for (let i = firstFrom(names, swatch.right - NAME_OVERLAP); i < names.length; i += 1) {
    const name = names[i];
    if (!name || name.left > swatch.right + MAX_NAME_GAP) break;
    if (name.cy < swatch.top || name.cy > swatch.bottom || name.item.id === swatch.item.id)
      continue;
    if (!best || name.left < best.left) best = name;
  }
  return best;
}

/** True when the swatch lies over a text or shape with text (a note dropped on a header). */
function liesOverText(swatch: Box, names: readonly Box[], widest: number): boolean {
  for (let i = firstFrom(names, swatch.left - widest); i < names.length; i += 1) {
    const name = names[i];
    if (!name || name.left >= swatch.right - NAME_OVERLAP) break;
    const across = Math.min(swatch.right, name.right) - Math.max(swatch.left, name.left);
    const down = Math.min(swatch.bottom, name.bottom) - Math.max(swatch.top, name.top);
    if (across > NAME_OVERLAP && down > NAME_OVERLAP) return true;
  }
  return false;
}

function entryOf(item: SnapshotItem, names: readonly Box[], widest: number): LegendEntry | null {
  const color = swatchColor(item);
  if (!color) return null;
  const swatch = boxOf(item);
  if (liesOverText(swatch, names, widest)) return null;
  const name = nameBeside(swatch, names);
  if (name) return { swatch, name, color, label: labelName(name.item.text) };
  const own = item.kind === 'sticky' ? labelName(item.text) : '';
  return own === '' ? null : { swatch, name: null, color, label: own };
}

function legendOf(entries: readonly LegendEntry[]): Legend {
  const boxes = entries.flatMap((entry) =>
    entry.name ? [entry.swatch, entry.name] : [entry.swatch],
  );
  return {
    entries: [...entries],
    itemIds: new Set(boxes.map((box) => box.item.id)),
    named: entries.every((entry) => entry.name !== null),
    left: Math.min(...boxes.map((box) => box.left)),
    right: Math.max(...boxes.map((box) => box.right)),
    top: Math.min(...boxes.map((box) => box.top)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
  };
}

/**
 * Every run of legend entries of an area whose swatches line up in a column (top to bottom) or a
 * row (left to right), two or more entries of as many colours (R29). Which of them is
 * the map's legend depends on where the stage labels are (R30).
 */
export function findLegends(area: Rect, items: readonly SnapshotItem[]): Legend[] {
  const names = items
    .filter((item) => isNameItem(item) && item.rect.width <= (area.width * 2) / 3)
    .map(boxOf)
    .sort((a, b) => a.left - b.left);
  const widest = names.reduce((most, name) => Math.max(most, name.right - name.left), 0);
  const found: LegendEntry[] = [];
  const swatchesNamed = new Map<string, number>();
  for (const item of items) {
    if (item.rect.width > (area.width * 2) / 3) continue;
    const entry = entryOf(item, names, widest);
    if (!entry) continue;
    found.push(entry);
    const nameId = entry.name?.item.id;
    if (nameId) swatchesNamed.set(nameId, (swatchesNamed.get(nameId) ?? 0) + 1);
  }
  // A name beside several swatches (a heading beside a stack of notes) names none of them.
  const entries = new Map(
    found
      .filter((entry) => !entry.name || swatchesNamed.get(entry.name.item.id) === 1)
      .map((entry) => [entry.swatch, entry]),
  );
  const swatches = [...entries.keys()];
  const bands = [
    ...clusterBands(swatches, 'x', () => 'swatch'),
    ...clusterBands(swatches, 'y', () => 'swatch'),
  ];
  return bands.flatMap((band) => {
    const lined = band.flatMap((box) => entries.get(box) ?? []);
    // A legend is drawn one way: with swatches beside names, a sticky that names itself is a note.
    const named = lined.filter((entry) => entry.name !== null);
    const inBand = named.length > 0 ? named : lined;
    const colors = new Set(inBand.map((entry) => entry.color));
    // Stickies that name themselves are a legend only when each names a lane kind (K1): else
    // they are notes of several colours that happen to line up.
    const selfNamed = named.length === 0;
    if (selfNamed && inBand.some((entry) => laneKindOf(entry.label) === 'custom')) return [];
    return inBand.length >= 2 && colors.size === inBand.length ? [legendOf(inBand)] : [];
  });
}
