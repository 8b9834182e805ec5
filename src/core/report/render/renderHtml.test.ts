import { describe, expect, it } from 'vitest';
import { emotionCurveSvg } from './emotionCurveSvg.ts';
import { REPORT_CSP, renderHtml } from './renderHtml.ts';
import { sampleReport } from '../../../test/sampleReport.ts';

describe('renderHtml', () => {
  it('is one document with a strict content security policy and no script', () => {
    const html = renderHtml(sampleReport());
    expect(
      html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'),
    ).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).toContain('@media print');
  });

  it('writes the sections of a map after its style sheet', () => {
    const html = renderHtml(sampleReport());
    expect(html.slice(html.indexOf('<body>'))).toMatchInlineSnapshot(`
      "<body>
      <header>
      <h1>Checkout</h1>
      <p class="meta">Journey report · <time datetime="2025-06-01T12:00:00.000Z">1 June 2025</time></p>
      </header>
      <section class="map">
      <div class="persona">
      <p><strong>Persona:</strong> Ana, Busy parent</p>
      <p><strong>Goals:</strong> Order in five minutes</p>
      <p><strong>Frustrations:</strong> Hidden fees</p>
      </div>
      <p><strong>Lowest moment:</strong> Purchase (−1.5): “-2 Angry”; “Unsure”<br><strong>Highest moment:</strong> Awareness (+1): “Curious 🙂”</p>
      <h2>Stage by stage</h2>
      <svg class="map-grid" viewBox="0 0 880 132" role="img" aria-label="The map Checkout: stages across, lanes down, each note in its colour" xmlns="http://www.w3.org/2000/svg">
      <text class="stage" x="246.7" y="22" text-anchor="middle"><title>Awareness</title>Awareness</text>
      <text class="stage" x="500" y="22" text-anchor="middle"><title>Purchase</title>Purchase</text>
      <text class="stage" x="753.3" y="22" text-anchor="middle"><title>Use</title>Use</text>
      <rect class="lane" x="0" y="32" width="880" height="48"/>
      <text class="lane-name" x="8" y="49"><title>Emotions</title>Emotions</text>
      <rect class="note" x="124" y="36" width="245.3" height="18" rx="2" fill="#fff9b1"/><text class="note-text" x="128" y="49" fill="#1a1a1a"><title>Curious 🙂</title>Curious 🙂</text>
      <rect class="note" x="377.3" y="36" width="245.3" height="18" rx="2" fill="#fff9b1"/><text class="note-text" x="381.3" y="49" fill="#1a1a1a"><title>-2 Angry</title>-2 Angry</text>
      <rect class="note" x="377.3" y="58" width="245.3" height="18" rx="2" fill="#fff9b1"/><text class="note-text" x="381.3" y="71" fill="#1a1a1a"><title>Unsure</title>Unsure</text>
      <rect class="lane" x="0" y="80" width="880" height="26"/>
      <text class="lane-name" x="8" y="97"><title>Pain points</title>Pain points</text>
      <rect class="note" x="377.3" y="84" width="245.3" height="18" rx="2" fill="#f16c7f"/><text class="note-text" x="381.3" y="97" fill="#1a1a1a"><title>Hidden delivery fee</title>Hidden delivery fee</text>
      <rect class="note" x="630.7" y="84" width="245.3" height="18" rx="2" fill="#f16c7f"/><text class="note-text" x="634.7" y="97" fill="#1a1a1a"><title>App logs me out</title>App logs me out</text>
      <rect class="lane" x="0" y="106" width="880" height="26"/>
      <text class="lane-name" x="8" y="123"><title>Opportunities</title>Opportunities</text>
      <rect class="note" x="377.3" y="110" width="245.3" height="18" rx="2" fill="#d5f692"/><text class="note-text" x="381.3" y="123" fill="#1a1a1a"><title>Show fees upfront</title>Show fees upfront</text>
      <line class="column" x1="120" x2="120" y1="0" y2="132"/>
      <line class="column" x1="373.3" x2="373.3" y1="0" y2="132"/>
      <line class="column" x1="626.7" x2="626.7" y1="0" y2="132"/>
      </svg>
      <h3>Awareness</h3>
      <ul>
      <li><strong>Feels (+1):</strong> “Curious 🙂”</li>
      </ul>
      <h3>Purchase</h3>
      <ul>
      <li><strong>Feels (−1.5):</strong> “-2 Angry”; “Unsure”</li>
      <li><strong>What hurts:</strong> “Hidden delivery fee” (3 votes)</li>
      <li><strong>Could be better:</strong> “Show fees upfront”</li>
      </ul>
      <h3>Use</h3>
      <ul>
      <li><strong>What hurts:</strong> “App logs me out”</li>
      </ul>
      <h2>Emotion curve</h2>
      <svg class="curve-chart" viewBox="0 0 640 240" role="img" aria-label="Emotion curve of Checkout" xmlns="http://www.w3.org/2000/svg">
      <line class="grid" x1="36" x2="624" y1="16" y2="16"/><text class="scale" x="30" y="20" text-anchor="end">+2</text>
      <line class="grid" x1="36" x2="624" y1="62" y2="62"/><text class="scale" x="30" y="66" text-anchor="end">+1</text>
      <line class="grid zero" x1="36" x2="624" y1="108" y2="108"/><text class="scale" x="30" y="112" text-anchor="end">0</text>
      <line class="grid" x1="36" x2="624" y1="154" y2="154"/><text class="scale" x="30" y="158" text-anchor="end">−1</text>
      <line class="grid" x1="36" x2="624" y1="200" y2="200"/><text class="scale" x="30" y="204" text-anchor="end">−2</text>
      <text class="stage" x="134" y="218" text-anchor="middle"><title>Awareness</title>Awareness</text>
      <text class="stage" x="330" y="218" text-anchor="middle"><title>Purchase</title>Purchase</text>
      <text class="stage" x="526" y="218" text-anchor="middle"><title>Use</title>Use</text>
      <polyline class="curve" points="134,62 330,177"/>
      <circle class="point" cx="134" cy="62" r="4"/><text class="value" x="134" y="53" text-anchor="middle">+1</text>
      <circle class="point" cx="330" cy="177" r="4"/><text class="value" x="330" y="168" text-anchor="middle">−1.5</text>
      </svg>
      <table>
      <thead><tr><th scope="col">Stage</th><th scope="col" class="number">Mean</th><th scope="col" class="number">Spread</th><th scope="col" class="number">Scored notes</th></tr></thead>
      <tbody>
      <tr><td>Awareness</td><td class="number">+1</td><td class="number">0.0</td><td class="number">1</td></tr>
      <tr><td>Purchase</td><td class="number">−1.5</td><td class="number">0.5</td><td class="number">2</td></tr>
      <tr><td>Use</td><td class="number">—</td><td class="number">—</td><td class="number">0</td></tr>
      </tbody>
      </table>
      <h2>Top pain points</h2>
      <table>
      <thead><tr><th scope="col" class="number">Rank</th><th scope="col">Stage</th><th scope="col">Pain point</th><th scope="col" class="number">Votes</th><th scope="col" class="number">Mentions</th><th scope="col">Severity</th></tr></thead>
      <tbody>
      <tr><td class="number">1</td><td>Purchase</td><td>Hidden delivery fee</td><td class="number">3</td><td class="number">1</td><td>critical</td></tr>
      <tr><td class="number">2</td><td>Use</td><td>App logs me out</td><td class="number">0</td><td class="number">1</td><td></td></tr>
      </tbody>
      </table>
      <h2>Pain points without an opportunity</h2>
      <table>
      <thead><tr><th scope="col">Stage</th><th scope="col">Pain point</th></tr></thead>
      <tbody>
      <tr><td>Use</td><td>App logs me out</td></tr>
      </tbody>
      </table>
      <h2>Notes per stage and lane</h2>
      <table>
      <thead><tr><th scope="col">Lane</th><th scope="col" class="number">Awareness</th><th scope="col" class="number">Purchase</th><th scope="col" class="number">Use</th></tr></thead>
      <tbody>
      <tr><td>Emotions</td><td class="number">1</td><td class="number">2</td><td class="number">0</td></tr>
      <tr><td>Pain points</td><td class="number">0</td><td class="number">1</td><td class="number">1</td></tr>
      <tr><td>Opportunities</td><td class="number">0</td><td class="number">1</td><td class="number">0</td></tr>
      </tbody>
      </table>
      <h2>Empty cells</h2>
      <table>
      <thead><tr><th scope="col">Stage</th><th scope="col">Lanes with no note</th></tr></thead>
      <tbody>
      <tr><td>Awareness</td><td>Pain points, Opportunities</td></tr>
      <tr><td>Use</td><td>Emotions, Opportunities</td></tr>
      </tbody>
      </table>
      <h2>Unplaced notes</h2>
      <table>
      <thead><tr><th scope="col">Note</th><th scope="col">Reason</th></tr></thead>
      <tbody>
      <tr><td>Loose note</td><td>outside every cell</td></tr>
      </tbody>
      </table>
      <h2>Findings</h2>
      <ul>
      <li>Use has no emotion recorded. <span class="advice">— Ask how the customer feels at this stage, negative feelings included.</span></li>
      </ul>
      <footer class="meta">Read from the map the app drew: 3 stages, 3 lanes, 6 notes, 1 note outside it.</footer>
      </section>
      <section class="comparisons">
      <h2>Comparisons</h2>
      <h3>Checkout (as-is) → Checkout</h3>
      <table>
      <thead><tr><th scope="col">Stage</th><th scope="col" class="number">From</th><th scope="col" class="number">To</th><th scope="col" class="number">Change</th></tr></thead>
      <tbody>
      <tr><td>Awareness</td><td class="number">0</td><td class="number">+1</td><td class="number">+1</td></tr>
      <tr><td>Purchase</td><td class="number">−2</td><td class="number">−1.5</td><td class="number">+0.5</td></tr>
      <tr><td>Use</td><td class="number">+1</td><td class="number">—</td><td class="number">—</td></tr>
      </tbody>
      </table>
      <h4>Answered pain points</h4>
      <table>
      <thead><tr><th scope="col">Stage</th><th scope="col">Pain points</th><th scope="col">Answered by</th></tr></thead>
      <tbody>
      <tr><td>Purchase</td><td>Surprise costs</td><td>Show fees upfront</td></tr>
      </tbody>
      </table>
      </section>
      <section class="warnings">
      <h2>Warnings</h2>
      <ul>
      <li>Frame 3458764590009 has no stage labels; it was skipped.</li>
      </ul>
      </section>
      </body>
      </html>
      "
    `);
  });
});

