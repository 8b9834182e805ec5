import { describe, expect, it } from 'vitest';
import {
  allNoteIds,
  fileReadingOf,
  laneDetails,
  lanes,
  mapTitled,
  placements,
  reportOf,
  stageNames,
  stagesWithPhases,
  unplacedReasons,
} from '../test/fixtureReport.ts';

/**
 * Issue 12: the layouts teams really draw, one hand-made board each, and what a facilitator reads
 * off it. Every note is listed by id with its [stage, lane, emotion]; none of these boards is
 * ambiguous, so none has a warning.
 */
describe('reports of the journey maps people actually draw', () => {
  it('unframed-canvas: a grid on the open canvas is a map titled by the large text above it', async () => {
    const report = await reportOf('unframed-canvas');
    expect(report.maps.map((map) => map.title)).toEqual(['Hotel stay journey']);
    const map = mapTitled(report, 'Hotel stay journey');
    expect(map.structure).toBe('inferred');
    expect(stageNames(map)).toEqual(['Book', 'Arrive', 'Stay', 'Check out']);
    expect(lanes(map)).toEqual([
      ['Actions', 'actions'],
      ['Thoughts', 'thoughts'],
      ['Emotions', 'emotions'],
      ['Pain points', 'painPoints'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590010000010': ['Book', 'Actions', null],
      '3458764590010000011': ['Book', 'Actions', null],
      '3458764590010000012': ['Book', 'Actions', null], // over the border, centre x 740 < 775
      '3458764590010000013': ['Arrive', 'Actions', null],
      '3458764590010000014': ['Stay', 'Actions', null],
      '3458764590010000015': ['Stay', 'Actions', null],
      '3458764590010000016': ['Check out', 'Actions', null],
      '3458764590010000017': ['Book', 'Thoughts', null],
      '3458764590010000018': ['Arrive', 'Thoughts', null],
      '3458764590010000019': ['Check out', 'Thoughts', null],
      '3458764590010000020': ['Book', 'Emotions', 1], // "+1 Good price"
      '3458764590010000021': ['Arrive', 'Emotions', -2], // 😡
      '3458764590010000022': ['Stay', 'Emotions', 1], // 🙂
      '3458764590010000023': ['Check out', 'Emotions', -1], // "-1 Queue at the desk"
      '3458764590010000024': ['Arrive', 'Pain points', null],
      '3458764590010000025': ['Stay', 'Pain points', null],
      '3458764590010000026': ['Check out', 'Pain points', null],
    });
    expect(map.unplaced).toEqual([]);
    // two stickies some 4000 units away on the canvas
    expect(allNoteIds(report)).not.toContain('3458764590010000027');
    expect(allNoteIds(report)).not.toContain('3458764590010000028');
  });

  it('colour-legend: one lane per legend entry, in its order; each note goes to its colour', async () => {
    const map = mapTitled(await reportOf('colour-legend'), 'Food delivery app: research wall');
    expect(map.structure).toBe('inferred');
    expect(stageNames(map)).toEqual(['Discover', 'Sign up', 'Order', 'Track', 'Receive']);
    expect(laneDetails(map)).toEqual([
      ['Actions', 'actions', null, 'yellow'],
      ['Questions', 'thoughts', null, 'pink'],
      ['Pain points', 'painPoints', null, 'red'],
      ['Ideas', 'opportunities', null, 'green'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590011000015': ['Discover', 'Actions', null],
      '3458764590011000016': ['Discover', 'Questions', null],
      '3458764590011000017': ['Discover', 'Actions', null],
      '3458764590011000018': ['Discover', 'Ideas', null],
      '3458764590011000019': ['Sign up', 'Actions', null],
      '3458764590011000020': ['Sign up', 'Pain points', null],
      '3458764590011000021': ['Sign up', 'Pain points', null],
      '3458764590011000022': ['Sign up', 'Questions', null], // pink, though lower than a red one
      '3458764590011000023': ['Order', 'Actions', null],
      '3458764590011000024': ['Order', 'Actions', null],
      '3458764590011000025': ['Order', 'Questions', null],
      '3458764590011000026': ['Order', 'Pain points', null],
      '3458764590011000027': ['Order', 'Ideas', null],
      '3458764590011000028': ['Track', 'Actions', null],
      '3458764590011000029': ['Track', 'Pain points', null],
      '3458764590011000030': ['Track', 'Ideas', null],
      '3458764590011000031': ['Receive', 'Actions', null],
      '3458764590011000032': ['Receive', 'Questions', null],
      '3458764590011000033': ['Receive', 'Ideas', null],
    });
    // the legend's four empty swatch stickies are labels: not notes, not counted as empty notes
    expect(map.unplaced).toEqual([]);
  });

  it('colour-legend-swatches: a key of filled squares right of the stages names the lanes', async () => {
    const map = mapTitled(
      await reportOf('colour-legend-swatches'),
      'Gym app onboarding (colour-coded)',
    );
    expect(stageNames(map)).toEqual(['Download', 'Sign up', 'First workout', 'Week one']);
    // swatch fills are the hex values of these sticky colours
    expect(laneDetails(map)).toEqual([
      ['Doing', 'actions', null, 'light_yellow'],
      ['Thinking', 'thoughts', null, 'light_pink'],
      ['Frustrations', 'painPoints', null, 'orange'],
      ['Opportunities', 'opportunities', null, 'light_green'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590021000018': ['Download', 'Doing', null],
      '3458764590021000019': ['Download', 'Thinking', null],
      '3458764590021000020': ['Download', 'Frustrations', null],
      '3458764590021000021': ['Download', 'Opportunities', null],
      '3458764590021000022': ['Sign up', 'Doing', null],
      '3458764590021000023': ['Sign up', 'Doing', null],
      '3458764590021000024': ['Sign up', 'Frustrations', null],
      '3458764590021000025': ['Sign up', 'Thinking', null],
      '3458764590021000026': ['First workout', 'Doing', null],
      '3458764590021000027': ['First workout', 'Frustrations', null],
      '3458764590021000028': ['First workout', 'Opportunities', null],
      '3458764590021000029': ['First workout', 'Thinking', null],
      '3458764590021000030': ['Week one', 'Doing', null],
      '3458764590021000031': ['Week one', 'Frustrations', null],
      '3458764590021000032': ['Week one', 'Opportunities', null],
    });
    expect(map.unplaced).toEqual([]);
  });

  it('vertical-map: stages down the left and lanes across the top are read that way round', async () => {
    const map = mapTitled(await reportOf('vertical-map'), 'Clinic visit journey');
    expect(stageNames(map)).toEqual([
      'Book appointment',
      'Check in',
      'Wait',
      'Consultation',
      'Follow-up',
    ]);
    expect(lanes(map)).toEqual([
      ['Actions', 'actions'],
      ['Touchpoints', 'touchpoints'],
      ['Emotions', 'emotions'],
      ['Pain points', 'painPoints'],
      ['Opportunities', 'opportunities'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590012000012': ['Book appointment', 'Actions', null],
      '3458764590012000013': ['Book appointment', 'Touchpoints', null],
      '3458764590012000014': ['Book appointment', 'Emotions', -1], // "-1 On hold …"
      '3458764590012000015': ['Book appointment', 'Pain points', null],
      '3458764590012000016': ['Book appointment', 'Opportunities', null],
      '3458764590012000017': ['Check in', 'Actions', null],
      '3458764590012000018': ['Check in', 'Touchpoints', null],
      '3458764590012000019': ['Check in', 'Emotions', 0], // 😐
      '3458764590012000020': ['Wait', 'Actions', null],
      '3458764590012000021': ['Wait', 'Emotions', -2], // 😤
      '3458764590012000022': ['Wait', 'Pain points', null],
      '3458764590012000023': ['Wait', 'Opportunities', null],
      '3458764590012000024': ['Consultation', 'Actions', null],
      '3458764590012000025': ['Consultation', 'Touchpoints', null],
      '3458764590012000026': ['Consultation', 'Emotions', 2], // "+2 Doctor listened"
      '3458764590012000027': ['Follow-up', 'Actions', null],
      '3458764590012000028': ['Follow-up', 'Emotions', 1], // light_green in the emotions lane
      '3458764590012000029': ['Follow-up', 'Pain points', null],
      '3458764590012000030': ['Follow-up', 'Opportunities', null],
    });
    expect(map.unplaced).toEqual([]);
    const reading = await fileReadingOf('vertical-map');
    expect(reading.maps.map((read) => read.grid.orientation)).toEqual(['vertical']);
  });

  it('two-header-rows: the steps under a row of phases are the stages, each with its phase', async () => {
    const map = mapTitled(await reportOf('two-header-rows'), 'Conference attendee journey');
    expect(stagesWithPhases(map)).toEqual([
      ['Hear about it', 'Before'],
      ['Register', 'Before'],
      ['Book travel', 'Before'],
      ['Check in', 'During'],
      ['Attend talks', 'During'],
      ['Network', 'During'],
      ['Share feedback', 'After'],
    ]);
    expect(lanes(map)).toEqual([
      ['Actions', 'actions'],
      ['Touchpoints', 'touchpoints'],
      ['Emotions', 'emotions'],
      ['Pain points', 'painPoints'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590013000016': ['Hear about it', 'Actions', null],
      '3458764590013000017': ['Register', 'Actions', null],
      '3458764590013000018': ['Book travel', 'Actions', null],
      '3458764590013000019': ['Check in', 'Actions', null],
      '3458764590013000020': ['Attend talks', 'Actions', null],
      '3458764590013000021': ['Network', 'Actions', null],
      '3458764590013000022': ['Share feedback', 'Actions', null],
      '3458764590013000023': ['Hear about it', 'Touchpoints', null],
      '3458764590013000024': ['Register', 'Touchpoints', null],
      '3458764590013000025': ['Attend talks', 'Touchpoints', null],
      '3458764590013000026': ['Register', 'Emotions', 1], // 🙂
      '3458764590013000027': ['Check in', 'Emotions', -2], // "-2 45 minute queue"
      '3458764590013000028': ['Attend talks', 'Emotions', 2], // 😍
      '3458764590013000029': ['Share feedback', 'Emotions', 0], // "0 Survey too long"
      '3458764590013000030': ['Book travel', 'Pain points', null],
      '3458764590013000031': ['Check in', 'Pain points', null],
      '3458764590013000032': ['Network', 'Pain points', null],
    });
    expect(map.unplaced).toEqual([]);
  });

  it('lane-descriptions: a label names its lane on the first line and describes it below', async () => {
    const map = mapTitled(await reportOf('lane-descriptions'), 'Mortgage application journey');
    expect(stageNames(map)).toEqual(['Research', 'Apply', 'Valuation', 'Offer', 'Completion']);
    expect(laneDetails(map)).toEqual([
      ['Actions', 'actions', 'What does the customer do?', null],
      ['Thoughts', 'thoughts', 'What are they thinking?', null],
      ['Emotions', 'emotions', 'How do they feel?', null],
      ['Pain points', 'painPoints', 'What gets in their way?', null], // a <br>, not a paragraph
      ['Opportunities', 'opportunities', 'How might we help?', null],
    ]);
    expect(placements(map)).toEqual({
      '3458764590014000012': ['Research', 'Actions', null],
      '3458764590014000013': ['Apply', 'Actions', null],
      '3458764590014000014': ['Valuation', 'Actions', null],
      '3458764590014000015': ['Offer', 'Actions', null],
      '3458764590014000016': ['Completion', 'Actions', null],
      '3458764590014000017': ['Research', 'Thoughts', null],
      '3458764590014000018': ['Apply', 'Thoughts', null],
      '3458764590014000019': ['Offer', 'Thoughts', null],
      '3458764590014000020': ['Research', 'Emotions', 1], // "+1 Excited"
      '3458764590014000021': ['Apply', 'Emotions', -2], // 😞
      '3458764590014000022': ['Valuation', 'Emotions', 0], // "3": five-point scale
      '3458764590014000023': ['Completion', 'Emotions', 2], // 🥳
      '3458764590014000024': ['Apply', 'Pain points', null],
      '3458764590014000025': ['Valuation', 'Pain points', null],
      '3458764590014000026': ['Apply', 'Opportunities', null],
      '3458764590014000027': ['Valuation', 'Opportunities', null],
    });
    expect(map.unplaced).toEqual([]);
  });

  it('service-blueprint: the lines of interaction, visibility and internal interaction are no lanes', async () => {
    const map = mapTitled(await reportOf('service-blueprint'), 'Hotel check-in service blueprint');
    expect(stageNames(map)).toEqual(['Arrive', 'Check in', 'Go to room', 'Stay', 'Check out']);
    expect(lanes(map)).toEqual([
      ['Customer actions', 'actions'],
      ['Frontstage', 'frontstage'],
      ['Backstage', 'backstage'],
      ['Support processes', 'support'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590015000021': ['Arrive', 'Customer actions', null],
      '3458764590015000022': ['Check in', 'Customer actions', null],
      '3458764590015000023': ['Go to room', 'Customer actions', null],
      '3458764590015000024': ['Stay', 'Customer actions', null],
      '3458764590015000025': ['Check out', 'Customer actions', null],
      '3458764590015000026': ['Arrive', 'Frontstage', null],
      '3458764590015000027': ['Check in', 'Frontstage', null],
      '3458764590015000028': ['Check out', 'Frontstage', null],
      '3458764590015000029': ['Check in', 'Backstage', null],
      '3458764590015000030': ['Stay', 'Backstage', null],
      '3458764590015000031': ['Check in', 'Support processes', null],
      '3458764590015000032': ['Stay', 'Support processes', null],
      '3458764590015000033': ['Check out', 'Support processes', null],
    });
    expect(map.unplaced).toEqual([]);
  });

  it('german-labels: German lane labels name their kinds, pain points and opportunities too', async () => {
    const map = mapTitled(await reportOf('german-labels'), 'Kundenreise: Autokauf');
    expect(stageNames(map)).toEqual([
      'Recherche',
      'Probefahrt',
      'Finanzierung',
      'Kauf',
      'Übergabe',
    ]);
    expect(lanes(map)).toEqual([
      ['Aktivitäten', 'actions'],
      ['Kontaktpunkte', 'touchpoints'],
      ['Gedanken', 'thoughts'],
      ['Gefühle', 'emotions'],
      ['Schmerzpunkte', 'painPoints'],
      ['Chancen', 'opportunities'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590016000014': ['Recherche', 'Aktivitäten', null],
      '3458764590016000015': ['Probefahrt', 'Aktivitäten', null],
      '3458764590016000016': ['Kauf', 'Aktivitäten', null],
      '3458764590016000017': ['Übergabe', 'Aktivitäten', null],
      '3458764590016000018': ['Recherche', 'Kontaktpunkte', null],
      '3458764590016000019': ['Probefahrt', 'Kontaktpunkte', null],
      '3458764590016000020': ['Finanzierung', 'Gedanken', null],
      '3458764590016000021': ['Übergabe', 'Gedanken', null],
      '3458764590016000022': ['Recherche', 'Gefühle', 1], // "+1 Neugierig"
      '3458764590016000023': ['Probefahrt', 'Gefühle', 2], // 😍
      '3458764590016000024': ['Finanzierung', 'Gefühle', -2], // "-2 Zu viele Formulare"
      '3458764590016000025': ['Übergabe', 'Gefühle', -1], // red in the emotions lane
      '3458764590016000026': ['Finanzierung', 'Schmerzpunkte', null],
      '3458764590016000027': ['Kauf', 'Schmerzpunkte', null],
      '3458764590016000028': ['Finanzierung', 'Chancen', null],
      '3458764590016000029': ['Kauf', 'Chancen', null],
    });
    expect(map.unplaced).toEqual([]); // "Phasen" in the corner names the stage row
  });

  it('spanish-labels: Spanish lane labels name their kinds, whatever their case', async () => {
    const map = mapTitled(
      await reportOf('spanish-labels'),
      'Viaje del cliente: apertura de cuenta',
    );
    expect(stageNames(map)).toEqual(['Descubrir', 'Registrarse', 'Verificación', 'Primer uso']);
    expect(lanes(map)).toEqual([
      ['Acciones', 'actions'],
      ['Puntos de contacto', 'touchpoints'],
      ['Pensamientos', 'thoughts'],
      ['Emociones', 'emotions'],
      ['Puntos de Dolor', 'painPoints'],
      ['Oportunidades', 'opportunities'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590017000013': ['Descubrir', 'Acciones', null],
      '3458764590017000014': ['Registrarse', 'Acciones', null],
      '3458764590017000015': ['Verificación', 'Acciones', null],
      '3458764590017000016': ['Primer uso', 'Acciones', null],
      '3458764590017000017': ['Descubrir', 'Puntos de contacto', null],
      '3458764590017000018': ['Verificación', 'Puntos de contacto', null],
      '3458764590017000019': ['Registrarse', 'Pensamientos', null],
      '3458764590017000020': ['Primer uso', 'Pensamientos', null],
      '3458764590017000021': ['Descubrir', 'Emociones', 1], // 🙂
      '3458764590017000022': ['Verificación', 'Emociones', -2], // "-2 La foto falla …"
      '3458764590017000023': ['Primer uso', 'Emociones', 2], // "+2 ¡Llegó al instante!"
      '3458764590017000024': ['Registrarse', 'Puntos de Dolor', null],
      '3458764590017000025': ['Verificación', 'Puntos de Dolor', null],
      '3458764590017000026': ['Registrarse', 'Oportunidades', null],
      '3458764590017000027': ['Verificación', 'Oportunidades', null],
    });
    expect(map.unplaced).toEqual([]); // "Etapas" in the corner names the stage row
  });

  it('french-labels: French lane labels name their kinds, accents and all', async () => {
    const map = mapTitled(
      await reportOf('french-labels'),
      'Parcours client : livraison de meubles',
    );
    expect(stageNames(map)).toEqual(['Découverte', 'Commande', 'Livraison', 'Après-vente']);
    expect(lanes(map)).toEqual([
      ['Actions', 'actions'],
      ['Points de contact', 'touchpoints'],
      ['Pensées', 'thoughts'],
      ['Émotions', 'emotions'],
      ['Points de douleur', 'painPoints'],
      ['Opportunités', 'opportunities'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590018000013': ['Découverte', 'Actions', null],
      '3458764590018000014': ['Commande', 'Actions', null],
      '3458764590018000015': ['Livraison', 'Actions', null],
      '3458764590018000016': ['Après-vente', 'Actions', null],
      '3458764590018000017': ['Commande', 'Points de contact', null],
      '3458764590018000018': ['Après-vente', 'Points de contact', null],
      '3458764590018000019': ['Livraison', 'Pensées', null],
      '3458764590018000020': ['Découverte', 'Émotions', 1], // 😊
      '3458764590018000021': ['Livraison', 'Émotions', -2], // 😠
      '3458764590018000022': ['Après-vente', 'Émotions', 1], // light_green in the emotions lane
      '3458764590018000023': ['Livraison', 'Points de douleur', null],
      '3458764590018000024': ['Après-vente', 'Points de douleur', null],
      '3458764590018000025': ['Livraison', 'Opportunités', null],
    });
    expect(map.unplaced).toEqual([]); // "Étapes" in the corner names the stage row
  });

  it('parking-area: notes right of the last stage or below the last lane are unplaced', async () => {
    const map = mapTitled(await reportOf('parking-area'), 'Insurance claim journey');
    expect(stageNames(map)).toEqual(['Incident', 'Report claim', 'Assessment', 'Payout']);
    expect(lanes(map)).toEqual([
      ['Actions', 'actions'],
      ['Emotions', 'emotions'],
      ['Pain points', 'painPoints'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590019000010': ['Incident', 'Actions', null],
      '3458764590019000011': ['Report claim', 'Actions', null],
      '3458764590019000012': ['Assessment', 'Actions', null],
      '3458764590019000013': ['Payout', 'Actions', null],
      '3458764590019000014': ['Incident', 'Emotions', -2], // 😢
      '3458764590019000015': ['Report claim', 'Emotions', -1], // "-1 Long hold music"
      '3458764590019000016': ['Payout', 'Emotions', 2], // "+2 Paid in full"
      '3458764590019000017': ['Report claim', 'Pain points', null],
      '3458764590019000018': ['Assessment', 'Pain points', null],
      // hangs past the Payout header's end (x 2470); its centre, x 2400, is under the header
      '3458764590019000019': ['Payout', 'Pain points', null],
    });
    expect(unplacedReasons(map)).toEqual({
      // under "Parking lot", right of x 2470
      '3458764590019000020': 'right of the last stage',
      '3458764590019000021': 'right of the last stage',
      '3458764590019000022': 'right of the last stage',
      // below y 1250, the bottom of "Pain points"
      '3458764590019000023': 'below the last lane',
      '3458764590019000024': 'below the last lane',
      '3458764590019000025': 'below the last lane', // right and below: R3's first reason
    });
  });

  it('messy-board: a stray label-coloured sticky over the edge, cards, big and stacked notes', async () => {
    const report = await reportOf('messy-board');
    expect(report.maps).toHaveLength(1);
    const map = mapTitled(report, 'Bike rental journey (workshop 2)');
    expect(stageNames(map)).toEqual(['Find a bike', 'Unlock', 'Ride', 'Return']);
    expect(lanes(map)).toEqual([
      ['Actions', 'actions'],
      ['Thoughts', 'thoughts'],
      ['Emotions', 'emotions'],
      ['Pain points', 'painPoints'],
    ]);
    expect(placements(map)).toEqual({
      '3458764590020000011': ['Find a bike', 'Actions', null],
      '3458764590020000012': ['Unlock', 'Actions', null], // a card
      '3458764590020000013': ['Ride', 'Actions', null], // resized to 300 × 344
      '3458764590020000014': ['Return', 'Actions', null],
      '3458764590020000015': ['Find a bike', 'Thoughts', null], // a wide sticky
      '3458764590020000016': ['Return', 'Thoughts', null],
      '3458764590020000017': ['Find a bike', 'Emotions', -1], // 🙁
      '3458764590020000018': ['Ride', 'Emotions', 2], // 😄
      '3458764590020000019': ['Return', 'Emotions', -1], // "-1 Searching for a dock"
      // a stack of four, each 18 right and 16 down of the one before
      '3458764590020000020': ['Unlock', 'Pain points', null],
      '3458764590020000021': ['Unlock', 'Pain points', null],
      '3458764590020000022': ['Unlock', 'Pain points', null],
      '3458764590020000023': ['Unlock', 'Pain points', null], // "Took 5 tries"
      '3458764590020000024': ['Return', 'Pain points', null], // a card
      '3458764590020000025': ['Ride', 'Pain points', null], // hangs over the frame's bottom
    });
    expect(unplacedReasons(map)).toEqual({
      // blue like the labels, unattached, across the frame's left edge, level with the stages
      '3458764590020000010': 'above the stage headers',
      '3458764590020000026': 'above the stage headers', // dropped on the Ride header
    });
  });
});
