// What the save state tells when the data folder cannot be written, for each way the system says
// no: the alert's words ("Disken är full", "Mappen är skrivskyddad") come from this problem. Only
// ENOSPC and EACCES were tried before. Told through the store's public face (flush, save state).
import { describe, expect, it } from 'vitest';
import { refusingFs } from '../support/refusing-fs';
import { openServices, tempDataDir } from '../support/store';

describe('a write the system refuses', () => {
  it.each([
    { code: 'ENOSPC', problem: 'disk-full' },
    { code: 'EDQUOT', problem: 'disk-full' },
    { code: 'EROFS', problem: 'read-only' },
    { code: 'EACCES', problem: 'no-permission' },
    { code: 'EPERM', problem: 'no-permission' },
    { code: 'ENOTDIR', problem: 'not-a-folder' },
    { code: 'EISDIR', problem: 'not-a-folder' },
    { code: 'EIO', problem: 'other' },
  ])('$code is told as $problem', ({ code, problem }) => {
    const disk = refusingFs();
    const services = openServices(tempDataDir(), { fs: disk.fs, flushDelayMs: 60_000 });
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Sparad' });
    expect(services.store.flush()).toEqual({ status: 'saved' });

    disk.refuse(code);
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Osparad' } });
    expect(services.store.flush()).toMatchObject({ status: 'failing', problem });
  });
});
