// Our own versioned migrations (conf's have known bugs: DESIGN §6). Each migration takes a
// stored document from version N to N+1 and is a pure function, tested on a fixture per version.
import { message } from '../../src-shared/ipc/errors';
import { translate, type Message } from '../../src-shared/i18n/messages';
import { SCHEMA_VERSION } from '../../src-shared/plan/model';
import { toVersion2 } from './migration-v2';
import { toVersion3 } from './migration-v3';
import { toMediaVersion } from './migration-media';

export type PartitionKind = 'settings' | 'items';
export type StoredDoc = Record<string, unknown> & { schemaVersion?: unknown };
export type Migration = (doc: StoredDoc, kind: PartitionKind) => StoredDoc;

/** Keyed by the version a migration starts from. Version 1 is the first shipped shape. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: toVersion2, 2: toVersion3, 3: toMediaVersion };

/** A stored file that cannot be used, and why, as a catalogue message: the recovery notice words it. */
export class StoreFileError extends Error {
  constructor(readonly text: Message) {
    // The Swedish words for logs; the UI words `text` in its own language.
    super(translate('sv', text.key, text.values));
    this.name = 'StoreFileError';
  }
}

export class MigrationError extends StoreFileError {}

/** A file written by a newer Kanalplan: not damaged, and never to be overwritten by this one. */
export class NewerVersionError extends MigrationError {}

export function migrate(
  doc: StoredDoc,
  kind: PartitionKind,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): StoredDoc {
  let version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MigrationError(message('storeFile.noVersion', { version: JSON.stringify(version) ?? 'undefined' }));
  }
  if (version > target) {
    throw new NewerVersionError(message('storeFile.newerVersion', { version, target }));
  }
  let current = doc;
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new MigrationError(message('storeFile.noMigration', { version }));
    version += 1;
    current = { ...step(current, kind), schemaVersion: version };
  }
  return current;
}