describe('renderHtml’s text', () => {
  it('lets a word longer than 16 characters break every 16, and no shorter word', () => {
    const report = sampleReport();
    const map = report.maps[0];
    if (!map) throw new Error('no map');
    map.map.title = 'Onboarding <and> Übersichtlichkeitsverbesserungsvorschläge';
    // 41 letters: 16 + 16 + 9
    expect(renderHtml(report)).toContain(
      '<h1>Onboarding &lt;and&gt; Übersichtlichkei<wbr>tsverbesserungsv<wbr>orschläge</h1>',
    );
  });
});

describe('emotionCurveSvg', () => {
  it('draws a line through the scored stages only, each point labelled', () => {
    const svg = emotionCurveSvg(sampleReport().maps[0]?.curve ?? [], 'Checkout');
    // x: 36 + (640 − 36 − 16) / 3 × (i + 0.5); y: 16 + (2 − score) / 4 × (240 − 16 − 40)
    expect(svg).toContain('<polyline class="curve" points="134,62 330,177"/>');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain('>+1</text>');
    expect(svg).toContain('>−1.5</text>');
  });

  it('escapes and shortens stage names, keeping the full name as a tooltip', () => {
    const svg = emotionCurveSvg(
      [{ stageId: 's', stageName: '<b>Onboarding & setup</b>', score: null }],
      '"Q3"',
    );
    expect(svg).toContain('aria-label="Emotion curve of &quot;Q3&quot;"');
    expect(svg).toContain(
      '<title>&lt;b&gt;Onboarding &amp; setup&lt;/b&gt;</title>&lt;b&gt;Onboarding &amp;…',
    );
    expect(svg).not.toContain('<polyline');
  });
});
