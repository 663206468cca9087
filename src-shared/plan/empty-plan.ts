import { SCHEMA_VERSION, type Plan, type Settings } from './model';
import { defaultSettings } from '../settings/policy';

export function emptyPlan(settings: Settings = defaultSettings()): Plan {
  return { schemaVersion: SCHEMA_VERSION, settings, items: [] };
}
