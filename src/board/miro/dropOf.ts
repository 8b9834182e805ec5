import * as z from 'zod/mini';
import type { BoardDrop } from '../port.ts';
import type { SdkDropEvent } from './sdk.ts';

/** Zod 4's numbers are finite. */
const DropPoint = z.object({ x: z.number(), y: z.number() });

/** A drop as the port hands it out: the board point, and the dragged element's data attributes. */
export function dropOf(event: SdkDropEvent): BoardDrop | undefined {
  const point = DropPoint.safeParse(event);
  if (!point.success) return undefined;
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries(event.target?.dataset ?? {}))
    if (typeof value === 'string') data[key] = value;
  return { point: { x: point.data.x, y: point.data.y }, data };
}
