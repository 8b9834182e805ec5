import { describe, expect, it } from 'vitest';
import { MiroEmulator } from '../board/emulator/MiroEmulator.ts';
import { failAt } from '../board/emulator/faults.ts';
import { FigJamBoard } from '../board/figjam/FigJamBoard.ts';
import { FigmaEmulator } from '../board/figjam/emulator/FigmaEmulator.ts';
import { MiroBoard } from '../board/miro/MiroBoard.ts';
import { BoardError, type Board } from '../board/port.ts';
import { catalog } from '../core/catalog/catalog.ts';
import { draftFromTemplate } from '../core/catalog/draftFromTemplate.ts';
import type { Template } from '../core/model/template.schema.ts';
import { insertMap } from './insertMap.ts';
import { readReport } from './readReport.ts';

const NOW = '2026-12-01T00:00:00.000Z';

function templateOf(id: string): Template {
  const template = catalog.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
}

/** The map read back in domain words: what a person sees of it, whichever board it is on. */
async function mapOnBoard(board: Board, template: Template) {
  const { frameId } = await insertMap(board, template, draftFromTemplate(template));
  const { reading } = await readReport(board, { now: NOW });
  const map = reading.maps.find((candidate) => candidate.id === frameId);
  if (!map) throw new Error(`map ${frameId} not read back`);
  const stageName = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const laneName = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
  return {
    title: map.title,
    structure: map.structure,
    stages: map.stages.map((stage) => stage.name),
    lanes: map.lanes.map((lane) => [lane.name, lane.kind]),
    notes: map.notes
      .map((note) =>
        [stageName.get(note.stageId), laneName.get(note.laneId), note.text].join(' / '),
      )
      .sort(),
    unplaced: map.unplaced,
  };
}

describe('every template through FigJamBoard on the figma emulator', () => {
  const figma = new FigmaEmulator();
  const figJam = new FigJamBoard(figma);
  const miro = new MiroBoard(new MiroEmulator(), { retry: { delays: [], sleep: async () => {} } });

  it.each(catalog.map((template) => template.id))(
    '%s reads back as the same map as on Miro',
    async (id) => {
      const template = templateOf(id);
      const onFigJam = await mapOnBoard(figJam, template);
      expect(onFigJam.structure).toBe('app');
      expect(onFigJam.unplaced).toEqual([]);
      expect(onFigJam).toEqual(await mapOnBoard(miro, template));
    },
  );

  it('puts each new section right of the others, none overlapping', () => {
    const boxes = figma.currentPage
      .findAllWithCriteria({ types: ['SECTION'] })
      .map((section) => section.absoluteBoundingBox);
    expect(boxes.length).toBe(catalog.length);
    boxes.forEach((box, index) => {
      const before = boxes[index - 1];
      if (box && before) expect(box.x).toBeGreaterThan(before.x + before.width);
    });
  });
});

describe('FigJamBoard.apply', () => {
  const template = templateOf(catalog[0]?.id ?? '');

  it('places the first section at the origin and brings it into view', async () => {
    const figma = new FigmaEmulator();
    const { frameId } = await insertMap(
      new FigJamBoard(figma),
      template,
      draftFromTemplate(template),
    );
    const [section] = figma.currentPage.children;
    expect(section?.id).toBe(frameId);
    expect([section?.x, section?.y]).toEqual([0, 0]);
    expect(figma.viewport.inView).toEqual([frameId]);
  });

  it('loads every font at once before any text: the emulator refuses text otherwise', async () => {
    const figma = new FigmaEmulator();
    const load = figma.loadFontAsync.bind(figma);
    let inFlight = 0;
    let most = 0;
    figma.loadFontAsync = async (font) => {
      most = Math.max(most, ++inFlight);
      await load(font).finally(() => inFlight--);
    };
    await insertMap(new FigJamBoard(figma), template, draftFromTemplate(template));
    // Inter Medium for every text, Inter Bold for the strong lane labels: two loads, together
    expect(figma.callStats().byMethod['loadFontAsync']).toBe(2);
    expect(most).toBe(2);
  });

  it('reports progress up to the whole', async () => {
    const seen: number[] = [];
    let whole = 0;
    await insertMap(new FigJamBoard(new FigmaEmulator()), template, draftFromTemplate(template), {
      onProgress: ({ done, total }) => {
        seen.push(done);
        whole = total;
      },
    });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(whole);
  });

  it('fails at any call of an insert, leaving the page as it was, with a BoardError', async () => {
    const probe = new FigmaEmulator();
    await insertMap(new FigJamBoard(probe), template, draftFromTemplate(template));
    const calls = probe.callStats().calls;
    expect(calls).toBeGreaterThan(2);
    for (let index = 0; index < calls; index++) {
      const figma = new FigmaEmulator();
      const board = new FigJamBoard(figma);
      const other = templateOf(catalog[1]?.id ?? '');
      await insertMap(board, other, draftFromTemplate(other));
      const before = figma.currentPage.findAllWithCriteria({
        types: ['SECTION', 'STICKY', 'SHAPE_WITH_TEXT', 'TEXT'],
      });
      const offset = figma.callStats().calls;
      figma.faults = failAt(offset + index);
      const error: unknown = await insertMap(board, template, draftFromTemplate(template)).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(BoardError);
      expect((error as BoardError).message).toMatch(
        /^The map could not be inserted.*Nothing was left on the board\.$/,
      );
      expect(
        figma.currentPage.findAllWithCriteria({
          types: ['SECTION', 'STICKY', 'SHAPE_WITH_TEXT', 'TEXT'],
        }),
      ).toEqual(before);
    }
  });
});
