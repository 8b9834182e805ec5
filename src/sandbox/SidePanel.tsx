import { sandboxTwin } from './panelUrl.ts';

type Props = {
  url: string;
  onClose(): void;
  /** Receives the panel's frame (null when it goes), for drags out of it. */
  onFrame?(frame: HTMLIFrameElement | null): void;
};

/** The app's panel on the right, as Miro opens it: an iframe of the app's page. */
export function SidePanel({ url, onClose, onFrame }: Props) {
  const src = sandboxTwin(url);
  return (
    <aside className="sb-panel" aria-label="Journey Mapper panel">
      <div className="sb-panel-header">
        <img src="/icon.svg" alt="" width={20} height={20} />
        <h2 className="sb-panel-title">Journey Mapper</h2>
        <button
          type="button"
          className="sb-tool sb-panel-close"
          data-testid="sandbox-panel-close"
          aria-label="Close panel"
          title="Close panel"
          onClick={onClose}
        >
          <span className="icon icon-close" aria-hidden="true" />
        </button>
      </div>
      <iframe
        key={src}
        ref={onFrame}
        className="sb-panel-frame"
        data-testid="sandbox-panel-frame"
        title="Journey Mapper panel"
        src={src}
      />
    </aside>
  );
}
