// Marking a post published (or not) from the Publicera list: one command each, undoable from the
// header, Ctrl+Z, or the toast's "Ångra" (the command may also have moved the item).
import type { ContentItem, Settings, Variant } from '../../../src-shared/plan/model';
import { channelSettings } from '../../../src-shared/settings/policy';
import { useAppParts } from '../../app/app-context';
import { usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { useLightTranslation, useLocalized } from '../../i18n';

export function usePublishActions(item: ContentItem, variant: Variant, settings: Settings) {
  const { t } = useLightTranslation();
  const localized = useLocalized();
  const apply = usePlanStore((state) => state.apply);
  const plans = useAppParts().plan;
  const showToast = useUiStore((state) => state.showToast);
  const names = {
    title: item.title || t('editor.untitled'),
    channel: localized(channelSettings(settings, variant.channel).label),
  };

  /** Resolves to whether it was marked (main may refuse; the plan store then shows why). */
  async function publish(url: string): Promise<boolean> {
    const step = await apply({ type: 'variant.publish', id: item.id, channel: variant.channel, url });
    if (!step) return false;
    const after = plans.getState().model.held.table.get(item.id);
    const moved = item.status !== 'published' && after?.status === 'published';
    showToast(t(moved ? 'publish.movedToPublished' : 'publish.markedPublished', names), step);
    return true;
  }

  async function unpublish(): Promise<boolean> {
    const step = await apply({ type: 'variant.unpublish', id: item.id, channel: variant.channel });
    if (step) showToast(t('publish.unpublished', names), step);
    return step !== null;
  }

  return { publish, unpublish };
}
