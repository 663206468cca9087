// A failed write is tried again on its own, later each time, and never given up (DESIGN §6); the
// browser harness lets a test set the first delay (KANALPLAN_TEST_RETRY_MS).
import { describe, expect, it } from 'vitest';
import { SaveFailure } from '../../src-main/store/save-failure';
import { testRetryDelayMs } from '../../src-main/harness/test-settings';

const NOW = () => new Date('2026-12-02T09:00:00Z');

/** The delays before each of the first `count` retries, one failure after another. */
function delays(firstDelayMs: number, count: number): number[] {
  const failure = new SaveFailure(NOW, firstDelayMs);
  return Array.from({ length: count }, () => {
    failure.record(Object.assign(new Error('read-only'), { code: 'EROFS' }));
    return failure.nextRetryDelay();
  });
}

describe('the retries of a failed write', () => {
  it('double from the first delay up to 30 s, and go on at 30 s', () => {
    expect(delays(2000, 7)).toEqual([2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('keep a first delay longer than 30 s as it is', () => {
    expect(delays(600_000, 3)).toEqual([600_000, 600_000, 600_000]);
  });

  it('start again from the first delay once a write succeeded', () => {
    const failure = new SaveFailure(NOW, 1000);
    for (let attempt = 0; attempt < 4; attempt++) failure.record(new Error('EIO'));
    expect(failure.nextRetryDelay()).toBe(8000);
    failure.clear();
    failure.record(new Error('EIO'));
    expect(failure.nextRetryDelay()).toBe(1000);
  });
});

describe("the harness's test retry delay", () => {
  it('is the store’s own when no test sets one', () => {
    expect(testRetryDelayMs({})).toBeUndefined();
    expect(testRetryDelayMs({ KANALPLAN_TEST_RETRY_MS: '' })).toBeUndefined();
  });

  it('is the whole milliseconds a test sets', () => {
    expect(testRetryDelayMs({ KANALPLAN_TEST_RETRY_MS: '600000' })).toBe(600_000);
    expect(testRetryDelayMs({ KANALPLAN_TEST_RETRY_MS: '250' })).toBe(250);
  });

  it('says plainly what is wrong with anything else', () => {
    for (const value of ['0', '-5', '1.5', '10s', ' 100', '1e3', '9999999999']) {
      expect(() => testRetryDelayMs({ KANALPLAN_TEST_RETRY_MS: value }), value).toThrow(
        `KANALPLAN_TEST_RETRY_MS ska vara ett antal millisekunder större än noll, inte ”${value}”.`,
      );
    }
  });
});
