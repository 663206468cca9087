// The whole plan as one file (issue 9, item 4): the format written by "Exportera hela planen…",
// and the checks a file passes before an import may replace the plan. Nothing here touches the
// store: a refused file changes nothing, and the message says which item and which field.
import { z } from 'zod';
import type { Message } from '../../src-shared/i18n/messages';
import { labelled, lineList } from '../../src-shared/i18n/lists';
import { message } from '../../src-shared/ipc/errors';
import { ContentItem, SCHEMA_VERSION, Settings, Timestamp, type Plan } from '../../src-shared/plan/model';
import type { ImportSummary } from '../../src-shared/ipc/contract';
import { firstBadVariantChannel } from '../../src-shared/settings/custom-channels';
import { issueMessage } from '../../src-shared/ipc/validation';
import { MigrationError, migrate } from '../store/migrations';

export const PLAN_FILE_FORMAT = 'kanalplan-plan';
/** A plain refusal above this size, before the file is read (DESIGN §6). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Five times the largest plan measured (10,000 items); more is not a plan a person keeps. */
export const MAX_IMPORT_ITEMS = 50_000;
const MAX_ISSUES = 3;

/** What an export writes and an import reads; `format` and `exportedAt` are absent in a plan copy. */
const PlanFile = z.strictObject({
  format: z.literal(PLAN_FILE_FORMAT).optional(),
  exportedAt: Timestamp.optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: Settings,
  items: z.array(ContentItem),
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
    raw = JSON.parse(text);
  } catch {
    return refuse(t('notJson'));
  }
  if (!isRecord(raw) || ('format' in raw && raw.format !== PLAN_FILE_FORMAT)) return refuse(t('notAPlan'));
  if (!('settings' in raw) || !('items' in raw)) return refuse(t('notAPlan'));
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateFile(raw);
  } catch (error) {
    const newer = typeof raw.schemaVersion === 'number' && raw.schemaVersion > SCHEMA_VERSION;
    return refuse(newer ? t('newerVersion') : error instanceof MigrationError ? t('noVersion') : t('notAPlan'));
  }
  if (Array.isArray(migrated.items) && migrated.items.length > MAX_IMPORT_ITEMS) {
    return refuse(t('tooManyItems', { max: MAX_IMPORT_ITEMS }));
  }
  const parsed = PlanFile.safeParse(migrated);
  if (!parsed.success) return refuse(describeFileIssues(parsed.error, migrated));
  const duplicate = firstDuplicateId(parsed.data.items);
  if (duplicate) return refuse(t('duplicateId', { id: duplicate }));
  // Channels are free ids since version 2: a variant must name one the file's settings have.
  const bad = firstBadVariantChannel(parsed.data);
  if (bad) {
    const where = placeOf(['items', bad.index], migrated);
    const key = bad.problem === 'unknown' ? 'customChannels.unknownChannel' : 'customChannels.variantTwice';
    const what = message(key, { channel: bad.channel });
    return refuse(lineList([t('invalid'), where === null ? what : labelled(where, what)]));
  }
  const { settings, items } = parsed.data;
  const version = raw.schemaVersion as number;
  return {
    ok: true,
    plan: { schemaVersion: SCHEMA_VERSION, settings, items },
    migratedFrom: version < SCHEMA_VERSION ? version : null,
  };
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
