import type { TextLine } from '../layout/BoardPlan.ts';
import { escapeHtml } from './htmlEntities.ts';

/** One paragraph per line, in the subset of HTML that Miro items accept. */
export function linesToHtml(lines: readonly TextLine[]): string {
  return lines
    .map((line) => {
      const text = escapeHtml(line.text);
      return `<p>${line.strong ? `<strong>${text}</strong>` : text}</p>`;
    })
    .join('');
}

/** A note's plain text as sticky-note HTML: one paragraph, line breaks as `<br>`. */
export function noteTextToHtml(text: string): string {
  return `<p>${escapeHtml(text).replaceAll(/\r?\n/g, '<br>')}</p>`;
}

/** Text a person typed as item content: one `<p>` per line; blank text is no content. */
export function typedTextToHtml(text: string): string {
  const trimmed = text.replace(/\s+$/, '');
  if (trimmed === '') return '';
  return linesToHtml(trimmed.split(/\r?\n/).map((line) => ({ text: line, strong: false })));
}
