import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Search, X } from 'lucide-react';
import { isFiltering } from '../../src-shared/plan/filters';
import type { Settings } from '../../src-shared/plan/model';
import { STATUSES } from '../../src-shared/settings/policy';
import { useLocalized } from '../i18n';
import { ArchiveStatus } from './ArchiveStatus';
import { usePlanModel } from './plan-store';
import { useUiStore } from './ui-store';

type Facet = 'channels' | 'audiences' | 'tags' | 'owners' | 'statuses';

/**
 * Search and filters, shared by kanban and calendar and kept while switching views. It draws
 * again only for its own state: a switch between the two views changes nothing here.
 */
export const FilterBar = memo(function FilterBar({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const filter = useUiStore((state) => state.filter);
  const setFilter = useUiStore((state) => state.setFilter);
  const clearFilter = useUiStore((state) => state.clearFilter);
  // Counted per value from each change: the same arrays until a value comes or goes.
  const tags = usePlanModel((model) => model.facets.list('tags'));
  const owners = usePlanModel((model) => model.facets.list('owners'));
  const channelsInUse = usePlanModel((model) => model.facets.list('channels'));
  const audiencesInUse = usePlanModel((model) => model.facets.list('audiences'));
  const options: Record<Facet, Array<{ value: string; label: string }>> = {
    channels: offeredChannels(settings, [...channelsInUse, ...filter.channels]).map((c) => ({ value: c.id, label: localized(c.label) })),
    audiences: offeredAudiences(settings, [...audiencesInUse, ...filter.audiences]).map((a) => ({ value: a.id, label: localized(a.label) })),
    tags: tags.map((tag) => ({ value: tag, label: tag })),
    owners: owners.map((owner) => ({ value: owner, label: owner })),
    statuses: STATUSES.map((s) => ({ value: s.id, label: localized(s.label) })),
  };
  return (
    <div className="filter-bar" role="search">
      <label className="search">
        <Search size={14} aria-hidden />
        <span className="visually-hidden">{t('filter.search')}</span>
        <input
          type="search"
          value={filter.text}
          placeholder={t('filter.searchPlaceholder')}
          onChange={(event) => setFilter({ text: event.target.value })}
        />
      </label>
      {(Object.keys(options) as Facet[]).map((facet) => (
        // The label beside the select, not around it: a wrapping label's name would include the
        // text of every option.
        <span key={facet} className="filter-select">
          <label htmlFor={`filter-${facet}`} className="visually-hidden">
            {t(`filter.${facet}`)}
          </label>
          <select
            id={`filter-${facet}`}
            value={filter[facet][0] ?? ''}
            data-active={filter[facet].length > 0 || undefined}
            onChange={(event) => setFilter({ [facet]: event.target.value ? [event.target.value] : [] })}
          >
            <option value="">{t(`filter.all.${facet}`)}</option>
            {options[facet].map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </span>
      ))}
      {isFiltering(filter) && (
        <button type="button" className="ghost small" onClick={clearFilter}>
          <X size={14} aria-hidden /> {t('filter.clear')}
        </button>
      )}
      <ArchiveStatus />
    </div>
  );
});

/** Active audiences, and an archived one only while a post still has it or the filter is on it (`inUse`). */
function offeredAudiences(settings: Settings, inUse: readonly string[]) {
  if (settings.audiences.every((audience) => !audience.archived)) return settings.audiences;
  return settings.audiences.filter((audience) => !audience.archived || inUse.includes(audience.id));
}

/** Channels in use, and one turned off only while a post still has it or the filter is on it (`inUse`). */
function offeredChannels(settings: Settings, inUse: readonly string[]) {
  if (settings.channels.every((channel) => channel.enabled)) return settings.channels;
  return settings.channels.filter((channel) => channel.enabled || inUse.includes(channel.id));
}
