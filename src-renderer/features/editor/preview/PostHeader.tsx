import { useTranslation } from 'react-i18next';

/** The organisation as the network shows its posts: an initials avatar (no logo fetched), the name, "nu". */
export function PostHeader({ name, handle }: { name: string; handle?: string }) {
  const { t } = useTranslation();
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
  return (
    <div className="pv-header">
      <span className="pv-avatar" aria-hidden>
        {initials || '•'}
      </span>
      <span className="pv-name">{name}</span>
      {handle && <span className="pv-meta">@{handle}</span>}
      <span className="pv-meta">· {t('planningPolish.preview.now')}</span>
    </div>
  );
}

/** The organisation's name as a handle: "SSCO" → "ssco". */
export function handleOf(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase() || 'konto'
  );
}
