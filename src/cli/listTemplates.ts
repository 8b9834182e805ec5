import type { Template } from '../core/model/template.schema.ts';

/** One line per template: its id, padded to a column, and its name. */
export function listTemplates(templates: readonly Template[]): string {
  const width = Math.max(0, ...templates.map((template) => template.id.length));
  return templates.map((template) => `${template.id.padEnd(width)}  ${template.name}\n`).join('');
}
