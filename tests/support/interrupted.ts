// A data folder as a kill leaves it just after a step's commit point: the journal written, no
// file renamed yet. Made in this process by a step hook that throws there (the store keeps what a
// committed step wrote), with no retry soon enough to finish it before the next start does.
import type { PlanCommand } from '../../src-shared/plan/commands';
import type { StoreStep } from '../../src-main/store/steps';
import { openServices, tempDataDir } from './store';

export function interruptedFlush(seed: PlanCommand[], step: PlanCommand[], clock?: () => Date): string {
  const dir = tempDataDir();
  const first = openServices(dir, { clock });
  for (const command of seed) first.plan.apply(command);
  first.store.close();
  let armed = false;
  const onStep = (at: StoreStep) => {
    if (armed && at.step === 'renamed' && at.file === 'journal.json') throw new Error('stopped after the commit point');
  };
  const second = openServices(dir, { clock, onStep, retryDelayMs: 60 * 60_000, startBackupDelayMs: 60 * 60_000 });
  second.store.settleStartBackup();
  for (const command of step) second.plan.apply(command);
  armed = true;
  second.store.flush();
  return dir;
}
