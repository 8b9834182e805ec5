import type { AppData, AppDataValue } from '@mirohq/websdk-types';
import type { SdkItem, SdkItemBase } from '../miro/sdk.ts';
import type { StoredConnector, StoredTag } from './StoredItem.ts';

/** SDK objects the emulator offers beyond the surface the app needs (see `MiroSdk`). */
export type SdkCard = SdkItemBase & {
  readonly type: 'card';
  width: number;
  readonly height: number;
  title: string;
  description: string;
  style: { cardTheme: string };
  tagIds: string[];
};

export type SdkConnector = Omit<StoredConnector, 'metadata'> & {
  sync(): Promise<void>;
  getMetadata(key: string): Promise<AppDataValue>;
  setMetadata(key: string, value: AppDataValue): Promise<AppData>;
};

export type SdkTag = StoredTag & { sync(): Promise<void> };

/** What `board.get` and the UI events hand out. */
export type EmulatorSdkItem = SdkItem | SdkCard | SdkConnector;
export type EmulatorSdkObject = EmulatorSdkItem | SdkTag;

export type SdkCardProps = {
  title?: string;
  description?: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  style?: { cardTheme?: string };
  tagIds?: string[];
};

export type SdkConnectorProps = {
  start: { item: string };
  end: { item: string };
  shape?: StoredConnector['shape'];
  style?: Partial<StoredConnector['style']>;
  captions?: { content: string }[];
};

export type SdkTagProps = { title: string; color?: StoredTag['color'] };
