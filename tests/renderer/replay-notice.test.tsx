// @vitest-environment happy-dom
// A save that a crash interrupted after its commit point is finished at the next start, and the
// window says so (issue 16 item 1): when it was, that it is whole, and it can be dismissed.
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realApp } from '../support/app';
import { interruptedFlush } from '../support/interrupted';

const folder = interruptedFlush(
  [
    { type: 'item.create', id: 'a', title: 'Flyttas in' },
    { type: 'item.create', id: 'b', title: 'Flyttas ut', date: '2026-03-01' },
  ],
  [
    { type: 'item.schedule', id: 'a', date: '2026-05-01' },
    { type: 'item.unschedule', id: 'b' },
  ],
);
const { renderApp, planStore } = realApp(0, {}, folder);

describe('a save finished at the start', () => {
  it('is told in the window, and both posts are where the save put them', async () => {
    renderApp();
    const notice = await screen.findByText(/Kanalplan stängdes mitt i en sparning \(.+\)\. Sparningen har slutförts nu/);
    const items = planStore().getState().plan?.items ?? [];
    expect(Object.fromEntries(items.map((item) => [item.id, item.date]))).toEqual({ a: '2026-05-01', b: null });
    const box = notice.closest('.notice') as HTMLElement;
    await act(async () => {
      fireEvent.click(box.querySelector('button')!);
    });
    expect(screen.queryByText(/Kanalplan stängdes mitt i en sparning/)).toBeNull();
  });
});
