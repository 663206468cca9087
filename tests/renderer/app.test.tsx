// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realApp } from '../support/app';

const { services, renderApp, planStore } = realApp();

describe('the app shell', () => {
  it('shows a column per status and adds an item to Idé through main', async () => {
    renderApp();
    for (const name of ['Idé', 'Utkast', 'Granskning', 'Godkänd', 'Publicerad']) {
      expect(await screen.findByRole('heading', { level: 2, name })).toBeTruthy();
    }
    const input = screen.getByRole('textbox', { name: 'Nytt inlägg i Idé' });
    fireEvent.change(input, { target: { value: 'Valvaka på campus' } });
    await act(async () => {
      fireEvent.submit(input.closest('form') as HTMLFormElement);
    });
    const column = screen.getByRole('heading', { level: 2, name: 'Idé' }).closest('section') as HTMLElement;
    expect(within(column).getByRole('button', { name: 'Valvaka på campus' })).toBeTruthy();
    expect(services.plan.current().plan.items.map((item) => item.title)).toEqual(['Valvaka på campus']);
  });

  it('shows a refused change as an error and reloads the truth from main', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 2, name: 'Idé' });
    await act(async () => {
      await planStore().getState().apply({ type: 'item.delete', id: 'finns-inte' });
    });
    expect(screen.getByRole('alert').textContent).toContain('Inlägget finns-inte finns inte i planen');
    expect(planStore().getState().plan?.items).toEqual(services.plan.current().plan.items);
  });

  it("runs a command chosen in the app menu, which main sends as an event; the keys are the menu's there", async () => {
    renderApp({ inElectron: true });
    await screen.findByRole('heading', { level: 2, name: 'Idé' });
    fireEvent.keyDown(window, { key: '4', ctrlKey: true });
    expect(screen.queryByRole('heading', { level: 1, name: 'Publicera' })).toBeNull();
    act(() => services.events.emit('menu:command', 'view:settings'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inställningar' })).toBeTruthy();
  });

  it('listens to the shortcuts itself in the browser harness, which has no menu', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 2, name: 'Idé' });
    act(() => {
      fireEvent.keyDown(window, { key: '4', ctrlKey: true });
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Publicera' })).toBeTruthy();
  });
});
