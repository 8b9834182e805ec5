import { describe, expect, it } from 'vitest';
import { emotionCurveSvg } from './emotionCurveSvg.ts';

describe('emotionCurveSvg', () => {
  it('shortens a long stage name at a word boundary, its whole name kept as a tooltip', () => {
    const svg = emotionCurveSvg(
      [{ stageId: 'a', stageName: 'Unpacking and first use', score: 1 }],
      'Map',
    );
    // 16 characters at most: "Unpacking and f" would cut a word
    expect(svg).toContain('<title>Unpacking and first use</title>Unpacking and…</text>');
  });
});
