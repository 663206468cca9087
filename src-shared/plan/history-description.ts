// A short description of each undo step, so undo and redo can be announced ("Ångrade: flytt
// av ”Titel”"). Data, not text: the renderer words it in the UI language.
import type { PlanCommand } from './commands';
import type { ChannelId } from './model';
import type { PlanReader } from './draft';

export type HistoryAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'move'
  | 'schedule'
  | 'unschedule'
  | 'variantAdd'
  | 'variantUpdate'
  | 'variantRemove'
  | 'ownTime'
  | 'publish'
  | 'settings'
  | 'items'
  | 'duplicate'
  | 'fromTemplate'
  | 'template'
  | 'snippet'
  | 'seriesCreate'
  | 'seriesEnd'
  | 'seriesFollow'
  | 'import';

export interface HistoryDescription {
  action: HistoryAction;
  /** The post's title when the step was taken (empty for a post without one). */
  title: string;
  channel: ChannelId | null;
}

const ACTIONS: Partial<Record<PlanCommand['type'], HistoryAction>> = {
  'item.create': 'create',
  'item.update': 'update',
  'item.delete': 'delete',
  'item.move': 'move',
  'item.drop': 'move',
  'variant.reschedule': 'move',
  'item.schedule': 'schedule',
  'item.unschedule': 'unschedule',
  'variant.add': 'variantAdd',
  'variant.update': 'variantUpdate',
  'variant.remove': 'variantRemove',
  'variant.ownTime': 'ownTime',
  'variant.publish': 'publish',
  'variant.unpublish': 'publish',
  'item.duplicate': 'duplicate',
  'item.fromTemplate': 'fromTemplate',
  'template.put': 'template',
  'template.remove': 'template',
  'snippet.put': 'snippet',
  'snippet.remove': 'snippet',
  'series.create': 'seriesCreate',
  'series.end': 'seriesEnd',
  'series.follow': 'seriesFollow',
  'items.import': 'import',
};

/** What a command does, named from the plan it is applied to (a deleted post keeps its title). */
export function describeCommand(plan: Pick<PlanReader, 'get'>, command: PlanCommand): HistoryDescription {
  if (command.type.startsWith('settings.')) return { action: 'settings', title: '', channel: null };
  const action = ACTIONS[command.type] ?? 'items';
  if (command.type === 'series.follow') return { ...describeCommand(plan, command.change), action };
  if (command.type === 'items.import') return { action, title: String(command.posts.length), channel: null };
  if (!('id' in command)) return { action, title: '', channel: null };
  const title = command.type === 'item.create' ? command.title : (plan.get(command.id)?.title ?? '');
  return { action, title, channel: 'channel' in command ? command.channel : null };
}
