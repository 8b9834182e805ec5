import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../core/catalog/catalog.ts';
import { boardRect } from '../../core/geometry/Rect.ts';
import { draftFromTemplate } from '../../core/catalog/draftFromTemplate.ts';
import { layoutMap } from '../../core/layout/layoutMap.ts';
import type { SummaryPlan } from '../../core/layout/BoardPlan.ts';
import { readback } from '../../core/readback/readback.ts';
import { buildReport } from '../../core/report/buildReport.ts';
import { layoutSummary } from '../../core/report/layoutSummary.ts';
import { failMethod } from '../emulator/faults.ts';
import { MiroEmulator } from '../emulator/MiroEmulator.ts';
import { BoardError } from '../port.ts';
import { MiroBoard } from './MiroBoard.ts';

const noWait = { delays: [0, 0, 0, 0, 0], sleep: async () => {} };

/** A board with one sample map on it, and the summary plan of that map. */
async function boardWithMap() {
  const template = findTemplate('example-online-grocery');
  if (!template) throw new Error('no template example-online-grocery');
  const emulator = new MiroEmulator();
  const board = new MiroBoard(emulator, { retry: noWait, spacing: 200 });
  const inserted = await board.apply(layoutMap(template, draftFromTemplate(template)));
  const report = buildReport(readback((await board.readSnapshot()).snapshot), {
    now: '2025-01-01T00:00:00.000Z',
  });
  const mapReport = report.maps[0];
  if (!mapReport) throw new Error('the sample map was not read back');
  emulator.resetStats();
  return {
    emulator,
    board,
    mapFrameId: inserted.frameId,
    plan: layoutSummary(mapReport, report.generatedAt),
  };
}

function frameRect(emulator: MiroEmulator, id: string) {
  const frame = emulator.items().find((item) => item.id === id);
  if (!frame || frame.type !== 'frame') throw new Error(`no frame ${id}`);
  return {
    left: frame.x - frame.width / 2,
    right: frame.x + frame.width / 2,
    top: frame.y - frame.height / 2,
  };
}

function connectorCount(plan: SummaryPlan): number {
  return plan.connectors.length;
}

describe('MiroBoard.addSummary on the emulator', () => {
  it('draws the summary frame right of the map, top edges level', async () => {
    const { emulator, board, mapFrameId, plan } = await boardWithMap();
    const result = await board.addSummary(plan, { frameId: mapFrameId });
    const map = frameRect(emulator, mapFrameId);
    const summary = frameRect(emulator, result.frameId);
    // 200 of spacing between the two frames
    expect(summary.left).toBe(map.right + 200);
    expect(summary.top).toBe(map.top);
    expect(emulator.items().find((item) => item.id === result.frameId)).toMatchObject({
      title: plan.title,
    });
  });

  it('draws the summary right of the area of a map with no frame, top edges level', async () => {
    const { emulator, board, plan } = await boardWithMap();
    const area = boardRect({ x: 50_000, y: 20_000, width: 3000, height: 2000 });
    const result = await board.addSummary(plan, { area });
    const summary = frameRect(emulator, result.frameId);
    // 200 of spacing right of the area's right edge at 53,000
    expect(summary.left).toBe(53_200);
    expect(summary.top).toBe(20_000);
  });

  it('puts every item in the frame and joins the curve points with connectors', async () => {
    const { emulator, board, mapFrameId, plan } = await boardWithMap();
    const result = await board.addSummary(plan, { frameId: mapFrameId });
    const children = emulator.items().filter((item) => item.parentId === result.frameId);
    expect(children).toHaveLength(plan.items.length);
    expect(
      children.filter((item) => item.type === 'shape' && item.shape === 'circle'),
    ).toHaveLength(plan.items.filter((item) => item.role === 'curvePoint').length);
    expect(connectorCount(plan)).toBeGreaterThan(0);
    const circles = new Set(
      children.filter((item) => item.type === 'shape' && item.shape === 'circle').map((c) => c.id),
    );
    const lines = emulator.connectors();
    expect(lines).toHaveLength(connectorCount(plan));
    expect(
      lines.every(
        (line) => circles.has(line.start?.item ?? '') && circles.has(line.end?.item ?? ''),
      ),
    ).toBe(true);
    // a curve, not a flow: plain line ends
    expect(
      new Set(lines.map((line) => `${line.style.startStrokeCap} ${line.style.endStrokeCap}`)),
    ).toEqual(new Set(['none none']));
    expect(result.itemCount).toBe(1 + plan.items.length + plan.connectors.length);
  });

  it('leaves the board as it was when a call fails', async () => {
    const { emulator, board, mapFrameId, plan } = await boardWithMap();
    const before = emulator.snapshot();
    // the first connector fails, once the items are drawn
    emulator.faults = failMethod('board.createConnector', {
      times: 1,
      error: new Error('Network connection lost'),
    });
    const error = await board.addSummary(plan, { frameId: mapFrameId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoardError);
    expect((error as BoardError).message).toBe(
      'The summary could not be inserted (Network connection lost). Nothing was left on the board.',
    );
    emulator.faults = undefined;
    expect(emulator.snapshot()).toEqual(before);
  });

  it('says so when the map’s frame is gone', async () => {
    const { emulator, board, plan } = await boardWithMap();
    const before = emulator.snapshot();
    await expect(board.addSummary(plan, { frameId: '404' })).rejects.toThrow(
      'The map’s frame is no longer on the board.',
    );
    expect(emulator.snapshot()).toEqual(before);
  });
});
