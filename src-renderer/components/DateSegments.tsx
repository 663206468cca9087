// The typed part of a date or time field: one spin button per segment (year, month, day, hour,
// minute), each editable by typing or the arrow keys.
import { DateInput, DateSegment } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/**
 * React Aria shows `––` for an empty hour or minute; the catalogue's `tt`/`mm` (`hh`/`mm`)
 * says what goes there, like `åååå-mm-dd` does for a date.
 */
export function DateSegments() {
  const { t } = useTranslation();
  const placeholder = (segment: { type: string; text: string }) => {
    if (segment.type === 'hour') return t('dateFields.hourPlaceholder');
    if (segment.type === 'minute') return t('dateFields.minutePlaceholder');
    return segment.text;
  };
  return (
    <DateInput className="date-input">
      {(segment) => (
        <DateSegment segment={segment} className="date-segment">
          {segment.isPlaceholder ? placeholder(segment) : segment.text}
        </DateSegment>
      )}
    </DateInput>
  );
}
