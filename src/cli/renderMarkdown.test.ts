import { describe, expect, it } from 'vitest';
import type { JourneyMap, Note } from '../core/model/journey.schema.ts';
import { formatMean, inline, listItem, renderMarkdown } from './renderMarkdown.ts';

function note(id: string, stageId: string, laneId: string, emotion: Note['emotion']): Note {
  return {
    id,
    text: id,
    stageId,
    laneId,
    emotion,
    color: null,
    tags: [],
    author: null,
    votes: 0,
    createdAt: null,
    modifiedAt: null,
  };
}

const map: JourneyMap = {
  id: '3458764590001000001',
  title: 'Checkout | *fast*',
  structure: 'inferred',
  stages: [
    { id: 'a', name: 'Awareness' },
    { id: 'b', name: 'Buy' },
  ],
  lanes: [
    { id: 'do', name: 'Actions', kind: 'actions' },
    { id: 'feel', name: 'Feelings', kind: 'emotions' },
  ],
  persona: { name: 'Ana', role: 'Busy parent', goals: '', frustrations: '' },
  notes: [
    note('n1', 'a', 'do', 2),
    note('n2', 'a', 'do', null),
    note('n3', 'a', 'feel', 1),
    note('n4', 'a', 'feel', -2),
  ],
  unplaced: [
    { id: 'n9', text: 'Over <b>two</b>\nlines | [link](x)', reason: 'outside every cell' },
  ],
  grid: {
    columns: [
      [0, 100],
      [100, 100],
    ],
    rows: [
      [0, 50],
      [50, 50],
    ],
  },
  modifiedAt: null,
};

describe('renderMarkdown', () => {
  it('summarises each map: counts, emotion per stage, unplaced notes, then warnings', () => {
    expect(renderMarkdown({ maps: [map], warnings: ['Frame 12 has no labels'] }))
      .toMatchInlineSnapshot(`
        "# Journey maps

        ## Checkout \\| \\*fast\\*

        Frame 3458764590001000001 · structure inferred from labels · 4 notes placed, 1 unplaced

        Persona: Ana, Busy parent

        ### Notes per stage and lane

        | Lane | Awareness | Buy |
        | --- | ---: | ---: |
        | Actions | 2 | 0 |
        | Feelings | 2 | 0 |

        ### Emotion per stage

        | Stage | Emotion (mean) | Scored notes |
        | --- | ---: | ---: |
        | Awareness | −0.5 | 2 |
        | Buy | — | 0 |

        ### Unplaced notes

        | Note | Text | Reason |
        | --- | --- | --- |
        | n9 | Over \\<b\\>two\\</b\\><br>lines \\| \\[link\\](x) | outside every cell |

        ## Warnings

        - Frame 12 has no labels
        "
      `);
  });

  it('says so when the board has no map', () => {
    expect(renderMarkdown({ maps: [], warnings: [] })).toBe(
      '# Journey maps\n\nNo journey maps found on the board.\n',
    );
  });
});

describe('formatMean', () => {
  it('rounds to one decimal and signs the result', () => {
    expect([[2, 1], [-1, -2, 0], [1, -1], [1, 1, 0], [-1, 0, 0, 0], []].map(formatMean)).toEqual([
      '+1.5', // 3/2
      '−1', // -3/3
      '0',
      '+0.7', // 2/3
      '−0.3', // -1/4, the half away from zero
      '—',
    ]);
  });
});

describe('inline', () => {
  it('escapes what would become markup', () => {
    expect(inline('+1 _a_ `b` <i>&amp;</i> ![x](y) #')).toBe(
      '+1 \\_a\\_ \\`b\\` \\<i\\>\\&amp;\\</i\\> \\!\\[x\\](y) \\#',
    );
  });
});

describe('listItem', () => {
  it('escapes a leading list marker of the text', () => {
    expect(['- item', '+1 more', '2. second', '2024 was fine'].map(listItem)).toEqual([
      '- \\- item',
      '- \\+1 more',
      '- 2\\. second',
      '- 2024 was fine',
    ]);
  });
});
