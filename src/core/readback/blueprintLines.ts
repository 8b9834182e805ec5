import type { LabelLanguage } from './laneVocabulary.ts';
import { normalizeLabel } from './normalizeLabel.ts';

/**
 * The lines a service blueprint draws between its lanes, per language, as teams write them.
 * A label saying one of these is a divider: never a lane, a stage or a note (R26).
 */
export const BLUEPRINT_LINES: Readonly<Record<LabelLanguage, readonly string[]>> = {
  en: [
    'Line of interaction',
    'Line of customer interaction',
    'Line of external interaction',
    'Interaction line',
    'Customer interaction line',
    'Line of visibility',
    'Visibility line',
    'Line of internal interaction',
    'Internal interaction line',
    'Line of support',
    'Line of implementation',
    'Implementation line',
    'Line of order penetration',
    'Order penetration line',
  ],
  de: [
    'Interaktionslinie',
    'Linie der Interaktion',
    'Kundeninteraktionslinie',
    'Linie der externen Interaktion',
    'Sichtbarkeitslinie',
    'Linie der Sichtbarkeit',
    'Linie der internen Interaktion',
    'Interne Interaktionslinie',
    'Implementierungslinie',
    'Linie der Implementierung',
    'Linie der Auftragsdurchdringung',
  ],
  fr: [
    "Ligne d'interaction",
    "Ligne d'interaction externe",
    'Ligne de visibilité',
    "Ligne d'interaction interne",
    'Ligne de support',
    "Ligne d'implémentation",
  ],
  es: [
    'Línea de interacción',
    'Línea de interacción externa',
    'Línea de visibilidad',
    'Línea de interacción interna',
    'Línea de soporte',
    'Línea de implementación',
  ],
  pt: [
    'Linha de interação',
    'Linha de interação externa',
    'Linha de visibilidade',
    'Linha de interação interna',
    'Linha de suporte',
    'Linha de implementação',
  ],
  nl: [
    'Interactielijn',
    'Lijn van interactie',
    'Zichtbaarheidslijn',
    'Lijn van zichtbaarheid',
    'Interne interactielijn',
    'Lijn van interne interactie',
    'Implementatielijn',
  ],
  it: [
    'Linea di interazione',
    'Linea di interazione esterna',
    'Linea di visibilità',
    'Linea di interazione interna',
    'Linea di supporto',
    'Linea di implementazione',
  ],
};

const LINES = new Set(Object.values(BLUEPRINT_LINES).flat().map(normalizeLabel));

/** True when a label's name (its first line) names a service-blueprint line ("Line of visibility"). */
export function isBlueprintLine(name: string): boolean {
  return LINES.has(normalizeLabel(name));
}
