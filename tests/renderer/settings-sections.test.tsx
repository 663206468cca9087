// @vitest-environment happy-dom
// Inställningar's sections against the real services: every change reaches main as a settings
// command, a refusal shows beside its field with the draft kept, and undo takes a change back.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SettingsView } from '../../src-renderer/features/settings/SettingsView';
import { realParts, renderIn } from '../support/parts';

const { services, bridge: rawBridge, parts } = realParts();
const plans = parts.plan;

beforeAll(() => plans.getState().load());
beforeEach(() => parts.settingsUi.setState({ section: 'organisation', outcome: null, request: null }));
afterEach(cleanup);

const saved = () => services.plan.current().plan.settings;

/** Types into a field and leaves it, as the user does; the commit happens on blur. */
async function typeAndLeave(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
  await act(async () => {
    fireEvent.blur(field);
  });
}

async function open(section: string) {
  renderIn(parts, <SettingsView />);
  const nav = screen.getByRole('navigation', { name: 'Avsnitt' });
  await act(async () => fireEvent.click(within(nav).getByRole('button', { name: section })));
  return screen.getByRole('region', { name: section });
}

describe('Organisation', () => {
  it('refuses a bad website address beside the field, keeps the draft, and saves the fixed one', async () => {
    const section = await open('Organisation');
    const url = within(section).getByRole('textbox', { name: 'Hemsidans adress' });
    await typeAndLeave(url, 'ssco.se');
    expect(within(section).getByRole('alert').textContent).toMatch(/hemsidans adress måste börja med http/);
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect((url as HTMLInputElement).value).toBe('ssco.se');
    expect(saved().websiteBaseUrl).not.toBe('ssco.se');
    expect(plans.getState().error).toBeNull();

    await typeAndLeave(url, 'https://kar.example.se');
    expect(within(section).queryByRole('alert')).toBeNull();
    expect(saved().websiteBaseUrl).toBe('https://kar.example.se');
  });

  it('saves the organisation name, and undo puts the old one back in the field', async () => {
    const section = await open('Organisation');
    const name = within(section).getByRole<HTMLInputElement>('textbox', { name: 'Organisationens namn' });
    const before = name.value;
    await typeAndLeave(name, 'Kårernas hus');
    expect(saved().organisationName).toBe('Kårernas hus');
    await act(() => plans.getState().undo());
    expect(saved().organisationName).toBe(before);
    expect(name.value).toBe(before);
  });
});

describe('Kanaler', () => {
  it('turns a channel off and changes a limit, refusing 0 beside the field', async () => {
    const section = await open('Kanaler');
    const facebook = within(section).getByRole('group', { name: 'Facebook' });
    await act(async () => fireEvent.click(within(facebook).getByRole('checkbox', { name: 'Använd Facebook' })));
    expect(saved().channels.find((channel) => channel.id === 'facebook')?.enabled).toBe(false);

    const linkedin = within(section).getByRole('group', { name: 'LinkedIn' });
    const limit = within(linkedin).getByRole('spinbutton', { name: 'Teckengräns' });
    await typeAndLeave(limit, '0');
    expect(within(linkedin).getByRole('alert').textContent).toMatch(/teckengränsen för LinkedIn måste vara ett heltal, 1 eller mer/);
    await typeAndLeave(limit, '1200');
    expect(saved().channels.find((channel) => channel.id === 'linkedin')?.limit).toBe(1200);
  });

  it('keeps Instagram’s hashtag limit between 0 and 30', async () => {
    const section = await open('Kanaler');
    const instagram = within(section).getByRole('group', { name: 'Instagram' });
    const tags = within(instagram).getByRole('spinbutton', { name: 'Högst antal hashtaggar' });
    await typeAndLeave(tags, '31');
    expect(within(instagram).getByRole('alert').textContent).toMatch(/från 0 till 30/);
    await typeAndLeave(tags, '3');
    expect(saved().instagramHashtagLimit).toBe(3);
  });
});

