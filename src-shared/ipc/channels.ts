// The channel names alone, free of zod, so the sandboxed preload can bundle them cheaply.
export const CHANNELS = [
  'app:info',
  'plan:load',
  'plan:apply',
  'settings:update',
  'backups:list',
  'backups:restore',
] as const;
export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** What the preload exposes on `window.kanalplan`: one function per channel, nothing else. */
export type RawBridge = { readonly [C in Channel]: (input: unknown) => Promise<unknown> };
