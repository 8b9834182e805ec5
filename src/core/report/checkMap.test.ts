import { describe, expect, it } from 'vitest';
import {
  FIVE_STAGES,
  FULL_LANES,
  healthyMap,
  journeyMap,
  MAYA,
  note,
} from '../../test/journeyMapBuilder.ts';
import type { JourneyMap } from '../model/journey.schema.ts';
import { analyzeMap } from './analyzeMap.ts';
import type { FindingId } from './Report.ts';

const NOW = '2025-06-01T00:00:00.000Z';

function findings(map: JourneyMap, id: FindingId) {
  return analyzeMap(map, { now: NOW }).findings.filter((f) => f.id === id);
}

describe('checkMap', () => {
  it('finds nothing wrong with a healthy map', () => {
    expect(analyzeMap(healthyMap(), { now: NOW }).findings).toEqual([]);
  });

  it('flags a map without a persona or with an unnamed one', () => {
    expect(findings(healthyMap({ persona: null }), 'noPersona')).toHaveLength(1);
    expect(findings(healthyMap({ persona: { ...MAYA, name: ' ' } }), 'noPersona')).toHaveLength(1);
    expect(findings(healthyMap(), 'noPersona')).toEqual([]);
  });

  it('flags fewer than five stages', () => {
    const map = journeyMap({ stages: ['a', 'b', 'c', 'd'], lanes: [] });
    expect(findings(map, 'tooFewStages').map((f) => f.message)).toEqual([
      'The map has 4 stages; a journey usually needs 5 to 10.',
    ]);
    expect(findings(healthyMap(), 'tooFewStages')).toEqual([]);
  });

  it('flags more than ten stages, not ten', () => {
    const stages = (count: number) => Array.from({ length: count }, (_, i) => `s${i}`);
    expect(findings(journeyMap({ stages: stages(11), lanes: [] }), 'tooManyStages')).toHaveLength(
      1,
    );
    expect(findings(journeyMap({ stages: stages(10), lanes: [] }), 'tooManyStages')).toEqual([]);
  });

  it('flags the stages without a scored emotion once, naming each cell in stage order', () => {
    const map = journeyMap({
      stages: FIVE_STAGES,
      lanes: FULL_LANES,
      notes: [
        { stage: 'a', lane: 'emotions', emotion: -1 },
        { stage: 'c', lane: 'emotions', emotion: 1 },
      ],
    });
    const [finding, ...more] = findings(map, 'stageWithoutEmotion');
    expect(more).toEqual([]);
    expect(finding?.message).toBe('“b”, “d” and “e” have no scored emotion.');
    expect(finding?.where).toEqual(
      ['b', 'd', 'e'].map((s) => ({
        stageId: s,
        stageName: s,
        laneId: 'emotions',
        laneName: 'Emotions',
      })),
    );
  });

  it('asks once for an emotions lane when the map has none', () => {
    const map = journeyMap({ stages: FIVE_STAGES, lanes: ['touchpoints'] });
    expect(findings(map, 'stageWithoutEmotion')).toEqual([
      {
        id: 'stageWithoutEmotion',
        message: 'The map has no emotions lane, so it shows no emotion curve.',
        where: [],
        advice: 'Add an emotions lane and score how the customer feels at every stage, −2 to +2.',
      },
    ]);
  });

  it('flags a map whose scores are all zero or positive', () => {
    const notes = FIVE_STAGES.map((stage) => ({ stage, lane: 'emotions', emotion: 0 as const }));
    const map = journeyMap({ stages: FIVE_STAGES, lanes: FULL_LANES, notes });
    expect(findings(map, 'noNegativeEmotion')).toHaveLength(1);
    expect(findings(healthyMap(), 'noNegativeEmotion')).toEqual([]);
  });

  it('looks for negatives on the emotion curve only, not in other lanes', () => {
    const notes = FIVE_STAGES.map((stage) => ({ stage, lane: 'emotions', emotion: 1 as const }));
    const map = journeyMap({
      stages: FIVE_STAGES,
      lanes: FULL_LANES,
      notes: [...notes, { stage: 'a', lane: 'painPoints', text: '-2 Lost', emotion: -2 }],
    });
    expect(findings(map, 'noNegativeEmotion')).toHaveLength(1);
  });

  it('leaves a map without an emotions lane to stageWithoutEmotion, scores elsewhere or not', () => {
    const map = journeyMap({
      stages: FIVE_STAGES,
      lanes: ['touchpoints', 'thoughts'],
      notes: [{ stage: 'a', lane: 'thoughts', emotion: 2 }],
    });
    expect(findings(map, 'stageWithoutEmotion')).toHaveLength(1);
    expect(findings(map, 'noNegativeEmotion')).toEqual([]);
  });

  it('does not flag missing negatives on a map with no scores at all', () => {
    const map = journeyMap({ stages: FIVE_STAGES, lanes: FULL_LANES });
    expect(findings(map, 'noNegativeEmotion')).toEqual([]);
  });

  it('flags the stages without a touchpoint', () => {
    const map = healthyMap();
    const withoutC = { ...map, notes: map.notes.filter((n) => n.text !== 'touchpoint c') };
    expect(findings(withoutC, 'stageWithoutTouchpoint').map((f) => [f.message, f.where])).toEqual([
      [
        '“c” has no touchpoint.',
        [{ stageId: 'c', stageName: 'c', laneId: 'touchpoints', laneName: 'Touchpoints' }],
      ],
    ]);
  });

  it('flags once a map without a touchpoints lane', () => {
    const map = journeyMap({ stages: FIVE_STAGES, lanes: ['emotions'] });
    expect(findings(map, 'stageWithoutTouchpoint').map((f) => f.where)).toEqual([[]]);
  });

  it('flags the pain points left without an opportunity in their stage, counted per stage', () => {
    const map = healthyMap();
    map.notes.push(
      ...['p1', 'p2'].map((id) => note(id, 'b', 'painPoints')),
      note('p3', 'd', 'painPoints'),
      note('o1', 'd', 'opportunities'),
      note('p4', 'e', 'painPoints'),
    );
    expect(findings(map, 'painPointWithoutOpportunity').map((f) => [f.message, f.where])).toEqual([
      [
        '3 pain points have no opportunity in their stages: “b” (2), “e” (1).',
        [
          { stageId: 'b', stageName: 'b' },
          { stageId: 'e', stageName: 'e' },
        ],
      ],
    ]);
  });

  it('says “its stage” when one pain point in one stage is unanswered', () => {
    const map = healthyMap();
    map.notes.push(note('p1', 'b', 'painPoints'));
    expect(findings(map, 'painPointWithoutOpportunity').map((f) => f.message)).toEqual([
      '1 pain point has no opportunity in its stage: “b” (1).',
    ]);
  });

  it('flags a map last changed more than 183 days before now', () => {
    // 2024-11-30 → 2025-06-01 is 30 + 1 + 31 + 28 + 31 + 30 + 31 = 183 days (not stale);
    // 2024-11-29 is 184 days
    expect(findings(healthyMap({ modifiedAt: '2024-11-30T00:00:00.000Z' }), 'stale')).toEqual([]);
    expect(
      findings(healthyMap({ modifiedAt: '2024-11-29T00:00:00.000Z' }), 'stale').map(
        (f) => f.message,
      ),
    ).toEqual(['The map was last changed 184 days ago.']);
  });

  it('does not judge freshness without a modification time', () => {
    expect(findings(healthyMap({ modifiedAt: null }), 'stale')).toEqual([]);
  });

  it('flags a map of at least ten notes where one stage holds more than half', () => {
    const map = healthyMap();
    map.notes.push(...Array.from({ length: 9 }, (_, i) => note(`x${i}`, 'a', 'touchpoints')));
    // 10 + 9 = 19 notes; stage a holds 2 + 9 = 11 > 9.5
    expect(findings(map, 'lopsided').map((f) => [f.message, f.where])).toEqual([
      ['“a” holds 11 of the map’s 19 notes.', [{ stageId: 'a', stageName: 'a' }]],
    ]);
  });

  it('does not flag one crowded stage on a map of fewer than ten notes', () => {
    const map = journeyMap({
      stages: ['a', 'b'],
      lanes: ['actions'],
      notes: [
        { stage: 'a', lane: 'actions' },
        { stage: 'a', lane: 'actions' },
        { stage: 'b', lane: 'actions' },
      ],
    });
    expect(findings(map, 'lopsided')).toEqual([]);
  });

  it('flags a map where more than half the stages are empty', () => {
    const map = healthyMap();
    const onlyAB = { ...map, notes: map.notes.filter((n) => ['a', 'b'].includes(n.stageId)) };
    // c, d, e empty: 3 of 5
    expect(findings(onlyAB, 'lopsided').map((f) => f.message)).toEqual([
      '3 of the map’s 5 stages have no notes: “c”, “d” and “e”.',
    ]);
  });

  it('does not call an empty map lopsided', () => {
    expect(findings(journeyMap({ stages: FIVE_STAGES, lanes: FULL_LANES }), 'lopsided')).toEqual(
      [],
    );
  });

  it('gives at most one finding per check, in the checks’ order', () => {
    const map = journeyMap({ stages: ['a', 'b'], lanes: ['emotions'], persona: null });
    expect(analyzeMap(map, { now: NOW }).findings.map((f) => f.id)).toEqual([
      'noPersona',
      'tooFewStages',
      'stageWithoutEmotion',
      'stageWithoutTouchpoint',
    ]);
  });
});
