import type { AppData, AppDataValue, Rect as SdkRect } from '@mirohq/websdk-types';
import { z } from 'zod';
import type { MiroSdk, SdkFrame, SdkFrameProps, SdkItemRef, SdkUserInfo } from '../miro/sdk.ts';
import type { EmulatorCore } from './EmulatorCore.ts';
import type { EmulatorEventHandler, EmulatorEventName } from './EmulatorEvents.ts';
import type {
  EmulatorSdkItem,
  EmulatorSdkObject,
  SdkCard,
  SdkCardProps,
  SdkConnector,
  SdkConnectorProps,
  SdkTag,
  SdkTagProps,
} from './EmulatorSdkItem.ts';
import { emulatorTimerSdk } from './emulatorTimerSdk.ts';
import { findEmptySpace } from './findEmptySpace.ts';
import { fitViewport } from './fitViewport.ts';
import { connectorView, itemView, tagView } from './itemView.ts';
import { assertJsonValue, jsonByteSize, withEntry } from './jsonValue.ts';
import type { EmulatorLimits } from './EmulatorLimits.ts';
import { PANEL_OPENS_WHILE_ONE_IS_OPEN } from '../miroRules/limits.ts';
import {
  EmptySpaceRequest,
  Feature,
  ItemRef,
  Key,
  Message,
  PanelOptions,
  parse,
  TypeFilter,
  ViewportOptions,
} from './sdkArguments.ts';

type SdkBoard = MiroSdk['board'];

/** The SDK's `miro.board` as the emulator offers it: `MiroSdk`'s surface and a little more. */
export type EmulatorBoard = Omit<SdkBoard, 'ui' | 'viewport' | 'createFrame'> & {
  /** `childrenIds`, in the SDK's types, is handled as the `createFrameChildren` option says. */
  createFrame(props: SdkFrameProps & { childrenIds?: string[] }): Promise<SdkFrame>;
  createCard(props: SdkCardProps): Promise<SdkCard>;
  createConnector(props: SdkConnectorProps): Promise<SdkConnector>;
  createTag(props: SdkTagProps): Promise<SdkTag>;
  /**
   * Removes an item with its connectors, a connector or a tag. A frame's children stay, detached,
   * unless the `removeFrameTakesChildren` option is on.
   */
  remove(item: SdkItemRef): Promise<void>;
  get(filter?: { type?: string | string[] }): Promise<EmulatorSdkObject[]>;
  getById(id: string): Promise<EmulatorSdkObject>;
  getSelection(): Promise<EmulatorSdkItem[]>;
  viewport: SdkBoard['viewport'] & { set(options: { viewport: SdkRect }): Promise<SdkRect> };
  ui: Omit<SdkBoard['ui'], 'on' | 'off'> & {
    on<E extends EmulatorEventName>(event: E, handler: EmulatorEventHandler<E>): void;
    off<E extends EmulatorEventName>(event: E, handler: EmulatorEventHandler<E>): void;
    closePanel(): Promise<void>;
  };
};

