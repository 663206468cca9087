// "Importera…" in two steps: check a file and stage it (nothing changes), then, once the user has
// seen the summary and confirmed, replace the whole plan. Only the staged plan can be committed.
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { DomainError, message } from '../../src-shared/ipc/errors';
import { MAX_IMPORT_BYTES, type ImportCheck, type RestoredPlan } from '../../src-shared/ipc/contract';
import type { Plan } from '../../src-shared/plan/model';
import type { ExportFolder } from './export-folder';
import { parsePlanFile, summarize } from './plan-file';
import type { PlanService } from './plan-service';

export class ImportService {
  private staged: { token: string; plan: Plan } | null = null;

  constructor(
    private readonly plan: PlanService,
    private readonly dialogs: ExportFolder,
  ) {}

  async check(input: { text: string } | null): Promise<ImportCheck> {
    this.staged = null;
    const text = input ? input.text : await this.readChosenFile();
    if (text === null) return { status: 'cancelled' };
    if (typeof text !== 'string') return text;
    const current = this.plan.current().plan;
    const result = parsePlanFile(text);
    if (!result.ok) return { status: 'rejected', message: result.message };
    this.staged = { token: randomUUID(), plan: result.plan };
    return { status: 'ready', token: this.staged.token, summary: summarize(result.plan, current, result.migratedFrom) };
  }

  commit(token: string): RestoredPlan {
    const staged = this.staged;
    if (!staged || staged.token !== token) {
      throw new DomainError('invalid-input', message('errors.importNotStaged'));
    }
    this.staged = null;
    return this.plan.replacePlan(staged.plan);
  }

  /** The file the user picks in the OS dialog, its size checked before a byte is read. */
  private async readChosenFile(): Promise<string | null | ImportCheck> {
    if (!this.dialogs.openFile) return null;
    const path = await this.dialogs.openFile();
    if (path === null) return null;
    try {
      if (statSync(path).size > MAX_IMPORT_BYTES) return { status: 'rejected', message: message('importPlan.tooLarge') };
      return readFileSync(path, 'utf8');
    } catch {
      return { status: 'rejected', message: message('importPlan.unreadable') };
    }
  }
}