describe('Målgrupper', () => {
  it('adds an audience with an id from its name, renames it, and archives it', async () => {
    const section = await open('Målgrupper');
    const input = within(section).getByRole('textbox', { name: 'Ny målgrupp' });
    fireEvent.change(input, { target: { value: 'Nya studenter' } });
    await act(async () => fireEvent.click(within(section).getByRole('button', { name: 'Lägg till' })));
    expect(saved().audiences.at(-1)).toEqual({ id: 'nya-studenter', label: { sv: 'Nya studenter', en: '' }, archived: false });

    // A second audience with the same name is refused, and the typed name stays.
    fireEvent.change(input, { target: { value: 'nya studenter' } });
    await act(async () => fireEvent.click(within(section).getByRole('button', { name: 'Lägg till' })));
    expect(within(section).getByRole('alert').textContent).toMatch(/det finns redan en målgrupp som heter ”Nya studenter”/);
    expect((input as HTMLInputElement).value).toBe('nya studenter');

    const row = within(section).getByRole('group', { name: 'Nya studenter' });
    await typeAndLeave(within(row).getByRole('textbox', { name: 'Namn' }), 'Nyantagna');
    expect(saved().audiences.find((audience) => audience.id === 'nya-studenter')?.label.sv).toBe('Nyantagna');

    await act(async () => fireEvent.click(within(section).getByRole('button', { name: 'Arkivera Nyantagna' })));
    expect(saved().audiences.find((audience) => audience.id === 'nya-studenter')?.archived).toBe(true);
    expect(within(section).getByRole('heading', { name: 'Arkiverade målgrupper' })).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Återta Nyantagna' })).toBeTruthy();
  });
});

describe('Verksamhetsår', () => {
  it('sets the start month by its Swedish name and records a review today', async () => {
    const section = await open('Verksamhetsår');
    const month = within(section).getByRole('combobox', { name: 'Verksamhetsåret börjar i' });
    expect(within(month).getByRole('option', { name: 'januari' })).toBeTruthy();
    await act(async () => fireEvent.change(month, { target: { value: '9' } }));
    expect(saved().operatingYearStartMonth).toBe(9);
    await act(async () => fireEvent.click(within(section).getByRole('button', { name: 'Behandlad i dag' })));
    expect(saved().lastPolicyReview).toMatch(/^\d{4}-\d\d-\d\d$/);
    await act(async () => fireEvent.click(within(section).getByRole('button', { name: 'Rensa datumet' })));
    expect(saved().lastPolicyReview).toBeNull();
  });
});

describe('Kanaler per målgrupp', () => {
  it('stores the suggestions once one is changed, and goes back to the policy’s', async () => {
    const section = await open('Kanaler per målgrupp');
    expect(saved().suggestedChannels).toBeUndefined();
    const box = within(section).getByRole<HTMLInputElement>('checkbox', { name: 'LinkedIn för Studenter i Stockholm' });
    expect(box.checked).toBe(false);
    await act(async () => fireEvent.click(box));
    expect(saved().suggestedChannels?.find((entry) => entry.audience === 'students')?.channels).toContain('linkedin');
    await act(async () => fireEvent.click(within(section).getByRole('button', { name: 'Återgå till policyns förslag' })));
    expect(saved().suggestedChannels).toBeUndefined();
    expect(box.checked).toBe(false);
  });
});

describe('Arkiv → Exportera hela planen…', () => {
  it('opens Säkerhetskopior and runs the same export as its button', async () => {
    const bridge = rawBridge as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    const real = bridge['plan:export-file']!;
    let calls = 0;
    bridge['plan:export-file'] = async () => ((calls += 1), { ok: true, value: { path: '/tmp/Kanalplan-plan.json' } });
    try {
      renderIn(parts, <SettingsView />);
      await act(async () => parts.settingsUi.getState().requestPlanFile('export'));
      const section = await screen.findByRole('region', { name: 'Säkerhetskopior' });
      expect(await within(section).findByText(/Planen exporterades till \/tmp\/Kanalplan-plan\.json/)).toBeTruthy();
      expect(calls).toBe(1);
      expect(parts.settingsUi.getState().request).toBeNull();
    } finally {
      bridge['plan:export-file'] = real;
    }
  });
});
