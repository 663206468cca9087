// The app's facts from main (version, data folder, runtime), fetched once per component.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../src-shared/ipc/contract';
import { api } from './api';

export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    api['app:info'](null).then(
      (value) => live && setInfo(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return info;
}
