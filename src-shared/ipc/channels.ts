// The channel names alone, free of zod, so the sandboxed preload can bundle them cheaply.
export const CHANNELS = [
  'app:info',
  'plan:load',
  'plan:load-recent',
  'plan:load-archive',
  'plan:apply',
  'board:save',
  'board:pdf',
  'backups:list',
  'backups:restore',
  'backups:create',
  'app:reveal-data-dir',
  'notices:dismiss',
  'plan:export-file',
  'plan:import-check',
  'plan:import-commit',
  'store:status',
  'store:retry',
  'store:save-copy',
  'export:write',
  'export:reveal',
  'app:open-link',
  'csv:save-template',
  'media:attach',
  'media:board-thumbnails',
] as const;
export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** Commands chosen in the app menu (Electron); the renderer's shortcuts run the same ones. */
export const APP_COMMANDS = [
  'item:new',
  'item:new-from-template',
  'item:duplicate',
  'plan:import-csv',
  'export',
  'plan:export-file',
  'plan:import',
  'undo',
  'redo',
  'view:kanban',
  'view:calendar',
  'view:board',
  'view:publish',
  'view:settings',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

/** Events main sends the renderer unasked; contract.ts says what each carries. */
export const EVENTS = ['store:save-state', 'store:notices', 'menu:command', 'export:progress'] as const;
export type EventName = (typeof EVENTS)[number];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENTS as readonly string[]).includes(value);
}

/** Stops a subscription. */
export type Unsubscribe = () => void;

/**
 * What the preload exposes on `window.kanalplan` (and the harness's HTTP bridge provides): one
 * function per channel, and a subscription to main's events by name.
 */
export type RawBridge = { readonly [C in Channel]: (input: unknown) => Promise<unknown> } & {
  readonly subscribe: (event: EventName, listener: (payload: unknown) => void) => Unsubscribe;
};
