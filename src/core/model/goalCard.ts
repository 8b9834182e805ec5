import type { TextLine } from '../layout/BoardPlan.ts';
import type { BusinessGoal } from './journey.schema.ts';

const GOAL = 'Business goal';

/** The business-goal card's lines as the app writes them: the heading, then "Goal: …" and "KPIs: a · b". */
export function goalCardLines(goal: BusinessGoal): TextLine[] {
  return [
    { text: GOAL, strong: true },
    { label: 'Goal:', text: goal.goal },
    { label: 'KPIs:', text: goal.kpis.join(' · ') },
  ];
}

/**
 * A business-goal card's text: the heading "Business goal" over a "Goal:" line, or, as the app
 * wrote it before fields, a first line that starts "Business goal:".
 */
export function isGoalCardText(text: string): boolean {
  const lines = text.trim().split('\n');
  if (new RegExp(`^${GOAL}\\s*:`, 'i').test(lines[0] ?? '')) return true;
  return (
    new RegExp(`^${GOAL}$`, 'i').test(lines[0]?.trim() ?? '') &&
    lines.some((line) => /^goal\s*:/i.test(line.trim()))
  );
}
