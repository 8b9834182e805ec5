import { describe, expect, it } from 'vitest';
import type { LaneKind } from '../model/laneKind.ts';
import { isStageRowHeader, laneKindOf } from './laneKindOf.ts';

const cases: [string, LaneKind][] = [
  ['Actions', 'actions'],
  ['Doing', 'actions'],
  ['Customer actions', 'actions'],
  ['Steps taken', 'actions'],
  ['Activities', 'actions'],
  ['Touchpoints', 'touchpoints'],
  ['Touch points', 'touchpoints'],
  ['Interactions', 'touchpoints'],
  ['Touchpoints & channels', 'touchpoints'],
  ['Channels', 'channels'],
  ['Channel', 'channels'],
  ['Medium', 'channels'],
  ['Thinking', 'thoughts'],
  ['Thoughts', 'thoughts'],
  ['Questions', 'thoughts'],
  ['Feelings', 'emotions'],
  ['feeling', 'emotions'],
  ['Emotional journey', 'emotions'],
  ['EMOTIONS', 'emotions'],
  ['Mood', 'emotions'],
  ['Experience', 'emotions'],
  ['Highs & lows', 'emotions'],
  ['Frustrations', 'painPoints'],
  ['Pains', 'painPoints'],
  ['Pain points', 'painPoints'],
  ['Pain-points!', 'painPoints'],
  ['Challenges', 'painPoints'],
  ['Lows', 'painPoints'],
  ['Barriers', 'painPoints'],
  ['Ideas', 'opportunities'],
  ['Improvements', 'opportunities'],
  ['Opportunities', 'opportunities'],
  ['Solutions', 'opportunities'],
  ['Goals', 'goals'],
  ['Needs', 'goals'],
  ['Goals & needs', 'goals'],
  ['Expectations', 'goals'],
  ['Moments of truth', 'momentsOfTruth'],
  ['Evidence', 'evidence'],
  ['Physical evidence', 'evidence'],
  ['Props', 'evidence'],
  ['Frontstage', 'frontstage'],
  ['Frontstage actions', 'frontstage'],
  ['Onstage', 'frontstage'],
  ['Backstage actions', 'backstage'],
  ['Support processes', 'support'],
  ['Support', 'support'],
  ['Systems', 'support'],
  ['KPIs', 'kpis'],
  ['Metrics', 'kpis'],
  ['Success metrics', 'kpis'],
  ['Lunch orders', 'custom'],
  ['Painters', 'custom'],
  ['', 'custom'],
];

/** Labels as teams write them, per language. */
const labelsByLanguage: [string, string, LaneKind][] = [
  ['de', 'Kundenaktionen', 'actions'],
  ['de', 'Handlungen', 'actions'],
  ['de', 'Berührungspunkte', 'touchpoints'],
  ['de', 'Kontaktpunkte', 'touchpoints'],
  ['de', 'Kanäle', 'channels'],
  ['de', 'Gedanken & Fragen', 'thoughts'],
  ['de', 'Gefühle', 'emotions'],
  ['de', 'Emotionen', 'emotions'],
  ['de', 'Schmerzpunkte', 'painPoints'],
  ['de', 'Probleme', 'painPoints'],
  ['de', 'Chancen', 'opportunities'],
  ['de', 'Ideen', 'opportunities'],
  ['de', 'Ziele und Bedürfnisse', 'goals'],
  ['de', 'Momente der Wahrheit', 'momentsOfTruth'],
  ['de', 'Physische Belege', 'evidence'],
  ['de', 'Vorderbühne', 'frontstage'],
  ['de', 'Hinterbühne', 'backstage'],
  ['de', 'Unterstützungsprozesse', 'support'],
  ['de', 'Kennzahlen', 'kpis'],
  ['fr', 'Actions du client', 'actions'],
  ['fr', 'Points de contact', 'touchpoints'],
  ['fr', 'Canaux', 'channels'],
  ['fr', 'Pensées', 'thoughts'],
  ['fr', 'Émotions', 'emotions'],
  ['fr', 'Points de douleur', 'painPoints'],
  ['fr', 'Irritants', 'painPoints'],
  ['fr', 'Opportunités', 'opportunities'],
  ['fr', 'Besoins et attentes', 'goals'],
  ['fr', 'Moments de vérité', 'momentsOfTruth'],
  ['fr', 'Preuves physiques', 'evidence'],
  ['fr', 'Actions visibles', 'frontstage'],
  ['fr', 'Coulisses', 'backstage'],
  ['fr', 'Processus de support', 'support'],
  ['fr', 'Indicateurs clés', 'kpis'],
  ['es', 'Acciones', 'actions'],
  ['es', 'Puntos de contacto', 'touchpoints'],
  ['es', 'Canales', 'channels'],
  ['es', 'Pensamientos', 'thoughts'],
  ['es', 'Emociones', 'emotions'],
  ['es', 'Sentimientos', 'emotions'],
  ['es', 'Puntos de dolor', 'painPoints'],
  ['es', 'Frustraciones', 'painPoints'],
  ['es', 'Oportunidades', 'opportunities'],
  ['es', 'Necesidades', 'goals'],
  ['es', 'Momentos de la verdad', 'momentsOfTruth'],
  ['es', 'Evidencia física', 'evidence'],
  ['es', 'Acciones visibles', 'frontstage'],
  ['es', 'Tras bambalinas', 'backstage'],
  ['es', 'Procesos de apoyo', 'support'],
  ['es', 'Métricas', 'kpis'],
  ['pt', 'Ações do cliente', 'actions'],
  ['pt', 'Pontos de contato', 'touchpoints'],
  ['pt', 'Canais', 'channels'],
  ['pt', 'Pensamentos', 'thoughts'],
  ['pt', 'Emoções', 'emotions'],
  ['pt', 'Pontos de dor', 'painPoints'],
  ['pt', 'Oportunidades', 'opportunities'],
  ['pt', 'Objetivos', 'goals'],
  ['pt', 'Momentos da verdade', 'momentsOfTruth'],
  ['pt', 'Evidências', 'evidence'],
  ['pt', 'Palco', 'frontstage'],
  ['pt', 'Bastidores', 'backstage'],
  ['pt', 'Processos de suporte', 'support'],
  ['pt', 'Indicadores', 'kpis'],
  ['nl', 'Klantacties', 'actions'],
  ['nl', 'Contactpunten', 'touchpoints'],
  ['nl', 'Kanalen', 'channels'],
  ['nl', 'Gedachten', 'thoughts'],
  ['nl', 'Gevoelens', 'emotions'],
  ['nl', 'Pijnpunten', 'painPoints'],
  ['nl', 'Kansen', 'opportunities'],
  ['nl', 'Behoeften', 'goals'],
  ['nl', 'Momenten van de waarheid', 'momentsOfTruth'],
  ['nl', 'Fysiek bewijs', 'evidence'],
  ['nl', 'Zichtbare acties', 'frontstage'],
  ['nl', 'Achter de schermen', 'backstage'],
  ['nl', 'Ondersteunende processen', 'support'],
  ['nl', "KPI's", 'kpis'],
  ['it', 'Azioni', 'actions'],
  ['it', 'Punti di contatto', 'touchpoints'],
  ['it', 'Canali', 'channels'],
  ['it', 'Pensieri', 'thoughts'],
  ['it', 'Emozioni', 'emotions'],
  ['it', 'Punti di dolore', 'painPoints'],
  ['it', 'Opportunità', 'opportunities'],
  ['it', 'Bisogni', 'goals'],
  ['it', 'Momenti della verità', 'momentsOfTruth'],
  ['it', 'Prove fisiche', 'evidence'],
  ['it', 'Azioni visibili', 'frontstage'],
  ['it', 'Dietro le quinte', 'backstage'],
  ['it', 'Processi di supporto', 'support'],
  ['it', 'Metriche', 'kpis'],
];

