// The "Egen kanal" form as data: what the user typed, and the first thing wrong with it as a
// message key, checked here so the form can say it beside the field. Main checks it again.
import { MAX_CUSTOM_LIMIT, MAX_CUSTOM_NAME } from '../../../src-shared/settings/custom-channels';
import { MAX_CHANNELS, type ChannelSettings } from '../../../src-shared/plan/model';

export interface CustomChannelForm {
  name: string;
  colour: string;
  limit: string;
  purpose: string;
}

export const EMPTY_FORM: CustomChannelForm = { name: '', colour: '#7c3aed', limit: '500', purpose: '' };

export type FormField = 'name' | 'limit' | 'form';
export interface FormProblem {
  field: FormField;
  key: string;
  vars?: Record<string, string | number>;
}

export function formProblem(form: CustomChannelForm, channels: readonly ChannelSettings[]): FormProblem | null {
  const name = form.name.trim();
  if (channels.length >= MAX_CHANNELS) return { field: 'form', key: 'customChannels.tooMany', vars: { max: MAX_CHANNELS } };
  if (name === '') return { field: 'name', key: 'customChannels.nameRequired' };
  if (name.length > MAX_CUSTOM_NAME) return { field: 'name', key: 'customChannels.nameTooLong', vars: { max: MAX_CUSTOM_NAME } };
  const folded = name.toLocaleLowerCase('sv');
  const twin = channels.find((channel) => [channel.label.sv, channel.label.en].some((label) => label.trim().toLocaleLowerCase('sv') === folded));
  if (twin) return { field: 'name', key: 'customChannels.nameTaken', vars: { name } };
  if (parseLimit(form.limit) === null) {
    return { field: 'limit', key: 'customChannels.limitInvalid', vars: { max: MAX_CUSTOM_LIMIT.toLocaleString('sv') } };
  }
  return null;
}

/** A whole number from 1 to the most a post can hold, or null. Spaces as thousands separators are fine. */
export function parseLimit(text: string): number | null {
  const digits = text.replace(/[\s\u00a0]/g, '');
  if (!/^\d{1,7}$/.test(digits)) return null;
  const limit = Number(digits);
  return limit >= 1 && limit <= MAX_CUSTOM_LIMIT ? limit : null;
}
