// @vitest-environment happy-dom
// The item editor against the real services and store: counters, thread, fold, Instagram rules,
// the hub link and the copy button.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelReadyText } from '../../src-shared/channels';
import { realEditor } from '../support/editor';

const { services, planStore, openItem } = realEditor('item');

async function type(label: string, text: string) {
  await act(async () => {
    fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value: text } });
  });
}

describe('the item editor', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('shows the channel purpose and counts X in weighted characters, splitting a long post into a thread', async () => {
    await openItem({ type: 'variant.add', channel: 'x' });
    expect(screen.getByText(/Lyfta politiska ståndpunkter/)).toBeTruthy();
    await type('Text', 'a'.repeat(300));
    expect(screen.getByText('300 / 280')).toBeTruthy();
    expect(screen.getByText(/blir en tråd med 2 delar/)).toBeTruthy();
    const thread = screen.getByRole('list', { name: 'Tråd med 2 delar' });
    const parts = within(thread).getAllByRole('listitem');
    expect(parts).toHaveLength(2);
    expect(parts[0]?.textContent).toContain('1/2');
  });

  it('marks the characters X counts double', async () => {
    await openItem({ type: 'variant.add', channel: 'x' });
    await type('Text', 'Vi ses snart… 🎉');
    expect(screen.getByText('Markerade tecken räknas dubbelt på X.')).toBeTruthy();
    expect([...document.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['…', '🎉']);
  });

  it('counts other channels in characters a reader sees, and marks the LinkedIn fold', async () => {
    await openItem({ type: 'variant.add', channel: 'linkedin' });
    await type('Text', '👨‍👩‍👧‍👦'.repeat(150));
    expect(screen.getByText('150 / 3000')).toBeTruthy();
    expect(screen.getByText('se mer')).toBeTruthy();
  });

  it('holds Instagram to its hashtag limit and warns of a link in the caption', async () => {
    await openItem({ type: 'variant.add', channel: 'instagram' });
    await type('Text', 'Se mer på https://www.ssco.se #a #b #c #d #e #f');
    const counter = screen.getByText(/6 av högst 5 hashtaggar/);
    expect(counter.getAttribute('data-over')).toBe('true');
    expect(counter.textContent).toMatch(/länk i bio/);
    expect(screen.getByRole('textbox', { name: 'Alt-text' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Kontroller' }).textContent).toMatch(/hashtaggar/);
  });

  it('defaults a variant’s link to the website post, the hub', async () => {
    await openItem({ type: 'variant.add', channel: 'website' }, { type: 'variant.add', channel: 'facebook' });
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: 'Facebook' }));
      fireEvent.mouseDown(screen.getByRole('tab', { name: 'Facebook' }));
    });
    const link = screen.getByRole('textbox', { name: 'Länk' });
    expect(link.getAttribute('placeholder')).toBe('https://www.ssco.se/studentbostader');
  });

  it('copies exactly the channel-ready text', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const id = await openItem({ type: 'variant.add', channel: 'x' });
    await type('Text', `${'Fler studentbostäder nu. '.repeat(15)}`);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Kopiera alla 2 delar' }));
    });
    const plan = planStore().getState().plan!;
    const item = plan.items.find((candidate) => candidate.id === id)!;
    expect(writeText).toHaveBeenCalledWith(channelReadyText(item, item.variants[0]!, plan.settings));
    expect(String(writeText.mock.calls[0]?.[0])).toContain('\n\n');
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Kopierat till urklipp.');
  });

  it('sends every edit to main, where it is stored', async () => {
    const id = await openItem();
    await type('Titel', 'Ny titel');
    expect(services.plan.current().plan.items.find((item) => item.id === id)?.title).toBe('Ny titel');
  });
});

describe('text over a field\'s limit', () => {
  it('stays in the field, is not applied, names the field and its limit, and keeps the undo history', async () => {
    const id = await openItem();
    await type('Anteckningar (internt)', 'Kort anteckning');
    const undoBefore = planStore().getState().undoStack.length;
    expect(undoBefore).toBeGreaterThan(0);
    const pasted = 'x'.repeat(100_000);
    await type('Anteckningar (internt)', pasted);
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Anteckningar (internt)' });
    expect(field.value).toBe(pasted);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toMatch(/^Anteckningar \(internt\): högst 50\s000 tecken\. Texten är 100\s000 tecken/);
    expect(planStore().getState().undoStack.length).toBe(undoBefore);
    expect(planStore().getState().error).toBeNull();
    const stored = () => services.plan.current().plan.items.find((item) => item.id === id)?.notes;
    expect(stored()).toBe('Kort anteckning');

    await type('Anteckningar (internt)', 'x'.repeat(49_000));
    expect(screen.queryByRole('alert')).toBeNull();
    await vi.waitFor(() => expect(stored()?.length).toBe(49_000));
  });
});
