import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EmulatorState } from './EmulatorState.ts';
import { MiroEmulator } from './MiroEmulator.ts';
import { parseEmulatorState } from './parseEmulatorState.ts';
import { STICKY_NOTE_COLORS } from '../miroRules/limits.ts';

const T0 = Date.UTC(2024, 4, 14, 9, 31, 2);

/** A frame with a note inside, a loose card, a tag on the note, a connector between them. */
async function sampleState(): Promise<EmulatorState> {
  const miro = new MiroEmulator({ clock: { now: () => T0 } });
  const { board, user } = miro;
  await board.createFrame({ x: 200, y: 200, width: 400, height: 400 });
  const tag = await board.createTag({ title: 'Idea', color: 'cyan' });
  const note = user.addStickyNote({ x: 100, y: 100, content: '<p>Slow</p>' });
  const card = await board.createCard({ x: 800, y: 0, tagIds: [tag.id] });
  await board.createConnector({ start: { item: note }, end: { item: card.id } });
  await board.setAppData('maps', [{ id: 'm1' }]);
  return miro.exportState();
}

/** The error for the sample state after `breakIt` changes its JSON. */
async function errorOf(breakIt: (state: EmulatorState) => void): Promise<string> {
  const state = await sampleState();
  breakIt(state);
  const result = parseEmulatorState(JSON.parse(JSON.stringify(state)));
  if (result.ok) throw new Error('expected the state to be rejected');
  return result.error.message;
}

type Op =
  | { op: 'frame'; x: number; y: number; width: number; height: number }
  | { op: 'note'; x: number; y: number; color: string; content: string }
  | { op: 'card'; x: number; y: number; tagged: boolean }
  | { op: 'tag'; title: string }
  | { op: 'connect'; from: number; to: number }
  | { op: 'move'; index: number; dx: number; dy: number }
  | { op: 'delete'; index: number }
  | { op: 'metadata'; index: number; value: string }
  | { op: 'appData'; value: number };

