// The rows an import leaves out, each with its row number and reason ("Rad 7: datumet 2026-02-31
// finns inte"). A sheet with thousands of bad rows shows the first hundred and counts the rest.
import { useTranslation } from 'react-i18next';
import type { RejectedRow } from '../../../src-shared/csv-import/preview';
import { useSay } from '../../i18n';

const SHOWN = 100;

export function RejectedRows({ rows }: { rows: readonly RejectedRow[] }) {
  const { t } = useTranslation();
  const say = useSay();
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="csv-rejected-heading">
      <h3 id="csv-rejected-heading">{t('csvImport.rejectedHeading', { count: rows.length })}</h3>
      <ul className="csv-rejected">
        {rows.slice(0, SHOWN).map((row) => (
          <li key={row.row}>{say(row.message)}</li>
        ))}
        {rows.length > SHOWN && <li>{t('validation.more', { count: rows.length - SHOWN })}</li>}
      </ul>
    </section>
  );
}
