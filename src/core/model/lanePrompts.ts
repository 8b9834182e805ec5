import type { LaneKind } from './laneKind.ts';

/** The question a facilitator asks the room while a lane of this kind is being filled. */
export const LANE_PROMPTS: Record<LaneKind, string> = {
  actions: 'What is the customer doing?',
  goals: 'What are they trying to achieve, and what do they expect?',
  touchpoints: 'Where do they meet us?',
  channels: 'Through which medium: email, social, phone, in person?',
  thoughts: 'What are they thinking, and what are they asking themselves?',
  emotions: 'How do they feel, from −2 to +2?',
  painPoints: 'What gets in their way?',
  opportunities: 'How could we do better?',
  momentsOfTruth: 'Where does their opinion of us change for good or for bad?',
  evidence: 'What do they see, hold or receive from us?',
  frontstage: 'What do our people do that the customer sees?',
  backstage: 'What do our people do behind the scenes?',
  support: 'Which processes and systems make it possible?',
  kpis: 'How do we measure how well this stage goes?',
  custom: 'What belongs in this lane at this stage?',
};
