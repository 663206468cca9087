// The backups as main lists them, and the app's facts (the data folder), refreshed on demand.
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../../src-shared/ipc/contract';
import type { BackupInfo } from '../../../src-shared/ipc/store-types';
import { useApi } from '../../app/app-context';

export function useBackups() {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const api = useApi();
  const refresh = useCallback(async () => {
    try {
      setBackups(await api['backups:list'](null));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }, [api]);
  useEffect(() => {
    let live = true;
    api['backups:list'](null).then(
      (value) => live && setBackups(value),
      (caught: unknown) => live && setError(caught instanceof Error ? caught.message : String(caught)),
    );
    api['app:info'](null).then(
      (value) => live && setInfo(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return { backups, info, error, setError, refresh };
}
