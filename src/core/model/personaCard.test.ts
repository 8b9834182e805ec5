import { describe, expect, it } from 'vitest';
import { lineText } from '../text/textToHtml.ts';
import type { Persona } from './journey.schema.ts';
import { isPersonaCardText, personaCardLines, personaFromCardText } from './personaCard.ts';

const MAYA: Persona = {
  name: 'Maya',
  role: 'Busy parent',
  goals: 'Save time',
  frustrations: 'Late deliveries',
};
const NOBODY: Persona = { name: '', role: '', goals: '', frustrations: '' };

/** The card's text as a board gives it back. */
function cardText(persona: Persona): string {
  return personaCardLines(persona).map(lineText).join('\n');
}

describe('personaCardLines', () => {
  it('writes a heading, then each field with its label', () => {
    expect(personaCardLines(MAYA)).toEqual([
      { text: 'Persona', strong: true },
      { label: 'Name:', text: 'Maya' },
      { label: 'Role:', text: 'Busy parent' },
      { label: 'Goals:', text: 'Save time' },
      { label: 'Frustrations:', text: 'Late deliveries' },
    ]);
  });

  it('shows empty fields as labelled blanks', () => {
    expect(cardText(NOBODY)).toBe('Persona\nName:\nRole:\nGoals:\nFrustrations:');
  });
});

describe('personaFromCardText', () => {
  it('reads back the persona the card was written from', () => {
    expect(personaFromCardText(cardText(MAYA))).toEqual(MAYA);
    expect(personaFromCardText(cardText(NOBODY))).toEqual(NOBODY);
  });

  it('reads the card the app wrote before fields: "Persona: Name — Role"', () => {
    const text = 'Persona: Maya — Busy parent\nGoals: Save time\nFrustrations: Late deliveries';
    expect(personaFromCardText(text)).toEqual(MAYA);
    expect(personaFromCardText('Persona: who is this journey for?\nGoals:\nFrustrations:')).toEqual(
      NOBODY,
    );
  });

  it('reads a card edited by hand: any case, lines in any order, a dash in the role', () => {
    const text = 'frustrations : Queues\n  PERSONA:  Ana — Nurse — night shift \nGoals:Sleep';
    expect(personaFromCardText(text)).toEqual({
      name: 'Ana',
      role: 'Nurse — night shift',
      goals: 'Sleep',
      frustrations: 'Queues',
    });
    expect(personaFromCardText('persona\nROLE : Nurse\nname:Ana')).toEqual({
      name: 'Ana',
      role: 'Nurse',
      goals: '',
      frustrations: '',
    });
  });

  it('cuts each field to the schema’s limit', () => {
    const persona = personaFromCardText(`Persona: ${'n'.repeat(90)}\nGoals: ${'g'.repeat(500)}`);
    expect([persona.name.length, persona.goals.length]).toEqual([80, 400]);
    expect(personaFromCardText(`Persona\nName: ${'n'.repeat(90)}`).name.length).toBe(80);
  });
});

describe('isPersonaCardText', () => {
  it('knows the card by its heading over a name, or by the earlier "Persona:" line', () => {
    expect([isPersonaCardText(cardText(MAYA)), isPersonaCardText(cardText(NOBODY))]).toEqual([
      true,
      true,
    ]);
    expect([isPersonaCardText('  persona : Ana'), isPersonaCardText('Personas')]).toEqual([
      true,
      false,
    ]);
  });

  it('takes a label that only says "Persona", or a field line alone, for no card', () => {
    expect(['Persona', 'Persona\nWho they are', 'Name: Sam'].map(isPersonaCardText)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
