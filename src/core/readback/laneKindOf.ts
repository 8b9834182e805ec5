import type { LaneKind } from '../model/laneKind.ts';
import {
  COMPOUND_HEADS,
  LANE_SYNONYMS,
  STAGE_ROW_HEADERS,
  type NamedLaneKind,
} from './laneVocabulary.ts';
import { normalizeLabel } from './normalizeLabel.ts';

/** A compound names its kind only when something stands before the head ("Kunden…"). */
const MIN_COMPOUND_PREFIX = 4;

/** Normalised synonym → kind, over all languages (a synonym names one kind, K1). */
const KIND_BY_SYNONYM = new Map<string, NamedLaneKind>();
for (const [kind, byLanguage] of Object.entries(LANE_SYNONYMS) as [
  NamedLaneKind,
  Record<string, readonly string[]>,
][])
  for (const synonyms of Object.values(byLanguage))
    for (const synonym of synonyms) KIND_BY_SYNONYM.set(normalizeLabel(synonym), kind);

const LONGEST_SYNONYM_WORDS = Math.max(
  ...[...KIND_BY_SYNONYM.keys()].map((synonym) => synonym.split(' ').length),
);

const COMPOUND_HEAD_KINDS = new Map<string, NamedLaneKind>();
for (const heads of Object.values(COMPOUND_HEADS))
  for (const head of heads) {
    const normalized = normalizeLabel(head);
    const kind = KIND_BY_SYNONYM.get(normalized);
    if (kind) COMPOUND_HEAD_KINDS.set(normalized, kind);
  }

const STAGE_ROW_LABELS = new Set(Object.values(STAGE_ROW_HEADERS).flat().map(normalizeLabel));

/** True for a label that names the row of stage labels ("Phases", "Etapas") rather than a lane. */
export function isStageRowHeader(label: string): boolean {
  return STAGE_ROW_LABELS.has(normalizeLabel(label));
}

/** The longest synonym (in characters) that starts at word `at`, as whole words. */
function synonymAt(
  words: readonly string[],
  at: number,
): { kind: NamedLaneKind; length: number } | null {
  let found: { kind: NamedLaneKind; length: number } | null = null;
  let phrase = '';
  for (let end = at; end < Math.min(words.length, at + LONGEST_SYNONYM_WORDS); end += 1) {
    phrase = end === at ? (words[end] ?? '') : `${phrase} ${words[end] ?? ''}`;
    const kind = KIND_BY_SYNONYM.get(phrase);
    if (kind) found = { kind, length: phrase.length };
  }
  return found;
}

/** The kind of the longest compound head that ends this word ("kundenschmerzpunkte"). */
function compoundHeadOf(word: string): { kind: NamedLaneKind; length: number } | null {
  for (let start = MIN_COMPOUND_PREFIX; start < word.length; start += 1) {
    const kind = COMPOUND_HEAD_KINDS.get(word.slice(start));
    if (kind) return { kind, length: word.length - start };
  }
  return null;
}

/**
 * The lane kind a label names, in any of the vocabulary's languages: the kind of the synonym
 * found earliest in it as whole words (the longer synonym on a tie), so "Frontstage actions" is
 * frontstage and "Touchpoints & channels" is touchpoints; a German or Dutch compound ending in a
 * head word counts at its start; `custom` when none is found.
 */
export function laneKindOf(label: string): LaneKind {
  const normalized = normalizeLabel(label);
  if (normalized === '') return 'custom';
  const words = normalized.split(' ');
  for (let at = 0; at < words.length; at += 1) {
    const whole = synonymAt(words, at);
    const compound = compoundHeadOf(words[at] ?? '');
    const best =
      whole && compound
        ? whole.length >= compound.length
          ? whole
          : compound
        : (whole ?? compound);
    if (best) return best.kind;
  }
  return 'custom';
}
