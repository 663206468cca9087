import { useTranslation } from 'react-i18next';
import { examplePlanItems } from '../../../src-shared/example-plan';
import { fittedTo, knownIds } from '../../../src-shared/plan/item-rules';
import { usePlanStore } from '../../app/plan-store';
import { today } from '../../lib/now';

/** A first start that teaches: what this is, and a plan to look at. */
export function EmptyPlan() {
  const { t } = useTranslation();
  const apply = usePlanStore((state) => state.apply);
  const settings = usePlanStore((state) => state.plan?.settings);
  // The example speaks of the policy's channels and audiences: an imported plan may lack some.
  const loadExample = () => {
    if (!settings) return;
    const known = knownIds(settings);
    const items = examplePlanItems(today(), new Date().toISOString()).map((item) => fittedTo(item, known));
    void apply({ type: 'items.put', items, removeIds: [] });
  };
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
