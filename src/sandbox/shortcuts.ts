export type BoardAction =
  | { kind: 'pan'; dx: number; dy: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' }
  | { kind: 'selectAll' }
  | { kind: 'delete' }
  | { kind: 'undo' }
  | { kind: 'edit' }
  | { kind: 'deselect' };

export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
};

/** How far an arrow key moves the board, in CSS pixels; four times that with Shift. */
export const ARROW_STEP = 80;
export const KEY_ZOOM_FACTOR = 1.25;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/**
 * The board action a key press asks for, as on a Miro board. Arrow keys move the view the way
 * the arrow points (the board slides the other way).
 */
export function shortcutFor(press: KeyPress): BoardAction | undefined {
  const command = press.ctrlKey || press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (command) {
    if (key === 'z' && !press.shiftKey) return { kind: 'undo' };
    if (key === 'a') return { kind: 'selectAll' };
    return undefined;
  }
  if (press.altKey) return undefined;
  const arrow = ARROWS[key];
  if (arrow) {
    const step = ARROW_STEP * (press.shiftKey ? 4 : 1);
    return { kind: 'pan', dx: arrow[0] * step, dy: arrow[1] * step };
  }
  switch (key) {
    case '+':
    case '=':
      return { kind: 'zoom', factor: KEY_ZOOM_FACTOR };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / KEY_ZOOM_FACTOR };
    case '0':
      return { kind: 'fit' };
    case '!':
      return press.shiftKey ? { kind: 'fit' } : undefined;
    case 'Delete':
    case 'Backspace':
      return { kind: 'delete' };
    case 'Enter':
      return { kind: 'edit' };
    case 'Escape':
      return { kind: 'deselect' };
    default:
      return undefined;
  }
}
