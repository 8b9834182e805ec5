import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './renderMarkdown.ts';
import { sampleReport } from '../../../test/sampleReport.ts';

describe('renderMarkdown', () => {
  it('writes each map’s sections, then the comparisons and the warnings', () => {
    expect(renderMarkdown(sampleReport())).toMatchInlineSnapshot(`
      "# Journey report

      Generated 2025-06-01T12:00:00.000Z

      ## Checkout

      Frame 3458764590001 · structure recorded by the app · 3 stages, 3 lanes · 6 notes placed, 1 unplaced

      **Persona:** Ana, Busy parent  
      **Goals:** Order in five minutes  
      **Frustrations:** Hidden fees

      ### Emotion curve

      | Stage | Mean | Spread | Scored notes |
      | --- | ---: | ---: | ---: |
      | Awareness | +1 | 0.0 | 1 |
      | Purchase | −1.5 | 0.5 | 2 |
      | Use | — | — | 0 |

      Lowest moment: Purchase (−1.5)  
      Highest moment: Awareness (+1)

      ### Notes per stage and lane

      | Lane | Awareness | Purchase | Use |
      | --- | ---: | ---: | ---: |
      | Emotions | 1 | 2 | 0 |
      | Pain points | 0 | 1 | 1 |
      | Opportunities | 0 | 1 | 0 |

      ### Top pain points

      | Rank | Stage | Pain point | Votes | Mentions |
      | ---: | --- | --- | ---: | ---: |
      | 1 | Purchase | Hidden delivery fee | 3 | 1 |
      | 2 | Use | App logs me out | 0 | 1 |

      ### Opportunities

      | Stage | Opportunity |
      | --- | --- |
      | Purchase | Show fees upfront |

      ### Pain points without an opportunity

      | Stage | Pain point |
      | --- | --- |
      | Use | App logs me out |

      ### Empty cells

      | Stage | Lanes with no note |
      | --- | --- |
      | Awareness | Pain points, Opportunities |
      | Use | Emotions, Opportunities |

      ### Unplaced notes

      | Note | Text | Reason |
      | --- | --- | --- |
      | u1 | Loose note | outside every cell |

      ### Findings

      - Use has no emotion recorded. — Ask how the customer feels at this stage, negative feelings included.

      ## Comparisons

      ### Checkout (as-is) → Checkout

      | Stage | From | To | Change |
      | --- | ---: | ---: | ---: |
      | Awareness | 0 | +1 | +1 |
      | Purchase | −2 | −1.5 | +0.5 |
      | Use | +1 | — | — |

      #### Answered pain points

      | Stage | Pain points | Answered by |
      | --- | --- | --- |
      | Purchase | Surprise costs | Show fees upfront |

      ## Warnings

      - Frame 3458764590009 has no stage labels; it was skipped.
      "
    `);
  });

  it('says so when the board has no map', () => {
    const report = { ...sampleReport(), maps: [], comparisons: [], warnings: [] };
    expect(renderMarkdown(report)).toMatchInlineSnapshot(`
      "# Journey report

      Generated 2025-06-01T12:00:00.000Z

      No journey maps found on the board.
      "
    `);
  });
});
