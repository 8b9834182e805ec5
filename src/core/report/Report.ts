import type { EmotionScore } from '../model/emotion.ts';
import type { JourneyMap, Note } from '../model/journey.schema.ts';

/** A stage of a map, by id and name. */
export type StageRef = { stageId: string; stageName: string };
export type LaneRef = { laneId: string; laneName: string };

/** A note of an emotions lane that has a score. */
export type ScoredNote = Pick<Note, 'id' | 'text'> & { score: EmotionScore };

/**
 * One stage of a map. Its emotion comes from the scored notes of the map's emotions lanes and
 * from nothing else (DESIGN §1): a map without an emotions lane has no score at any stage.
 */
export type StageInsight = StageRef & {
  /** The stage's scored notes of the emotions lanes, in the map's note order. */
  emotionNotes: ScoredNote[];
  /** Mean of those scores; null when none is scored. */
  emotionMean: number | null;
  /** Population standard deviation of those scores; null when none is scored. */
  emotionSpread: number | null;
  /** Note counts by lane id, every lane of the map included. */
  noteCounts: Record<string, number>;
};

/** A point of the emotion curve: one per stage, left to right. */
export type CurvePoint = StageRef & { score: number | null };

/**
 * A pain point as the report ranks it: notes that say the same thing (same normalised text) in
 * one stage count as one pain point with several mentions.
 */
export type RankedPainPoint = StageRef & {
  text: string;
  noteIds: string[];
  votes: number;
  mentions: number;
  /** From severity tags (e.g. "critical" 3, "high" 2, "medium" 1); 0 without. */
  severity: number;
};

export type StageOpportunities = StageRef & { notes: Pick<Note, 'id' | 'text'>[] };

export type FindingId =
  | 'noPersona'
  | 'tooFewStages'
  | 'tooManyStages'
  | 'stageWithoutEmotion'
  | 'noNegativeEmotion'
  | 'stageWithoutTouchpoint'
  | 'painPointWithoutOpportunity'
  | 'stale'
  | 'lopsided';

/** A stage, a lane or a cell of a map. */
export type Place = Partial<StageRef> & Partial<LaneRef>;

/**
 * A health check that failed, once per check: what is wrong, every place it is wrong (empty
 * when it is about the whole map), and what to do.
 */
export type Finding = {
  id: FindingId;
  message: string;
  where: Place[];
  advice: string;
};

export type MapReport = {
  map: JourneyMap;
  stages: StageInsight[];
  curve: CurvePoint[];
  lowest: (StageRef & { score: number }) | null;
  highest: (StageRef & { score: number }) | null;
  /** Ranked by votes, then mentions, then severity. */
  topPainPoints: RankedPainPoint[];
  opportunities: StageOpportunities[];
  /** Pain points in a stage that has no opportunity note. */
  unansweredPainPoints: (StageRef & Pick<Note, 'id' | 'text'>)[];
  emptyCells: (StageRef & LaneRef)[];
  findings: Finding[];
};

/** Two maps compared stage by stage, matched by stage name (case- and space-insensitive). */
export type Comparison = {
  fromMapId: string;
  fromTitle: string;
  toMapId: string;
  toTitle: string;
  stages: { stageName: string; from: number | null; to: number | null; change: number | null }[];
  /**
   * Per stage of the `from` map, in its order: its pain points that the `to` map answers, and
   * the `to` map's opportunities that answer them (each text once).
   */
  answered: (StageRef & { painPoints: string[]; answeredBy: string[] })[];
  /** Per stage of the `from` map, in its order: its pain points that the `to` map does not answer. */
  unanswered: (StageRef & { painPoints: string[] })[];
};

export type Report = {
  /** ISO time the report was made, given by the caller (core has no clock). */
  generatedAt: string;
  maps: MapReport[];
  comparisons: Comparison[];
  warnings: string[];
  /**
   * Authors' names by the id a note gives as its author, where the board offers them; absent
   * when the source has ids only. An id with no name here is shown as the id.
   */
  authorNames?: Readonly<Record<string, string>>;
};
