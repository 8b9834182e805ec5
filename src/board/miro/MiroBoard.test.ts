import { describe, expect, it } from 'vitest';
import { catalog, findTemplate } from '../../core/catalog/catalog.ts';
import { draftFromTemplate } from '../../core/catalog/draftFromTemplate.ts';
import type { BoardPlan, PlanItem } from '../../core/layout/BoardPlan.ts';
import { layoutMap } from '../../core/layout/layoutMap.ts';
import { rectAround, rectsOverlap } from '../../core/geometry/Rect.ts';
import { LANDING_MARGIN, LANDING_WIDTH } from '../../core/layout/landingArea.ts';
import { failAt, RATE_LIMIT_MESSAGE, rateLimitAt } from '../emulator/faults.ts';
import { MiroEmulator, type EmulatorItemState } from '../emulator/MiroEmulator.ts';
import { BoardError, type Progress } from '../port.ts';
import { METADATA_KEY } from '../appKeys.ts';
import { MiroBoard } from './MiroBoard.ts';
import { linesToHtml, noteTextToHtml } from '../../core/text/textToHtml.ts';

const noWait = { delays: [0, 0, 0, 0, 0], sleep: async () => {} };

function planFor(templateId: string): BoardPlan {
  const template = findTemplate(templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  return layoutMap(template, draftFromTemplate(template));
}

function expectedContent(item: PlanItem): string {
  return item.kind === 'note' ? noteTextToHtml(item.text) : linesToHtml(item.lines);
}

const TYPE_OF = { shape: 'shape', text: 'text', note: 'sticky_note' } as const;

/** What the board holds for a plan item: type, frame-relative centre, content. */
function signature(item: EmulatorItemState): string {
  const content = 'content' in item ? item.content : '';
  return `${item.type} ${item.x.toFixed(1)},${item.y.toFixed(1)} ${content}`;
}

function planSignature(item: PlanItem): string {
  const x = item.rect.x + item.rect.width / 2;
  const y = item.rect.y + item.rect.height / 2;
  return `${TYPE_OF[item.kind]} ${x.toFixed(1)},${y.toFixed(1)} ${expectedContent(item)}`;
}

async function insert(plan: BoardPlan, emulator = new MiroEmulator()) {
  const board = new MiroBoard(emulator, { retry: noWait });
  const result = await board.apply(plan);
  return { emulator, result };
}

describe('MiroBoard.apply on the emulator', () => {
  it.each(catalog.map((template) => template.id))(
    'draws %s completely inside one frame',
    async (id) => {
      const plan = planFor(id);
      const { emulator, result } = await insert(plan);
      const items = emulator.items();
      const frame = items.find((item) => item.id === result.frameId);
      expect(frame).toMatchObject({
        type: 'frame',
        // the map's title shows once, in its title item
        title: '',
        width: plan.frame.width,
        height: plan.frame.height,
      });
      const children = items.filter((item) => item.id !== result.frameId);
      expect(
        children.every(
          (item) => item.parentId === result.frameId && item.relativeTo === 'parent_top_left',
        ),
      ).toBe(true);
      expect(children.map(signature).sort()).toEqual(plan.items.map(planSignature).sort());
      expect(result.itemCount).toBe(plan.items.length + 1);
    },
  );

  it('gives sample notes their colour and size', async () => {
    const plan = planFor('example-online-grocery');
    const { emulator } = await insert(plan);
    const notes = emulator.items().filter((item) => item.type === 'sticky_note');
    const planned = plan.items.filter((item) => item.kind === 'note');
    expect(notes).toHaveLength(planned.length);
    const colours = (list: string[]) => list.sort().join(',');
    expect(
      colours(notes.map((note) => (note.type === 'sticky_note' ? note.style.fillColor : ''))),
    ).toBe(colours(planned.map((note) => (note.kind === 'note' ? note.color : ''))));
  });

  it('writes nothing in board app data', async () => {
    const emulator = new MiroEmulator();
    for (const template of catalog) await insert(planFor(template.id), emulator);
    expect(emulator.snapshot().appData).toEqual({});
  });

  it('records on the title, persona, stage headers and lane labels, keyed by the title', async () => {
    const plan = planFor('current-state');
    const { emulator } = await insert(plan);
    const items = emulator.items();
    const records = items.flatMap((item) => item.metadata[METADATA_KEY] ?? []);
    expect(records).toHaveLength(1 + 1 + 6 + 6); // title, persona, 6 stages, 6 lanes
    const title = items.find((item) => item.type === 'text' && item.content.includes('journey'));
    expect(title?.metadata[METADATA_KEY]).toEqual({
      v: 2,
      role: 'title',
      map: title?.id,
      template: 'current-state',
      version: 1,
    });
    expect(records).toContainEqual({
      v: 2,
      role: 'stage',
      map: title?.id,
      id: 'awareness',
      order: 0,
    });
    expect(records).toContainEqual({
      v: 2,
      role: 'lane',
      map: title?.id,
      id: 'emotions',
      kind: 'emotions',
      order: 3,
    });
  });

  it('keeps every record of every template within Miro’s 256 bytes, even with 64-letter ids', async () => {
    const emulator = new MiroEmulator();
    const long = 'x'.repeat(64);
    for (const template of catalog) {
      const draft = draftFromTemplate(template);
      const plan = layoutMap(
        { ...template, id: long },
        {
          ...draft,
          templateId: long,
          stages: draft.stages.map((stage, index) => ({
            ...stage,
            id: `${index}${long}`.slice(0, 64),
          })),
          lanes: draft.lanes.map((lane, index) => ({
            ...lane,
            id: `${index}${long}`.slice(0, 64),
          })),
        },
      );
      await insert(plan, emulator);
    }
    const sizes = emulator
      .items()
      .map((item) => new TextEncoder().encode(JSON.stringify(item.metadata)).length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(256);
  });

  it('puts maps inserted one after another in a row, an even gap apart, and lands on the new one', async () => {
    const plan = planFor('current-state');
    const { emulator, result: first } = await insert(plan);
    const { result: second } = await insert(plan, emulator);
    const { result: third } = await insert(plan, emulator);
    const rectOf = (id: string) => {
      const frame = emulator.items().find((item) => item.id === id);
      if (!frame || frame.type !== 'frame') throw new Error('missing frame');
      return rectAround(frame, frame);
    };
    const [a, b, c] = [first, second, third].map((map) => rectOf(map.frameId));
    if (!a || !b || !c) throw new Error('missing frames');
    expect(rectsOverlap(a, b) || rectsOverlap(b, c)).toBe(false);
    expect([b.x - (a.x + a.width), c.x - (b.x + b.width)]).toEqual([200, 200]);
    expect([b.y, c.y]).toEqual([a.y, a.y]);
    // the view shows the new map's top-left part: its label column and first stages
    const view = emulator.viewport;
    expect([view.x, view.y]).toEqual([c.x - LANDING_MARGIN, c.y - LANDING_MARGIN]);
    expect(view.width).toBe(LANDING_WIDTH);
  });

  it('puts a map near the view, not beside a map, when the view is on no map', async () => {
    const plan = planFor('current-state');
    const { emulator, result: first } = await insert(plan);
    const frame = emulator.items().find((item) => item.id === first.frameId);
    if (!frame || frame.type !== 'frame') throw new Error('missing frame');
    emulator.user.setViewport({ x: frame.x, y: frame.y + 20_000, width: 2000, height: 1200 });
    const { result: second } = await insert(plan, emulator);
    const placed = emulator.items().find((item) => item.id === second.frameId);
    expect(placed && Math.abs(placed.y - (frame.y + 20_600))).toBeLessThan(plan.frame.height);
  });

  it('reports progress from 0 to the end, one step at a time', async () => {
    const plan = planFor('current-state');
    const seen: Progress[] = [];
    const board = new MiroBoard(new MiroEmulator(), { retry: noWait });
    await board.apply(plan, { onProgress: (progress) => seen.push(progress) });
    // 35 items (28, a photo and 6 prompts) + 14 records + the frame
    expect(seen.map((p) => p.done)).toEqual(Array.from({ length: 51 }, (_, i) => i));
    expect(seen.every((p) => p.total === 50)).toBe(true);
  });

  it('never has more calls in flight than its concurrency', async () => {
    let inFlight = 0;
    let peak = 0;
    const emulator = new MiroEmulator({
      latencyMs: 1,
      sleep: async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
      },
    });
    await new MiroBoard(emulator, { concurrency: 4, retry: noWait }).apply(
      planFor('current-state'),
    );
    expect(peak).toBe(4);
  });
});

describe('MiroBoard.apply when calls fail', () => {
  const plan = planFor('example-car-service');

  async function boardWithEarlierWork() {
    const emulator = new MiroEmulator();
    await emulator.board.createStickyNote({ content: '<p>Earlier idea</p>', x: 0, y: 0 });
    await emulator.board.setAppData('other', { kept: true });
    emulator.resetStats();
    return emulator;
  }

  it('says so in plain words', async () => {
    const emulator = await boardWithEarlierWork();
    emulator.faults = failAt(10, new Error('Invalid content'));
    const error = await new MiroBoard(emulator, { retry: noWait })
      .apply(plan)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoardError);
    expect((error as BoardError).reason).toBe('failed');
  });

  it('survives rate-limit errors by waiting and retrying', async () => {
    const emulator = await boardWithEarlierWork();
    // calls 0 and 1 (the view, the frames) go together: 0, 2 and 3 are the view's three tries
    emulator.faults = rateLimitAt([0, 2, 3, 20, 21, 22, 60]);
    const waits: number[] = [];
    const board = new MiroBoard(emulator, { retry: { sleep: async (ms) => void waits.push(ms) } });
    const result = await board.apply(plan);
    const children = emulator.items().filter((item) => item.parentId === result.frameId);
    expect(children).toHaveLength(plan.items.length);
    expect(waits).toHaveLength(7);
    expect(waits.slice(0, 3)).toEqual([1000, 2000, 4000]); // the first call, rejected three times
  });

  // Miro documents no text for its rate-limit error: each wording must be waited out.
  it.each([
    'API rate limit exceeded. Please retry later.',
    'Too Many Requests',
    'You have used all your credits for this minute',
    'Request failed with status code 429',
    'Rate limited: try again later',
  ])('waits out a rate limit worded "%s" and retries only the refused call', async (message) => {
    const clean = await boardWithEarlierWork();
    await new MiroBoard(clean, { retry: noWait }).apply(plan);
    const cleanCalls = clean.stats.byMethod;
    const emulator = await boardWithEarlierWork();
    const limited = rateLimitAt([5, 6, 30], message);
    const refused: string[] = [];
    emulator.faults = (call) => {
      const fault = limited(call);
      if (fault) refused.push(call.method);
      return fault;
    };
    const result = await new MiroBoard(emulator, { retry: noWait }).apply(plan);
    const children = emulator.items().filter((item) => item.parentId === result.frameId);
    expect(children).toHaveLength(plan.items.length);
    // three refusals, three more calls, of the very methods refused: nothing else is repeated
    expect(emulator.stats.calls).toBe(clean.stats.calls + 3);
    const extra = Object.entries(emulator.stats.byMethod).flatMap(([method, count]) =>
      Array.from({ length: count - (cleanCalls[method] ?? 0) }, () => method),
    );
    expect(extra.sort()).toEqual(refused.sort());
  });

  it('waits out the credit limit of a busy minute', async () => {
    let now = 0;
    const emulator = new MiroEmulator({
      clock: { now: () => now },
      limits: { creditsPerMinute: 50 * 20 }, // 20 calls a minute
    });
    const board = new MiroBoard(emulator, {
      retry: { delays: Array(30).fill(10_000), sleep: async (ms) => void (now += ms) },
    });
    const result = await board.apply(plan);
    expect(emulator.items().filter((item) => item.parentId === result.frameId)).toHaveLength(
      plan.items.length,
    );
    expect(now).toBeGreaterThanOrEqual(60_000);
  });

  it('gives up on a rate limit that does not end, and cleans up', async () => {
    const emulator = await boardWithEarlierWork();
    const before = emulator.snapshot();
    // every item after the first few is refused for credits; removing and looking are not
    emulator.faults = ({ index, method }) =>
      index >= 5 && method.startsWith('board.create') ? new Error(RATE_LIMIT_MESSAGE) : undefined;
    const error = await new MiroBoard(emulator, {
      retry: { delays: [0, 0], sleep: async () => {} },
    })
      .apply(plan)
      .catch((e: unknown) => e);
    expect((error as BoardError).reason).toBe('rateLimited');
    expect((error as BoardError).message).toMatch(
      /too many requests.*Nothing was left on the board/,
    );
    emulator.faults = undefined;
    expect(emulator.snapshot()).toEqual(before);
  });
});

describe('MiroBoard.apply whichever way Miro takes createFrame({ childrenIds })', () => {
  it.each(['attach', 'ignore', 'reject'] as const)(
    'puts every item in the frame when Miro would %s them',
    async (mode) => {
      const plan = planFor('current-state');
      const emulator = new MiroEmulator({ createFrameChildren: mode });
      const board = new MiroBoard(emulator, { retry: noWait });
      for (let insert = 0; insert < 2; insert++) {
        emulator.resetStats();
        const { frameId } = await board.apply(plan);
        const children = emulator.items().filter((item) => item.parentId === frameId);
        expect(children).toHaveLength(plan.items.length);
        expect(emulator.items().filter((item) => item.type === 'frame')).toHaveLength(insert + 1);
      }
      // the second insert knows: attach needs no frame.add; otherwise one per child, and no
      // second try with childrenIds
      expect(emulator.stats.byMethod['frame.add'] ?? 0).toBe(mode === 'attach' ? 0 : 35);
      expect(emulator.stats.byMethod['board.createFrame']).toBe(1);
    },
  );
});
