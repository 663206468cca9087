// Custom channels in the domain: their ids, the settings' validation of them, and the rules a
// custom channel gets (counting, checks, ready text, colour). Built-in rules are tested elsewhere.
import { describe, expect, it } from 'vitest';
import { channelReadyText, contrastRatio, countFor, hasOwnColour, readableInk } from '../../src-shared/channels';
import { checkItem } from '../../src-shared/checks/checks';
import { applyCommand, type PlanCommand } from '../../src-shared/plan/commands';
import { say } from '../../src-shared/i18n/messages';
import { channelsProblem, customChannelId, newCustomChannel } from '../../src-shared/settings/custom-channels';
import { DomainError } from '../../src-shared/ipc/errors';
import { ChannelId, Settings, type ChannelSettings, type Plan } from '../../src-shared/plan/model';
import { DEFAULT_CHANNELS } from '../../src-shared/settings/policy';
import { NOW, planWith } from '../support/plans';

const news: ChannelSettings = newCustomChannel(
  { name: 'Nyhetsbrev', colour: '#F5C542', limit: 500, purpose: 'Månadsbrev' },
  DEFAULT_CHANNELS,
);
const withNews = (plan: Plan): Plan =>
  applyCommand(plan, { type: 'settings.update', patch: { channels: [...plan.settings.channels, news] } }, NOW);

describe('custom channel ids', () => {
  it.each([
    { name: 'Nyhetsbrev', taken: [], id: 'custom-nyhetsbrev' },
    { name: 'TikTok – Kåren', taken: [], id: 'custom-tiktok-karen' },
    { name: 'Nyhetsbrev', taken: ['custom-nyhetsbrev'], id: 'custom-nyhetsbrev-2' },
    { name: 'Nyhetsbrev', taken: ['custom-nyhetsbrev', 'custom-nyhetsbrev-2'], id: 'custom-nyhetsbrev-3' },
    { name: '📰📰', taken: [], id: 'custom-kanal' },
    { name: '../../etc/passwd', taken: [], id: 'custom-etc-passwd' },
    { name: 'x'.repeat(200), taken: [], id: `custom-${'x'.repeat(53)}` },
  ])('$name → $id', ({ name, taken, id }) => {
    const made = customChannelId(name, taken);
    expect(made).toBe(id);
    expect(ChannelId.safeParse(made).success).toBe(true);
    expect(made.length).toBeLessThanOrEqual(64);
  });

  it.each(['website', 'x', 'custom-nyhetsbrev', 'custom-a1-b2'])('accepts %s', (id) => {
    expect(ChannelId.safeParse(id).success).toBe(true);
  });
  it.each(['', 'twitter', 'custom-', 'custom-Nyhetsbrev', 'custom-a--b', 'custom-a_b', 'custom-a/b', `custom-${'a'.repeat(60)}`])(
    'refuses %j',
    (id) => {
      expect(ChannelId.safeParse(id).success).toBe(false);
    },
  );

  // Made inside the test, not from the file's `news`: a mutant is switched on while tests run, so
  // code that only the file's top level reaches is never seen mutated.
  it('makes a channel of what was typed: trimmed, on, one name for both languages, the colour in lower case', () => {
    expect(newCustomChannel({ name: '  Nyhetsbrev ', colour: '#F5C542', limit: 500, purpose: ' Månadsbrev\n' }, [])).toEqual({
      id: 'custom-nyhetsbrev',
      enabled: true,
      label: { sv: 'Nyhetsbrev', en: 'Nyhetsbrev' },
      purpose: { sv: 'Månadsbrev', en: 'Månadsbrev' },
      limit: 500,
      colour: '#f5c542',
    });
  });
});

