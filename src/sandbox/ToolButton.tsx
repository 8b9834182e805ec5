import type { ReactNode } from 'react';

type Props = {
  testId: string;
  label: string;
  /** Shown on hover; the label when not given. */
  title?: string;
  disabled?: boolean;
  pressed?: boolean;
  onClick: () => void;
  children: ReactNode;
};

export function ToolButton({
  testId,
  label,
  title,
  disabled = false,
  pressed,
  onClick,
  children,
}: Props) {
  return (
    <button
      type="button"
      className="sb-tool"
      data-testid={testId}
      aria-label={label}
      aria-pressed={pressed}
      title={title ?? label}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
