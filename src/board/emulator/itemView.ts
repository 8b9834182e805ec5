import type { AppData, AppDataValue } from '@mirohq/websdk-types';
import type {
  SdkFrame,
  SdkItem,
  SdkItemRef,
  SdkShape,
  SdkStickyNote,
  SdkText,
} from '../miro/sdk.ts';
import type {
  StoredFrame,
  StoredItem,
  StoredShape,
  StoredStickyNote,
  StoredText,
} from './StoredItem.ts';

export type ItemActions = {
  sync(view: SdkItem): Promise<void>;
  getMetadata(view: SdkItem, key: string): Promise<AppDataValue>;
  setMetadata(view: SdkItem, key: string, value: AppDataValue): Promise<AppData>;
  add(frame: SdkFrame, item: SdkItemRef): Promise<unknown>;
  remove(frame: SdkFrame, item: SdkItemRef): Promise<void>;
};

/** An item's props as Miro shows them: a copy of the record, without metadata. */
export function itemProps<T extends StoredItem>(record: T) {
  const props: Omit<T, 'metadata'> = structuredClone(record);
  Reflect.deleteProperty(props, 'metadata');
  const relativeTo = record.parentId === null ? 'canvas_center' : 'parent_top_left';
  return { ...props, origin: 'center' as const, relativeTo: relativeTo as typeof relativeTo };
}

/** Methods are not enumerable, as on Miro's class instances, so spreading an item copies data. */
function withMethods<P extends object, M extends object>(props: P, methods: M): P & M {
  for (const [name, value] of Object.entries(methods))
    Object.defineProperty(props, name, { value, writable: true, configurable: true });
  return props as P & M;
}

/**
 * A detached copy of the item with Miro's methods: changing its props alters nothing until
 * `sync()`, which validates them, writes them to the board and refreshes this object.
 */
export function itemView(record: StoredFrame, actions: ItemActions): SdkFrame;
export function itemView(record: StoredShape, actions: ItemActions): SdkShape;
export function itemView(record: StoredText, actions: ItemActions): SdkText;
export function itemView(record: StoredStickyNote, actions: ItemActions): SdkStickyNote;
export function itemView(record: StoredItem, actions: ItemActions): SdkItem;
export function itemView(record: StoredItem, actions: ItemActions): SdkItem {
  const methods = (self: () => SdkItem) => ({
    sync: () => actions.sync(self()),
    getMetadata: (key: string) => actions.getMetadata(self(), key),
    setMetadata: (key: string, value: AppDataValue) => actions.setMetadata(self(), key, value),
  });
  switch (record.type) {
    case 'frame': {
      const view: SdkFrame = withMethods(itemProps(record), {
        ...methods(() => view),
        add: (item: SdkItemRef) => actions.add(view, item),
        remove: (item: SdkItemRef) => actions.remove(view, item),
      });
      return view;
    }
    case 'shape': {
      const view: SdkShape = withMethods(
        itemProps(record),
        methods(() => view),
      );
      return view;
    }
    case 'text': {
      const view: SdkText = withMethods(
        itemProps(record),
        methods(() => view),
      );
      return view;
    }
    case 'sticky_note': {
      const view: SdkStickyNote = withMethods(
        itemProps(record),
        methods(() => view),
      );
      return view;
    }
  }
}
