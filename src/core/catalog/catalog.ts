import { Template } from '../model/template.schema.ts';
import { describeIssues } from '../validation/describeIssues.ts';
import currentState from './templates/current-state.json';
import dayInTheLife from './templates/day-in-the-life.json';
import exampleB2bSaas from './templates/example-b2b-saas.json';
import exampleCarService from './templates/example-car-service.json';
import exampleOnlineGrocery from './templates/example-online-grocery.json';
import futureState from './templates/future-state.json';
import serviceBlueprint from './templates/service-blueprint.json';

export const DEFAULT_TEMPLATE_ID = 'current-state';

/** The shipped template files in the order the catalog lists them; the default comes first. */
const SHIPPED_TEMPLATE_FILES: readonly unknown[] = [
  currentState,
  futureState,
  dayInTheLife,
  serviceBlueprint,
  exampleOnlineGrocery,
  exampleCarService,
  exampleB2bSaas,
];

export interface LoadedCatalog {
  templates: Template[];
  errors: string[];
}

/** Validates each entry, keeps the valid ones in order and reports the rest, one line each. */
export function loadCatalog(raw: readonly unknown[]): LoadedCatalog {
  const templates: Template[] = [];
  const errors: string[] = [];
  const firstIndexOf = new Map<string, number>();
  raw.forEach((entry, index) => {
    const result = Template.safeParse(entry);
    if (!result.success) {
      errors.push(`Template ${nameOf(entry, index)} is invalid: ${describeIssues(result.error)}`);
      return;
    }
    const { id } = result.data;
    const first = firstIndexOf.get(id);
    if (first !== undefined) {
      errors.push(`Template "${id}" (#${index}) has the same id as template #${first}`);
      return;
    }
    firstIndexOf.set(id, index);
    templates.push(result.data);
  });
  return { templates, errors };
}

function nameOf(entry: unknown, index: number): string {
  if (typeof entry === 'object' && entry !== null && 'id' in entry) {
    const { id } = entry;
    if (typeof id === 'string' && id.trim() !== '') return `"${id}" (#${index})`;
  }
  return `#${index}`;
}

function loadShipped(): readonly Template[] {
  const { templates, errors } = loadCatalog(SHIPPED_TEMPLATE_FILES);
  if (errors.length > 0)
    throw new Error(`The shipped template catalog is broken: ${errors.join('; ')}`);
  return templates;
}

export const catalog: readonly Template[] = loadShipped();

export function findTemplate(id: string): Template | undefined {
  return catalog.find((template) => template.id === id);
}
