import type { AppData, AppDataValue } from '@mirohq/websdk-types';
import type {
  SdkFrame,
  SdkItem,
  SdkItemRef,
  SdkShape,
  SdkStickyNote,
  SdkText,
} from '../miro/sdk.ts';
import type { SdkCard, SdkConnector, SdkTag } from './EmulatorSdkItem.ts';
import type {
  StoredCard,
  StoredConnector,
  StoredFrame,
  StoredItem,
  StoredShape,
  StoredStickyNote,
  StoredTag,
  StoredText,
} from './StoredItem.ts';

type WithMetadata = SdkItem | SdkCard | SdkConnector;

export type ItemActions = {
  sync(view: WithMetadata | SdkTag): Promise<void>;
  getMetadata(view: WithMetadata, key: string): Promise<AppDataValue>;
  setMetadata(view: WithMetadata, key: string, value: AppDataValue): Promise<AppData>;
  add(frame: SdkFrame, item: SdkItemRef): Promise<unknown>;
  remove(frame: SdkFrame, item: SdkItemRef): Promise<void>;
};

/** An item's props as Miro shows them: a copy of the record, without metadata. */
export function itemProps<T extends StoredItem>(record: T) {
  const props: Omit<T, 'metadata'> = withoutMetadata(record);
  const relativeTo = record.parentId === null ? 'canvas_center' : 'parent_top_left';
  return { ...props, origin: 'center' as const, relativeTo: relativeTo as typeof relativeTo };
}

function withoutMetadata<T extends { metadata: AppData }>(record: T): Omit<T, 'metadata'> {
  const props: Omit<T, 'metadata'> = structuredClone(record);
  Reflect.deleteProperty(props, 'metadata');
  return props;
}

/** Methods are not enumerable, as on Miro's class instances, so spreading an item copies data. */
function withMethods<P extends object, M extends object>(props: P, methods: M): P & M {
  for (const [name, value] of Object.entries(methods))
    Object.defineProperty(props, name, { value, writable: true, configurable: true });
  return props as P & M;
}

function metadataMethods(actions: ItemActions, self: () => WithMetadata) {
  return {
    sync: () => actions.sync(self()),
    getMetadata: (key: string) => actions.getMetadata(self(), key),
    setMetadata: (key: string, value: AppDataValue) => actions.setMetadata(self(), key, value),
  };
}

/**
 * A detached copy of the item with Miro's methods: changing its props alters nothing until
 * `sync()`, which validates them, writes them to the board and refreshes this object.
 */
export function itemView(record: StoredFrame, actions: ItemActions): SdkFrame;
export function itemView(record: StoredShape, actions: ItemActions): SdkShape;
export function itemView(record: StoredText, actions: ItemActions): SdkText;
export function itemView(record: StoredStickyNote, actions: ItemActions): SdkStickyNote;
export function itemView(record: StoredCard, actions: ItemActions): SdkCard;
export function itemView(record: StoredItem, actions: ItemActions): SdkItem | SdkCard;
export function itemView(record: StoredItem, actions: ItemActions): SdkItem | SdkCard {
  switch (record.type) {
    case 'frame': {
      const view: SdkFrame = withMethods(itemProps(record), {
        ...metadataMethods(actions, () => view),
        add: (item: SdkItemRef) => actions.add(view, item),
        remove: (item: SdkItemRef) => actions.remove(view, item),
      });
      return view;
    }
    case 'shape': {
      const view: SdkShape = withMethods(
        itemProps(record),
        metadataMethods(actions, () => view),
      );
      return view;
    }
    case 'text': {
      const view: SdkText = withMethods(
        itemProps(record),
        metadataMethods(actions, () => view),
      );
      return view;
    }
    case 'sticky_note': {
      const view: SdkStickyNote = withMethods(
        itemProps(record),
        metadataMethods(actions, () => view),
      );
      return view;
    }
    case 'card': {
      const view: SdkCard = withMethods(
        itemProps(record),
        metadataMethods(actions, () => view),
      );
      return view;
    }
  }
}

export function connectorView(record: StoredConnector, actions: ItemActions): SdkConnector {
  const view: SdkConnector = withMethods(
    withoutMetadata(record),
    metadataMethods(actions, () => view),
  );
  return view;
}

export function tagView(record: StoredTag, actions: ItemActions): SdkTag {
  const view: SdkTag = withMethods(structuredClone(record), { sync: () => actions.sync(view) });
  return view;
}
