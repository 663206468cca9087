// The browser harness's settings for tests, read from its environment. Only the harness reads
// these (it is never packaged); the Electron app always runs on the system clock and the default
// retry delays.
// - KANALPLAN_TEST_NOW, an instant such as 2026-12-02T10:00:00+01:00, starts main's clock there and
//   lets it run on from the harness's start; with KANALPLAN_TEST_CLOCK=fixed it stands still there.
// - KANALPLAN_TEST_RETRY_MS, whole milliseconds, is how long main waits before it tries a failed
//   write again on its own: a test of "Försök igen" sets it long, so that only the button can save.
import { translate } from '../../src-shared/i18n/messages';
import { systemClock, type Clock } from '../clock';

export class TestSettingError extends Error {}

/** The clock the environment asks for; throws a TestSettingError with a plain message if it cannot be read. */
export function testClock(env: NodeJS.ProcessEnv, realNow: () => number = Date.now): Clock {
  const asked = env.KANALPLAN_TEST_NOW;
  const mode = env.KANALPLAN_TEST_CLOCK ?? 'running';
  if (mode !== 'running' && mode !== 'fixed') {
    throw new TestSettingError(translate('sv', 'harness.testClockMode', { value: mode }));
  }
  if (asked === undefined || asked === '') return systemClock;
  // Only an instant with its offset: a bare local time would depend on the harness's time zone.
  const start = /(Z|[+-]\d\d:\d\d)$/.test(asked) ? Date.parse(asked) : Number.NaN;
  if (Number.isNaN(start)) throw new TestSettingError(translate('sv', 'harness.testClockTime', { value: asked }));
  if (mode === 'fixed') return () => new Date(start);
  const offset = start - realNow();
  return () => new Date(realNow() + offset);
}

/** The first automatic retry's delay the environment asks for, or undefined for the store's default. */
export function testRetryDelayMs(env: NodeJS.ProcessEnv): number | undefined {
  const asked = env.KANALPLAN_TEST_RETRY_MS;
  if (asked === undefined || asked === '') return undefined;
  if (!/^\d{1,9}$/.test(asked) || Number(asked) === 0) {
    throw new TestSettingError(translate('sv', 'harness.testRetryMs', { value: asked }));
  }
  return Number(asked);
}
