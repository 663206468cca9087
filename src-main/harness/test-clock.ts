// The browser harness's clock for tests: KANALPLAN_TEST_NOW, an instant such as
// 2026-12-02T10:00:00+01:00, starts main's clock there and lets it run on from the harness's start;
// with KANALPLAN_TEST_CLOCK=fixed it stands still there. Only the harness reads these (it is never
// packaged); the Electron app always runs on the system clock.
import { translate } from '../../src-shared/i18n/messages';
import { systemClock, type Clock } from '../clock';

export class TestClockError extends Error {}

/** The clock the environment asks for; throws a TestClockError with a plain message if it cannot be read. */
export function testClock(env: NodeJS.ProcessEnv, realNow: () => number = Date.now): Clock {
  const asked = env.KANALPLAN_TEST_NOW;
  const mode = env.KANALPLAN_TEST_CLOCK ?? 'running';
  if (mode !== 'running' && mode !== 'fixed') {
    throw new TestClockError(translate('sv', 'harness.testClockMode', { value: mode }));
  }
  if (asked === undefined || asked === '') return systemClock;
  // Only an instant with its offset: a bare local time would depend on the harness's time zone.
  const start = /(Z|[+-]\d\d:\d\d)$/.test(asked) ? Date.parse(asked) : Number.NaN;
  if (Number.isNaN(start)) throw new TestClockError(translate('sv', 'harness.testClockTime', { value: asked }));
  if (mode === 'fixed') return () => new Date(start);
  const offset = start - realNow();
  return () => new Date(realNow() + offset);
}
