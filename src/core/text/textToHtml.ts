import type { TextLine } from '../layout/BoardPlan.ts';
import { escapeHtml } from './htmlEntities.ts';

/** One paragraph per line, in the subset of HTML that Miro items accept. */
export function linesToHtml(lines: readonly TextLine[]): string {
  return lines
    .map((line) => {
      const text = escapeHtml(line.text);
      const body = line.strong ? `<strong>${text}</strong>` : text;
      const label = line.label === undefined ? '' : `<strong>${escapeHtml(line.label)}</strong>`;
      return `<p>${[label, body].filter(Boolean).join(' ')}</p>`;
    })
    .join('');
}

/** A line as plain text, as a board gives it back: its label, a space, its text. */
export function lineText(line: TextLine): string {
  return [line.label ?? '', line.text].filter(Boolean).join(' ');
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
