// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

describe('headless page', () => {
  it('shows how to install the app when opened outside Miro', async () => {
    document.body.innerHTML = '<p id="outside-miro" hidden>Journey Mapper runs inside Miro</p>';
    await import('./headless.ts');
    expect(document.getElementById('outside-miro')?.hidden).toBe(false);
  });
});
