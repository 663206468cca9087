// The "Egen kanal" form's own checks, said beside the field before anything is sent.
import { describe, expect, it } from 'vitest';
import { newCustomChannel } from '../../src-shared/settings/custom-channels';
import { defaultSettings } from '../../src-shared/settings/policy';
import { EMPTY_FORM, formProblem, parseLimit } from '../../src-renderer/features/settings/custom-channel-form';

const channels = defaultSettings().channels;

describe('the custom channel form', () => {
  it.each([
    { name: 'a good form', form: { name: 'Nyhetsbrev' }, problem: null },
    { name: 'no name', form: { name: '  ' }, problem: { field: 'name', key: 'customChannels.nameRequired' } },
    { name: 'a long name', form: { name: 'n'.repeat(61) }, problem: { field: 'name', key: 'customChannels.nameTooLong' } },
    { name: 'a built-in name, case aside', form: { name: 'instagram' }, problem: { field: 'name', key: 'customChannels.nameTaken' } },
    { name: 'an English built-in name', form: { name: 'Website' }, problem: { field: 'name', key: 'customChannels.nameTaken' } },
    { name: 'a limit of 0', form: { name: 'N', limit: '0' }, problem: { field: 'limit', key: 'customChannels.limitInvalid' } },
    { name: 'a decimal limit', form: { name: 'N', limit: '2.5' }, problem: { field: 'limit', key: 'customChannels.limitInvalid' } },
    { name: 'a limit over 100 000', form: { name: 'N', limit: '100001' }, problem: { field: 'limit', key: 'customChannels.limitInvalid' } },
    { name: 'no limit', form: { name: 'N', limit: '' }, problem: { field: 'limit', key: 'customChannels.limitInvalid' } },
  ])('$name', ({ form, problem }) => {
    const found = formProblem({ ...EMPTY_FORM, ...form }, channels);
    expect(found === null ? null : { field: found.field, key: found.key }).toEqual(problem);
  });

  it('refuses a 51st channel', () => {
    const many = [...channels];
    while (many.length < 50) many.push(newCustomChannel({ name: `K${many.length}`, colour: '#000000', limit: 1, purpose: '' }, many));
    expect(formProblem({ ...EMPTY_FORM, name: 'Ny' }, many)).toMatchObject({ field: 'form', key: 'customChannels.tooMany' });
  });

  it.each([
    ['500', 500],
    ['10 000', 10_000],
    ['10\u00a0000', 10_000],
    ['1', 1],
    ['100000', 100_000],
    ['-5', null],
    ['5e2', null],
  ])('reads the limit %j as %j', (text, limit) => {
    expect(parseLimit(text)).toBe(limit);
  });
});
