import { describe, expect, it } from 'vitest';
import { journeyMap } from '../../test/journeyMapBuilder.ts';
import { analyzeMap } from './analyzeMap.ts';

const NOW = { now: '2025-06-01T00:00:00.000Z' };

const scored = journeyMap({
  stages: ['a', 'b', 'c'],
  lanes: ['emotions', 'thoughts'],
  notes: [
    { stage: 'a', lane: 'emotions', emotion: 2 },
    { stage: 'a', lane: 'emotions', emotion: -1 },
    { stage: 'a', lane: 'emotions' },
    { stage: 'a', lane: 'thoughts', emotion: -2 },
    { stage: 'c', lane: 'emotions', emotion: -1 },
  ],
});

describe('analyzeMap: emotions', () => {
  it('takes the mean and population spread of the emotions lane’s scored notes', () => {
    const [a] = analyzeMap(scored, NOW).stages;
    // scores 2 and −1 (the unscored note and the thoughts lane’s −2 left out): mean 0.5,
    // deviations ±1.5, so spread √(1.5²) = 1.5
    expect([a?.emotionMean, a?.emotionSpread]).toEqual([0.5, 1.5]);
  });

  it('keeps the notes a stage’s emotion is made of, in note order', () => {
    const [a] = analyzeMap(scored, NOW).stages;
    expect(a?.emotionNotes).toEqual([
      { id: 'n1', text: 'note 1', score: 2 },
      { id: 'n2', text: 'note 2', score: -1 },
    ]);
  });

  it('leaves mean and spread null for a stage without a scored note', () => {
    const b = analyzeMap(scored, NOW).stages[1];
    expect([b?.emotionMean, b?.emotionSpread, b?.emotionNotes]).toEqual([null, null, []]);
  });

  it('counts notes per lane id, zero included', () => {
    const [a, b] = analyzeMap(scored, NOW).stages;
    expect(a?.noteCounts).toEqual({ emotions: 3, thoughts: 1 });
    expect(b?.noteCounts).toEqual({ emotions: 0, thoughts: 0 });
  });

  it('draws the curve with one point per stage', () => {
    expect(analyzeMap(scored, NOW).curve).toEqual([
      { stageId: 'a', stageName: 'a', score: 0.5 },
      { stageId: 'b', stageName: 'b', score: null },
      { stageId: 'c', stageName: 'c', score: -1 },
    ]);
  });

  it('names the lowest and highest stage', () => {
    const report = analyzeMap(scored, NOW);
    expect(report.lowest).toEqual({ stageId: 'c', stageName: 'c', score: -1 });
    expect(report.highest).toEqual({ stageId: 'a', stageName: 'a', score: 0.5 });
  });

  it('gives ties for lowest and highest to the earlier stage', () => {
    const map = journeyMap({
      stages: ['a', 'b', 'c'],
      lanes: ['emotions'],
      notes: ['a', 'b', 'c'].map((stage) => ({ stage, lane: 'emotions', emotion: 1 as const })),
    });
    const report = analyzeMap(map, NOW);
    expect([report.lowest?.stageId, report.highest?.stageId]).toEqual(['a', 'a']);
  });

  it('has no lowest or highest when no stage is scored', () => {
    const report = analyzeMap(journeyMap({ stages: ['a'], lanes: ['emotions'] }), NOW);
    expect([report.lowest, report.highest]).toEqual([null, null]);
  });

  it('scores no stage of a map without an emotions lane, whatever its other lanes score', () => {
    const map = journeyMap({
      stages: ['a'],
      lanes: ['thoughts', 'actions'],
      notes: [
        { stage: 'a', lane: 'thoughts', emotion: -2 },
        { stage: 'a', lane: 'actions', emotion: 1 },
      ],
    });
    const report = analyzeMap(map, NOW);
    expect([report.curve, report.lowest, report.highest]).toEqual([
      [{ stageId: 'a', stageName: 'a', score: null }],
      null,
      null,
    ]);
  });
});

describe('analyzeMap: pain points and opportunities', () => {
  const map = journeyMap({
    stages: ['a', 'b'],
    lanes: ['painPoints', 'opportunities'],
    notes: [
      { stage: 'a', lane: 'painPoints', text: 'Slow' },
      { stage: 'a', lane: 'opportunities', text: 'Faster' },
      { stage: 'b', lane: 'painPoints', text: 'Lost' },
      { stage: 'b', lane: 'painPoints', text: 'Confused' },
    ],
  });

  it('lists opportunities per stage', () => {
    expect(analyzeMap(map, NOW).opportunities).toEqual([
      { stageId: 'a', stageName: 'a', notes: [{ id: 'n2', text: 'Faster' }] },
      { stageId: 'b', stageName: 'b', notes: [] },
    ]);
  });

  it('lists pain points of stages without an opportunity as unanswered', () => {
    expect(analyzeMap(map, NOW).unansweredPainPoints).toEqual([
      { stageId: 'b', stageName: 'b', id: 'n3', text: 'Lost' },
      { stageId: 'b', stageName: 'b', id: 'n4', text: 'Confused' },
    ]);
  });

  it('keeps at most ten top pain points', () => {
    const many = journeyMap({
      stages: ['a'],
      lanes: ['painPoints'],
      notes: Array.from({ length: 12 }, (_, i) => ({
        stage: 'a',
        lane: 'painPoints',
        text: `pain ${i}`,
        votes: i,
      })),
    });
    const top = analyzeMap(many, NOW).topPainPoints;
    // votes 11 down to 2; pain 1 and pain 0 drop out
    expect([top.length, top[0]?.text, top[9]?.text]).toEqual([10, 'pain 11', 'pain 2']);
  });

  it('lists every empty cell in stage, then lane order', () => {
    expect(analyzeMap(map, NOW).emptyCells).toEqual([
      { stageId: 'b', stageName: 'b', laneId: 'opportunities', laneName: 'Opportunities' },
    ]);
    const bare = journeyMap({ stages: ['a', 'b'], lanes: ['actions', 'emotions'] });
    expect(analyzeMap(bare, NOW).emptyCells.map((c) => `${c.stageId}/${c.laneId}`)).toEqual([
      'a/actions',
      'a/emotions',
      'b/actions',
      'b/emotions',
    ]);
  });
});