const coordinate = fc.integer({ min: -500, max: 500 });
const index = fc.nat(30);
const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('frame'),
      x: coordinate,
      y: coordinate,
      width: fc.integer({ min: 100, max: 1200 }),
      height: fc.integer({ min: 100, max: 1200 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('note'),
      x: coordinate,
      y: coordinate,
      color: fc.constantFrom(...STICKY_NOTE_COLORS),
      content: fc.string({ maxLength: 20 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('card'),
      x: coordinate,
      y: coordinate,
      tagged: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('tag'),
      title: fc.string({ minLength: 1, maxLength: 5 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('connect'), from: index, to: index }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('move'), index, dx: coordinate, dy: coordinate }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete'), index }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('metadata'),
      index,
      value: fc.string({ maxLength: 10 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('appData'), value: fc.integer() }) },
);

/** Applies the operations through the SDK and the user; refused ones are skipped. */
async function buildBoard(ops: Op[]): Promise<MiroEmulator> {
  const miro = new MiroEmulator({ clock: { now: () => T0 } });
  const { board, user } = miro;
  const itemAt = (i: number) => {
    const items = miro.items();
    return items[i % Math.max(1, items.length)];
  };
  for (const op of ops) {
    const target = 'index' in op ? itemAt(op.index) : undefined;
    try {
      if (op.op === 'frame')
        await board.createFrame({ x: op.x, y: op.y, width: op.width, height: op.height });
      if (op.op === 'note')
        user.addStickyNote({ x: op.x, y: op.y, color: op.color, content: op.content });
      if (op.op === 'card')
        await board.createCard({
          x: op.x,
          y: op.y,
          tagIds: op.tagged ? [miro.tags()[0]?.id ?? '0'] : [],
        });
      if (op.op === 'tag') await board.createTag({ title: op.title });
      if (op.op === 'connect') {
        const [from, to] = [itemAt(op.from), itemAt(op.to)];
        if (from && to)
          await board.createConnector({ start: { item: from.id }, end: { item: to.id } });
      }
      if (op.op === 'move' && target) user.moveItems([target.id], op.dx, op.dy);
      if (op.op === 'delete' && target) user.deleteItems([target.id]);
      if (op.op === 'metadata' && target && target.type !== 'frame') {
        const view = await board.getById(target.id);
        if ('setMetadata' in view) await view.setMetadata('k', op.value);
      }
      if (op.op === 'appData') await board.setAppData('k', op.value);
    } catch {
      // an operation the board refuses leaves it unchanged
    }
  }
  return miro;
}

describe('parseEmulatorState', () => {
  it('accepts exported boards, and replaceState reproduces them exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArbitrary, { minLength: 5, maxLength: 30 }), async (ops) => {
        const state = (await buildBoard(ops)).exportState();
        const parsed = parseEmulatorState(JSON.parse(JSON.stringify(state)));
        expect(parsed).toEqual({ ok: true, value: state, warnings: [] });
        if (!parsed.ok) return;
        const copy = new MiroEmulator();
        copy.replaceState(parsed.value);
        expect(copy.exportState()).toEqual(state);
        expect(new MiroEmulator({ state: parsed.value }).exportState()).toEqual(state);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects what is not a board state', () => {
    const result = parseEmulatorState('board');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatchInlineSnapshot(
      `"Invalid board state: Invalid input: expected object, received string"`,
    );
  });

  it('names the path of a bad field', async () => {
    const error = await errorOf((state) => {
      const note = state.items[1];
      if (note?.type === 'sticky_note') note.style = { ...note.style, fillColor: 'teal' as 'red' };
    });
    expect(error).toMatch(/^Invalid board state: At items\.1\.style\.fillColor: Invalid option/);
  });

  it('rejects a parent that is not a frame', async () => {
    expect(
      await errorOf((state) =>
        Object.assign(state.items[2] ?? {}, { parentId: state.items[1]?.id }),
      ),
    ).toMatchInlineSnapshot(
      `"Invalid board state: At items.2.parentId: 3458764500000000003 is not a frame on the board"`,
    );
  });

  it('rejects children a frame does not list', async () => {
    expect(
      await errorOf((state) => Object.assign(state.items[0] ?? {}, { childrenIds: [] })),
    ).toMatchInlineSnapshot(
      `"Invalid board state: At items.1.parentId: frame 3458764500000000001 does not list it as a child"`,
    );
  });

  it('rejects a connector to a missing item', async () => {
    expect(
      await errorOf((state) => Object.assign(state.connectors[0] ?? {}, { end: { item: '7' } })),
    ).toMatchInlineSnapshot(
      `"Invalid board state: At connectors.0.end.item: item 7 does not exist"`,
    );
  });

  it('rejects an unknown tag', async () => {
    expect(await errorOf((state) => (state.tags = []))).toMatchInlineSnapshot(
      `"Invalid board state: At items.2.tagIds.0: tag 3458764500000000002 does not exist"`,
    );
  });

  it('rejects a nextId that could hand out an existing id', async () => {
    expect(await errorOf((state) => (state.nextId = '3458764500000000003'))).toMatchInlineSnapshot(
      `"Invalid board state: At nextId: must be greater than every numeric id (found 3458764500000000003)"`,
    );
  });

  it('rejects an id used twice', async () => {
    expect(
      await errorOf((state) => Object.assign(state.tags[0] ?? {}, { id: state.items[0]?.id })),
    ).toMatchInlineSnapshot(
      `"Invalid board state: At tags.0.id: 3458764500000000001 is also the id at items.0; At items.2.tagIds.0: tag 3458764500000000002 does not exist"`,
    );
  });

  it('rejects an unknown key', async () => {
    expect(
      await errorOf((state) => Object.assign(state.items[0] ?? {}, { rotation: 0 })),
    ).toMatchInlineSnapshot(`"Invalid board state: At items.0: Unrecognized key: "rotation""`);
  });
});
