import { ToolButton } from './ToolButton.tsx';

type Props = {
  appReady: boolean;
  panelOpen: boolean;
  canUndo: boolean;
  onAddSticky(): void;
  onUndo(): void;
  onAppIcon(): void;
};

/** The board's left toolbar: a sticky note, undo, and the installed app's icon. */
export function Toolbar({ appReady, panelOpen, canUndo, onAddSticky, onUndo, onAppIcon }: Props) {
  return (
    <nav className="sb-toolbar sb-floating" aria-label="Board tools">
      <ToolButton
        testId="sandbox-add-sticky"
        label="Add sticky"
        title="Add sticky note (double-click the board)"
        onClick={onAddSticky}
      >
        <span className="icon icon-sticky" aria-hidden="true" />
      </ToolButton>
      <ToolButton
        testId="sandbox-undo"
        label="Undo"
        title="Undo (Ctrl+Z)"
        disabled={!canUndo}
        onClick={onUndo}
      >
        <span className="icon icon-undo" aria-hidden="true" />
      </ToolButton>
      <hr className="sb-toolbar-rule" />
      <ToolButton
        testId="sandbox-app-icon"
        label="Journey Mapper"
        title={appReady ? 'Journey Mapper' : 'Journey Mapper (loading…)'}
        disabled={!appReady}
        pressed={panelOpen}
        onClick={onAppIcon}
      >
        <img src="/icon.svg" alt="" width={24} height={24} />
      </ToolButton>
    </nav>
  );
}
