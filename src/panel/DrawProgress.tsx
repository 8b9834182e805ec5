/** Progress of drawing on the board; `total` is 0 until the board says how much it will draw. */
export function DrawProgress({
  label,
  done,
  total,
}: {
  label: string;
  done: number;
  total: number;
}) {
  return (
    <div className="jm-status">
      <progress
        className="jm-progress"
        aria-label={label}
        max={total > 0 ? total : undefined}
        value={total > 0 ? done : undefined}
      />
      <p className="p-small" aria-live="polite">
        {total > 0 ? `Drawing item ${done} of ${total}…` : 'Finding space on the board…'}
      </p>
    </div>
  );
}
