import { InputError } from './CliError.ts';
import type { ReadbackResult } from './ReadbackResult.ts';

/** The maps whose frame id is `wanted` or whose title is `wanted` in any case; none is an error. */
export function selectMaps(result: ReadbackResult, wanted: string | undefined): ReadbackResult {
  if (wanted === undefined) return result;
  const key = wanted.trim().toLocaleLowerCase();
  const byId = result.maps.filter((map) => map.id === wanted.trim());
  const maps =
    byId.length > 0
      ? byId
      : result.maps.filter((map) => map.title.trim().toLocaleLowerCase() === key);
  if (maps.length > 0) return { ...result, maps };
  const names = result.maps.map((map) => map.title.trim() || map.id);
  const known =
    names.length > 0 ? `maps on the board: ${names.join(', ')}` : 'the board has no maps';
  throw new InputError(`No map with id or title "${wanted}"; ${known}`);
}
