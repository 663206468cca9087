// "Upprepa" in the editor (issue 19, item 3). A post with a date becomes the first of a series:
// how often, on which days, until a date or a number of times; the posts are made eight weeks
// ahead. A post of a series names its rule in words and can end it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDown, ChevronRight, Repeat } from 'lucide-react';
import type { ContentItem, Settings } from '../../../src-shared/plan/model';
import { seriesOf } from '../../../src-shared/series/series-posts';
import { ruleWords } from '../../../src-shared/series/words';
import { useAppParts } from '../../app/app-context';
import { usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { useSay } from '../../i18n';
import { today } from '../../lib/now';
import { RepeatFields } from './RepeatFields';
import './series.css';

export function SeriesSection({ item, settings }: { item: ContentItem; settings: Settings }) {
  const { t } = useTranslation();
  const say = useSay();
  const [open, setOpen] = useState(false);
  const found = seriesOf(settings, item.id);
  return (
    <section className="series-section" aria-labelledby="series-heading">
      <h3 id="series-heading" className="series-heading">
        <button type="button" className="ghost small" aria-expanded={found !== null || open} disabled={found !== null} onClick={() => setOpen(!open)}>
          {found || open ? <ChevronDown size={14} aria-hidden /> : <ChevronRight size={14} aria-hidden />}
          <Repeat size={14} aria-hidden /> {t('series.heading')}
        </button>
      </h3>
      {found ? (
        <InSeries words={say(ruleWords(found.series.rule))} seriesId={found.series.id} />
      ) : (
        open && <RepeatFields item={item} onCreated={() => setOpen(false)} />
      )}
    </section>
  );
}

function InSeries({ words, seriesId }: { words: string; seriesId: string }) {
  const { t } = useTranslation();
  const apply = usePlanStore((state) => state.apply);
  const plans = useAppParts().plan;
  const showToast = useUiStore((state) => state.showToast);
  const end = async () => {
    const before = plans.getState().model.held.table.size;
    const step = await apply({ type: 'series.end', seriesId, today: today() });
    const after = plans.getState().model.held.table.size;
    if (step) showToast(t('series.ended', { count: before - after }), step);
  };
  return (
    <div className="series-body">
      <p className="series-rule">{t('series.inSeries', { words })}</p>
      <p className="field-hint" id="series-end-hint">
        {t('series.endHint')}
      </p>
      <button type="button" className="small" aria-describedby="series-end-hint" onClick={() => void end()}>
        {t('series.end')}
      </button>
    </div>
  );
}
