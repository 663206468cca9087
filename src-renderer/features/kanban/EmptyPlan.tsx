import { useTranslation } from 'react-i18next';
import { examplePlanItems } from '../../../src-shared/example-plan';
import { usePlanStore } from '../../app/plan-store';
import { today } from '../../lib/now';

/** A first start that teaches: what this is, and a plan to look at. */
export function EmptyPlan() {
  const { t } = useTranslation();
  const apply = usePlanStore((state) => state.apply);
  const loadExample = () =>
    void apply({ type: 'items.put', items: examplePlanItems(today(), new Date().toISOString()), removeIds: [] });
  return (
    <section className="empty-plan" aria-labelledby="empty-plan-title">
      <h1 id="empty-plan-title">{t('empty.title')}</h1>
      <p>{t('empty.body')}</p>
      <button type="button" className="primary" onClick={loadExample}>
        {t('empty.loadExample')}
      </button>
    </section>
  );
}
