type Props = {
  id?: string;
  icon: 'arrow-up' | 'arrow-down' | 'trash';
  label: string;
  disabled?: boolean;
  /** Why the button is disabled, shown on hover. */
  reason?: string | null;
  onClick: () => void;
};

export function IconButton({ id, icon, label, disabled = false, reason, onClick }: Props) {
  return (
    <button
      id={id}
      type="button"
      className="button button-tertiary button-small jm-icon-button"
      aria-label={label}
      title={disabled && reason ? reason : label}
      disabled={disabled}
      onClick={onClick}
    >
      <span className={`icon icon-${icon}`} aria-hidden="true" />
    </button>
  );
}
