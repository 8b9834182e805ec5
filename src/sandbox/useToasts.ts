import { useEffect, useState } from 'react';
import type { SandboxEmulator, SandboxNotification } from './SandboxEmulator.ts';

export type Toast = SandboxNotification & { id: number; until: number };

const SHOW_MS = 5000;
const POLL_MS = 250;
const MAX_TOASTS = 4;

/** The app's notifications (`miro.board.notifications`) as short-lived toasts. */
export function useToasts(emulator: SandboxEmulator): {
  toasts: Toast[];
  dismiss(id: number): void;
} {
  const [toasts, setToasts] = useState<Toast[]>([]);
  useEffect(() => {
    let seen = emulator.notifications.length;
    let nextId = 1;
    const timer = setInterval(() => {
      const all = emulator.notifications;
      const now = Date.now();
      const fresh = all
        .slice(seen)
        .map((note) => ({ ...note, id: nextId++, until: now + SHOW_MS }));
      seen = all.length;
      setToasts((current) => {
        const kept = current.filter((toast) => toast.until > now);
        if (fresh.length === 0 && kept.length === current.length) return current;
        return [...kept, ...fresh].slice(-MAX_TOASTS);
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [emulator]);
  const dismiss = (id: number) =>
    setToasts((current) => current.filter((toast) => toast.id !== id));
  return { toasts, dismiss };
}
