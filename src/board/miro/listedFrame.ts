import type { SdkBoardObject, SdkFrame, SdkItemRef } from './sdk.ts';
import { SdkFrameGeometry } from './sdkItemSchemas.ts';

export type FrameGeometry = { id: string; x: number; y: number; width: number; height: number };

/** A frame as `board.get` lists it: where it is (centre, board coordinates) and the object to add to. */
export type ListedFrame = {
  geometry: FrameGeometry;
  add: SdkFrame['add'];
};

/** The frame of this id among listed items, if it is there and is a frame. */
export function listedFrame(
  objects: readonly SdkBoardObject[],
  frameId: string,
): ListedFrame | undefined {
  for (const object of objects) {
    const result = SdkFrameGeometry.safeParse(object);
    if (!result.success || result.data.id !== frameId) continue;
    const { id, x, y, width, height } = result.data;
    const frame = object as Partial<Pick<SdkFrame, 'add'>>;
    const add = frame.add;
    if (typeof add !== 'function') return undefined;
    return {
      geometry: { id, x, y, width, height },
      add: (item: SdkItemRef) => add.call(frame, item),
    };
  }
  return undefined;
}

export const FRAME_GONE = 'The map’s frame is no longer on the board.';
