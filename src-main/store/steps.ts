// The named points of a write (issue 15 item 4). The writer and the store report each one to an
// injected hook, so a crash test can kill the process at exactly that point, by construction,
// instead of hoping a random kill lands there. The app passes no hook.

/** What a step belongs to. */
export type StepOp = 'flush' | 'import' | 'restore' | 'replay' | 'recover' | 'backup';

/** A temp file written or fsynced, a file renamed into place, or a file removed. */
export type StepName = 'written' | 'fsynced' | 'renamed' | 'removed';

export interface StoreStep {
  op: StepOp;
  step: StepName;
  /** The file's name in its folder (a temp file is named by the file it becomes). */
  file: string;
}

export type StepHook = (step: StoreStep) => void;

/** The writer's side: the operation is bound by whoever asks for the write. */
export type WriteSteps = (step: StepName, file: string) => void;

export const NO_STEPS: WriteSteps = () => {};

export function stepsFor(hook: StepHook | undefined, op: StepOp): WriteSteps {
  return hook ? (step, file) => hook({ op, step, file }) : NO_STEPS;
}
