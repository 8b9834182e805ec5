import { useLayoutEffect, useRef } from 'react';

/**
 * Asks for focus to move, after the next render, to the first of the given element ids that is
 * on the page and enabled — so a moved, removed or added row keeps keyboard users in place.
 */
export function useFocusAfterRender(): (ids: readonly string[]) => void {
  const pending = useRef<readonly string[] | null>(null);
  useLayoutEffect(() => {
    const ids = pending.current;
    if (!ids) return;
    pending.current = null;
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
        element.focus();
        return;
      }
    }
  });
  return (ids) => {
    pending.current = ids;
  };
}
