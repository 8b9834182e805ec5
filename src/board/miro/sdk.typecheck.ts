import type { MiroSdk } from './sdk.ts';

/** Compile-time proof that the real SDK offers everything MiroSdk asks of it. */
export type RealSdkSatisfiesSurface = typeof miro extends MiroSdk ? true : never;
const proof: RealSdkSatisfiesSurface = true;
export default proof;
