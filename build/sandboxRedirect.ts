import type { Connect, Plugin } from 'vite';

/**
 * `http://localhost:3000/` opened in a browser tab leads to the sandbox board; inside Miro,
 * which loads the same URL in an iframe, it stays the headless page. Browsers tell the two
 * apart with `Sec-Fetch-Dest` (`document` for a tab, `iframe` inside Miro).
 */
export function sandboxRedirect(): Plugin {
  const middleware: Connect.NextHandleFunction = (request, response, next) => {
    const path = (request.url ?? '').split('?')[0];
    if ((path === '/' || path === '/index.html') && isTopLevelNavigation(request.headers)) {
      response.statusCode = 302;
      response.setHeader('Location', '/sandbox.html');
      response.end();
      return;
    }
    next();
  };
  return {
    name: 'journey-mapper:sandbox-redirect',
    configureServer(server) {
      server.middlewares.use(middleware);
      server.httpServer?.once('listening', () => {
        const url = server.resolvedUrls?.local[0] ?? 'http://localhost:3000/';
        server.config.logger.info(
          `\n  Sandbox board: open ${url} in your browser.\n  In Miro, the app URL is ${url.replace(/\/$/, '')} (see README, "Use it in Miro").\n`,
        );
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}

export function isTopLevelNavigation(headers: Record<string, string | string[] | undefined>) {
  return headers['sec-fetch-dest'] === 'document';
}
