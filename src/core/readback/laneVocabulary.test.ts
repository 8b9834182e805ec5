import { describe, expect, it } from 'vitest';
import { LANE_KINDS } from '../model/laneKind.ts';
import { isStageRowHeader, laneKindOf } from './laneKindOf.ts';
import {
  COMPOUND_HEADS,
  LABEL_LANGUAGES,
  LANE_SYNONYMS,
  STAGE_ROW_HEADERS,
  type NamedLaneKind,
} from './laneVocabulary.ts';
import { normalizeLabel } from './normalizeLabel.ts';

const namedKinds = LANE_KINDS.filter((kind): kind is NamedLaneKind => kind !== 'custom');

const everySynonym = namedKinds.flatMap((kind) =>
  LABEL_LANGUAGES.flatMap((language) =>
    (LANE_SYNONYMS[kind]?.[language] ?? []).map((synonym) => ({ kind, language, synonym })),
  ),
);

describe('lane vocabulary', () => {
  it.each(namedKinds.flatMap((kind) => LABEL_LANGUAGES.map((language) => [kind, language])))(
    '[K4] has synonyms of %s in %s',
    (kind, language) => {
      const synonyms = LANE_SYNONYMS[kind as NamedLaneKind]?.[language as 'en'] ?? [];
      expect(synonyms.length).toBeGreaterThan(0);
    },
  );

  it.each(LABEL_LANGUAGES)('[K4] has stage row headers in %s', (language) => {
    expect(STAGE_ROW_HEADERS[language]?.length ?? 0).toBeGreaterThan(0);
  });

  it('[K4] gives no synonym to two kinds, in one language or across languages', () => {
    const kindsBySynonym = new Map<string, Set<string>>();
    for (const { kind, synonym } of everySynonym) {
      const key = normalizeLabel(synonym);
      kindsBySynonym.set(key, (kindsBySynonym.get(key) ?? new Set()).add(kind));
    }
    const shared = [...kindsBySynonym].filter(([, kinds]) => kinds.size > 1);
    expect(shared).toEqual([]);
  });

  it('[K4] reads every synonym as its own kind', () => {
    const misread = everySynonym
      .map(({ kind, language, synonym }) => ({
        language,
        synonym,
        kind,
        read: laneKindOf(synonym),
      }))
      .filter(({ kind, read }) => kind !== read);
    expect(misread).toEqual([]);
  });

  it('[K4] keeps stage row headers apart from lane synonyms', () => {
    const lane = new Set(everySynonym.map(({ synonym }) => normalizeLabel(synonym)));
    const headers = Object.values(STAGE_ROW_HEADERS).flat();
    expect(headers.filter((header) => lane.has(normalizeLabel(header)))).toEqual([]);
    expect(headers.filter((header) => !isStageRowHeader(header))).toEqual([]);
  });

  it('[K6] takes compound heads only from the synonyms of their language', () => {
    const missing = Object.entries(COMPOUND_HEADS).flatMap(([language, heads]) =>
      (heads ?? []).filter(
        (head) =>
          !namedKinds.some((kind) =>
            (LANE_SYNONYMS[kind]?.[language as 'de'] ?? []).includes(head),
          ),
      ),
    );
    expect(missing).toEqual([]);
  });
});
