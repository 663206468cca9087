import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Trash2, X } from 'lucide-react';
import type { PlanCommand } from '../../../src-shared/plan/commands';
import { TEXT_LIMITS, type ContentItem, type Settings } from '../../../src-shared/plan/model';
import { STATUSES } from '../../../src-shared/settings/policy';
import { usePlanModel } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { useLocalized } from '../../i18n';
import { useNow } from '../../lib/now';
import { Field, ListInput, TextArea, TextInput } from '../../components/fields';
import { AudiencePicker } from './AudiencePicker';
import { Findings } from './Findings';
import { PrinciplesChecklist } from './PrinciplesChecklist';
import { VariantTabs } from './VariantTabs';
import { WhenFields } from './WhenFields';
import { useReturnFocus } from './return-focus';
import { EditorMenu } from '../reuse/EditorMenu';
import { SeriesSection } from '../series/SeriesSection';
import { SeriesScopeBar } from '../series/SeriesScopeBar';
import { SeriesScopeContext, useEditorApply, useSeriesScope } from '../series/series-scope';
import { sectionAttribute } from '../../lib/editor-place';
import { MediaSection, useEditorAttach } from '../media/MediaSection';
import './editor.css';
import './editor-checks.css';

type ItemPatch = Extract<PlanCommand, { type: 'item.update' }>['patch'];
import { formatTags, parseTags } from '../../lib/lists';

/** The side panel for one item, opened from a card in any view. */
export function EditorPanel({ item, settings }: { item: ContentItem; settings: Settings }) {
  const series = useSeriesScope(item, settings);
  return (
    <SeriesScopeContext.Provider value={series.context}>
      <EditorBody item={item} settings={settings} series={series} />
    </SeriesScopeContext.Provider>
  );
}

function EditorBody({ item, settings, series }: { item: ContentItem; settings: Settings; series: ReturnType<typeof useSeriesScope> }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const apply = useEditorApply();
  const { openEditor, showToast } = useUiStore();
  const now = useNow();
  const titleRef = useRef<HTMLInputElement>(null);
  // This post's checks from the index kept per post (check-index.ts): nothing else is read on a
  // keystroke. Another post moved into one of its slots changes its count of shared slots.
  const checks = usePlanModel((model) => model.checks);
  const shared = usePlanModel((model) => model.checks.sharedSlots(item.id));
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- the index changes in place; `shared` and `settings` say when this post's findings can
  const findings = useMemo(() => checks.findings(item, now), [checks, item, now, shared, settings]);
  const update = (patch: ItemPatch) => void apply({ type: 'item.update', id: item.id, patch });

  const panelRef = useRef<HTMLElement>(null);
  useReturnFocus(item.id);
  // Into the panel on open: on the title of a new item, else on the panel itself, so a long
  // title is not shown scrolled to its end.
  // Only when another item opens: typing a title must not move the focus.
  // oxlint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => (item.title ? panelRef.current : titleRef.current)?.focus(), [item.id]);
  // Opened at a section (a finding about the principles, say): there, on its first control.
  const place = useUiStore((state) => state.editorPlace);
  useEffect(() => {
    if (!place || !('section' in place)) return;
    const section = panelRef.current?.querySelector<HTMLElement>(`[data-editor-section="${place.section}"]`);
    section?.scrollIntoView({ block: 'nearest' });
    section?.querySelector<HTMLElement>('input, button, [tabindex="0"]')?.focus();
  }, [place]);

  const attacher = useEditorAttach(item);
  const [dropping, setDropping] = useState(false);
  // Files dropped anywhere on the panel become the post's images; any other drag is left alone.
  const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');
  const dropHandlers = {
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDropping(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
    },
    onDrop: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDropping(false);
      const files = [...event.dataTransfer.files];
      if (files.length > 0) void attacher.attach(files);
    },
  };

  const remove = () => {
    openEditor(null);
    void apply({ type: 'item.delete', id: item.id }).then(
      (step) => step && showToast(t('editor.deleted', { title: item.title }), step),
    );
  };

  return (
    <aside
      ref={panelRef}
      tabIndex={-1}
      className="editor-panel"
      data-dropping={dropping || undefined}
      {...dropHandlers}
      aria-labelledby="editor-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') openEditor(null);
      }}
    >
      <header className="editor-header">
        <h2 id="editor-heading">{t('editor.heading')}</h2>
        <EditorMenu id={item.id} title={item.title} />
        <button type="button" className="ghost icon" aria-label={t('editor.close')} onClick={() => openEditor(null)}>
          <X size={16} aria-hidden />
        </button>
      </header>
      <div className="editor-body">
        <SeriesScopeBar series={series} />
        <Field label={t('editor.title')} htmlFor="item-title">
          <TextInput
            id="item-title"
            ref={titleRef}
            value={item.title}
            onChange={(title) => update({ title })}
            maxLength={TEXT_LIMITS.title}
          />
        </Field>
        <div className="field-row">
          <Field label={t('editor.status')} htmlFor="item-status">
            <select
              id="item-status"
              value={item.status}
              onChange={(event) =>
                void apply({ type: 'item.move', id: item.id, status: event.target.value as ContentItem['status'], index: 0 })
              }
            >
              {STATUSES.map((status) => (
                <option key={status.id} value={status.id}>
                  {localized(status.label)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('editor.owner')} htmlFor="item-owner">
            <TextInput id="item-owner" value={item.owner} onChange={(owner) => update({ owner })} maxLength={TEXT_LIMITS.owner} />
          </Field>
        </div>
        <div className="field-row" {...sectionAttribute('when')}>
          <WhenFields id={item.id} date={item.date} time={item.time} />
        </div>
        <SeriesSection item={item} settings={settings} />
        <VariantTabs item={item} settings={settings} />
        <MediaSection item={item} settings={settings} attacher={attacher} />
        <AudiencePicker item={item} settings={settings} onChange={(audiences) => update({ audiences })} />
        <Field label={t('editor.tags')} htmlFor="item-tags" hint={t('editor.tagsHint')}>
          <ListInput
            id="item-tags"
            values={item.tags}
            parse={parseTags}
            format={formatTags}
            onChange={(tags) => update({ tags })}
          />
        </Field>
        <Field label={t('editor.notes')} htmlFor="item-notes">
          <TextArea
            id="item-notes"
            rows={4}
            value={item.notes}
            onChange={(notes) => update({ notes })}
            maxLength={TEXT_LIMITS.notes}
          />
        </Field>
        <PrinciplesChecklist item={item} onChange={(principles) => update({ principles })} />
        <button type="button" className="ghost danger" onClick={remove}>
          <Trash2 size={14} aria-hidden /> {t('editor.delete')}
        </button>
      </div>
      {/* Below the scrolling form, not inside it: checks that come and go while typing must not
          push the text box being typed in. */}
      <footer className="editor-checks">
        <Findings item={item} findings={findings} />
      </footer>
    </aside>
  );
}
