// @vitest-environment happy-dom
// Förhandsvisning in the editor, against the real services and store: X as a thread with a copy
// button per part, the folds, and the website page built without any HTML from the text.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { channelReadyParts } from '../../src-shared/channels';
import type { ChannelId } from '../../src-shared/plan/model';
import { realEditor } from '../support/editor';

const { planStore, openItem } = realEditor('preview');

async function openWith(channel: ChannelId, patch: { text: string; lead?: string; altText?: string }) {
  const id = await openItem({ type: 'variant.add', channel }, { type: 'variant.update', channel, patch });
  const plan = planStore().getState().plan!;
  const item = plan.items.find((candidate) => candidate.id === id)!;
  return { item, settings: plan.settings, preview: screen.getByRole('region', { name: new RegExp(`^Förhandsvisning`) }) };
}

describe('Förhandsvisning', () => {
  it('shows X as a thread, and "Kopiera del 2/3" copies that part alone', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { item, settings, preview } = await openWith('x', { text: 'Fler studentbostäder nu, i hela Stockholm. '.repeat(16) });
    const parts = channelReadyParts(item, item.variants[0]!, settings);
    expect(parts).toHaveLength(3);
    const thread = within(preview).getByRole('list', { name: 'Tråd med 3 delar' });
    expect(within(thread).getAllByRole('listitem')).toHaveLength(3);
    await act(async () => {
      fireEvent.click(within(preview).getByRole('button', { name: 'Kopiera del 2/3' }));
    });
    expect(writeText).toHaveBeenCalledWith(parts[1]);
    expect(screen.getByRole('button', { name: 'Kopiera alla 3 delar' })).toBeTruthy();
  });

  it('folds a LinkedIn post at 140 characters, and "se mer" shows it whole', async () => {
    const text = `${'a'.repeat(139)}B${'c'.repeat(60)}`;
    const { preview } = await openWith('linkedin', { text });
    expect(preview.textContent).not.toContain('Bccc');
    expect(preview.textContent).toContain('”se mer” efter 140 tecken');
    await act(async () => {
      fireEvent.click(within(preview).getByRole('button', { name: 'Visa hela texten' }));
    });
    expect(preview.textContent).toContain('Bccc');
  });

  it('folds an Instagram caption after its first two lines and shows the image by its alt text', async () => {
    const { preview } = await openWith('instagram', { text: 'Rad ett\nRad två\nRad tre #bostad', altText: 'Studenter i en aula' });
    expect(within(preview).getByRole('img', { name: 'Bild: Studenter i en aula' })).toBeTruthy();
    expect(preview.textContent).toContain('Rad två');
    expect(preview.textContent).not.toContain('Rad tre');
    expect(within(preview).getByRole('button', { name: 'Visa hela texten' }).textContent).toBe('mer');
  });

  it('shows the website page with title and lead, reading Markdown without running any HTML', async () => {
    const { preview } = await openWith('website', {
      lead: 'Vi kräver fler bostäder.',
      text: '## Bakgrund\n\nDet är **brist** på [bostäder](https://example.org).\n\n<img src=x onerror="alert(1)">',
    });
    expect(preview.textContent).toContain('Studentbostäder');
    expect(preview.textContent).toContain('Vi kräver fler bostäder.');
    expect(preview.querySelector('strong')?.textContent).toBe('brist');
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.querySelector('a')).toBeNull();
    expect(preview.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
