import type { BoardPlan, PlanLayer } from '../core/layout/BoardPlan.ts';
import { PreviewItem } from './PreviewItem.tsx';

const LAYERS: readonly PlanLayer[] = ['background', 'grid', 'content'];

/**
 * The plan drawn to scale: what inserting it puts on the board, text shown as bars. Without a
 * height it is as tall as its width and the frame's proportions make it.
 */
export function MapPreview({ plan, height }: { plan: BoardPlan; height?: number }) {
  const { width, height: frameHeight, fillColor } = plan.frame;
  const { stages, lanes } = plan.grid;
  const notes = plan.items.filter((item) => item.kind === 'note').length;
  const label = `Preview: ${stages.length} stages, ${lanes.length} lanes${notes > 0 ? `, ${notes} sample stickies` : ''}`;
  return (
    <svg
      className="jm-preview"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${frameHeight}`}
      height={height}
    >
      <rect
        width={width}
        height={frameHeight}
        fill={fillColor}
        stroke="#c3c6d4"
        strokeWidth={width / 150}
      />
      {LAYERS.flatMap((layer) =>
        plan.items.flatMap((item, index) =>
          item.layer === layer ? [<PreviewItem key={index} item={item} />] : [],
        ),
      )}
    </svg>
  );
}
