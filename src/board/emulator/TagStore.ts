import { z } from 'zod';
import type { BoardRecords } from './BoardRecords.ts';
import {
  DEFAULT_TAG_COLOR,
  MAX_TAG_TITLE_LENGTH,
  MAX_TAGS_PER_BOARD,
  MIN_TAG_TITLE_LENGTH,
} from '../miroRules/limits.ts';
import { parseRecordProps, pick } from './parseRecordProps.ts';
import { TAG_COLORS } from '../miroRules/sdkEnums.ts';
import type { StoredTag } from './StoredItem.ts';

export const TagTitle = z.string().min(MIN_TAG_TITLE_LENGTH).max(MAX_TAG_TITLE_LENGTH);

const TagProps = z.strictObject({
  title: TagTitle,
  color: z.enum(TAG_COLORS).default(DEFAULT_TAG_COLOR),
});

/** Tags of the board; items refer to them by id. Titles are unique (compared exactly). */
export class TagStore {
  constructor(private readonly records: BoardRecords) {}

  require(id: string): StoredTag {
    const tag = this.records.tag(id);
    if (!tag) throw new Error(`Tag ${id} does not exist on the board`);
    return tag;
  }

  create(props: unknown): StoredTag {
    const fields = parseRecordProps(TagProps, 'tag', props);
    if (this.records.allTags().length >= MAX_TAGS_PER_BOARD)
      throw new Error(`createTag: a board holds at most ${MAX_TAGS_PER_BOARD} tags`);
    this.checkUnique(fields.title, undefined);
    const tag: StoredTag = { id: this.records.newId(), type: 'tag', ...fields };
    this.records.putTag(tag);
    return tag;
  }

  sync(view: { readonly id: string } & Record<string, unknown>): StoredTag {
    const current = this.require(view.id);
    const fields = parseRecordProps(TagProps, 'tag', pick(view, ['title', 'color']));
    this.checkUnique(fields.title, current.id);
    const synced = { ...current, ...fields };
    this.records.putTag(synced);
    return synced;
  }

  /** Removing a tag takes it off every item that carries it. */
  remove(id: string): void {
    this.require(id);
    for (const item of this.records.allItems())
      if ((item.type === 'sticky_note' || item.type === 'card') && item.tagIds.includes(id))
        this.records.putItem({ ...item, tagIds: item.tagIds.filter((tagId) => tagId !== id) });
    this.records.dropTag(id);
  }

  private checkUnique(title: string, ownId: string | undefined): void {
    const taken = this.records.allTags().some((tag) => tag.title === title && tag.id !== ownId);
    if (taken) throw new Error(`Invalid tag: At title: the board already has a tag "${title}"`);
  }
}
