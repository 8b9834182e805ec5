import { useEffect, useMemo, useState } from 'react';
import type { BoardPlan } from '../core/layout/BoardPlan.ts';
import type { layoutMap } from '../core/layout/layoutMap.ts';
import type { MapDraft } from '../core/model/mapDraft.schema.ts';
import type { Template } from '../core/model/template.schema.ts';

type LayoutMap = typeof layoutMap;

/**
 * The plan inserting the draft would apply, or null while the draft cannot be laid out or the
 * layout (loaded apart from the panel's first page) is still on its way.
 */
export function usePlan(template: Template, draft: MapDraft): BoardPlan | null {
  const [layout, setLayout] = useState<LayoutMap | null>(null);
  useEffect(() => {
    let live = true;
    void import('../core/layout/layoutMap.ts').then((module) => {
      if (live) setLayout(() => module.layoutMap);
    });
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => {
    if (!layout) return null;
    try {
      return layout(template, draft);
    } catch {
      return null;
    }
  }, [layout, template, draft]);
}
