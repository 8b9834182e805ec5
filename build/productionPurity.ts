import type { Plugin } from 'vite';

/** The part of a bundler output chunk the check needs. */
export type PurityChunk = {
  fileName: string;
  name: string;
  isEntry: boolean;
  imports: readonly string[];
  dynamicImports: readonly string[];
  moduleIds: readonly string[];
};

/** Source folders whose code only the sandbox may ship. */
export const SANDBOX_ONLY = /[\\/]src[\\/](sandbox|board[\\/]emulator|board[\\/]rest)[\\/]/;

/**
 * The modules matching `forbidden` that a page can load: through its entry chunk and every
 * chunk it imports, statically or dynamically. One line per page and module.
 */
export function forbiddenModules(
  chunks: readonly PurityChunk[],
  pages: readonly string[],
  forbidden: RegExp,
): string[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const found: string[] = [];
  for (const page of pages) {
    const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === page);
    if (!entry) {
      found.push(`${page}: no entry chunk found`);
      continue;
    }
    const seen = new Set<string>();
    const pending = [entry];
    for (let chunk = pending.pop(); chunk; chunk = pending.pop()) {
      if (seen.has(chunk.fileName)) continue;
      seen.add(chunk.fileName);
      for (const id of chunk.moduleIds) if (forbidden.test(id)) found.push(`${page}: ${id}`);
      for (const next of [...chunk.imports, ...chunk.dynamicImports]) {
        const imported = byFile.get(next);
        if (imported) pending.push(imported);
      }
    }
  }
  return found;
}

/** Fails the build when a production page would ship sandbox or emulator code. */
export function productionPurity(pages: readonly string[]): Plugin {
  return {
    name: 'journey-mapper:production-purity',
    apply: 'build',
    writeBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk' ? [output] : [],
      );
      const found = forbiddenModules(chunks, pages, SANDBOX_ONLY);
      if (found.length > 0)
        this.error(`Production pages ship sandbox-only code:\n${found.join('\n')}`);
    },
  };
}
