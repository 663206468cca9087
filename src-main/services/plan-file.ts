// The whole plan as one file (issue 9, item 4): the format written by "Exportera hela planen…",
// and the checks a file passes before an import may replace the plan. Nothing here touches the
// store: a refused file changes nothing, and the message says which item and which field.
import { z } from 'zod';
import type { Message } from '../../src-shared/i18n/messages';
import { labelled, lineList } from '../../src-shared/i18n/lists';
import { message } from '../../src-shared/ipc/errors';
import { SCHEMA_VERSION, Settings, Timestamp, type ContentItem, type Plan } from '../../src-shared/plan/model';
import { MAX_IMPORT_BYTES, type ImportSummary } from '../../src-shared/ipc/contract';
import { IncomingItem } from '../../src-shared/plan/commands';
import { itemProblem, knownIds } from '../../src-shared/plan/item-rules';
import { settingsProblem } from '../../src-shared/settings/settings-commands';
import { issueMessage } from '../../src-shared/ipc/validation';
import { MigrationError, NewerVersionError, migrate } from '../store/migrations';

export const PLAN_FILE_FORMAT = 'kanalplan-plan';
/** Five times the largest plan measured (10,000 items); more is not a plan a person keeps. */
export const MAX_IMPORT_ITEMS = 50_000;
const MAX_ISSUES = 3;

/** What an export writes and an import reads; `format` and `exportedAt` are absent in a plan copy. */
const PlanFile = z.strictObject({
  format: z.literal(PLAN_FILE_FORMAT).optional(),
  exportedAt: Timestamp.optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: Settings,
  // Items as `items.put` takes them: the same rules for an undo and for a file.
  items: z.array(IncomingItem),
});

export function planFileText(plan: Plan, exportedAt: Date): string {
  const file: z.input<typeof PlanFile> = { format: PLAN_FILE_FORMAT, exportedAt: exportedAt.toISOString(), ...plan };
  return JSON.stringify(file, null, 1);
}

export type PlanFileResult = { ok: true; plan: Plan; migratedFrom: number | null } | { ok: false; message: Message };

/** Parses, migrates and validates a plan file; a refusal is one readable paragraph, as catalogue data. */
export function parsePlanFile(text: string): PlanFileResult {
  const t = (key: string, values?: Message['values']) => message(`importPlan.${key}`, values);
  const refuse = (text: Message): PlanFileResult => ({ ok: false, message: text });
  if (Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES) return refuse(t('tooLarge'));
  let raw: unknown;
  try {
    // A byte order mark, as Windows editors write, is no reason to call a file "not JSON".
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(t('notJson'));
  }
  if (!isRecord(raw) || (Object.hasOwn(raw, 'format') && raw.format !== PLAN_FILE_FORMAT)) return refuse(t('notAPlan'));
  if (!Object.hasOwn(raw, 'settings') || !Object.hasOwn(raw, 'items')) return refuse(t('notAPlan'));
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateFile(raw);
  } catch (error) {
    // Only a whole version above ours is newer: 2.5 is no version at all.
    if (error instanceof NewerVersionError) return refuse(t('newerVersion'));
    return refuse(error instanceof MigrationError ? t('noVersion') : t('notAPlan'));
  }
  if (Array.isArray(migrated.items) && migrated.items.length > MAX_IMPORT_ITEMS) {
    return refuse(t('tooManyItems', { max: MAX_IMPORT_ITEMS }));
  }
  const parsed = PlanFile.safeParse(migrated);
  if (!parsed.success) return refuse(describeFileIssues(parsed.error, migrated));
  const duplicate = firstDuplicateId(parsed.data.items);
  if (duplicate) return refuse(t('duplicateId', { id: duplicate }));
  const problem = ruleProblem(parsed.data, migrated);
  if (problem) return refuse(lineList([t('invalid'), problem]));
  const { settings, items } = parsed.data;
  const version = raw.schemaVersion as number;
  return {
    ok: true,
    plan: { schemaVersion: SCHEMA_VERSION, settings, items },
    migratedFrom: version < SCHEMA_VERSION ? version : null,
  };
}

/**
 * What the settings commands would refuse in the settings (a channel twice, a `javascript:`
 * address…) and what `items.put` would refuse in an item (a channel or audience the settings
 * lack): a plan in which every later settings change would be refused for a reason of the file's.
 */
function ruleProblem(plan: Pick<Plan, 'settings' | 'items'>, file: Record<string, unknown>): Message | null {
  const settings = settingsProblem(plan.settings);
  if (settings !== null) return labelled(message('importPlan.inSettings'), settings);
  const known = knownIds(plan.settings);
  for (const [index, item] of plan.items.entries()) {
    const problem = itemProblem(item, known);
    if (problem) return labelled(placeOf(['items', index], file) ?? message('importPlan.item', { number: index + 1 }), problem);
  }
  return null;
}

/** Items, the period they cover, and what an import would replace. */
export function summarize(incoming: Plan, current: Plan, migratedFrom: number | null): ImportSummary {
  const days = incoming.items.flatMap((item) => (item.date ? [item.date] : [])).sort();
  return {
    items: incoming.items.length,
    unscheduled: incoming.items.length - days.length,
    from: days[0] ?? null,
    to: days.at(-1) ?? null,
    organisationName: incoming.settings.organisationName,
    replacesItems: current.items.length,
    migratedFrom,
    media: 0,
  };
}

/** Settings and items migrate as the store's documents of their kind do. */
function migrateFile(raw: Record<string, unknown>): Record<string, unknown> {
  const version = raw.schemaVersion;
  const settings = migrate({ schemaVersion: version, settings: raw.settings }, 'settings');
  const items = migrate({ schemaVersion: version, items: raw.items }, 'items');
  return { ...raw, schemaVersion: items.schemaVersion, settings: settings.settings, items: items.items };
}

/** "Inlägg 3 (”Rubrik”): Datum: Datumet finns inte i kalendern", for the first few issues. */
function describeFileIssues(error: z.ZodError, file: Record<string, unknown>): Message {
  const lines = error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const where = placeOf(issue.path, file);
    const what = issueMessage(issue);
    return where === null ? what : labelled(where, what);
  });
  const more = error.issues.length - MAX_ISSUES;
  if (more > 0) lines.push(message('validation.more', { count: more }));
  return lineList([message('importPlan.invalid'), ...lines]);
}

function placeOf(path: ReadonlyArray<PropertyKey>, file: Record<string, unknown>): Message | null {
  if (path[0] === 'settings') return message('importPlan.inSettings');
  if (path[0] !== 'items' || typeof path[1] !== 'number') return null;
  const item: unknown = Array.isArray(file.items) ? file.items[path[1]] : undefined;
  const title = isRecord(item) && typeof item.title === 'string' && item.title.length > 0 ? item.title.slice(0, 60) : null;
  return title
    ? message('importPlan.itemTitled', { number: path[1] + 1, title })
    : message('importPlan.item', { number: path[1] + 1 });
}

function firstDuplicateId(items: readonly ContentItem[]): string | null {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) return item.id;
    seen.add(item.id);
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
