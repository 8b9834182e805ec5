import { ToolButton } from './ToolButton.tsx';

type Props = {
  zoom: number;
  itemCount: number;
  selectedCount: number;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
};

/** Bottom right: the zoom controls and a line about the board. */
export function StatusBar({ zoom, itemCount, selectedCount, onZoomIn, onZoomOut, onFit }: Props) {
  const items = `${itemCount} ${itemCount === 1 ? 'item' : 'items'}`;
  return (
    <div className="sb-status sb-floating">
      <span className="sb-status-line" role="status" data-testid="sandbox-status">
        {selectedCount > 0 ? `${selectedCount} selected · ${items}` : items}
      </span>
      <ToolButton
        testId="sandbox-fit"
        label="Fit the board"
        title="Fit the board (0 or Shift+1)"
        onClick={onFit}
      >
        <span className="icon icon-fit" aria-hidden="true" />
      </ToolButton>
      <ToolButton
        testId="sandbox-zoom-out"
        label="Zoom out"
        title="Zoom out (−)"
        onClick={onZoomOut}
      >
        <span className="icon icon-minus" aria-hidden="true" />
      </ToolButton>
      <span className="sb-zoom" aria-label={`Zoom ${Math.round(zoom * 100)} %`}>
        {Math.round(zoom * 100)}%
      </span>
      <ToolButton testId="sandbox-zoom-in" label="Zoom in" title="Zoom in (+)" onClick={onZoomIn}>
        <span className="icon icon-plus" aria-hidden="true" />
      </ToolButton>
    </div>
  );
}
