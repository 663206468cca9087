// @vitest-environment happy-dom
// The app's facts are asked of main once per bridge: a view that mounts again (Styrelsevy, the
// export dialog) has them in its first render, and a failed ask is asked again by the next view.
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawBridge } from '../../src-shared/ipc/channels';
import { createAppParts } from '../../src-renderer/app/create-app-parts';
import { createApi } from '../../src-renderer/lib/api';
import { useAppInfo } from '../../src-renderer/lib/use-app-info';
import { realBridge } from '../support/bridge';
import { renderIn } from '../support/parts';

function DataDir() {
  const info = useAppInfo();
  return <p>{info === null ? 'väntar' : info.dataDir}</p>;
}

/** The real bridge, counting app:info; the first `failing` asks fail as a broken main's would. */
function counted(failing = 0) {
  const real = realBridge();
  const asked = { count: 0 };
  const bridge: RawBridge = {
    ...real.bridge,
    'app:info': async (input) => {
      asked.count += 1;
      if (asked.count <= failing) return { ok: false, error: { code: 'internal', message: { key: 'errors.internal', values: { detail: 'borta' } } } };
      return real.bridge['app:info'](input);
    },
  };
  return { real, asked, parts: createAppParts(createApi(bridge)) };
}

describe('useAppInfo', () => {
  it('asks main once, and a view mounted again has the answer in its first render', async () => {
    const { real, asked, parts } = counted();
    const first = renderIn(parts, <DataDir />);
    await screen.findByText(real.dataDir);
    first.unmount();
    const again = renderIn(parts, <DataDir />);
    // No waiting: the first render of the view already says it.
    expect(screen.getByText(real.dataDir)).toBeTruthy();
    expect(asked.count).toBe(1);
    again.unmount();
  });

  it('asks again after a failed answer', async () => {
    const { real, asked, parts } = counted(1);
    const first = renderIn(parts, <DataDir />);
    await waitFor(() => expect(asked.count).toBe(1));
    await act(async () => undefined);
    expect(screen.getByText('väntar')).toBeTruthy();
    first.unmount();
    renderIn(parts, <DataDir />);
    await screen.findByText(real.dataDir);
    expect(asked.count).toBe(2);
  });
});
