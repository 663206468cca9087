// "Bara det här / Det här och följande" (issue 19, item 3): what an edit of a series' post applies
// to. The first change that could reach the later posts asks (the change waits for the answer);
// the answer then holds while the editor is open on that post, and can be changed. A new date
// always moves one post, and what is each post's own (principles, publishing) never asks.
import { createContext, useContext, useState } from 'react';
import { asFollowedChange, type FollowedChange } from '../../../src-shared/series/followed-change';
import { laterPosts, seriesOf } from '../../../src-shared/series/series-posts';
import type { PlanCommand } from '../../../src-shared/plan/commands';
import type { ContentItem, Settings } from '../../../src-shared/plan/model';
import type { HistoryEntry } from '../../../src-shared/plan/history';
import { useAppParts } from '../../app/app-context';
import { usePlanModel, usePlanStore } from '../../app/plan-store';

/** A post by id, as the renderer's model holds it: no walk over the plan on a keystroke. */
type Lookup = (id: string) => ContentItem | undefined;

export type SeriesScope = 'this' | 'following';

interface ScopeContext {
  /** Null while the post has later posts and the question is not answered yet. */
  scope: SeriesScope | null;
  ask: (command: PlanCommand) => void;
}

export const SeriesScopeContext = createContext<ScopeContext>({ scope: 'this', ask: () => undefined });

/** The change as the series would carry it, or null when it can only be this post's. */
function followed(command: PlanCommand, get: Lookup): FollowedChange | null {
  const change = asFollowedChange(command);
  if (change?.type !== 'item.schedule') return change;
  const item = get(change.id);
  return item?.date === change.date ? change : null;
}

function scoped(command: PlanCommand, scope: SeriesScope, get: Lookup): PlanCommand {
  const change = scope === 'following' ? followed(command, get) : null;
  return change === null ? command : { type: 'series.follow', change };
}

/** The editor's way to apply a command: through the series when that was the answer. */
export function useEditorApply(): (command: PlanCommand) => Promise<HistoryEntry | null> {
  const apply = usePlanStore((state) => state.apply);
  const plans = useAppParts().plan;
  const { scope, ask } = useContext(SeriesScopeContext);
  return (command) => {
    const get: Lookup = (id) => plans.getState().model.held.table.get(id);
    if (followed(command, get) === null) return apply(command);
    if (scope === null) {
      ask(command);
      return Promise.resolve(null);
    }
    return apply(scoped(command, scope, get));
  };
}

/** The editor's series state for one post: the context to provide, and the question when it is asked. */
export function useSeriesScope(item: ContentItem, settings: Settings) {
  const apply = usePlanStore((state) => state.apply);
  const plans = useAppParts().plan;
  const found = seriesOf(settings, item.id);
  const hasLater = usePlanModel(
    (model) => found !== null && laterPosts((id) => model.held.table.get(id), found.series, found.day).length > 0,
  );
  const [scope, setScope] = useState<SeriesScope | null>(null);
  const [pending, setPending] = useState<PlanCommand | null>(null);
  const choose = (choice: SeriesScope) => {
    setScope(choice);
    setPending(null);
    if (pending) void apply(scoped(pending, choice, (id) => plans.getState().model.held.table.get(id)));
  };
  return {
    context: { scope: hasLater ? scope : 'this', ask: setPending } satisfies ScopeContext,
    asked: hasLater,
    scope,
    pending,
    choose,
    cancel: () => setPending(null),
    reset: () => setScope(null),
  };
}
