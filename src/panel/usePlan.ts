import { useMemo } from 'react';
import type { BoardPlan } from '../core/layout/BoardPlan.ts';
import { layoutMap } from '../core/layout/layoutMap.ts';
import type { MapDraft } from '../core/model/mapDraft.schema.ts';
import type { Template } from '../core/model/template.schema.ts';

/** The plan inserting the draft would apply, or null while the draft cannot be laid out. */
export function usePlan(template: Template, draft: MapDraft): BoardPlan | null {
  return useMemo(() => {
    try {
      return layoutMap(template, draft);
    } catch {
      return null;
    }
  }, [template, draft]);
}
