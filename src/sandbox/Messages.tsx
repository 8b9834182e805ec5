import type { ReactNode } from 'react';
import type { Toast } from './useToasts.ts';

export type Notice = { id: number; tone: 'info' | 'error'; text: string };

type Props = {
  notices: readonly Notice[];
  toasts: readonly Toast[];
  onDismissNotice(id: number): void;
  onDismissToast(id: number): void;
  /** Shown above the notices: a notice that asks for a choice. */
  children?: ReactNode;
};

/** Notices about the sandbox itself (they stay until dismissed) and the app's toasts. */
export function Messages({ notices, toasts, onDismissNotice, onDismissToast, children }: Props) {
  return (
    <div className="sb-messages">
      {children}
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`sb-notice sb-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <p className="sb-notice-text">{notice.text}</p>
          <button
            type="button"
            className="sb-tool sb-dismiss"
            aria-label="Dismiss"
            title="Dismiss"
            onClick={() => onDismissNotice(notice.id)}
          >
            <span className="icon icon-close" aria-hidden="true" />
          </button>
        </div>
      ))}
      <div className="sb-toasts" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`sb-toast sb-${toast.level}`} data-testid="sandbox-toast">
            <span>{toast.message}</span>
            <button
              type="button"
              className="sb-toast-close"
              aria-label="Dismiss"
              title="Dismiss"
              onClick={() => onDismissToast(toast.id)}
            >
              <span className="icon icon-close" aria-hidden="true" />
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
