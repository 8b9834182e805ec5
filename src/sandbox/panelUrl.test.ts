import { describe, expect, it } from 'vitest';
import { sandboxTwin } from './panelUrl.ts';

describe('sandboxTwin', () => {
  it('opens the sandbox panel for app.html', () => {
    expect(sandboxTwin('app.html')).toBe('/sandbox-panel.html');
  });

  it('keeps the query string and the hash', () => {
    expect(sandboxTwin('/app.html?map=1#top')).toBe('/sandbox-panel.html?map=1#top');
  });

  it('leaves pages without a twin as they are', () => {
    expect(sandboxTwin('help.html')).toBe('help.html');
  });
});
