// @vitest-environment happy-dom
// The "add" forms under Inställningar empty once main has the new thing, but only the fields that
// still hold what was added: a person who types the next one while main saves keeps what they typed.
// (Found by an end-to-end test that filled the next snippet's name before the answer came, and
// saw it wiped.)
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RawBridge } from '../../src-shared/ipc/channels';
import { createAppParts } from '../../src-renderer/app/create-app-parts';
import { SettingsView } from '../../src-renderer/features/settings/SettingsView';
import { createApi } from '../../src-renderer/lib/api';
import { realBridge } from '../support/bridge';
import { renderIn } from '../support/parts';

/** Main applies each change at once; its answers wait while `held` until `release()`. */
function answersHeldOnRequest() {
  const real = realBridge();
  let held = false;
  let waiting: (() => void)[] = [];
  const bridge: RawBridge = {
    ...real.bridge,
    'plan:apply': async (input) => {
      const answer = await real.bridge['plan:apply'](input);
      if (held) await new Promise<void>((resolve) => waiting.push(resolve));
      return answer;
    },
  };
  const hold = () => (held = true);
  const release = async () => {
    held = false;
    await act(async () => {
      for (const resume of waiting) resume();
      waiting = [];
    });
  };
  return { services: real.services, parts: createAppParts(createApi(bridge)), hold, release };
}

const { services, parts, hold, release } = answersHeldOnRequest();
const saved = () => services.plan.current().plan.settings;

beforeAll(() => parts.plan.getState().load());
afterEach(cleanup);

async function open(section: string) {
  renderIn(parts, <SettingsView />);
  const nav = screen.getByRole('navigation', { name: 'Avsnitt' });
  await act(async () => fireEvent.click(within(nav).getByRole('button', { name: section })));
  return screen.getByRole('region', { name: section });
}

const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });
const valueOf = (field: HTMLElement) => (field as HTMLInputElement).value;

describe('what is typed while main saves the thing just added', () => {
  it('stays in Textbitar: the next name typed is kept, the text added is emptied', async () => {
    const section = await open('Textbitar');
    const form = within(section).getByRole('form', { name: 'Lägg till textbit' });
    const name = within(form).getByRole('textbox', { name: 'Namn' });
    const text = within(form).getByRole('textbox', { name: 'Text' });
    type(name, 'Hashtaggar');
    type(text, '#ssco #studentliv');
    hold();
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Lägg till textbit' })));
    type(name, 'Signatur');
    await release();

    expect(saved().snippets.map((snippet) => snippet.name)).toContain('Hashtaggar');
    expect(valueOf(name)).toBe('Signatur');
    expect(valueOf(text)).toBe('');
  });

  it('stays in Textbitar when nothing new was typed: both fields are emptied', async () => {
    const section = await open('Textbitar');
    const form = within(section).getByRole('form', { name: 'Lägg till textbit' });
    type(within(form).getByRole('textbox', { name: 'Namn' }), 'Signatur LinkedIn');
    type(within(form).getByRole('textbox', { name: 'Text' }), '/SSCO');
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Lägg till textbit' })));
    expect(saved().snippets.map((snippet) => snippet.name)).toContain('Signatur LinkedIn');
    expect(within(form).getAllByRole('textbox').map(valueOf)).toEqual(['', '']);
  });

  it('stays in Egen kanal: the next channel begun is kept', async () => {
    const section = await open('Egen kanal');
    const name = within(section).getByRole('textbox', { name: 'Namn' });
    type(name, 'Nyhetsbrev');
    hold();
    await act(async () => fireEvent.click(within(section).getByRole('button', { name: 'Lägg till kanalen' })));
    type(name, 'TikTok');
    await release();

    expect(saved().channels.map((channel) => channel.label.sv)).toContain('Nyhetsbrev');
    expect(valueOf(name)).toBe('TikTok');
  });

  it('stays in Målgrupper: the next audience typed is kept', async () => {
    const section = await open('Målgrupper');
    const input = within(section).getByRole('textbox', { name: 'Ny målgrupp' });
    type(input, 'Doktorander');
    hold();
    await act(async () => fireEvent.click(within(section).getByRole('button', { name: 'Lägg till' })));
    type(input, 'Alumner');
    await release();

    expect(saved().audiences.map((audience) => audience.label.sv)).toContain('Doktorander');
    expect(valueOf(input)).toBe('Alumner');
  });
});
