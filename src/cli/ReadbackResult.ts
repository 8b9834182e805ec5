import type { JourneyMap } from '../core/model/journey.schema.ts';

/** What readback gives for a board, and what the CLI reports. */
export type ReadbackResult = { maps: JourneyMap[]; warnings: string[] };
