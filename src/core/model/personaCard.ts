import type { TextLine } from '../layout/BoardPlan.ts';
import { PERSONA_LIMITS, type Persona } from './journey.schema.ts';

const PERSONA = 'Persona';
const NAME = 'Name';
const ROLE = 'Role';
const GOALS = 'Goals';
const FRUSTRATIONS = 'Frustrations';
/** Between the name and the role on the first line of the card the app wrote before fields. */
const DASH = '—';
const PLACEHOLDER = 'who is this journey for';

/** The text of the photo placeholder the app draws beside the persona card. */
export const PHOTO_TEXT = 'Photo';

/** "Label:" and the spaces around the colon, at the start of a line, any case. */
function labelled(label: string): RegExp {
  return new RegExp(`^${label}\\s*:\\s*`, 'i');
}

function field(lines: readonly string[], label: string): string {
  const prefix = labelled(label);
  const line = lines.find((text) => prefix.test(text));
  return line ? line.replace(prefix, '').trim() : '';
}

/**
 * The persona card's lines as the app writes them: the heading "Persona", then each field with
 * its label ("Name: Sam Lee"), an empty field as its label alone.
 */
export function personaCardLines(persona: Persona): TextLine[] {
  return [
    { text: PERSONA, strong: true },
    { label: `${NAME}:`, text: persona.name },
    { label: `${ROLE}:`, text: persona.role },
    { label: `${GOALS}:`, text: persona.goals },
    { label: `${FRUSTRATIONS}:`, text: persona.frustrations },
  ];
}

/**
 * A persona card's text: the heading "Persona" over a "Name:" line, or, as the app wrote it
 * before fields, a first line that starts "Persona:".
 */
export function isPersonaCardText(text: string): boolean {
  const lines = text.trim().split('\n');
  if (labelled(PERSONA).test(lines[0] ?? '')) return true;
  const named = labelled(NAME);
  return /^persona$/i.test(lines[0]?.trim() ?? '') && lines.some((line) => named.test(line.trim()));
}

/**
 * The persona a card's text gives, its lines separated by "\n" in any order: "Name:" and
 * "Role:" lines, or the earlier "Persona: Name — Role" (its placeholder "who is this journey
 * for?" an empty name and role); a missing line is an empty field, each cut to the schema's limit.
 */
export function personaFromCardText(text: string): Persona {
  const lines = text.split('\n').map((line) => line.trim());
  const hasFields = lines.some((line) => labelled(NAME).test(line));
  const who = hasFields ? '' : field(lines, PERSONA);
  const placeholder = new RegExp(`^${PLACEHOLDER}\\??$`, 'i').test(who);
  const [oldName = '', ...oldRole] = placeholder ? [] : who.split(new RegExp(`\\s+${DASH}\\s+`));
  const name = hasFields ? field(lines, NAME) : oldName;
  const role = hasFields ? field(lines, ROLE) : oldRole.join(` ${DASH} `);
  return {
    name: name.trim().slice(0, PERSONA_LIMITS.name),
    role: role.trim().slice(0, PERSONA_LIMITS.role),
    goals: field(lines, GOALS).slice(0, PERSONA_LIMITS.goals),
    frustrations: field(lines, FRUSTRATIONS).slice(0, PERSONA_LIMITS.frustrations),
  };
}
