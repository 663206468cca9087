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
] as const;
export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** Commands main sends from the app menu; the renderer's shortcuts run the same ones. */
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
export const APP_COMMAND_EVENT = 'app:command';

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);
}

/** What the preload exposes on `window.kanalplan`: one function per channel, and the menu's commands. */
export type RawBridge = { readonly [C in Channel]: (input: unknown) => Promise<unknown> } & {
  readonly onAppCommand?: (listener: (command: AppCommand) => void) => () => void;
};
