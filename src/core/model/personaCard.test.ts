import { describe, expect, it } from 'vitest';
import type { Persona } from './journey.schema.ts';
import { isPersonaCardText, personaCardLines, personaFromCardText } from './personaCard.ts';

const MAYA: Persona = {
  name: 'Maya',
  role: 'Busy parent',
  goals: 'Save time',
  frustrations: 'Late deliveries',
};
const NOBODY: Persona = { name: '', role: '', goals: '', frustrations: '' };

describe('personaCardLines', () => {
  it('writes who, goals and frustrations, one a line', () => {
    expect(personaCardLines(MAYA)).toEqual([
      'Persona: Maya — Busy parent',
      'Goals: Save time',
      'Frustrations: Late deliveries',
    ]);
  });

  it('asks who the journey is for when the persona has no name or role', () => {
    expect(personaCardLines(NOBODY)).toEqual([
      'Persona: who is this journey for?',
      'Goals:',
      'Frustrations:',
    ]);
  });
});

describe('personaFromCardText', () => {
  it('reads back the persona the card was written from', () => {
    expect(personaFromCardText(personaCardLines(MAYA).join('\n'))).toEqual(MAYA);
    expect(personaFromCardText(personaCardLines(NOBODY).join('\n'))).toEqual(NOBODY);
  });

  it('reads a card edited by hand: any case, lines in any order, a dash in the role', () => {
    const text = 'frustrations : Queues\n  PERSONA:  Ana — Nurse — night shift \nGoals:Sleep';
    expect(personaFromCardText(text)).toEqual({
      name: 'Ana',
      role: 'Nurse — night shift',
      goals: 'Sleep',
      frustrations: 'Queues',
    });
  });

  it('cuts each field to the schema’s limit', () => {
    const persona = personaFromCardText(`Persona: ${'n'.repeat(90)}\nGoals: ${'g'.repeat(500)}`);
    expect([persona.name.length, persona.goals.length]).toEqual([80, 400]);
  });
});

describe('isPersonaCardText', () => {
  it('knows a persona card by its first label', () => {
    expect(personaCardLines(MAYA).map(isPersonaCardText)).toEqual([true, false, false]);
    expect([isPersonaCardText('  persona : Ana'), isPersonaCardText('Personas')]).toEqual([
      true,
      false,
    ]);
  });
});
