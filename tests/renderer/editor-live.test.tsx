// @vitest-environment happy-dom
// The editor for posts that are about to go out or are out: media fields on every channel that
// carries media, and the warning under a slug that other channels' texts already carry.
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realEditor } from '../support/editor';

const { services, openItem } = realEditor('live');

describe('media fields', () => {
  it.each(['x', 'instagram', 'facebook', 'linkedin'] as const)('are shown for %s', async (channel) => {
    await openItem({ type: 'variant.add', channel });
    expect(screen.getByRole('textbox', { name: 'Bild eller video (anteckning)' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Alt-text' })).toBeTruthy();
  });

  it('are not shown for the website, whose page holds its own images', async () => {
    await openItem({ type: 'variant.add', channel: 'website' });
    expect(screen.queryByRole('textbox', { name: 'Alt-text' })).toBeNull();
  });

  it('store what is typed on the variant', async () => {
    const id = await openItem({ type: 'variant.add', channel: 'linkedin' });
    await act(async () => {
      fireEvent.change(screen.getByRole('textbox', { name: 'Alt-text' }), { target: { value: 'Styrelsen vid ett bord.' } });
    });
    const stored = services.plan.current().plan.items.find((item) => item.id === id);
    expect(stored?.variants[0]?.altText).toBe('Styrelsen vid ett bord.');
  });
});

describe('the slug of a live post', () => {
  const slugField = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Adress (slug)' });

  it('has no warning while the post is a draft', async () => {
    await openItem({ type: 'variant.add', channel: 'website' });
    expect(slugField().value).toBe('');
    expect(screen.queryByText(/Länken ligger fast/)).toBeNull();
  });

  it('is fixed once approved, warns, and stays when the title changes', async () => {
    await openItem({ type: 'variant.add', channel: 'website' }, { type: 'item.move', status: 'approved', index: 0 });
    expect(slugField().value).toBe('studentbostader');
    const warning = screen.getByText(/Länken ligger fast/);
    expect(slugField().getAttribute('aria-describedby')).toBe(warning.id);
    await act(async () => {
      fireEvent.change(screen.getByRole('textbox', { name: 'Titel' }), { target: { value: 'Ett nytt namn' } });
    });
    expect(slugField().value).toBe('studentbostader');
    expect(slugField().disabled).toBe(false); // editable on purpose
  });

  it('warns more sharply once a variant is out', async () => {
    await openItem(
      { type: 'variant.add', channel: 'website' },
      { type: 'variant.add', channel: 'x' },
      { type: 'variant.publish', channel: 'x', url: '' },
    );
    expect(slugField().value).toBe('studentbostader');
    expect(screen.getByText(/publicerat med den här länken/)).toBeTruthy();
  });
});
