// The export dialog's choices (defaults from the calendar week and Settings, the period's
// validation) and the checks it lists before writing.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src-shared/settings/policy';
import { defaultForm, isComplete, periodProblems, requestOf, toggled } from '../../src-renderer/features/export/export-form';
import { failingChecks } from '../../src-renderer/features/export/export-preview';
import { exportPosts } from '../../src-shared/export';
import { applyCommand } from '../../src-shared/plan/commands';
import { NOW } from '../support/plans';
import { exportFixturePlan, FIXTURE_OPTIONS } from '../fixtures/export-plan';

describe('the export form', () => {
  it('starts with the week shown in the calendar, every channel (turned off ones too) and only approved posts', () => {
    const settings = defaultSettings();
    settings.channels = settings.channels.map((channel) =>
      channel.id === 'linkedin' ? { ...channel, enabled: false } : channel,
    );
    expect(defaultForm('2027-01-01', settings)).toEqual({
      from: '2026-12-28',
      to: '2027-01-03',
      // LinkedIn is turned off, but its approved posts must not be dropped unseen (issue 17).
      channels: ['website', 'x', 'instagram', 'facebook', 'linkedin'],
      statuses: ['approved'],
      zip: false,
    });
  });

  it.each([
    [{ from: '2026-11-23', to: '2026-11-29' }, {}],
    [{ from: '2026-11-23', to: '2026-11-23' }, {}],
    [{ from: '2026-02-30', to: '2026-03-01' }, { from: 'exportDialog.invalidDate' }],
    [{ from: '2026-11-23', to: '23/11/2026' }, { to: 'exportDialog.invalidDate' }],
    [
      { from: '', to: '2026-1-1' },
      { from: 'exportDialog.invalidDate', to: 'exportDialog.invalidDate' },
    ],
    [{ from: '2026-11-29', to: '2026-11-23' }, { to: 'exportDialog.reversed' }],
  ])('period %j has problems %j', (period, problems) => {
    expect(periodProblems(period)).toEqual(problems);
  });

  it('is complete only with a valid period, a channel and a status', () => {
    const form = defaultForm('2026-11-24', defaultSettings());
    expect(isComplete(form)).toBe(true);
    expect(isComplete({ ...form, channels: [] })).toBe(false);
    expect(isComplete({ ...form, statuses: [] })).toBe(false);
    expect(requestOf(form, true)).toEqual({ ...form, overwrite: true });
  });

  it('toggles a value keeping the order of all values', () => {
    expect(toggled(['c', 'a'], 'b', true, ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(toggled(['a', 'b', 'c'], 'b', false, ['a', 'b', 'c'])).toEqual(['a', 'c']);
  });
});

describe('failingChecks', () => {
  const plan = exportFixturePlan();
  const rulesOf = (channels: string[]) =>
    failingChecks(exportPosts(plan, { ...FIXTURE_OPTIONS, channels }), plan, '2026-10-01T08:00').map(
      ({ item, findings }) =>
        `${item.id}: ${findings.map((finding) => `${finding.severity} ${finding.rule} ${finding.channel ?? '-'}`).join(', ')}`,
    );

  it('lists errors and warnings on the exported channels and the items themselves, never other info', () => {
    expect(rulesOf(['website', 'x', 'instagram', 'facebook', 'linkedin'])).toEqual([
      'oppet-hus: warning instagram-alt-text instagram',
      'sl-kort: error approved-empty-variant website',
      'formel: warning channel-disabled linkedin',
    ]);
  });

  it('lists an empty text of a post not yet approved: the package would have no file for it', () => {
    const draft = applyCommand(plan, { type: 'variant.update', id: 'utkast', channel: 'x', patch: { text: ' ' } }, NOW);
    const posts = exportPosts(draft, { ...FIXTURE_OPTIONS, statuses: ['draft'] });
    expect(
      failingChecks(posts, draft, '2026-10-01T08:00').map(({ item, findings }) => [item.id, findings.map((f) => f.rule)]),
    ).toEqual([['utkast', ['no-audience', 'empty-variant']]]);
  });

  it('leaves out what belongs to a channel that is not exported', () => {
    expect(rulesOf(['x', 'facebook'])).toEqual([]);
  });
});
