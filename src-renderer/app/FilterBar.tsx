import { useTranslation } from 'react-i18next';
import { Search, X } from 'lucide-react';
import { isFiltering } from '../../src-shared/plan/filters';
import type { Plan } from '../../src-shared/plan/model';
import { STATUSES } from '../../src-shared/settings/policy';
import { useLocalized } from '../i18n';
import { planFacets } from '../lib/facets';
import { ArchiveStatus } from './ArchiveStatus';
import { useUiStore } from './ui-store';

type Facet = 'channels' | 'audiences' | 'tags' | 'owners' | 'statuses';

/** Search and filters, shared by kanban and calendar and kept while switching views. */
export function FilterBar({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { filter, setFilter, clearFilter } = useUiStore();
  // Gathered again only when a post's tags or owner change, not on every keystroke.
  const { tags, owners } = planFacets(plan.items);
  const options: Record<Facet, Array<{ value: string; label: string }>> = {
    channels: offeredChannels(plan, filter.channels).map((c) => ({ value: c.id, label: localized(c.label) })),
    audiences: offeredAudiences(plan, filter.audiences).map((a) => ({ value: a.id, label: localized(a.label) })),
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
}

/** Active audiences, and an archived one only while a post still has it or the filter is on it. */
function offeredAudiences(plan: Plan, selected: readonly string[]) {
  const archived = plan.settings.audiences.filter((audience) => audience.archived);
  if (archived.length === 0) return plan.settings.audiences;
  const inUse = new Set(selected);
  for (const item of plan.items) for (const id of item.audiences) inUse.add(id);
  return plan.settings.audiences.filter((audience) => !audience.archived || inUse.has(audience.id));
}

/** Channels in use, and one turned off only while a post still has it or the filter is on it. */
function offeredChannels(plan: Plan, selected: readonly string[]) {
  if (plan.settings.channels.every((channel) => channel.enabled)) return plan.settings.channels;
  const inUse = new Set<string>(selected);
  for (const item of plan.items) for (const variant of item.variants) inUse.add(variant.channel);
  return plan.settings.channels.filter((channel) => channel.enabled || inUse.has(channel.id));
}
