import { describe, expect, it } from 'vitest';
import { parseFrame, parseShape, parseStickyNote, parseText } from './itemSchemas.ts';

describe('sticky notes', () => {
  it('default to a light yellow 199×228 square', () => {
    expect(parseStickyNote({}).fields).toMatchObject({
      shape: 'square',
      width: 199,
      height: 228,
      style: { fillColor: 'light_yellow', textAlign: 'center', textAlignVertical: 'top' },
      tagIds: [],
    });
  });

  it('keep the aspect ratio from a width', () => {
    const { fields } = parseStickyNote({ width: 398 });
    expect(fields.height).toBe(456); // 398 × 228 / 199
  });

  it('keep the aspect ratio from a height', () => {
    const { fields } = parseStickyNote({ height: 114 });
    expect(fields.width).toBe(99.5); // 114 × 199 / 228
  });

  it('default to 350×228 as rectangles', () => {
    expect(parseStickyNote({ shape: 'rectangle' }).fields).toMatchObject({
      width: 350,
      height: 228,
    });
  });

  it('refuse both width and height', () => {
    expect(() => parseStickyNote({ width: 199, height: 228 })).toThrow(/At height: set width/);
  });

  it('accept each of the sixteen named colours', () => {
    expect(parseStickyNote({ style: { fillColor: 'dark_blue' } }).fields.style.fillColor).toBe(
      'dark_blue',
    );
  });

  it('refuse a hex colour', () => {
    expect(() => parseStickyNote({ style: { fillColor: '#ffff00' } })).toThrow(
      /Invalid sticky_note: At style\.fillColor/,
    );
  });

  it('refuse more than eight tags', () => {
    const tagIds = Array.from({ length: 9 }, (_, i) => `tag${i}`);
    expect(() => parseStickyNote({ tagIds })).toThrow(/At tagIds: at most 8 tags/);
  });

  it('refuse content of 6,000 characters', () => {
    expect(() => parseStickyNote({ content: 'x'.repeat(6000) })).toThrow(/At content: must be/);
  });

  it('accept content of 5,999 characters', () => {
    expect(parseStickyNote({ content: 'x'.repeat(5999) }).fields.content).toHaveLength(5999);
  });

  it('refuse a tag outside the allowed HTML subset', () => {
    expect(() => parseStickyNote({ content: '<div>a</div>' })).toThrow(/<div> is not allowed/);
  });

  it('refuse unknown props, naming them', () => {
    expect(() => parseStickyNote({ colour: 'red' })).toThrow(/colour/);
  });
});

describe('shapes', () => {
  it('accept hex colours and default to a 100×100 rectangle', () => {
    const { fields } = parseShape({ style: { fillColor: '#E6E6E6', borderWidth: 1 } });
    expect(fields).toMatchObject({ shape: 'rectangle', width: 100, height: 100 });
    expect(fields.style).toMatchObject({ fillColor: '#E6E6E6', borderWidth: 1, fontSize: 14 });
  });

  it('refuse a named colour', () => {
    expect(() => parseShape({ style: { borderColor: 'red' } })).toThrow(/At style\.borderColor/);
  });

  it('refuse a non-numeric size', () => {
    expect(() => parseShape({ style: { fontSize: '14' } })).toThrow(/At style\.fontSize/);
  });
});

describe('texts', () => {
  it('derive their height from the content', () => {
    // 300 / (0.55 × 14) → 38 characters a line; 50 characters → 2 lines × 14 × 1.4
    expect(parseText({ content: 'x'.repeat(50), width: 300 }).fields.height).toBeCloseTo(39.2);
  });
});

describe('frames', () => {
  it('refuse a height under 100', () => {
    expect(() => parseFrame({ width: 100, height: 50 })).toThrow(/Invalid frame: At height/);
  });

  it('refuse a non-hex fill colour', () => {
    expect(() => parseFrame({ style: { fillColor: 'white' } })).toThrow(/At style\.fillColor/);
  });
});

describe('positions', () => {
  it('refuse a non-finite coordinate', () => {
    expect(() => parseShape({ x: Number.POSITIVE_INFINITY })).toThrow(/At x/);
  });
});
