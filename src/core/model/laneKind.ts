import * as z from 'zod/mini';
import type { NoteColor } from './noteColor.ts';

export const LANE_KINDS = [
  'actions',
  'goals',
  'touchpoints',
  'channels',
  'thoughts',
  'emotions',
  'painPoints',
  'opportunities',
  'momentsOfTruth',
  'evidence',
  'frontstage',
  'backstage',
  'support',
  'kpis',
  'custom',
] as const;

export const LaneKind = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof LaneKind>;

export const LANE_KIND_NAMES: Record<LaneKind, string> = {
  actions: 'Actions',
  goals: 'Goals',
  touchpoints: 'Touchpoints',
  channels: 'Channels',
  thoughts: 'Thoughts',
  emotions: 'Emotions',
  painPoints: 'Pain points',
  opportunities: 'Opportunities',
  momentsOfTruth: 'Moments of truth',
  evidence: 'Evidence',
  frontstage: 'Frontstage',
  backstage: 'Backstage',
  support: 'Support processes',
  kpis: 'KPIs',
  custom: 'Custom',
};

export const LANE_KIND_HINTS: Record<LaneKind, string> = {
  actions: 'What the customer does',
  goals: 'What they want to achieve, needs, expectations',
  touchpoints: 'Where they meet the business',
  channels: 'The medium: email, social, phone, in person',
  thoughts: 'Questions and thoughts',
  emotions: 'How they feel, from −2 to +2',
  painPoints: 'Obstacles, frustrations, friction',
  opportunities: 'Ideas to improve the experience',
  momentsOfTruth: 'Critical moments where perception shifts',
  evidence: 'Physical and digital evidence',
  frontstage: 'Employee actions the customer sees',
  backstage: 'Employee actions the customer does not see',
  support: 'Support processes and systems',
  kpis: 'Metrics per stage: CSAT, NPS, conversion',
  custom: 'Anything else the team names',
};

export const LANE_KIND_NOTE_COLORS: Record<LaneKind, NoteColor> = {
  actions: 'light_yellow',
  goals: 'light_blue',
  touchpoints: 'cyan',
  channels: 'blue',
  thoughts: 'light_pink',
  emotions: 'light_yellow',
  painPoints: 'red',
  opportunities: 'light_green',
  momentsOfTruth: 'violet',
  evidence: 'gray',
  frontstage: 'yellow',
  backstage: 'orange',
  support: 'dark_blue',
  kpis: 'gray',
  custom: 'light_yellow',
};
