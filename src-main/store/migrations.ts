// Our own versioned migrations (conf's have known bugs: DESIGN §6). Each migration takes a
// stored document from version N to N+1 and is a pure function, tested on a fixture per version.
import { SCHEMA_VERSION } from '../../src-shared/plan/model';
import { toVersion2 } from './migration-v2';
import { toVersion3 } from './migration-v3';

export type PartitionKind = 'settings' | 'items';
export type StoredDoc = Record<string, unknown> & { schemaVersion?: unknown };
export type Migration = (doc: StoredDoc, kind: PartitionKind) => StoredDoc;

/** Keyed by the version a migration starts from. Version 1 is the first shipped shape. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: toVersion2, 2: toVersion3 };

export class MigrationError extends Error {}

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
    throw new MigrationError(`schemaVersion saknas eller är ogiltig (${JSON.stringify(version)})`);
  }
  if (version > target) {
    throw new NewerVersionError(`filen är från en nyare version av Kanalplan (schemaVersion ${version} > ${target})`);
  }
  let current = doc;
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new MigrationError(`ingen migrering från schemaVersion ${version}`);
    version += 1;
    current = { ...step(current, kind), schemaVersion: version };
  }
  return current;
}
