// A recovery notice outlives the start that found the damage, until the user dismisses it.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices, tempDataDir } from '../support/store';

function damagedStart() {
  const dir = tempDataDir();
  const first = openServices(dir);
  first.plan.apply({ type: 'item.create', id: 'a', title: 'Sparad' });
  first.store.close();
  openServices(dir).store.close(); // a start backup holding the item
  writeFileSync(join(dir, 'backlog.json'), '{"schemaVersion":1,"items":[{"id":');
  return dir;
}

describe('kept recovery notices', () => {
  it('keeps the notice of a damaged file across starts until it is dismissed', () => {
    const dir = damagedStart();
    const found = openServices(dir);
    const [notice] = found.plan.current().notices;
    expect(notice).toMatchObject({ kind: 'restored-from-backup', file: 'backlog.json' });
    found.store.close();

    const again = openServices(dir);
    expect(again.plan.current().notices).toEqual([notice]);
    expect(again.plan.dismissNotice(notice!.keptAs)).toEqual([]);
    again.store.close();

    expect(openServices(dir).plan.current().notices).toEqual([]);
    expect(readdirSync(dir).filter((file) => file.startsWith('backlog.json.corrupt-'))).toHaveLength(1);
  });

  it('ignores a damaged notices file instead of failing to start', () => {
    const dir = damagedStart();
    writeFileSync(join(dir, 'notices.json'), '[{"kind":"restored-from-backup"}, 42, "x"');
    const services = openServices(dir);
    expect(services.plan.current().notices.map((notice) => notice.file)).toEqual(['backlog.json']);
  });
});
