import type { JourneyMap, Note } from '../../model/journey.schema.ts';
import { LANE_KIND_NOTE_COLORS } from '../../model/laneKind.ts';
import { NOTE_COLOR_HEX } from '../../model/noteColor.ts';
import { textColorOn } from '../../model/noteInk.ts';
import { escapeHtml } from '../../text/htmlEntities.ts';

/** SVG units: the picture's width, the lane-label column, the stage-header row. */
const WIDTH = 880;
const LABEL_WIDTH = 120;
const HEADER_HEIGHT = 32;
const NOTE_HEIGHT = 18;
const NOTE_GAP = 4;
const PADDING = 4;
/** Notes drawn in one cell; the rest are counted in a last line. */
const NOTES_PER_CELL = 6;
/** About how wide a character of the 10-unit note text is. */
const CHARACTER_WIDTH = 5.5;

/** At most `characters` characters, cut at a word boundary where there is one, "…" when cut. */
export function shortenAtWord(text: string, characters: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  if (chars.length <= characters) return flat;
  const head = chars.slice(0, Math.max(characters - 1, 1)).join('');
  const space = head.lastIndexOf(' ');
  return `${space > head.length / 2 ? head.slice(0, space) : head}…`;
}

/**
 * A picture of the map as inline SVG: stages across, lanes down, each note a chip in its cell in
 * its sticky colour (the lane kind's usual colour when the board gives none), its text shortened
 * with the whole text as a tooltip. Texts are escaped; colours come from the named palette only.
 */
export function mapGridSvg(map: JourneyMap, title: string): string {
  const stageCount = Math.max(map.stages.length, 1);
  const column = (WIDTH - LABEL_WIDTH) / stageCount;
  const characters = Math.max(Math.floor((column - 2 * PADDING - 8) / CHARACTER_WIDTH), 4);
  const cells = new Map<string, Note[]>();
  for (const note of map.notes) {
    if (note.text.trim() === '') continue;
    const key = `${note.stageId}\u0000${note.laneId}`;
    cells.set(key, [...(cells.get(key) ?? []), note]);
  }
  const drawnIn = (count: number) => (count > NOTES_PER_CELL ? NOTES_PER_CELL + 1 : count);
  const parts: string[] = map.stages.map((stage, index) => {
    const x = round(LABEL_WIDTH + column * (index + 0.5));
    return `<text class="stage" x="${x}" y="${HEADER_HEIGHT - 10}" text-anchor="middle"><title>${escapeHtml(stage.name)}</title>${escapeHtml(shortenAtWord(stage.name, characters + 2))}</text>`;
  });
  let y = HEADER_HEIGHT;
  for (const lane of map.lanes) {
    const counts = map.stages.map((stage) => cells.get(`${stage.id}\u0000${lane.id}`)?.length ?? 0);
    const lines = Math.max(1, ...counts.map(drawnIn));
    const height = lines * (NOTE_HEIGHT + NOTE_GAP) - NOTE_GAP + 2 * PADDING;
    parts.push(
      `<rect class="lane" x="0" y="${y}" width="${WIDTH}" height="${height}"/>`,
      `<text class="lane-name" x="8" y="${y + PADDING + 13}"><title>${escapeHtml(lane.name)}</title>${escapeHtml(shortenAtWord(lane.name, 20))}</text>`,
    );
    const fill = (note: Note) => NOTE_COLOR_HEX[note.color ?? LANE_KIND_NOTE_COLORS[lane.kind]];
    map.stages.forEach((stage, index) => {
      const notes = cells.get(`${stage.id}\u0000${lane.id}`) ?? [];
      const x = round(LABEL_WIDTH + column * index + PADDING);
      const width = round(column - 2 * PADDING);
      notes.slice(0, NOTES_PER_CELL).forEach((note, line) => {
        const top = y + PADDING + line * (NOTE_HEIGHT + NOTE_GAP);
        parts.push(
          `<rect class="note" x="${x}" y="${top}" width="${width}" height="${NOTE_HEIGHT}" rx="2" fill="${fill(note)}"/>` +
            `<text class="note-text" x="${x + 4}" y="${top + 13}" fill="${textColorOn(fill(note))}"><title>${escapeHtml(note.text.trim())}</title>${escapeHtml(shortenAtWord(note.text, characters))}</text>`,
        );
      });
      if (notes.length > NOTES_PER_CELL) {
        const top = y + PADDING + NOTES_PER_CELL * (NOTE_HEIGHT + NOTE_GAP);
        parts.push(
          `<text class="more" x="${x + 4}" y="${top + 13}">+${notes.length - NOTES_PER_CELL} more</text>`,
        );
      }
    });
    y += height;
  }
  const columns = map.stages.map((_, index) => {
    const x = round(LABEL_WIDTH + column * index);
    return `<line class="column" x1="${x}" x2="${x}" y1="0" y2="${y}"/>`;
  });
  return [
    `<svg class="map-grid" viewBox="0 0 ${WIDTH} ${y}" role="img" aria-label="${escapeHtml(`The map ${title}: stages across, lanes down, each note in its colour`)}" xmlns="http://www.w3.org/2000/svg">`,
    ...parts,
    ...columns,
    '</svg>',
  ].join('\n');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
