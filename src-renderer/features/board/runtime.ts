// Which shell the renderer runs in: Electron can print to PDF; the browser harness prints.
import type { AppInfo } from '../../../src-shared/ipc/contract';
import { useAppInfo } from '../../lib/use-app-info';

export function useRuntime(): AppInfo['runtime'] | null {
  return useAppInfo()?.runtime ?? null;
}
