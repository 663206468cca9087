// Which shell the renderer runs in: Electron can print to PDF; the browser harness prints.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../src-shared/ipc/contract';
import { api } from '../../lib/api';

let cached: Promise<AppInfo['runtime']> | null = null;

export function useRuntime(): AppInfo['runtime'] | null {
  const [runtime, setRuntime] = useState<AppInfo['runtime'] | null>(null);
  useEffect(() => {
    cached ??= api['app:info'](null).then((info) => info.runtime);
    let live = true;
    cached.then((value) => live && setRuntime(value)).catch(() => (cached = null));
    return () => {
      live = false;
    };
  }, []);
  return runtime;
}
