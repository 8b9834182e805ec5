import type { MiroSdk } from './sdk.ts';

/** Where the SDK script leaves `miro`: the page's global scope. */
export type MiroHost = { miro?: MiroSdk; top?: unknown; self?: unknown };

/**
 * The Miro SDK when this page runs inside Miro: `miro` is defined (the SDK script loaded) and the
 * page is framed by the board. Undefined when the page is opened on its own.
 */
export function globalMiro(host: MiroHost = globalThis): MiroSdk | undefined {
  if (!host.miro) return undefined;
  if (host.top === host.self) return undefined;
  return host.miro;
}
