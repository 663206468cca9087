// The app's facts from main (version, data folder, runtime). They hold for the process, so they
// are asked once per bridge and kept: a view that mounts with them draws them in its first frame
// instead of sending a request as it opens.
import { useEffect, useState } from 'react';
import type { Api, AppInfo } from '../../src-shared/ipc/contract';
import { useApi } from '../app/app-context';

interface Asked {
  promise: Promise<AppInfo>;
  value?: AppInfo;
}

const askedOf = new WeakMap<Api, Asked>();

/** The one request per bridge; a failed one is forgotten, so the next view asks again. */
function ask(api: Api): Asked {
  const known = askedOf.get(api);
  if (known) return known;
  const asked: Asked = { promise: api['app:info'](null) };
  askedOf.set(api, asked);
  asked.promise.then(
    (value) => {
      asked.value = value;
    },
    () => askedOf.delete(api),
  );
  return asked;
}

export function useAppInfo(): AppInfo | null {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo | null>(() => askedOf.get(api)?.value ?? null);
  useEffect(() => {
    if (info !== null) return;
    let live = true;
    ask(api).promise.then(
      (value) => live && setInfo(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, info]);
  return info;
}
