import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MIRO_SDK_SCRIPT,
  SANDBOX_SDK_SCRIPT,
  SANDBOX_TWINS,
  toSandboxTwin,
} from './sandboxTwins.ts';

describe('toSandboxTwin', () => {
  it.each(Object.values(SANDBOX_TWINS))(
    'gives %s the sandbox SDK and changes nothing else',
    (page) => {
      const html = readFileSync(new URL(`../${page}`, import.meta.url), 'utf8');
      const twin = toSandboxTwin(html, page);
      expect(twin).not.toContain(MIRO_SDK_SCRIPT);
      expect(twin.replace(SANDBOX_SDK_SCRIPT, MIRO_SDK_SCRIPT)).toBe(html);
    },
  );

  it('refuses a page that does not load the SDK', () => {
    expect(() => toSandboxTwin('<html></html>', 'x.html')).toThrow(
      "x.html does not load Miro's SDK script",
    );
  });
});
