import { NOTE_COLOR_HEX, NOTE_COLORS } from '../core/model/noteColor.ts';
import { colorLabel } from './noteColors.ts';

type Props = {
  /** The colour shared by all selected sticky notes, if they share one. */
  current: string | undefined;
  enabled: boolean;
  onPick(color: string): void;
};

/** The sixteen sticky-note colours, applied to the selected sticky notes. */
export function ColorPalette({ current, enabled, onPick }: Props) {
  return (
    <div className="sb-palette sb-floating" role="toolbar" aria-label="Sticky note colour">
      {NOTE_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className="sb-swatch"
          data-testid={`sandbox-color-${color}`}
          aria-label={`Sticky colour: ${colorLabel(color)}`}
          aria-pressed={current === color}
          title={enabled ? colorLabel(color) : `${colorLabel(color)} — select sticky notes first`}
          disabled={!enabled}
          style={{ backgroundColor: NOTE_COLOR_HEX[color] }}
          onClick={() => onPick(color)}
        />
      ))}
    </div>
  );
}
