// Templates and text snippets as commands (issue 19, items 2 and 4): kept in the plan's settings,
// so they are exported, imported and backed up with it, and every change is one undoable step.
import { z } from 'zod';
import { DomainError, message } from '../ipc/errors';
import { knownIds } from '../plan/item-rules';
import { ranksAtTop } from '../plan/lookup';
import { ItemId, Snippet, Template, type Plan } from '../plan/model';
import { postFromContent } from './content';

export const ReuseCommand = [
  /** "Spara som mall", and an edit or a rename in Inställningar → Mallar: adds or replaces by id. */
  z.strictObject({ type: z.literal('template.put'), template: Template }),
  z.strictObject({ type: z.literal('template.remove'), id: ItemId }),
  /** "Nytt från mall…": a new idea made of the template, with no date. */
  z.strictObject({ type: z.literal('item.fromTemplate'), templateId: ItemId, id: ItemId }),
  z.strictObject({ type: z.literal('snippet.put'), snippet: Snippet }),
  z.strictObject({ type: z.literal('snippet.remove'), id: ItemId }),
] as const;

type ReuseCommandOf = z.infer<(typeof ReuseCommand)[number]>;

export function applyReuseCommand(plan: Plan, command: ReuseCommandOf, now: string): Plan {
  const { settings } = plan;
  switch (command.type) {
    case 'template.put':
      return { ...plan, settings: { ...settings, templates: putById(settings.templates, command.template) } };
    case 'template.remove':
      return { ...plan, settings: { ...settings, templates: removeById(settings.templates, command.id, 'template') } };
    case 'snippet.put':
      return { ...plan, settings: { ...settings, snippets: putById(settings.snippets, command.snippet) } };
    case 'snippet.remove':
      return { ...plan, settings: { ...settings, snippets: removeById(settings.snippets, command.id, 'snippet') } };
    case 'item.fromTemplate':
      return fromTemplate(plan, command.templateId, command.id, now);
  }
}

function fromTemplate(plan: Plan, templateId: string, id: string, now: string): Plan {
  const template = plan.settings.templates.find((candidate) => candidate.id === templateId);
  if (!template) throw new DomainError('invalid-input', message('templates.errors.notFound'));
  if (plan.items.some((item) => item.id === id)) throw new DomainError('item-exists', message('errors.itemExists', { id }));
  const [rank = 0] = ranksAtTop(plan, 'idea', 1);
  const post = postFromContent(template.content, { id, status: 'idea', date: null, time: null, rank, now }, knownIds(plan.settings));
  return { ...plan, items: [...plan.items, post] };
}

function putById<T extends { id: string }>(list: readonly T[], entry: T): T[] {
  return list.some((other) => other.id === entry.id) ? list.map((other) => (other.id === entry.id ? entry : other)) : [...list, entry];
}

function removeById<T extends { id: string }>(list: readonly T[], id: string, kind: 'template' | 'snippet'): T[] {
  if (!list.some((entry) => entry.id === id)) throw new DomainError('invalid-input', message(`${kind}s.errors.notFound`));
  return list.filter((entry) => entry.id !== id);
}
