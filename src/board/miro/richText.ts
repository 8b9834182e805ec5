import { escapeHtml } from '../../core/html.ts';
import type { TextLine } from '../../core/layout/BoardPlan.ts';

/** One paragraph per line, in the subset of HTML that Miro items accept. */
export function linesToHtml(lines: readonly TextLine[]): string {
  return lines
    .map((line) => {
      const text = escapeHtml(line.text);
      return `<p>${line.strong ? `<strong>${text}</strong>` : text}</p>`;
    })
    .join('');
}

/** A note's plain text as sticky-note HTML: line breaks become `<br>`. */
export function noteTextToHtml(text: string): string {
  return `<p>${escapeHtml(text).replaceAll(/\r?\n/g, '<br>')}</p>`;
}
