// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installRealBridge } from '../support/bridge';

const { services } = installRealBridge();
let App: typeof import('../../src-renderer/app/App').App;
let usePlanStore: typeof import('../../src-renderer/app/plan-store').usePlanStore;

beforeAll(async () => {
  await import('../../src-renderer/i18n');
  ({ App } = await import('../../src-renderer/app/App'));
  ({ usePlanStore } = await import('../../src-renderer/app/plan-store'));
});
afterEach(cleanup);

describe('the app shell', () => {
  it('shows a column per status and adds an item to Idé through main', async () => {
    render(<App />);
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
    render(<App />);
    await screen.findByRole('heading', { level: 2, name: 'Idé' });
    await act(async () => {
      await usePlanStore.getState().apply({ type: 'item.delete', id: 'finns-inte' });
    });
    expect(screen.getByRole('alert').textContent).toContain('Inlägget finns-inte finns inte i planen');
    expect(usePlanStore.getState().plan?.items).toEqual(services.plan.current().plan.items);
  });
});
