import { describe, expect, it } from 'vitest';
import { forbiddenModules, SANDBOX_ONLY, type PurityChunk } from './productionPurity.ts';

const chunk = (overrides: Partial<PurityChunk> & { fileName: string }): PurityChunk => ({
  name: overrides.fileName,
  isEntry: false,
  imports: [],
  dynamicImports: [],
  moduleIds: [],
  ...overrides,
});

describe('forbiddenModules', () => {
  it('finds sandbox code a page reaches through static and dynamic imports', () => {
    const chunks = [
      chunk({ fileName: 'app.js', name: 'app', isEntry: true, imports: ['shared.js'] }),
      chunk({
        fileName: 'shared.js',
        dynamicImports: ['lazy.js'],
        moduleIds: ['/p/src/core/a.ts'],
      }),
      chunk({ fileName: 'lazy.js', moduleIds: ['/p/src/board/emulator/MiroEmulator.ts'] }),
      chunk({
        fileName: 'sandbox.js',
        name: 'sandbox',
        isEntry: true,
        moduleIds: ['/p/src/sandbox/Board.tsx'],
      }),
    ];
    expect(forbiddenModules(chunks, ['app'], SANDBOX_ONLY)).toEqual([
      'app: /p/src/board/emulator/MiroEmulator.ts',
    ]);
  });

  it('reports a page with no entry chunk', () => {
    expect(forbiddenModules([], ['index'], SANDBOX_ONLY)).toEqual(['index: no entry chunk found']);
  });
});
