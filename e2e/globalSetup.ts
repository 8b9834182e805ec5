import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

/** Serves the production build (`dist/`, built beforehand by `npm run test:browser`) on loopback. */
export default async function setup(project: TestProject) {
  const server = await preview({
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
