import { describe, expect, it } from 'vitest';
import { failAt, loseResponseAt } from '../../emulator/faults.ts';
import { FigmaEmulator, MIXED, PLUGIN_DATA_LIMIT_BYTES } from './FigmaEmulator.ts';

const solid = (r: number, g: number, b: number): SolidPaint => ({
  type: 'SOLID',
  color: { r, g, b },
});

describe('FigmaEmulator', () => {
  it('refuses sticky text before its font is loaded, takes it after', async () => {
    const figma = new FigmaEmulator();
    const sticky = figma.createSticky();
    expect(() => (sticky.text.characters = 'hi')).toThrow(/unloaded font/);
    await figma.loadFontAsync(sticky.text.fontName as FontName);
    sticky.text.characters = 'hi';
    expect(sticky.text.characters).toBe('hi');
  });

  it('throws on an unknown property of a node', () => {
    const figma = new FigmaEmulator();
    const sticky = figma.createSticky();
    expect(() => Object.assign(sticky, { isWide: true })).toThrow(/not extensible/);
    sticky.isWideWidth = true;
  });

  it('freezes fills: a new array is assigned, the old one cannot be changed', () => {
    const figma = new FigmaEmulator();
    const shape = figma.createShapeWithText();
    shape.fills = [solid(1, 0.8, 0.16)];
    expect(() => (shape.fills as Paint[]).push(solid(0, 0, 0))).toThrow(TypeError);
    expect(() => (shape.fills = [solid(255, 0, 0)])).toThrow(/between 0 and 1/);
  });

  it('reads x/y relative to the section, absoluteBoundingBox on the page', () => {
    const figma = new FigmaEmulator();
    const section = figma.createSection();
    section.x = 100;
    section.y = 50;
    const sticky = figma.createSticky();
    section.appendChild(sticky);
    sticky.x = 10;
    sticky.y = 20;
    // 100 + 10, 50 + 20; a new sticky is 240×240
    expect(sticky.absoluteBoundingBox).toEqual({ x: 110, y: 70, width: 240, height: 240 });
    expect(figma.currentPage.children).toEqual([section]);
  });

  it('refuses plugin data over 100 kB an entry', () => {
    const figma = new FigmaEmulator();
    const node = figma.createSection();
    node.setPluginData('k', 'a'.repeat(PLUGIN_DATA_LIMIT_BYTES));
    expect(() => node.setPluginData('k', 'a'.repeat(PLUGIN_DATA_LIMIT_BYTES + 1))).toThrow(
      /over 100000 bytes/,
    );
    node.setSharedPluginData('journeymapper', 'k', 'v');
    expect(node.getSharedPluginData('journeymapper', 'k')).toBe('v');
    expect(node.getPluginData('missing')).toBe('');
  });

  it('fails the chosen call; a lost response still takes effect', async () => {
    const figma = new FigmaEmulator({ faults: failAt(1) });
    figma.createSection();
    expect(() => figma.createSticky()).toThrow(/call 1/);
    expect(figma.currentPage.children).toHaveLength(1);
    figma.faults = loseResponseAt(2);
    await expect(figma.loadFontAsync({ family: 'Inter', style: 'Medium' })).rejects.toThrow();
    expect(figma.fonts.size).toBe(1);
    expect(figma.callStats().calls).toBe(3);
  });

  it('finds removed nodes no more', async () => {
    const figma = new FigmaEmulator();
    const section = figma.createSection();
    const sticky = figma.createSticky();
    section.appendChild(sticky);
    section.remove();
    expect(figma.currentPage.findAllWithCriteria({ types: ['STICKY'] })).toEqual([]);
    expect(await figma.getNodeByIdAsync(sticky.id)).toBeNull();
  });
});

describe('FigmaEmulator viewport', () => {
  it('remembers the nodes last brought into view', () => {
    const figma = new FigmaEmulator();
    const section = figma.createSection();
    figma.viewport.scrollAndZoomIntoView([section]);
    expect(figma.viewport.inView).toEqual([section.id]);
    expect(figma.callStats().calls).toBe(1);
  });
});

describe('FigmaEmulator text ranges', () => {
  it('refuses a range font before it is loaded, reads it back after', async () => {
    const figma = new FigmaEmulator();
    const bold = { family: 'Inter', style: 'Bold' };
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
    const shape = figma.createShapeWithText();
    shape.text.characters = 'Name: Ada';
    expect(() => shape.text.setRangeFontName(0, 5, bold)).toThrow(/unloaded font "Inter Bold"/);
    await figma.loadFontAsync(bold);
    shape.text.setRangeFontName(0, 5, bold);
    expect(shape.text.getRangeFontName(0, 5)).toEqual(bold);
    expect(shape.text.getRangeFontName(0, 9)).toBe(MIXED);
    expect(() => shape.text.setRangeFontName(0, 10, bold)).toThrow(/within the 9 characters/);
  });

  it('refuses a font size before the font is loaded', async () => {
    const figma = new FigmaEmulator();
    const text = figma.createText();
    expect(() => (text.fontSize = 24)).toThrow(/in set_fontSize: .*unloaded font/);
    await figma.loadFontAsync(text.fontName as FontName);
    text.fontSize = 24;
    expect(text.fontSize).toBe(24);
  });
});
