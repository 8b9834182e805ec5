import { describe, expect, it } from 'vitest';
import { goalCardLines, isGoalCardText } from './goalCard.ts';

describe('goalCardLines', () => {
  it('writes the goal, then the KPIs on one line', () => {
    expect(goalCardLines({ goal: 'Grow repeat orders', kpis: ['NPS', 'Retention'] })).toEqual([
      'Business goal: Grow repeat orders',
      'KPIs: NPS · Retention',
    ]);
  });

  it('leaves out the KPIs line when there are none', () => {
    expect(goalCardLines({ goal: 'Grow repeat orders', kpis: [] })).toEqual([
      'Business goal: Grow repeat orders',
    ]);
  });
});

describe('isGoalCardText', () => {
  it('knows the card by its first line, in any case', () => {
    const [first = '', second = ''] = goalCardLines({ goal: 'Grow', kpis: ['NPS'] });
    expect([isGoalCardText(first), isGoalCardText(second)]).toEqual([true, false]);
    expect([isGoalCardText(' business goal : Grow'), isGoalCardText('Business goals')]).toEqual([
      true,
      false,
    ]);
  });
});