describe('settings validation of channels', () => {
  const base = planWith({ type: 'item.create', id: 'a', title: 'A' });
  const channels = base.settings.channels;
  const update = (next: ChannelSettings[]): PlanCommand => ({ type: 'settings.update', patch: { channels: next } });

  it('adds a custom channel as a settings command', () => {
    const after = withNews(base);
    expect(after.settings.channels.at(-1)).toEqual(news);
  });

  it.each([
    { name: 'a colour that is not #rrggbb', channels: [...channels, { ...news, colour: 'red' }], message: /färgen för Nyhetsbrev/ },
    { name: 'a three-digit colour', channels: [...channels, { ...news, colour: '#fff' }], message: /#rrggbb/ },
    { name: 'an id outside the custom format', channels: [...channels, { ...news, id: 'nyhetsbrev' }], message: /ogiltigt id/ },
    { name: 'a custom id with capitals', channels: [...channels, { ...news, id: 'custom-Nyhet' }], message: /ogiltigt id/ },
    { name: 'one id twice', channels: [...channels, news, { ...news, label: { sv: 'Annat', en: 'Other' } }], message: /finns två gånger/ },
    { name: 'one name twice', channels: [...channels, news, { ...news, id: 'custom-annat' }], message: /redan en kanal som heter Nyhetsbrev/ },
    { name: 'a custom channel named like a built-in', channels: [...channels, { ...news, label: { sv: 'instagram', en: 'x' } }], message: /heter instagram/ },
    { name: 'an empty name', channels: [...channels, { ...news, label: { sv: ' ', en: '' } }], message: /namn/ },
    { name: 'a limit of 0', channels: [...channels, { ...news, limit: 0 }], message: /heltal, 1 eller mer/ },
    { name: 'a limit above what a post holds', channels: [...channels, { ...news, limit: 100_001 }], message: /högst 100\s000/ },
    {
      name: 'more than 50 channels',
      channels: [...channels, ...Array.from({ length: 46 }, (_, i) => ({ ...news, id: `custom-k${i}`, label: { sv: `K${i}`, en: '' } }))],
      message: /Kanaler/,
    },
  ])('refuses $name with a Swedish message, changing nothing', ({ channels: next, message }) => {
    expect(() => applyCommand(base, update(next), NOW)).toThrow(DomainError);
    expect(() => applyCommand(base, update(next), NOW)).toThrow(message);
  });

  it('accepts exactly 50 channels', () => {
    const many = [...channels, ...Array.from({ length: 45 }, (_, i) => ({ ...news, id: `custom-k${i}`, label: { sv: `K${i}`, en: '' } }))];
    expect(applyCommand(base, update(many), NOW).settings.channels).toHaveLength(50);
  });

  // Each limit exactly at its edge and one past it: a test far from an edge lets `>` become `>=`.
  it.each([
    { name: 'a limit of 1', change: { limit: 1 }, refused: null },
    { name: 'a limit of 100 000', change: { limit: 100_000 }, refused: null },
    { name: 'a limit of 100 001', change: { limit: 100_001 }, refused: /högst 100\s000/ },
    { name: 'a name of 60 characters', change: { label: { sv: 'n'.repeat(60), en: '' } }, refused: null },
    { name: 'a name of 61 characters', change: { label: { sv: 'n'.repeat(61), en: '' } }, refused: /längre än 60 tecken/ },
  ])('$name', ({ change, refused }) => {
    const next = update([...channels, { ...news, ...change }]);
    if (refused) expect(() => applyCommand(base, next, NOW)).toThrow(refused);
    else expect(applyCommand(base, next, NOW).settings.channels.at(-1)).toEqual({ ...news, ...change });
  });

  it('removes an unused custom channel, but refuses to remove one a post uses, and turns it off instead', () => {
    const plan = withNews(base);
    expect(applyCommand(plan, update([...channels]), NOW).settings.channels).toEqual(channels);
    const used = applyCommand(plan, { type: 'variant.add', id: 'a', channel: news.id }, NOW);
    expect(() => applyCommand(used, update([...channels]), NOW)).toThrow(/Nyhetsbrev används av 1 inlägg .* Stäng av den i stället/);
    const off = applyCommand(used, update([...channels, { ...news, enabled: false }]), NOW);
    expect(off.settings.channels.at(-1)?.enabled).toBe(false);
  });

  it('lets a plan keep items on a built-in that v1 settings left out', () => {
    const lean = { ...base, settings: { ...base.settings, channels: channels.filter((c) => c.id !== 'facebook') } };
    const withFacebook = { ...lean, items: lean.items.map((item) => ({ ...item, variants: [{ ...item.variants[0], channel: 'facebook' }] })) };
    expect(() => applyCommand(withFacebook as Plan, { type: 'settings.update', patch: { language: 'en' } }, NOW)).not.toThrow();
  });

  it.each<PlanCommand>([
    { type: 'variant.add', id: 'a', channel: 'custom-finns-inte' },
    { type: 'item.create', id: 'b', title: 'B', channels: ['custom-finns-inte'] },
  ])('refuses a variant on a channel the settings lack: $type', (command) => {
    expect(() => applyCommand(base, command, NOW)).toThrow(/Kanalen custom-finns-inte finns inte i inställningarna/);
  });

  it('the problems of a valid default plan are none', () => {
    expect(channelsProblem(withNews(base).settings.channels)).toBeNull();
    expect(Settings.safeParse(withNews(base).settings).success).toBe(true);
  });
});

describe('a custom channel gets the rules every channel has', () => {
  const plan = withNews(planWith({ type: 'item.create', id: 'a', title: 'Nyheter', date: '2026-12-01' }));
  const write = (text: string, extra: Plan = plan) =>
    applyCommand(
      applyCommand(extra, { type: 'variant.add', id: 'a', channel: news.id }, NOW),
      { type: 'variant.update', id: 'a', channel: news.id, patch: { text } },
      NOW,
    );
  const findings = (p: Plan) => checkItem(p.items[0]!, p.settings, '2026-11-24T10:00').map((f) => f.rule);

  it('counts graphemes against its own limit, not X weighting', () => {
    expect(countFor(news.id, '👨‍👩‍👧‍👦 … €', 500)).toEqual({ used: 5, limit: 500, over: false });
    expect(countFor(news.id, 'a'.repeat(501), 500)).toEqual({ used: 501, limit: 500, over: true });
  });

  it.each([
    { length: 500, over: false },
    { length: 501, over: true },
  ])('a text of $length characters is over its 500 limit: $over', ({ length, over }) => {
    const written = write('a'.repeat(length));
    expect(findings(written).includes('over-limit')).toBe(over);
    const finding = checkItem(written.items[0]!, written.settings, '2026-11-24T10:00').find((f) => f.rule === 'over-limit');
    if (over) expect(finding).toMatchObject({ severity: 'error', channel: news.id });
    if (over) expect(say('sv', finding!.message)).toContain('Nyhetsbrev: texten är 501 tecken');
  });

  it('warns when the channel is turned off, like a built-in', () => {
    const written = write('Hej');
    const off = applyCommand(
      written,
      { type: 'settings.update', patch: { channels: written.settings.channels.map((c) => (c.id === news.id ? { ...c, enabled: false } : c)) } },
      NOW,
    );
    expect(findings(off)).toContain('channel-disabled');
  });

  it('gets the hub link appended to its ready text, as other linking channels do, and is never split', () => {
    const withWebsite = applyCommand(plan, { type: 'variant.add', id: 'a', channel: 'website' }, NOW);
    const written = write('x '.repeat(400), withWebsite);
    const variant = written.items[0]!.variants.find((v) => v.channel === news.id)!;
    const text = channelReadyText(written.items[0]!, variant, written.settings);
    expect(text.endsWith('https://www.ssco.se/nyheter')).toBe(true);
    expect(text.includes('1/')).toBe(false);
  });
});

describe('a channel colour and the text on it', () => {
  it.each([
    { colour: '#f5c542', ink: '#000000' },
    { colour: '#ffffff', ink: '#000000' },
    { colour: '#000000', ink: '#ffffff' },
    { colour: '#0f766e', ink: '#ffffff' },
    { colour: '#1d4ed8', ink: '#ffffff' },
    { colour: '#7c3aed', ink: '#ffffff' },
    { colour: '#22d3ee', ink: '#000000' },
  ])('$colour takes $ink text', ({ colour, ink }) => {
    expect(readableInk(colour)).toBe(ink);
    // Whichever is chosen reads at least as well as the other.
    const other = ink === '#000000' ? '#ffffff' : '#000000';
    expect(contrastRatio(colour, ink)).toBeGreaterThanOrEqual(contrastRatio(colour, other));
  });

  it('every grey, the hardest case, has text of at least 4.5:1 on it', () => {
    for (let v = 0; v <= 255; v += 5) {
      const hex = `#${v.toString(16).padStart(2, '0').repeat(3)}`;
      expect(contrastRatio(hex, readableInk(hex))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('draws a custom or recoloured channel in its own colour, a built-in in the theme colour', () => {
    expect(hasOwnColour({ id: 'custom-nyhetsbrev', colour: '#0f766e' })).toBe(true);
    expect(hasOwnColour({ id: 'website', colour: '#0F766E' })).toBe(false);
    expect(hasOwnColour({ id: 'website', colour: '#ff0000' })).toBe(true);
  });
});
