import type { Persona } from '../model/journey.schema.ts';
import type { SnapshotItem } from '../snapshot/BoardSnapshot.ts';

const PLACEHOLDER = /^who is this journey for\??$/i;

function field(lines: readonly string[], label: string): string {
  const prefix = new RegExp(`^${label}\\s*:\\s*`, 'i');
  const line = lines.find((text) => prefix.test(text));
  return line ? line.replace(prefix, '').trim() : '';
}

/**
 * The persona from the app's persona card ("Persona: Name — Role", "Goals: …",
 * "Frustrations: …"), or null when the frame has none.
 */
export function readPersona(items: readonly SnapshotItem[]): Persona | null {
  const card =
    items.find((item) => item.record?.role === 'persona') ??
    items.find(
      (item) =>
        (item.kind === 'shape' || item.kind === 'text') && /^persona\s*:/i.test(item.text.trim()),
    );
  if (!card) return null;
  const lines = card.text.split('\n').map((line) => line.trim());
  const who = field(lines, 'persona');
  const [name = '', ...role] = PLACEHOLDER.test(who) ? [] : who.split(/\s+—\s+/);
  return {
    name: name.trim().slice(0, 80),
    role: role.join(' — ').trim().slice(0, 120),
    goals: field(lines, 'goals').slice(0, 400),
    frustrations: field(lines, 'frustrations').slice(0, 400),
  };
}
