import type { Messages } from './index';

export const en: Messages = {
  app: {
    name: 'Kanalplan',
    loading: 'Loading the plan…',
    loadFailed: 'The plan could not be loaded: {{message}}',
    retry: 'Try again',
    saveFailed: 'The change could not be saved: {{message}}. The plan has been reloaded.',
    dismiss: 'Dismiss',
  },
  nav: {
    label: 'Views',
    kanban: 'Kanban',
    calendar: 'Calendar',
    board: 'Board view',
    settings: 'Settings',
    language: 'Language',
  },
  kanban: {
    title: 'Kanban',
    columnCount_one: '{{count}} item',
    columnCount_other: '{{count}} items',
    quickAddLabel: 'New item in {{column}}',
    quickAddPlaceholder: 'New item…',
    add: 'Add',
    empty: 'No items here yet.',
    unscheduled: 'Not scheduled',
  },
  placeholder: {
    comingSoon: 'Coming soon',
    calendar: 'The calendar with week and month views is built in the next step.',
    board: 'The board view, a read-only plan for the board, is built in a later step.',
    settings: 'Settings for channels, audiences, backups and import are built in a later step.',
  },
  notices: {
    restored:
      'The file {{file}} could not be read ({{reason}}). It was kept as {{keptAs}} and the backup from {{backupDate}} was restored.',
    noBackup: 'The file {{file}} could not be read ({{reason}}). It was kept as {{keptAs}}, but there was no backup to restore.',
  },
};
