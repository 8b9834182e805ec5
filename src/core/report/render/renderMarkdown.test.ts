import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './renderMarkdown.ts';
import { sampleReport } from '../../../test/sampleReport.ts';

describe('renderMarkdown', () => {
  it('writes each map’s sections, then the comparisons and the warnings', () => {
    expect(renderMarkdown(sampleReport())).toMatchInlineSnapshot(`
      "# Checkout

      Journey report · 1 June 2025

      **Persona:** Ana, Busy parent  
      **Goals:** Order in five minutes  
      **Frustrations:** Hidden fees

      **Lowest moment:** Purchase (−1.5): “-2 Angry”; “Unsure”  
      **Highest moment:** Awareness (+1): “Curious 🙂”

      ## Stage by stage

      ### Awareness

      - **Feels (+1):** “Curious 🙂”

      ### Purchase

      - **Feels (−1.5):** “-2 Angry”; “Unsure”
      - **What hurts:** “Hidden delivery fee” (3 votes)
      - **Could be better:** “Show fees upfront”

      ### Use

      - **What hurts:** “App logs me out”

      ## Emotion curve

      | Stage | Mean | Spread | Scored notes |
      | --- | ---: | ---: | ---: |
      | Awareness | +1 | 0.0 | 1 |
      | Purchase | −1.5 | 0.5 | 2 |
      | Use | — | — | 0 |

      ## Top pain points

      | Rank | Stage | Pain point | Votes | Mentions | Severity |
      | ---: | --- | --- | ---: | ---: | --- |
      | 1 | Purchase | Hidden delivery fee | 3 | 1 | critical |
      | 2 | Use | App logs me out | 0 | 1 |   |

      ## Pain points without an opportunity

      | Stage | Pain point |
      | --- | --- |
      | Use | App logs me out |

      ## Notes per stage and lane

      | Lane | Awareness | Purchase | Use |
      | --- | ---: | ---: | ---: |
      | Emotions | 1 | 2 | 0 |
      | Pain points | 0 | 1 | 1 |
      | Opportunities | 0 | 1 | 0 |

      ## Empty cells

      | Stage | Lanes with no note |
      | --- | --- |
      | Awareness | Pain points, Opportunities |
      | Use | Emotions, Opportunities |

      ## Unplaced notes

      | Note | Reason |
      | --- | --- |
      | Loose note | outside every cell |

      ## Findings

      - Use has no emotion recorded. — Ask how the customer feels at this stage, negative feelings included.

      Read from the map the app drew: 3 stages, 3 lanes, 6 notes, 1 note outside it.

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

  it('puts several maps under one title, each under its own heading with its footer', () => {
    const report = sampleReport();
    const [first] = report.maps;
    if (!first) throw new Error('no map');
    const second = {
      ...first,
      map: { ...first.map, title: 'Renewal', structure: 'inferred' as const },
    };
    report.maps.push(second);
    const markdown = renderMarkdown({ ...report, comparisons: [], warnings: [] });
    expect(markdown.split('\n').filter((line) => /^#{1,3} /.test(line))).toEqual([
      '# Journey report',
      '## Checkout',
      '### Stage by stage',
      '### Emotion curve',
      '### Top pain points',
      '### Pain points without an opportunity',
      '### Notes per stage and lane',
      '### Empty cells',
      '### Unplaced notes',
      '### Findings',
      '## Renewal',
      '### Stage by stage',
      '### Emotion curve',
      '### Top pain points',
      '### Pain points without an opportunity',
      '### Notes per stage and lane',
      '### Empty cells',
      '### Unplaced notes',
      '### Findings',
    ]);
    expect(markdown).toContain('# Journey report\n\n2 journey maps · 1 June 2025\n');
    expect(markdown).toContain('#### Purchase\n');
    expect(markdown).toContain(
      'Read from the map the app drew: 3 stages, 3 lanes, 6 notes, 1 note outside it.',
    );
    expect(markdown).toContain(
      'Read from the board’s layout: 3 stages, 3 lanes, 6 notes, 1 note outside it.',
    );
  });

  it('ranks tied pain points as ties', () => {
    const report = sampleReport();
    const [map] = report.maps;
    const [top, second] = map?.topPainPoints ?? [];
    if (!map || !top || !second) throw new Error('no pain points');
    map.topPainPoints = [top, second, { ...second, text: 'Search is slow', noteIds: ['p3'] }];
    const rows = renderMarkdown(report)
      .split('\n')
      .filter((line) => /^\| =?\d/.test(line));
    expect(rows).toEqual([
      '| 1 | Purchase | Hidden delivery fee | 3 | 1 | critical |',
      '| =2 | Use | App logs me out | 0 | 1 |   |',
      '| =2 | Use | Search is slow | 0 | 1 |   |',
    ]);
  });

  it('names no board id: not the frame’s, not an unplaced note’s', () => {
    const report = { ...sampleReport(), warnings: [] };
    const markdown = renderMarkdown(report);
    expect(markdown).not.toContain('3458764590001');
    expect(markdown).not.toMatch(/\bu1\b/);
  });

  it('says so when the board has no map', () => {
    const report = { ...sampleReport(), maps: [], comparisons: [], warnings: [] };
    expect(renderMarkdown(report)).toMatchInlineSnapshot(`
      "# Journey report

      0 journey maps · 1 June 2025

      No journey maps found on the board.
      "
    `);
  });
});
