import { describe, expect, it } from 'vitest';
import { htmlProblem } from './htmlProblem.ts';

describe('htmlProblem', () => {
  it('accepts the allowed tags with attributes', () => {
    expect(htmlProblem('<p><a href="https://x.y">a</a> <b>b</b><br/><s>s</s></p>')).toBeUndefined();
  });

  it('names a tag that is not allowed', () => {
    expect(htmlProblem('<p><span>a</span></p>')).toMatch(/^tag <span> is not allowed/);
  });

  it('ignores a lone angle bracket in text', () => {
    expect(htmlProblem('1 < 2')).toBeUndefined();
  });
});