/** `user` is the one person on the emulated board: the current user, and the only one online. */
export function createEmulatorBoard(
  core: EmulatorCore,
  limits: EmulatorLimits,
  user: SdkUserInfo,
): EmulatorBoard {
  const { items, connectors, tags, records, actions } = core;
  const call = core.call.bind(core);

  const setAppData = (key: unknown, value: unknown): AppData => {
    const name = parse(Key, 'setAppData', key);
    assertJsonValue(`appData.${name}`, value);
    const next = withEntry(core.appData, name, structuredClone(value));
    const bytes = jsonByteSize(next);
    if (bytes > limits.appDataBytes)
      throw new Error(
        `setAppData: app data would take ${bytes} bytes; the limit is ${limits.appDataBytes}`,
      );
    core.setAppData(next);
    return structuredClone(next);
  };

  const remove = (id: string): void => {
    if (records.connector(id)) connectors.remove(id);
    else if (records.tag(id)) tags.remove(id);
    else items.remove(id);
  };

  const notify = (level: 'info' | 'error', message: unknown, method: string) =>
    call(method, () => {
      core.notify({ level, message: parse(Message, method, message) });
    });

  return {
    createFrame: (props) =>
      call('board.createFrame', () => itemView(items.createFrame(props), actions)),
    createShape: (props) =>
      call('board.createShape', () => itemView(items.createShape(props), actions)),
    createText: (props) =>
      call('board.createText', () => itemView(items.createText(props), actions)),
    createStickyNote: (props) =>
      call('board.createStickyNote', () => itemView(items.createStickyNote(props), actions)),
    createCard: (props) =>
      call('board.createCard', () => itemView(items.createCard(props), actions)),
    createConnector: (props) =>
      call('board.createConnector', () => connectorView(connectors.create(props), actions)),
    createTag: (props) => call('board.createTag', () => tagView(tags.create(props), actions)),
    remove: (item) => call('board.remove', () => remove(parse(ItemRef, 'remove', item).id)),
    get: (filter) =>
      call('board.get', () => {
        const { type } = parse(TypeFilter, 'get', filter ?? {});
        const types = type === undefined ? undefined : [type].flat();
        return [...records.allItems(), ...records.allConnectors(), ...records.allTags()]
          .filter((record) => types === undefined || types.includes(record.type))
          .map((record) => core.view(record));
      }),
    getById: (id) =>
      call('board.getById', () => {
        const key = parse(Key, 'getById', id);
        const record = records.item(key) ?? records.connector(key) ?? records.tag(key);
        if (!record) throw new Error(`Item ${key} does not exist on the board`);
        return core.view(record);
      }),
    getSelection: () => call('board.getSelection', () => core.itemViews(core.selection)),
    experimental: {
      getVotingResults: () =>
        call('board.experimental.getVotingResults', () => {
          core.requireFeature('voting', 'experimental.getVotingResults');
          return core.voting.results();
        }),
    },
    // Both are in the stable SDK (miro-platform.md, "board.getUserInfo()/getOnlineUsers()"):
    // `{ id, name }` of the current user, and of everyone online. The emulated board has one
    // person on it, so the online users are that user alone.
    getUserInfo: () => call('board.getUserInfo', () => ({ ...user })),
    getOnlineUsers: () => call('board.getOnlineUsers', () => [{ ...user }]),
    canUse: (feature) =>
      call('board.canUse', () => core.features[parse(Feature, 'canUse', feature)]),
    timer: emulatorTimerSdk(core),
    findEmptySpace: (dimensions) =>
      call('board.findEmptySpace', () => {
        const request = parse(EmptySpaceRequest, 'findEmptySpace', dimensions);
        const occupied = items.list().map((item) => items.boardRect(item));
        return findEmptySpace(request, occupied);
      }),
    getAppData: (key) =>
      call('board.getAppData', () => {
        if (key === undefined) return structuredClone(core.appData);
        const value = core.appData[parse(Key, 'getAppData', key)];
        // Miro resolves to undefined for a missing key, although its types say otherwise.
        return structuredClone(value) as AppDataValue;
      }),
    setAppData: (key, value) => call('board.setAppData', () => setAppData(key, value)),
    viewport: {
      get: () => call('board.viewport.get', () => core.viewport),
      set: (options) =>
        call('board.viewport.set', () => {
          core.setViewport(parse(ViewportOptions, 'viewport.set', options).viewport);
          return core.viewport;
        }),
      zoomTo: (target) =>
        call('board.viewport.zoomTo', () => {
          const refs = parse(z.array(ItemRef).min(1), 'viewport.zoomTo', [target].flat());
          const rects = refs.map((ref) => items.boardRect(items.require(ref.id)));
          core.setViewport(fitViewport(rects, core.viewport));
        }),
    },
    ui: {
      on: (event, handler) => core.events.on(event, handler),
      off: (event, handler) => core.events.off(event, handler),
      canOpenPanel: () =>
        call(
          'board.ui.canOpenPanel',
          () => PANEL_OPENS_WHILE_ONE_IS_OPEN || core.openedPanel === undefined,
        ),
      openPanel: (options) =>
        call('board.ui.openPanel', () => {
          const { url, height } = parse(PanelOptions, 'ui.openPanel', options);
          core.openedPanel = height === undefined ? { url } : { url, height };
          core.events.notify({ kind: 'panel' });
          return undefined;
        }),
      closePanel: () =>
        call('board.ui.closePanel', () => {
          core.openedPanel = undefined;
          core.events.notify({ kind: 'panel' });
        }),
    },
    notifications: {
      showInfo: (message) => notify('info', message, 'board.notifications.showInfo'),
      showError: (message) => notify('error', message, 'board.notifications.showError'),
    },
  };
}
