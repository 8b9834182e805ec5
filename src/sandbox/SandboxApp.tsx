import { useCallback, useState } from 'react';
import { BoardCanvas } from './BoardCanvas.tsx';
import { BoardMenu } from './BoardMenu.tsx';
import { BoardTimerStatus } from './BoardTimerStatus.tsx';
import type { BoardStore } from './BoardStore.ts';
import {
  boardFileText,
  downloadText,
  EXPORT_FILE_NAME,
  readBoardFileBytes,
} from './boardFileTransfer.ts';
import type { BoardView } from './BoardView.ts';
import { ColorPalette } from './ColorPalette.tsx';
import type { Notice } from './Messages.tsx';
import { Messages } from './Messages.tsx';
import type { SandboxEmulator } from './SandboxEmulator.ts';
import { SidePanel } from './SidePanel.tsx';
import { StatusBar } from './StatusBar.tsx';
import { TextEditor } from './TextEditor.tsx';
import { Toolbar } from './Toolbar.tsx';
import { UnreadableBoardNotice, type UnreadableBoard } from './UnreadableBoardNotice.tsx';
import { useBoardVersion } from './useBoardVersion.ts';
import { useAutosave } from './useAutosave.ts';
import { usePanelDrag } from './usePanelDrag.ts';
import { VoteBadges } from './VoteBadges.tsx';
import { VotingBar } from './VotingBar.tsx';
import { useToasts } from './useToasts.ts';

type Props = {
  emulator: SandboxEmulator;
  /** Receives the board view once it exists (the test hooks use it). */
  onView(view: BoardView | undefined): void;
  onDrawn(count: number): void;
  store: BoardStore;
  /** The saved board that could not be read: nothing is saved until the person chooses. */
  unreadable?: UnreadableBoard;
  now(): number;
};

let nextNoticeId = 1000;

/** The sandbox page: a local board, its toolbars, and the real app in Miro's places. */
export function SandboxApp({
  emulator,
  onView,
  onDrawn,
  store,
  unreadable: initiallyUnreadable,
  now,
}: Props) {
  useBoardVersion(emulator);
  const [view, setView] = useState<BoardView>();
  const [editing, setEditing] = useState<{ id: string; isNew: boolean }>();
  const [appReady, setAppReady] = useState(false);
  const [panelFrame, setPanelFrame] = useState<HTMLIFrameElement | null>(null);
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const [unreadable, setUnreadable] = useState(initiallyUnreadable);
  const { toasts, dismiss } = useToasts(emulator);
  const { user } = emulator;

  const notify = (tone: Notice['tone'], text: string) =>
    setNotices((current) => [...current, { id: nextNoticeId++, tone, text }]);
  useAutosave(emulator, store, unreadable === undefined, (message) => notify('error', message));
  usePanelDrag(panelFrame, view, emulator, (message) => notify('error', message));
  const onReady = useCallback(
    (ready: BoardView | undefined) => {
      setView(ready);
      onView(ready);
    },
    [onView],
  );
  const closeEditor = useCallback(() => setEditing(undefined), []);
  const onEdit = useCallback((id: string, isNew: boolean) => setEditing({ id, isNew }), []);

  const scene = view?.currentScene();
  const selectedNotes = user.selection.flatMap((id) => {
    const item = scene?.byId.get(id)?.item;
    return item?.type === 'sticky_note' ? [item] : [];
  });
  const colors = new Set(selectedNotes.map((note) => note.style.fillColor));
  const panel = emulator.openedPanel;

  const importFile = async (file: File) => {
    const notImported = (why: string) =>
      notify('error', `${file.name} was not imported; the board is unchanged. ${why}`);
    let result: ReturnType<typeof readBoardFileBytes>;
    try {
      // A file too large for one string throws a RangeError as it is decoded.
      result = readBoardFileBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch (error) {
      notImported(error instanceof Error ? error.message : String(error));
      return;
    }
    if (!result.ok) {
      notImported(result.error.message);
      return;
    }
    setEditing(undefined);
    emulator.replaceState(result.value);
    const count = result.value.items.length;
    notify('info', `Imported ${file.name}: ${count} ${count === 1 ? 'item' : 'items'}.`);
    for (const warning of result.warnings) notify('info', warning);
    view?.fit();
  };

  return (
    <div className="sb-app">
      <main className="sb-board">
        <BoardCanvas emulator={emulator} onReady={onReady} onEdit={onEdit} onDrawn={onDrawn} />
        {view && editing !== undefined && (
          <TextEditor
            key={editing.id}
            view={view}
            id={editing.id}
            isNew={editing.isNew}
            onClose={closeEditor}
          />
        )}
        {scene?.items.length === 0 && (
          <p className="sb-empty-hint">
            Double-click anywhere to add a sticky note, or open <strong>Journey Mapper</strong> from
            the toolbar on the left to insert a journey map.
          </p>
        )}
        <BoardMenu
          onExport={() => downloadText(EXPORT_FILE_NAME, boardFileText(emulator.exportState()))}
          onImport={(file) => void importFile(file)}
          onReset={() => {
            setEditing(undefined);
            emulator.clear();
          }}
        />
        {view && <VoteBadges emulator={emulator} view={view} />}
        <VotingBar emulator={emulator} onError={(message) => notify('error', message)} />
        <Toolbar
          appReady={appReady}
          panelOpen={panel !== undefined}
          canUndo={user.canUndo}
          onAddSticky={() => view?.addStickyAtCenter()}
          onUndo={() => user.undo()}
          onAppIcon={() => emulator.clickIcon()}
        />
        <ColorPalette
          current={colors.size === 1 ? [...colors][0] : undefined}
          enabled={selectedNotes.length > 0}
          onPick={(color) =>
            user.setColor(
              selectedNotes.map((note) => note.id),
              color,
            )
          }
        />
        <StatusBar
          zoom={view?.camera().scale ?? 1}
          itemCount={scene?.items.length ?? 0}
          selectedCount={user.selection.length}
          onZoomIn={() => view?.zoomBy(1.25)}
          onZoomOut={() => view?.zoomBy(0.8)}
          onFit={() => view?.fit()}
        />
        <BoardTimerStatus emulator={emulator} />
        <Messages
          notices={notices}
          toasts={toasts}
          onDismissNotice={(id) =>
            setNotices((current) => current.filter((notice) => notice.id !== id))
          }
          onDismissToast={dismiss}
        >
          {unreadable && (
            <UnreadableBoardNotice
              board={unreadable}
              store={store}
              exportState={() => emulator.exportState()}
              now={now}
              onSetAside={(message) => {
                setUnreadable(undefined);
                notify('info', message);
              }}
              onError={(message) => notify('error', message)}
            />
          )}
        </Messages>
      </main>
      {panel && (
        <SidePanel
          url={panel.url}
          onClose={() => void emulator.board.ui.closePanel()}
          onFrame={setPanelFrame}
        />
      )}
      <iframe
        className="sb-headless"
        src="/sandbox-headless.html"
        title="Journey Mapper (background page)"
        hidden
        onLoad={() => setAppReady(true)}
      />
    </div>
  );
}
