import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const MIRO_SDK_SCRIPT = '<script src="https://miro.com/app/static/sdk/v2/miro.js"></script>';
export const SANDBOX_SDK_SCRIPT = '<script src="/sandbox-sdk.js"></script>';

/** The app's pages and the twins the sandbox board frames; a twin differs in its SDK only. */
export const SANDBOX_TWINS: Readonly<Record<string, string>> = {
  'sandbox-headless.html': 'index.html',
  'sandbox-panel.html': 'app.html',
};

/** The page with Miro's SDK script swapped for the sandbox's, which hands over its `miro`. */
export function toSandboxTwin(html: string, page: string): string {
  if (!html.includes(MIRO_SDK_SCRIPT)) throw new Error(`${page} does not load Miro's SDK script`);
  return html.replace(MIRO_SDK_SCRIPT, SANDBOX_SDK_SCRIPT);
}

/**
 * Serves and builds `sandbox-headless.html` and `sandbox-panel.html` from the production
 * `index.html` and `app.html`, so the sandbox hosts the very bundles that run inside Miro.
 */
export function sandboxTwins(): Plugin {
  let root = process.cwd();
  return {
    name: 'journey-mapper:sandbox-twins',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const path = (request.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
        const page = SANDBOX_TWINS[path];
        if (!page) return next();
        try {
          const html = await readFile(resolve(root, page), 'utf8');
          const served = await server.transformIndexHtml(`/${page}`, html);
          response.setHeader('Content-Type', 'text/html');
          response.end(toSandboxTwin(served, page));
        } catch (error) {
          next(error);
        }
      });
    },
    generateBundle(_options, bundle) {
      for (const [twin, page] of Object.entries(SANDBOX_TWINS)) {
        const asset = bundle[page];
        if (asset?.type !== 'asset') continue;
        this.emitFile({
          type: 'asset',
          fileName: twin,
          source: toSandboxTwin(String(asset.source), page),
        });
      }
    },
  };
}
