import { PERSONA_LIMITS, type Persona } from './journey.schema.ts';

const PERSONA = 'Persona';
const GOALS = 'Goals';
const FRUSTRATIONS = 'Frustrations';
/** Between the name and the role on the card's first line. */
const DASH = '—';
const PLACEHOLDER = 'who is this journey for';

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
 * The persona card's lines as the app writes them, its heading first: "Persona: Name — Role"
 * (or "Persona: who is this journey for?" with neither), "Goals: …", "Frustrations: …".
 */
export function personaCardLines(persona: Persona): string[] {
  const who = [persona.name, persona.role].filter(Boolean).join(` ${DASH} `);
  return [
    `${PERSONA}: ${who || `${PLACEHOLDER}?`}`,
    `${GOALS}: ${persona.goals}`.trimEnd(),
    `${FRUSTRATIONS}: ${persona.frustrations}`.trimEnd(),
  ];
}

/** A text that starts "Persona:", as the card's first line does. */
export function isPersonaCardText(text: string): boolean {
  return labelled(PERSONA).test(text.trim());
}

/**
 * The persona a card's text gives, its lines separated by "\n" in any order; a missing line is
 * an empty field, the placeholder an empty name and role, each field cut to the schema's limit.
 */
export function personaFromCardText(text: string): Persona {
  const lines = text.split('\n').map((line) => line.trim());
  const who = field(lines, PERSONA);
  const placeholder = new RegExp(`^${PLACEHOLDER}\\??$`, 'i').test(who);
  const [name = '', ...role] = placeholder ? [] : who.split(new RegExp(`\\s+${DASH}\\s+`));
  return {
    name: name.trim().slice(0, PERSONA_LIMITS.name),
    role: role.join(` ${DASH} `).trim().slice(0, PERSONA_LIMITS.role),
    goals: field(lines, GOALS).slice(0, PERSONA_LIMITS.goals),
    frustrations: field(lines, FRUSTRATIONS).slice(0, PERSONA_LIMITS.frustrations),
  };
}
