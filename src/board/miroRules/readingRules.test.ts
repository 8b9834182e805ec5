import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fillOf, noteColorOf, textOf, unreadableItemWarning } from './readingRules.ts';

describe('textOf', () => {
  it('reads a frame by its title', () => {
    expect(textOf({ type: 'frame', title: 'Checkout &amp; pay' })).toBe('Checkout & pay');
  });

  it('reads a card as its title, a line break and its description', () => {
    expect(textOf({ type: 'card', title: '<p>Persona</p>', description: '<p>Anna, 34</p>' })).toBe(
      'Persona\nAnna, 34',
    );
  });

  it('leaves out a card’s empty description', () => {
    expect(textOf({ type: 'card', title: 'Goal', description: '' })).toBe('Goal');
  });

  it('reads other items by their content', () => {
    expect(textOf({ type: 'sticky_note', content: '<p>one<br>two</p>' })).toBe('one\ntwo');
  });
});

describe('fillOf', () => {
  it('reads a shape’s fill as #rrggbb', () => {
    expect(fillOf({ type: 'shape', style: { fillColor: '#ABC' } })).toBe('#aabbcc');
  });

  it('reads a card’s theme', () => {
    expect(fillOf({ type: 'card', style: { cardTheme: '#2d9bf0' } })).toBe('#2d9bf0');
  });

  it('has none for a transparent text or a sticky note', () => {
    expect(fillOf({ type: 'text', style: { fillColor: 'transparent' } })).toBeNull();
    expect(fillOf({ type: 'sticky_note', style: { fillColor: 'yellow' } })).toBeNull();
  });
});

describe('noteColorOf', () => {
  it('reads a sticky note’s named colour', () => {
    expect(noteColorOf({ type: 'sticky_note', style: { fillColor: 'light_pink' } })).toBe(
      'light_pink',
    );
  });

  it('has none for a colour it does not know or another item', () => {
    expect(noteColorOf({ type: 'sticky_note', style: { fillColor: 'plaid' } })).toBeNull();
    expect(noteColorOf({ type: 'shape', style: { fillColor: 'yellow' } })).toBeNull();
  });
});

describe('unreadableItemWarning', () => {
  it('names the item, its type and what is wrong', () => {
    const error = z.object({ content: z.string() }).safeParse({ content: 1 }).error;
    if (!error) throw new Error('expected an error');
    expect(unreadableItemWarning({ id: '9', type: 'shape' }, error)).toMatchInlineSnapshot(
      `"Item 9 (shape) cannot be read (At content: Invalid input: expected string, received number); it is left out"`,
    );
  });
});
