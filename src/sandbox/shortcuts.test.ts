import { describe, expect, it } from 'vitest';
import type { KeyPress } from './shortcuts.ts';
import { shortcutFor } from './shortcuts.ts';

function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers };
}

describe('shortcutFor', () => {
  it('moves the view right with the right arrow: the board slides left', () => {
    expect(shortcutFor(press('ArrowRight'))).toEqual({ kind: 'pan', dx: -80, dy: 0 });
  });

  it('moves four times as far with Shift', () => {
    expect(shortcutFor(press('ArrowUp', { shiftKey: true }))).toEqual({
      kind: 'pan',
      dx: 0,
      dy: 320,
    });
  });

  it('zooms in with + and =, out with -', () => {
    expect(shortcutFor(press('+'))).toEqual({ kind: 'zoom', factor: 1.25 });
    expect(shortcutFor(press('='))).toEqual({ kind: 'zoom', factor: 1.25 });
    expect(shortcutFor(press('-'))).toEqual({ kind: 'zoom', factor: 0.8 });
  });

  it('fits the board with 0 and with Shift+1', () => {
    expect(shortcutFor(press('0'))).toEqual({ kind: 'fit' });
    expect(shortcutFor(press('!', { shiftKey: true }))).toEqual({ kind: 'fit' });
  });

  it('undoes with Ctrl+Z and ⌘+Z, not with Ctrl+Shift+Z', () => {
    expect(shortcutFor(press('z', { ctrlKey: true }))).toEqual({ kind: 'undo' });
    expect(shortcutFor(press('Z', { metaKey: true }))).toEqual({ kind: 'undo' });
    expect(shortcutFor(press('Z', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
  });

  it('selects all with Ctrl+A', () => {
    expect(shortcutFor(press('a', { ctrlKey: true }))).toEqual({ kind: 'selectAll' });
  });

  it('deletes with Delete and Backspace', () => {
    expect(shortcutFor(press('Delete'))).toEqual({ kind: 'delete' });
    expect(shortcutFor(press('Backspace'))).toEqual({ kind: 'delete' });
  });

  it('edits with Enter and deselects with Escape', () => {
    expect(shortcutFor(press('Enter'))).toEqual({ kind: 'edit' });
    expect(shortcutFor(press('Escape'))).toEqual({ kind: 'deselect' });
  });

  it('leaves other keys alone', () => {
    expect(shortcutFor(press('a'))).toBeUndefined();
    expect(shortcutFor(press('0', { altKey: true }))).toBeUndefined();
  });
});
