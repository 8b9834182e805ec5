import type { PlanItem } from '../core/layout/BoardPlan.ts';
import { NOTE_COLOR_HEX } from '../core/model/noteColor.ts';

/** Width of a line of text relative to its font size, on average. */
const CHAR_WIDTH = 0.55;

/** One plan item in frame units; text, unreadable at preview scale, is a bar of about its length. */
export function PreviewItem({ item }: { item: PlanItem }) {
  const { x, y, width, height } = item.rect;
  switch (item.kind) {
    case 'note':
      return <rect x={x} y={y} width={width} height={height} fill={NOTE_COLOR_HEX[item.color]} />;
    case 'text': {
      const length = item.lines.reduce((sum, line) => Math.max(sum, line.text.length), 0);
      const { fontSize, color } = item.style;
      return (
        <rect
          x={x}
          y={y}
          width={Math.min(width, length * fontSize * CHAR_WIDTH)}
          height={fontSize * 0.7}
          fill={color}
          opacity={0.6}
        />
      );
    }
    case 'shape':
      return (
        <rect
          x={x}
          y={y}
          width={width}
          height={height}
          rx={item.shape === 'round_rectangle' ? Math.min(width, height) * 0.1 : 0}
          fill={item.style.fillColor}
          fillOpacity={item.style.fillOpacity}
          stroke={item.style.borderWidth > 0 ? item.style.borderColor : 'none'}
          strokeWidth={item.style.borderWidth}
        />
      );
  }
}
