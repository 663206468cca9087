// The thin layer over electron-store/conf. electron-store in the app, conf under plain Node
// (tests, browser harness): the same class underneath, so tests exercise the real persistence.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { migrate, type StoredDoc } from './migrations';
import { kindOf, schemaFor } from './partitions';

/** The part of conf's API we use: whole-document reads and atomic whole-document writes. */
export interface ConfLike {
  store: Record<string, unknown>;
  readonly path: string;
}
export interface ConfOptions {
  cwd: string;
  configName: string;
  // Never let conf replace a corrupt file with `{}` (DESIGN §6): we keep and report it.
  clearInvalidConfig: false;
  serialize: (value: unknown) => string;
  accessPropertiesByDotNotation: false;
}
export type OpenConf = (options: ConfOptions) => ConfLike;

export function confOptions(cwd: string, partition: string): ConfOptions {
  return {
    cwd,
    configName: partition,
    clearInvalidConfig: false,
    // Compact JSON: a year of items parses and writes about twice as fast as conf's tabs.
    serialize: (value) => JSON.stringify(value),
    accessPropertiesByDotNotation: false,
  };
}

export function fileOf(partition: string): string {
  return `${partition}.json`;
}

/** Parses, migrates and validates one stored partition; throws a readable reason if it can't. */
export function parsePartition(text: string, partition: string): { doc: StoredDoc; migrated: boolean } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`filen går inte att tolka som JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('filen innehåller inget JSON-objekt');
  const stored = raw as StoredDoc;
  const migrated = migrate(stored, kindOf(partition));
  const result = schemaFor(partition).safeParse(migrated);
  if (!result.success) throw new Error(`filen följer inte formatet: ${z.prettifyError(result.error).slice(0, 500)}`);
  return { doc: result.data as StoredDoc, migrated: migrated !== stored };
}

export type ReadResult =
  { status: 'missing' } | { status: 'ok'; doc: StoredDoc; migrated: boolean } | { status: 'invalid'; reason: string };

/** Reads a partition file: missing, good (migrated if it was older), or invalid with why. */
export function readPartitionFile(dir: string, partition: string): ReadResult {
  const path = join(dir, fileOf(partition));
  if (!existsSync(path)) return { status: 'missing' };
  try {
    return { status: 'ok', ...parsePartition(readFileSync(path, 'utf8'), partition) };
  } catch (error) {
    return { status: 'invalid', reason: (error as Error).message };
  }
}
