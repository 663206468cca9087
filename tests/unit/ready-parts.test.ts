// The parts of a post as the Publicera list copies them, one by one.
import { describe, expect, it } from 'vitest';
import { channelReadyParts, channelReadyText } from '../../src-shared/channels';
import { applyCommand, type PlanCommand } from '../../src-shared/plan/commands';
import { defaultSettings } from '../../src-shared/settings/policy';
import { NOW, planWith } from '../support/plans';

const settings = defaultSettings();

function itemWith(channel: 'x' | 'facebook', text: string) {
  const plan = planWith({ type: 'item.create', id: 'a', title: 'A' }, { type: 'variant.add', id: 'a', channel });
  const command: PlanCommand = { type: 'variant.update', id: 'a', channel, patch: { text } };
  const item = applyCommand(plan, command, NOW).items[0]!;
  return { item, variant: item.variants[0]! };
}

describe('channelReadyParts', () => {
  it('keeps a short paragraph and the next one together in one part, blank line and all', () => {
    const text = ['Kort inledning.', 'b'.repeat(150) + '.', 'c'.repeat(250) + '.'].join('\n\n');
    const { item, variant } = itemWith('x', text);
    const parts = channelReadyParts(item, variant, settings);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toContain('\n\n'); // so splitting the ready text at blank lines would be wrong
    expect(parts[0]).toMatch(/ 1\/2$/);
    expect(channelReadyText(item, variant, settings)).toBe(parts.join('\n\n'));
  });

  it('is the one post for a short X post and for other channels, blank lines included', () => {
    for (const channel of ['x', 'facebook'] as const) {
      const { item, variant } = itemWith(channel, 'Första stycket.\n\nAndra stycket.');
      expect(channelReadyParts(item, variant, settings)).toEqual(['Första stycket.\n\nAndra stycket.']);
    }
  });
});
