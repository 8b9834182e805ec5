import { describe, expect, it } from 'vitest';
import { lineText } from '../text/textToHtml.ts';
import { goalCardLines, isGoalCardText } from './goalCard.ts';

describe('goalCardLines', () => {
  it('writes a heading, the goal, then the KPIs on one line, each labelled', () => {
    expect(goalCardLines({ goal: 'Grow repeat orders', kpis: ['NPS', 'Retention'] })).toEqual([
      { text: 'Business goal', strong: true },
      { label: 'Goal:', text: 'Grow repeat orders' },
      { label: 'KPIs:', text: 'NPS · Retention' },
    ]);
  });

  it('shows the KPIs as a labelled blank when there are none', () => {
    const lines = goalCardLines({ goal: 'Grow repeat orders', kpis: [] });
    expect(lines.map(lineText)).toEqual(['Business goal', 'Goal: Grow repeat orders', 'KPIs:']);
  });
});

describe('isGoalCardText', () => {
  it('knows the card by its heading over a goal, in any case', () => {
    const text = goalCardLines({ goal: 'Grow', kpis: ['NPS'] })
      .map(lineText)
      .join('\n');
    expect([isGoalCardText(text), isGoalCardText(' business goal \n goal: Grow')]).toEqual([
      true,
      true,
    ]);
  });

  it('knows the card the app wrote before fields by its first line', () => {
    expect([isGoalCardText(' business goal : Grow'), isGoalCardText('Business goals')]).toEqual([
      true,
      false,
    ]);
  });

  it('takes a label that only says "Business goal" for no card', () => {
    expect([isGoalCardText('Business goal'), isGoalCardText('KPIs: NPS')]).toEqual([false, false]);
  });
});
