// Swedish is the default UI language. Keys are grouped by where they show.
export const sv = {
  app: {
    name: 'Kanalplan',
    loading: 'Läser in planen…',
    loadFailed: 'Planen kunde inte läsas in: {{message}}',
    retry: 'Försök igen',
    saveFailed: 'Ändringen kunde inte sparas: {{message}}. Planen har lästs in på nytt.',
    dismiss: 'Stäng',
  },
  nav: {
    label: 'Vyer',
    kanban: 'Kanban',
    calendar: 'Kalender',
    board: 'Styrelsevy',
    settings: 'Inställningar',
    language: 'Språk',
  },
  kanban: {
    title: 'Kanban',
    columnCount_one: '{{count}} inlägg',
    columnCount_other: '{{count}} inlägg',
    quickAddLabel: 'Nytt inlägg i {{column}}',
    quickAddPlaceholder: 'Nytt inlägg…',
    add: 'Lägg till',
    empty: 'Inga inlägg här ännu.',
    unscheduled: 'Ej schemalagd',
  },
  placeholder: {
    comingSoon: 'Kommer snart',
    calendar: 'Kalendern med vecko- och månadsvy byggs i nästa steg.',
    board: 'Styrelsevyn, en läsvy av planen för styrelsen, byggs i ett senare steg.',
    settings: 'Inställningar för kanaler, målgrupper, säkerhetskopior och import byggs i ett senare steg.',
  },
  notices: {
    restored:
      'Filen {{file}} gick inte att läsa ({{reason}}). Den har sparats som {{keptAs}} och säkerhetskopian från {{backupDate}} har återställts.',
    noBackup:
      'Filen {{file}} gick inte att läsa ({{reason}}). Den har sparats som {{keptAs}}, men ingen säkerhetskopia fanns att återställa.',
  },
} as const;
