// Example content: SSCO's political standpoints on housing, study support and public transport.
import type { ItemSpec } from './index';

const p = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const POLITICS_ITEMS: readonly ItemSpec[] = [
  {
    id: 'example-bostad-kommentar',
    title: 'Kommentar: bostadskön för studenter',
    notes: 'Snabb kommentar när nyheten om bostadsköerna kom. Svara gärna på frågor från politiker i tråden.',
    status: 'published',
    when: { kind: 'recent', daysAgo: 3, time: '08:00' },
    audiences: ['decision-makers', 'public'],
    tags: ['bostad'],
    owner: 'Ordförande',
    variants: [
      {
        channel: 'x',
        text:
          'Att få en studentbostad i Stockholm tar ofta flera år. Den som inte har råd med andrahandsmarknaden ' +
          'riskerar att tacka nej till sin utbildning. Det är inte rimligt. Vi vill se fler studentbostäder ' +
          'med rimliga hyror – och vi hjälper gärna till.',
        hashtags: ['studentbostäder'],
      },
    ],
  },
  {
    id: 'example-bostad-debatt',
    title: 'Stockholm har inte råd att tappa sina studenter',
    notes: p(
      'Debattartikel av ordföranden om bostadsbristen. Publiceras på hemsidan på morgonen och delas på Facebook vid lunch.',
      'Be medlemskårerna dela Facebookinlägget. Skicka länken till bostadsborgarråden och till byggbolagen vi träffade i våras.',
    ),
    status: 'approved',
    when: { kind: 'upcoming', week: 0, weekday: 2, time: '08:00' },
    // Not aimed at the construction industry: the builders get the link by e-mail, and the
    // interview series in the backlog is meant for them, so the board view flags them as unreached.
    audiences: ['decision-makers', 'universities', 'public'],
    tags: ['bostad', 'debatt'],
    owner: 'Ordförande',
    variants: [
      {
        channel: 'website',
        slug: 'stockholm-har-inte-rad-att-tappa-sina-studenter',
        lead:
          'Bostadsbristen gör att studenter tackar nej till utbildningar i Stockholm. Det drabbar inte bara dem, ' +
          'utan hela regionens kompetensförsörjning. Nu måste kommunerna, byggbranschen och lärosätena ta ett ' +
          'gemensamt ansvar, skriver SSCO:s ordförande.',
        text: p(
          'Varje termin hör vi samma berättelser från våra medlemskårer. Studenter som har kommit in på sin ' +
            'drömutbildning men inte hittar någonstans att bo. Studenter som pendlar flera timmar om dagen, bor i ' +
            'andra hand med korta kontrakt eller sover på en kompis soffa de första veckorna.',
          'Det är inget nytt problem. Men det är ett problem som går att lösa.',
          '## Bostadsbristen är en kompetensfråga',
          'Stockholm konkurrerar med andra storstadsregioner om studenter, forskare och företag. När en antagen ' +
            'student inte har råd att bo här förlorar hela regionen. Arbetsgivare som behöver ingenjörer, ' +
            'sjuksköterskor och lärare har allt att vinna på att studenterna kan bo där de utbildas.',
          '## Tre saker som behöver hända',
          [
            '1. **Kommunerna behöver planera för studentbostäder.** Mark nära campus och kollektivtrafik bör ' +
              'reserveras för studentbostäder redan i översiktsplanen.',
            '2. **Byggbranschen behöver långsiktiga förutsättningar.** Små, yteffektiva lägenheter med rimliga ' +
              'hyror går att bygga, om regelverk och markpriser tillåter det.',
            '3. **Lärosätena behöver ta ett större ansvar.** Den som flyttar hit från utlandet eller från en ' +
              'annan del av landet ska kunna få hjälp att hitta ett boende den första terminen.',
          ].join('\n'),
          '## Vi vill vara en del av lösningen',
          'SSCO samlar studentkårerna i Stockholm och företräder tiotusentals studenter. Vi vet vad studenterna ' +
            'behöver, och vi bjuder gärna in kommuner, byggaktörer och lärosäten till samtal om hur vi når dit. ' +
            'Stockholm har inte råd att tappa sina studenter.',
          '*Ordförande, SSCO*',
        ),
      },
      {
        channel: 'facebook',
        time: '12:00',
        text: p(
          'Stockholm har inte råd att tappa sina studenter. 🏠',
          'Varje termin hör vi från våra medlemskårer om studenter som har kommit in på sin drömutbildning men ' +
            'inte hittar någonstans att bo. Vissa pendlar flera timmar om dagen, andra bor i andra hand med korta ' +
            'kontrakt eller sover på en kompis soffa.',
          'Bostadsbristen är inte bara studenternas problem. Den är en fråga om hela regionens ' +
            'kompetensförsörjning: när en antagen student inte har råd att bo här förlorar Stockholm en framtida ' +
            'ingenjör, sjuksköterska eller lärare.',
          'I dag skriver vår ordförande om tre saker som behöver hända. Kommunerna behöver planera för ' +
            'studentbostäder, byggbranschen behöver långsiktiga förutsättningar och lärosätena behöver ta ett ' +
            'större ansvar för nya studenter.',
          'Läs hela debattartikeln på vår hemsida och dela den gärna. Vad tycker du är viktigast att göra först?',
        ),
      },
    ],
  },
  {
    id: 'example-studiemedel-trad',
    title: 'Tråd: studiemedlet måste gå att leva på',
    notes: 'Tråd i tre delar. Svara på kommentarer under dagen; hänvisa till våra förslag på hemsidan när de är publicerade.',
    status: 'approved',
    when: { kind: 'upcoming', week: 0, weekday: 3, time: '08:00' },
    audiences: ['decision-makers', 'authorities', 'students'],
    tags: ['studiemedel'],
    owner: 'Vice ordförande',
    variants: [
      {
        channel: 'x',
        text: p(
          'Studiemedlet ska räcka till hyra, mat och kurslitteratur. I Stockholm gör det ofta inte det. När hyran ' +
            'tar det mesta av budgeten måste många jobba så mycket vid sidan av studierna att resultaten blir lidande.',
          'Vi vill att studiemedlets nivå ses över mot studenternas faktiska kostnader, särskilt boendet, och att ' +
            'bidragsdelen höjs så att färre behöver låna mer än de klarar av att betala tillbaka.',
          'Vem som kan studera ska inte avgöras av plånboken. Ett studiestöd som går att leva på är en investering ' +
            'i hela Sveriges kompetensförsörjning.',
        ),
        hashtags: ['studiemedel'],
      },
    ],
  },
  {
    id: 'example-sl-kort-standpunkt',
    title: 'Ståndpunkt: studentrabatt på SL för alla som studerar',
    notes:
      'Stäm av formuleringen om deltid och distans med vice ordförande. Tagga trafikregionrådet om frågan är uppe i regionen samma vecka.',
    status: 'review',
    when: { kind: 'upcoming', week: 1, weekday: 3, time: '12:00' },
    audiences: ['decision-makers', 'students', 'public'],
    tags: ['kollektivtrafik'],
    owner: 'Vice ordförande',
    principles: { openness: true, clarity: true, credibility: false },
    variants: [
      {
        channel: 'x',
        text:
          'Kollektivtrafiken ska vara ett självklart val för studenter. Vi vill att studentrabatten på SL ska vara ' +
          'enkel att få och gälla alla som studerar, även den som läser på deltid eller distans. Det gynnar både ' +
          'studenterna och klimatet.',
        hashtags: ['SLkort'],
      },
    ],
  },
  {
    id: 'example-studiestod-forslag',
    title: 'Så vill vi förbättra studiestödet',
    notes: 'Sammanfattning av våra ståndpunkter om studiestöd. Ska kunna skickas till departementet och CSN inför våra möten.',
    status: 'review',
    when: { kind: 'upcoming', week: 2, weekday: 1, time: '08:00' },
    audiences: ['decision-makers', 'authorities', 'universities', 'students'],
    tags: ['studiemedel'],
    owner: 'Vice ordförande',
    principles: { openness: true, clarity: false, credibility: true },
    variants: [
      {
        channel: 'website',
        slug: 'sa-vill-vi-forbattra-studiestodet',
        lead:
          'Studiestödet är en av de viktigaste förutsättningarna för att alla ska kunna studera, oavsett bakgrund. ' +
          'I Stockholm, där boendekostnaderna är bland de högsta i landet, räcker det ofta inte till. Här är våra förslag.',
        text: p(
          '## Våra förslag',
          [
            '- **En nivå som speglar verkliga kostnader.** Studiemedlets nivå bör regelbundet jämföras med ' +
              'studenternas faktiska utgifter, där boendet är den största posten.',
            '- **En högre bidragsdel.** Färre ska behöva låna mer än de klarar av att betala tillbaka.',
            '- **Tydligare information.** Det ska vara lätt att förstå vad som gäller vid sjukdom, föräldraskap ' +
              'och studieuppehåll. CSN och lärosätena behöver samverka så att ingen student hamnar mellan stolarna.',
          ].join('\n'),
          '## Vad händer nu?',
          'Vi tar med förslagen till våra möten med beslutsfattare och myndigheter under terminen. Har din kår ' +
            'synpunkter eller erfarenheter att dela? Hör av er till presidiet, vi vill gärna höra dem.',
        ),
      },
      {
        channel: 'x',
        text:
          'Studiemedlet ska gå att leva på, även i Stockholm. Vi har samlat våra förslag för ett studiestöd som ' +
          'speglar studenternas verkliga kostnader:',
      },
    ],
  },
  {
    id: 'example-sl-enkat',
    title: 'Enkät: vad kostar resan till campus?',
    notes: 'Idé: en kort enkät om resvanor och kostnader som underlag inför regionens budget. Kolla om någon kår redan har data.',
    status: 'idea',
    when: { kind: 'upcoming', week: 3, weekday: 2, time: null },
    audiences: ['students', 'decision-makers'],
    tags: ['kollektivtrafik'],
    owner: 'Kommunikatör',
    variants: [{ channel: 'x' }, { channel: 'facebook' }],
  },
  {
    id: 'example-bostad-intervjuer',
    title: 'Intervjuserie: de som bygger studentbostäderna',
    notes: 'Idé: korta intervjuer med bostadsbolag och byggaktörer om vad som krävs för att bygga fler studentbostäder.',
    status: 'idea',
    when: null,
    audiences: ['construction', 'decision-makers', 'public'],
    tags: ['bostad'],
    owner: 'Kommunikatör',
    variants: [{ channel: 'website' }],
  },
  {
    id: 'example-bostadsgaranti',
    title: 'Bostadsgaranti för internationella studenter',
    notes:
      'Idé: samtal med lärosätena om hur de kan hjälpa nyantagna från utlandet att hitta boende. Fråga kårernas internationella sekreterare först.',
    status: 'idea',
    when: null,
    audiences: ['universities', 'student-unions'],
    tags: ['bostad'],
    owner: 'Ordförande',
    variants: [],
  },
];
