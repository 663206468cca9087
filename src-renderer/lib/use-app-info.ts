// The app's facts from main (version, data folder, runtime), fetched once per component.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../src-shared/ipc/contract';
import { useApi } from '../app/app-context';

export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const api = useApi();
  useEffect(() => {
    let live = true;
    api['app:info'](null).then(
      (value) => live && setInfo(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return info;
}
