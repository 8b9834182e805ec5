import type { StoredCommon } from '../StoredItem.ts';

type RestUser = { id: string } | undefined;

/** What a record without timestamps or users gets: the epoch and no real user. */
export const UNKNOWN_TIME = '1970-01-01T00:00:00.000Z';
export const UNKNOWN_USER_ID = '0';

/** Who made and last changed a REST record, and when; a missing half is taken from the other. */
export function authorshipOf(record: {
  createdAt?: string | undefined;
  createdBy?: RestUser;
  modifiedAt?: string | undefined;
  modifiedBy?: RestUser;
}): Pick<StoredCommon, 'createdAt' | 'createdBy' | 'modifiedAt' | 'modifiedBy'> {
  return {
    createdAt: record.createdAt ?? record.modifiedAt ?? UNKNOWN_TIME,
    createdBy: record.createdBy?.id ?? record.modifiedBy?.id ?? UNKNOWN_USER_ID,
    modifiedAt: record.modifiedAt ?? record.createdAt ?? UNKNOWN_TIME,
    modifiedBy: record.modifiedBy?.id ?? record.createdBy?.id ?? UNKNOWN_USER_ID,
  };
}
