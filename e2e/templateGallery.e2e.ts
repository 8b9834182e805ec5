import { describe, expect, it } from 'vitest';
import { catalog } from '../src/core/catalog/catalog.ts';
import { afterNextPaint, browserSession, openPanel, openSandbox } from './browser.ts';

const session = browserSession({ width: 1440, height: 900 });

type Box = { top: number; bottom: number; left: number; right: number };

/** What the gallery shows at a given panel width: groups, cards and their previews, in px. */
async function measureGallery(panelWidth?: number) {
  await openSandbox(session);
  if (panelWidth !== undefined)
    await session.page.addStyleTag({
      content: `.sb-panel { width: ${panelWidth}px !important; }`,
    });
  const panel = await openPanel(session);
  await panel.getByRole('list', { name: 'Worked examples' }).waitFor();
  // the previews come with the layout, which loads after the panel: wait for every card's
  await panel.waitForFunction(
    (count) => document.querySelectorAll('li:has(> svg[role="img"])').length === count,
    catalog.length,
  );
  await afterNextPaint(session.page);
  return panel.evaluate(() => {
    const box = (element: Element): Box => {
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    const cards = [...document.querySelectorAll('li:has(> svg[role="img"])')].map((card) => {
      const preview = card.querySelector('svg[role="img"]');
      if (!preview) throw new Error('a card has no preview');
      const style = getComputedStyle(card);
      const [, , frameWidth = 0, frameHeight = 0] = (preview.getAttribute('viewBox') ?? '')
        .split(' ')
        .map(Number);
      return {
        card: box(card),
        contentWidth:
          card.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        preview: box(preview),
        frameRatio: frameHeight / frameWidth,
      };
    });
    return {
      viewportHeight: window.innerHeight,
      page: {
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      },
      groups: [...document.querySelectorAll('h2')].map((heading) => heading.textContent),
      cards,
    };
  });
}

describe('the template gallery', () => {
  it('shows two whole cards at 1440×900, each preview across its card in the frame’s proportions', async () => {
    const gallery = await measureGallery();
    expect(gallery.groups).toEqual(['Map types', 'Worked examples']);
    expect(gallery.cards).toHaveLength(7);
    const [first, second] = gallery.cards;
    expect(second?.card.bottom).toBeLessThanOrEqual(gallery.viewportHeight);
    expect(first?.card.top).toBeGreaterThanOrEqual(0);
    for (const { preview, contentWidth, frameRatio } of gallery.cards) {
      const width = preview.right - preview.left;
      expect(width).toBeCloseTo(contentWidth, 0);
      expect((preview.bottom - preview.top) / width).toBeCloseTo(frameRatio, 2);
    }
  });

  it('fits a 320 px panel without sideways scrolling', async () => {
    const gallery = await measureGallery(320);
    expect(gallery.page.client).toBeLessThanOrEqual(320);
    expect(gallery.page.scroll).toBeLessThanOrEqual(gallery.page.client);
    for (const { card } of gallery.cards)
      expect(card.right).toBeLessThanOrEqual(gallery.page.client);
    expect(gallery.cards[1]?.card.bottom).toBeLessThanOrEqual(gallery.viewportHeight);
  });
});
