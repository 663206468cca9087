// Example content: the organisation itself, its meetings, events, elections and recruitment.
import type { ItemSpec } from './index';

const p = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const ORGANISATION_ITEMS: readonly ItemSpec[] = [
  {
    id: 'example-karledartraff-bilder',
    title: 'Bilder från kårledarträffen',
    notes: 'Alla på bilderna har godkänt att de publiceras. Tagga inte enskilda personer, bara kårerna.',
    status: 'published',
    when: { kind: 'recent', daysAgo: 2, time: '12:00' },
    audiences: ['student-unions', 'students'],
    tags: ['medlemskårer'],
    owner: 'Kommunikatör',
    variants: [
      {
        channel: 'instagram',
        text: p(
          'Tack till alla kårledare som kom på kårledarträffen! 🙌',
          'Vi pratade bostäder, studiemedel och hur vi tillsammans blir en ännu starkare röst för Stockholms ' +
            'studenter. Ni delade med er av både utmaningar och idéer, och vi tar med oss allt till vårt fortsatta arbete.',
          'Vill din kår vara med och påverka? Hör av dig till oss, länk i bio.',
        ),
        hashtags: ['SSCO', 'studentkår', 'Stockholm'],
        mediaNote: 'Karusell med fyra bilder från kårledarträffen, mappen Bilder/Kårledarträff. Gruppbilden först.',
        altText:
          'Ett tjugotal kårledare sitter runt långbord i ett ljust konferensrum och diskuterar. ' +
          'På väggen bakom dem syns en skärm med texten Kårledarträff.',
      },
    ],
  },
  {
    id: 'example-styrelsebeslut',
    title: 'Beslut från styrelsemötet',
    notes: 'Publiceras samma dag som mötet. Protokollet läggs upp när det är justerat.',
    status: 'published',
    when: { kind: 'recent', daysAgo: 1, time: '17:30' },
    audiences: ['student-unions', 'students'],
    tags: ['styrelsen'],
    owner: 'Ordförande',
    variants: [
      {
        channel: 'website',
        slug: 'beslut-fran-styrelsemotet',
        lead: 'Styrelsen har sammanträtt. Här är de viktigaste besluten. Protokollet i sin helhet publiceras så snart det är justerat.',
        text: p(
          '## Det här beslutade styrelsen',
          [
            '- **Bostadspolitiskt program.** Styrelsen skickar ett förslag till nytt bostadspolitiskt program på ' +
              'remiss till medlemskårerna. Svaren ska vara inne inom sex veckor.',
            '- **Studiestöd.** Presidiet fick i uppdrag att sammanfatta våra förslag om studiestödet inför ' +
              'terminens möten med beslutsfattare och myndigheter.',
            '- **Kommunikationspolicyn.** Styrelsen gick igenom kommunikationspolicyn, som ska lyftas en gång per ' +
              'verksamhetsår. Den gäller oförändrad.',
          ].join('\n'),
          '## Har du frågor?',
          'Hör av dig till presidiet. Alla protokoll finns på hemsidan under Styrelsen.',
        ),
      },
      {
        channel: 'x',
        text:
          'Styrelsen har sammanträtt: ett nytt bostadspolitiskt program går på remiss till medlemskårerna, och ' +
          'presidiet sammanfattar våra förslag om studiestödet. Läs alla beslut här:',
      },
    ],
  },
  {
    id: 'example-bostadsmote-inbjudan',
    title: 'Inbjudan: öppet möte om studentbostäder',
    notes: 'Mötet är torsdag veckan efter inlägget, kl. 17.30. Anmälningslänken ligger i bion från samma dag.',
    status: 'approved',
    when: { kind: 'upcoming', week: 1, weekday: 1, time: '17:30' },
    audiences: ['students', 'student-unions'],
    tags: ['bostad', 'event'],
    owner: 'Kommunikatör',
    variants: [
      {
        channel: 'instagram',
        text: p(
          'Hur löser vi bostadsbristen för studenter i Stockholm? 🏠',
          'Välkommen på öppet möte med SSCO på torsdag nästa vecka kl. 17.30! Vi samtalar med bostadsbolag och ' +
            'studentkårer om vad som krävs för att fler studenter ska ha någonstans att bo, och om hur du själv kan påverka.',
          'Mötet är öppet för alla studenter i Stockholm, oavsett om du är engagerad i din kår eller inte. ' +
            'Vi bjuder på fika. Ta med en vän!',
          'Anmälan: länk i bio.',
        ),
        hashtags: ['SSCO', 'studentbostäder', 'Stockholm', 'studentliv'],
        mediaNote: 'Affisch i kvadratformat från mallen Öppet möte, följd av ett foto från förra mötet (fullsatt lokal).',
        altText:
          'Affisch i SSCO:s färger med texten Öppet möte: hur löser vi studentbostadsbristen? ' +
          'Under texten en illustration av ett bostadshus med tända fönster.',
      },
    ],
  },
  {
    id: 'example-valberedningen-soker',
    title: 'Valberedningen söker kandidater till styrelsen',
    notes: 'Valberedningen har godkänt texten. Kvar att granska: länken till nomineringsformuläret.',
    status: 'review',
    when: { kind: 'upcoming', week: 1, weekday: 2, time: '12:00' },
    audiences: ['students', 'student-unions'],
    tags: ['rekrytering', 'förtroendeuppdrag'],
    owner: 'Valberedningens sammankallande',
    principles: { openness: true, clarity: true, credibility: true },
    variants: [
      {
        channel: 'linkedin',
        text: p(
          'Vill du vara med och leda Stockholms studentrörelse? Valberedningen söker kandidater till SSCO:s ' +
            'styrelse inför nästa verksamhetsår.',
          'SSCO samlar studentkårerna i Stockholm och driver studenternas frågor gentemot beslutsfattare, ' +
            'lärosäten och myndigheter: bostäder, studiemedel, kollektivtrafik och mycket mer. Som ledamot i ' +
            'styrelsen är du med och sätter riktningen för det arbetet.',
          [
            'Vi söker dig som',
            '• är student och engagerad i studentfrågor, i din kår eller på annat sätt',
            '• vill lära dig mer om påverkansarbete, styrelsearbete och organisation',
            '• trivs med att samarbeta med människor med olika bakgrund och perspektiv',
          ].join('\n'),
          'Du behöver inte ha suttit i en styrelse tidigare. Uppdraget är ett förtroendeuppdrag vid sidan av ' +
            'studierna, med styrelsemöten ungefär en gång i månaden.',
          'Nominera dig själv eller någon annan via länken. Har du frågor? Hör av dig till valberedningen, vi ' +
            'berättar gärna mer!',
        ),
        link: 'https://www.ssco.se/valberedningen',
      },
    ],
  },
  {
    id: 'example-politisk-sekreterare',
    title: 'Vi söker en politisk sekreterare',
    notes: 'Utkast. Stäm av omfattning, lön och sista ansökningsdag med presidiet innan annonsen går till granskning.',
    status: 'draft',
    when: { kind: 'upcoming', week: 2, weekday: 3, time: '12:00' },
    audiences: ['students', 'public'],
    tags: ['rekrytering'],
    owner: 'Ordförande',
    variants: [
      {
        channel: 'linkedin',
        text: p(
          'SSCO söker en politisk sekreterare! Vill du arbeta med studenternas frågor och göra skillnad för ' +
            'tiotusentals studenter i Stockholm?',
          'Som politisk sekreterare stöttar du presidiet och styrelsen i påverkansarbetet. Du tar fram underlag, ' +
            'skriver remissvar och debattartiklar, följer utvecklingen inom bostäder, studiestöd och ' +
            'kollektivtrafik, och håller kontakten med beslutsfattare och myndigheter.',
          [
            'Vi tror att du',
            '• har erfarenhet av påverkansarbete, utredning eller politiskt arbete',
            '• skriver tydligt och träffsäkert, både kort och långt',
            '• gärna har egen erfarenhet av studentrörelsen',
          ].join('\n'),
          'Tjänsten är en visstidsanställning med placering i Stockholm. Läs mer och sök via länken.',
        ),
        link: 'https://www.ssco.se/jobba-hos-oss',
      },
    ],
  },
  {
    id: 'example-karval-rosta',
    title: 'Kårval: därför ska du rösta',
    notes: 'Samordna med kårerna: alla har inte val samma vecka. Be dem dela inlägget i sina egna kanaler.',
    status: 'draft',
    when: { kind: 'upcoming', week: 3, weekday: 0, time: '12:00' },
    audiences: ['students', 'student-unions'],
    tags: ['kårval'],
    owner: 'Kommunikatör',
    variants: [
      {
        channel: 'instagram',
        text: p(
          'Snart är det kårval på flera av Stockholms lärosäten! 🗳️',
          'Din kår företräder dig gentemot lärosätet i allt från schemaläggning till studiemiljö, och driver dina ' +
            'frågor när besluten fattas. Ju fler som röstar, desto starkare mandat får kåren.',
          ['Så här gör du:', '1. Kolla när valet är på din kår', '2. Läs på om kandidaterna', '3. Rösta!'].join('\n'),
          'Vilken kår tillhör du? Skriv i kommentarerna 👇',
        ),
        hashtags: ['kårval', 'SSCO', 'studentkår'],
        mediaNote: 'Karusell: en omslagsbild med texten Rösta i kårvalet, sedan en bild per steg. Kampanjmallen för kårval.',
        altText: 'Grafik i SSCO:s färger med en valurna och texten: Rösta i kårvalet!',
      },
    ],
  },
  {
    id: 'example-terminsbrev',
    title: 'Terminsbrev till medlemskårerna',
    notes: 'Utkast utan datum: skickas när bostadsprogrammets remisstid har gått ut. Lägg till en rad om valberedningen.',
    status: 'draft',
    when: null,
    audiences: ['student-unions'],
    tags: ['medlemskårer'],
    owner: 'Kommunikatör',
    variants: [
      {
        channel: 'website',
        slug: 'terminsbrev-till-medlemskarerna',
        lead: 'En sammanfattning av vad SSCO har arbetat med den här terminen, och vad som händer härnäst.',
        text: p(
          '## Bostäder',
          'Vårt nya bostadspolitiska program har varit på remiss hos er. Tack för alla svar! (Sammanfatta svaren här.)',
          '## Studiestöd',
          'Vi har träffat beslutsfattare och myndigheter om studiestödet. (Lägg till vilka vi har träffat.)',
          '## Kommande',
          'Kårledarträff, öppna möten och valberedningens arbete inför nästa verksamhetsår.',
        ),
      },
    ],
  },
];