describe('laneKindOf', () => {
  it.each(labelsByLanguage)('[K4] reads the %s label "%s" as %s', (_language, label, kind) => {
    expect(laneKindOf(label)).toBe(kind);
  });

  it('[K5] ignores case and accents, and reads ß as ss', () => {
    expect(
      [
        'EMOCIONES',
        'emocoes',
        'Emoções',
        'PENSEES',
        'beruhrungspunkte',
        'MASSNAHMEN',
        'Maßnahmen',
      ].map(laneKindOf),
    ).toEqual([
      'emotions',
      'emotions',
      'emotions',
      'thoughts',
      'touchpoints',
      'opportunities',
      'opportunities',
    ]);
  });

  it('[K6] reads a German or Dutch compound by the synonym it ends in', () => {
    expect(
      ['Kundenschmerzpunkte', 'Vertriebskanäle', 'Kundenbedürfnisse', 'Klantvragen'].map(
        laneKindOf,
      ),
    ).toEqual(['painPoints', 'channels', 'goals', 'thoughts']);
  });

  it('[K6] does not read words that merely end like a synonym', () => {
    expect(
      ['Reaktionen', 'Transaktionen', 'Behandlungen', 'Anfragen', 'Umdenken'].map(laneKindOf),
    ).toEqual(['custom', 'custom', 'custom', 'custom', 'custom']);
  });

  it.each(cases)('[K1] reads "%s" as %s', (label, kind) => {
    expect(laneKindOf(label)).toBe(kind);
  });

  it('[K2] takes the synonym found first in the label', () => {
    expect(laneKindOf('Thoughts and feelings')).toBe('thoughts');
    expect(laneKindOf('Feelings and thoughts')).toBe('emotions');
  });
});

describe('isStageRowHeader', () => {
  it('[K3] recognises the words that name the stage row', () => {
    expect(['Phases', 'steps', 'Stages:', 'Journey stages', 'STAGE'].map(isStageRowHeader)).toEqual(
      [true, true, true, true, true],
    );
  });

  it('[K3] recognises the stage row in every language', () => {
    expect(
      [
        'Phasen',
        'Schritte',
        'Étapes',
        'Fases',
        'Etapas',
        'Pasos',
        'Passos',
        'Fasen',
        'Stappen',
        'Fasi',
        'Tappe',
      ].map(isStageRowHeader),
    ).toEqual(Array.from({ length: 11 }, () => true));
  });

  it('[K3] is false for lanes and longer phrases', () => {
    expect(['Steps taken', 'Actions', 'Stage 1'].map(isStageRowHeader)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
