import type { TextLayout } from './wrapText.ts';

const MAX_ENTRIES = 20_000;

/**
 * Wrapped text per item, kept while the item's content, size and font size stay the same, so a
 * redraw of thousands of notes wraps none of them again.
 */
export class TextLayouts {
  private readonly layouts = new Map<string, { key: string; layout: TextLayout }>();

  get(slot: string, key: string, compute: () => TextLayout): TextLayout {
    const cached = this.layouts.get(slot);
    if (cached?.key === key) return cached.layout;
    if (this.layouts.size > MAX_ENTRIES) this.layouts.clear();
    const layout = compute();
    this.layouts.set(slot, { key, layout });
    return layout;
  }

  clear(): void {
    this.layouts.clear();
  }
}
