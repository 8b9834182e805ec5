import { note } from './journeyMapBuilder.ts';
import type { Report } from '../core/report/Report.ts';

/**
 * A small report built by hand, as `buildReport` would make it for one three-stage map (with a
 * comparison against an earlier map that is not in the report): the renderers' test input.
 */
export function sampleReport(): Report {
  const awareness = { stageId: 's1', stageName: 'Awareness' };
  const purchase = { stageId: 's2', stageName: 'Purchase' };
  const use = { stageId: 's3', stageName: 'Use' };
  return {
    generatedAt: '2025-06-01T12:00:00.000Z',
    maps: [
      {
        map: {
          id: '3458764590001',
          title: 'Checkout',
          structure: 'app',
          stages: [
            { id: 's1', name: 'Awareness' },
            { id: 's2', name: 'Purchase' },
            { id: 's3', name: 'Use' },
          ],
          lanes: [
            { id: 'feel', name: 'Emotions', kind: 'emotions' },
            { id: 'pain', name: 'Pain points', kind: 'painPoints' },
            { id: 'idea', name: 'Opportunities', kind: 'opportunities' },
          ],
          persona: {
            name: 'Ana',
            role: 'Busy parent',
            goals: 'Order in five minutes',
            frustrations: 'Hidden fees',
          },
          notes: [
            note('e1', 's1', 'feel', { text: 'Curious 🙂', emotion: 1 }),
            note('e2', 's2', 'feel', { text: '-2 Angry', emotion: -2 }),
            note('e3', 's2', 'feel', { text: 'Unsure', emotion: -1 }),
            note('p1', 's2', 'pain', {
              text: 'Hidden delivery fee',
              color: 'red',
              tags: ['critical', 'pricing'],
              author: 'Ana',
              votes: 3,
              createdAt: '2025-05-30T09:15:00.000Z',
            }),
            note('p2', 's3', 'pain', { text: 'App logs me out' }),
            note('o1', 's2', 'idea', { text: 'Show fees upfront', color: 'light_green' }),
          ],
          unplaced: [{ id: 'u1', text: 'Loose note', reason: 'outside every cell' }],
          grid: { columns: [], rows: [] },
          modifiedAt: '2025-05-31T18:00:00.000Z',
        },
        stages: [
          {
            ...awareness,
            emotionNotes: [{ id: 'e1', text: 'Curious 🙂', score: 1 }],
            emotionMean: 1,
            emotionSpread: 0,
            noteCounts: { feel: 1, pain: 0, idea: 0 },
          },
          {
            ...purchase,
            emotionNotes: [
              { id: 'e2', text: '-2 Angry', score: -2 },
              { id: 'e3', text: 'Unsure', score: -1 },
            ],
            emotionMean: -1.5, // (−2 − 1) / 2
            emotionSpread: 0.5,
            noteCounts: { feel: 2, pain: 1, idea: 1 },
          },
          {
            ...use,
            emotionNotes: [],
            emotionMean: null,
            emotionSpread: null,
            noteCounts: { feel: 0, pain: 1, idea: 0 },
          },
        ],
        curve: [
          { ...awareness, score: 1 },
          { ...purchase, score: -1.5 },
          { ...use, score: null },
        ],
        lowest: { ...purchase, score: -1.5 },
        highest: { ...awareness, score: 1 },
        topPainPoints: [
          {
            ...purchase,
            text: 'Hidden delivery fee',
            noteIds: ['p1'],
            votes: 3,
            mentions: 1,
            severity: 3,
          },
          { ...use, text: 'App logs me out', noteIds: ['p2'], votes: 0, mentions: 1, severity: 0 },
        ],
        opportunities: [{ ...purchase, notes: [{ id: 'o1', text: 'Show fees upfront' }] }],
        unansweredPainPoints: [{ ...use, id: 'p2', text: 'App logs me out' }],
        emptyCells: [
          { ...awareness, laneId: 'pain', laneName: 'Pain points' },
          { ...awareness, laneId: 'idea', laneName: 'Opportunities' },
          { ...use, laneId: 'feel', laneName: 'Emotions' },
          { ...use, laneId: 'idea', laneName: 'Opportunities' },
        ],
        findings: [
          {
            id: 'stageWithoutEmotion',
            message: 'Use has no emotion recorded.',
            where: [use],
            advice: 'Ask how the customer feels at this stage, negative feelings included.',
          },
        ],
      },
    ],
    comparisons: [
      {
        fromMapId: '3458764590000',
        fromTitle: 'Checkout (as-is)',
        toMapId: '3458764590001',
        toTitle: 'Checkout',
        stages: [
          { stageName: 'Awareness', from: 0, to: 1, change: 1 },
          { stageName: 'Purchase', from: -2, to: -1.5, change: 0.5 },
          { stageName: 'Use', from: 1, to: null, change: null },
        ],
        answered: [
          { ...purchase, painPoints: ['Surprise costs'], answeredBy: ['Show fees upfront'] },
        ],
        unanswered: [{ ...use, painPoints: ['App logs me out'] }],
      },
    ],
    warnings: ['Frame 3458764590009 has no stage labels; it was skipped.'],
  };
}
