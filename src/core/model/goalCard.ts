import type { BusinessGoal } from './journey.schema.ts';

const GOAL = 'Business goal';
const KPIS = 'KPIs';

/** The business-goal card's lines as the app writes them: "Business goal: …", then "KPIs: a · b" when there are any. */
export function goalCardLines(goal: BusinessGoal): string[] {
  return [
    `${GOAL}: ${goal.goal}`,
    ...(goal.kpis.length > 0 ? [`${KPIS}: ${goal.kpis.join(' · ')}`] : []),
  ];
}

/** A text that starts "Business goal:", as the card's first line does. */
export function isGoalCardText(text: string): boolean {
  return new RegExp(`^${GOAL}\\s*:`, 'i').test(text.trim());
}
