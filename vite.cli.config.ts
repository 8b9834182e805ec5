import { defineConfig } from 'vite';

/**
 * The command line as one prebuilt ES module, `dist-cli/cli.js`, which `bin/journey-mapper.js`
 * imports: nothing is compiled when the command starts. zod is bundled in with the rest.
 */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/entries/cli.ts',
    outDir: 'dist-cli',
    target: 'node20',
    minify: false,
    sourcemap: false,
    emptyOutDir: true,
    rolldownOptions: { output: { entryFileNames: 'cli.js' } },
  },
  ssr: { target: 'node', noExternal: true },
});
