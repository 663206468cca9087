// @vitest-environment happy-dom
// The export dialog while a package is written: how far it has come, as main tells it; a form
// that cannot start a second write; and a write that goes on when the dialog is closed, its
// outcome said all the same. Real services behind a bridge whose export:write waits until the
// test lets it go, so the dialog is looked at mid-write rather than raced. (happy-dom logs a focus
// recursion as Radix's dialog takes the focus: its own, and not what is tested here.)
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppParts } from '../../src-renderer/app/create-app-parts';
import { ExportDialog } from '../../src-renderer/features/export/ExportDialog';
import { createApi } from '../../src-renderer/lib/api';
import { realBridge } from '../support/bridge';
import { renderIn } from '../support/parts';

const { services, bridge } = realBridge();
let release: () => void = () => undefined;
let writes = 0;
let listening = 0;
const parts = createAppParts(
  createApi({
    ...bridge,
    'export:write': async (input) => {
      writes += 1;
      await new Promise<void>((resolve) => (release = resolve));
      return bridge['export:write'](input);
    },
    subscribe: (event, listener) => {
      if (event !== 'export:progress') return bridge.subscribe(event, listener);
      listening += 1;
      const stop = bridge.subscribe(event, listener);
      return () => {
        listening -= 1;
        stop();
      };
    },
  }),
);
const tell = (done: number, total = 5508) => act(() => services.events.emit('export:progress', { step: 'files', done, total }));
const bar = () => screen.queryByRole('progressbar');

beforeAll(async () => {
  services.plan.apply({
    type: 'item.create',
    id: 'a',
    title: 'Öppet hus',
    status: 'approved',
    date: '2026-11-24',
    channels: ['x'],
  });
  services.plan.apply({ type: 'variant.update', id: 'a', channel: 'x', patch: { text: 'Välkommen!' } });
  parts.ui.setState({ calendarAnchor: '2026-11-24' });
  await parts.plan.getState().load();
});

beforeEach(() => {
  renderIn(parts, <ExportDialog />);
  act(() => parts.exportDialog.getState().show());
});

async function startWrite() {
  const exportButton = await screen.findByRole<HTMLButtonElement>('button', { name: 'Exportera' });
  await waitFor(() => expect(exportButton.disabled).toBe(false));
  fireEvent.click(exportButton);
  await screen.findByRole('button', { name: 'Exporterar…' });
}

describe('the export dialog while a package is written', () => {
  it('shows the step and its count as main tells them, keeps Exportera off when a choice changes, and closes when done', async () => {
    await startWrite();
    expect(bar()).toBeNull();
    // A count left over from an earlier write is passed over: this write's first is of none.
    tell(5508);
    expect(bar()).toBeNull();
    tell(0);
    tell(1200);
    const shown = await screen.findByRole('progressbar', { name: 'Skriver filerna' });
    expect(shown.getAttribute('aria-valuetext')).toMatch(/^1\s200 av 5\s508 filer$/);
    expect([shown.getAttribute('max'), shown.getAttribute('value')]).toEqual(['5508', '1200']);

    // A choice changed meanwhile does not offer a second write of the first one.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Publicerad' }));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Exporterar…' }).disabled).toBe(true);
    expect(bar()).toBe(shown);
    expect(writes).toBe(1);

    release();
    await waitFor(() => expect(parts.exportDialog.getState().open).toBe(false));
    expect(parts.ui.getState().toast?.message).toMatch(/^Exporterat till /);
    // No longer listening: nothing is left to hear counts once the write has answered.
    expect(listening).toBe(0);
    expect(parts.exportDialog.getState().progress).toBeNull();
  });

  it('goes on when the dialog is closed, shows the write again when it is opened, and says as a toast that the package was already there', async () => {
    await startWrite();
    tell(0);
    fireEvent.click(screen.getByRole('button', { name: 'Stäng, exporten fortsätter' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    act(() => parts.exportDialog.getState().show());
    await screen.findByRole('button', { name: 'Exporterar…' });
    tell(7, 10);
    const shown = await screen.findByRole('progressbar', { name: 'Skriver filerna' });
    expect(shown.getAttribute('aria-valuetext')).toBe('7 av 10 filer');

    act(() => parts.exportDialog.getState().hide());
    release();
    // The first test wrote this week's package: this one finds it there.
    await waitFor(() =>
      expect(parts.ui.getState().toast?.message).toMatch(
        /^Paketet Kanalplan-2026-v48 finns redan där exporter sparas och skrevs inte\./,
      ),
    );
    expect(listening).toBe(0);
    expect(writes).toBe(2);
  });
});
