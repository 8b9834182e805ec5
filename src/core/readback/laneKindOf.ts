import type { LaneKind } from '../model/laneKind.ts';

/** Synonyms per kind, as normalised words (see `normalizeLabel`). */
const SYNONYMS: Readonly<Record<Exclude<LaneKind, 'custom'>, readonly string[]>> = {
  actions: [
    'actions',
    'action',
    'doing',
    'does',
    'customer actions',
    'user actions',
    'steps taken',
    'activities',
    'activity',
    'tasks',
    'behaviour',
    'behavior',
  ],
  touchpoints: [
    'touchpoints',
    'touchpoint',
    'touch points',
    'touch point',
    'interactions',
    'interaction',
  ],
  channels: ['channels', 'channel', 'medium', 'media'],
  thoughts: ['thinking', 'thoughts', 'thought', 'questions', 'question', 'thinks'],
  emotions: [
    'feelings',
    'feeling',
    'feels',
    'emotional journey',
    'emotional',
    'emotions',
    'emotion',
    'mood',
    'experience',
    'sentiment',
    'highs',
  ],
  painPoints: [
    'frustrations',
    'frustration',
    'pains',
    'pain',
    'pain points',
    'pain point',
    'challenges',
    'challenge',
    'lows',
    'barriers',
    'barrier',
    'obstacles',
    'friction',
    'problems',
  ],
  opportunities: [
    'ideas',
    'idea',
    'improvements',
    'improvement',
    'opportunities',
    'opportunity',
    'solutions',
    'solution',
  ],
  goals: ['goals', 'goal', 'needs', 'need', 'expectations', 'expectation', 'motivations'],
  momentsOfTruth: ['moments of truth', 'moment of truth'],
  evidence: ['evidence', 'props', 'physical evidence'],
  frontstage: ['frontstage', 'front stage', 'onstage', 'on stage'],
  backstage: ['backstage', 'back stage'],
  support: ['support processes', 'support process', 'support', 'systems', 'system'],
  kpis: ['kpis', 'kpi', 'metrics', 'metric', 'success metrics', 'measures'],
};

const STAGE_ROW_HEADERS = new Set([
  'phases',
  'phase',
  'steps',
  'step',
  'stages',
  'stage',
  'journey stages',
  'journey phases',
  'journey steps',
  'customer journey stages',
]);

/** Lower case, `&` as "and", anything but letters and digits as single spaces, trimmed. */
export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True for a label that names the row of stage labels ("Phases", "Stages") rather than a lane. */
export function isStageRowHeader(label: string): boolean {
  return STAGE_ROW_HEADERS.has(normalizeLabel(label));
}

/**
 * The lane kind a label names: the kind of the synonym found earliest in it as whole words (the
 * longer synonym on a tie), so "Frontstage actions" is frontstage and "Touchpoints & channels" is
 * touchpoints; `custom` when none is found.
 */
export function laneKindOf(label: string): LaneKind {
  const words = ` ${normalizeLabel(label)} `;
  let best: { kind: LaneKind; at: number; length: number } | null = null;
  for (const [kind, synonyms] of Object.entries(SYNONYMS) as [LaneKind, readonly string[]][]) {
    for (const synonym of synonyms) {
      const at = words.indexOf(` ${synonym} `);
      if (at < 0) continue;
      if (best === null || at < best.at || (at === best.at && synonym.length > best.length))
        best = { kind, at, length: synonym.length };
    }
  }
  return best?.kind ?? 'custom';
}
