// Schema version 2 → 3: templates, text snippets and recurring series (issue 19). They are part of
// the plan's settings document, so they are exported, imported and backed up with it; version 2
// settings had none, so each list starts empty. Items keep their shape. Anything of the wrong
// shape is left for validation to name, as in every migration.
import type { Migration } from './migrations';

export const toVersion3: Migration = (doc, kind) => {
  if (kind !== 'settings' || !isRecord(doc.settings)) return doc;
  const { templates = [], snippets = [], series = [] } = doc.settings;
  return { ...doc, settings: { ...doc.settings, templates, snippets, series } };
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
