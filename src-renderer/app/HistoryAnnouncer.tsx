import { useTranslation } from 'react-i18next';
import { usePlanStore } from './plan-store';
import { useHistoryWords } from './history-words';

/** A live region that says what an undo or redo did: "Ångrade: flytt av ”Titel”". */
export function HistoryAnnouncer() {
  const { t } = useTranslation();
  const replayed = usePlanStore((state) => state.replayed);
  const settings = usePlanStore((state) => state.plan?.settings);
  const words = useHistoryWords(settings);
  const text = replayed
    ? t(replayed.kind === 'undo' ? 'planningPolish.undone' : 'planningPolish.redone', { what: words(replayed.entry.description) })
    : '';
  // Keyed by the moment, so the same words said twice are read twice.
  return (
    <div role="status" className="visually-hidden" data-testid="history-announcer">
      <span key={replayed?.at}>{text}</span>
    </div>
  );
}
