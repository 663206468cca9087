// "Importera…" in two steps: check a file and stage it (nothing changes), then, once the user has
// seen the summary and confirmed, replace the whole plan. Only the staged plan can be committed.
// A ZIP (plan.json and media/) is checked whole before it is staged: each media file as an attach
// checks it, and named by its hash. On commit its files are written durably first, then the plan
// is replaced in one journaled step: a failure between the two leaves only unreferenced files,
// which the media garbage removes after 30 days.
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { DomainError, message } from '../../src-shared/ipc/errors';
import { lineList } from '../../src-shared/i18n/lists';
import type { Message } from '../../src-shared/i18n/messages';
import { MAX_IMPORT_ARCHIVE_BYTES, type ImportCheck, type RestoredPlan } from '../../src-shared/ipc/contract';
import type { Plan } from '../../src-shared/plan/model';
import type { ExportFolder } from './export-folder';
import { parsePlanFile, summarize } from './plan-file';
import { isZip, readPlanArchive } from './plan-zip';
import { mediaFilesOf } from '../../src-shared/media/referenced';
import type { PlanService } from './plan-service';
import { checkMedia, type CheckedMedia, type MediaService } from '../media/media-service';

const MB = 1024 * 1024;

type ImportInput = { text: string } | { archive: string } | { bytes: Uint8Array };

export class ImportService {
  private staged: { token: string; plan: Plan; media: CheckedMedia[] } | null = null;

  constructor(
    private readonly plan: PlanService,
    private readonly dialogs: ExportFolder,
    private readonly media: MediaService | null = null,
  ) {}

  async check(input: { text: string } | { archive: string } | null): Promise<ImportCheck> {
    this.staged = null;
    const chosen = input ?? (await this.readChosenFile());
    if (chosen === null) return { status: 'cancelled' };
    if ('status' in chosen) return chosen;
    const read = await this.read(chosen);
    if (!read.ok) return { status: 'rejected', message: read.message };
    this.staged = { token: randomUUID(), plan: read.plan, media: read.media };
    const summary = summarize(read.plan, this.plan.current().plan, read.migratedFrom);
    return { status: 'ready', token: this.staged.token, summary: { ...summary, media: read.media.length } };
  }

  commit(token: string): RestoredPlan {
    const staged = this.staged;
    if (!staged || staged.token !== token) {
      throw new DomainError('invalid-input', message('errors.importNotStaged'));
    }
    this.staged = null;
    // Every file is on disk before a post may name it.
    for (const file of staged.media) this.media?.storeChecked(file);
    return this.plan.replacePlan(staged.plan);
  }

  private async read(
    input: ImportInput,
  ): Promise<{ ok: true; plan: Plan; migratedFrom: number | null; media: CheckedMedia[] } | { ok: false; message: Message }> {
    const bytes = 'archive' in input ? Buffer.from(input.archive, 'base64') : 'bytes' in input ? input.bytes : null;
    if (bytes === null || !isZip(bytes)) {
      const text = bytes === null ? (input as { text: string }).text : Buffer.from(bytes).toString('utf8');
      const parsed = parsePlanFile(text);
      return parsed.ok ? { ...parsed, media: [] } : parsed;
    }
    const archive = readPlanArchive(bytes);
    if (!archive.ok) return archive;
    const parsed = parsePlanFile(archive.planText);
    if (!parsed.ok) return parsed;
    const media: CheckedMedia[] = [];
    // Only the files the plan names are kept; each must be what an attach would have taken.
    for (const file of mediaFilesOf(parsed.plan)) {
      const data = archive.media.get(file);
      if (!data) continue; // not carried: a file already in media/, or one the posts show as missing
      try {
        const checked = await checkMedia(file, data);
        if (checked.media.file !== file) return refusedMedia(message('importPlan.archive.hashMismatch', { name: file }));
        media.push(checked);
      } catch (error) {
        if (error instanceof DomainError) return refusedMedia(error.text);
        throw error;
      }
    }
    return { ...parsed, media };
  }

  /** The file the user picks in the OS dialog, its size checked before a byte is read. */
  private async readChosenFile(): Promise<{ bytes: Uint8Array } | null | ImportCheck> {
    if (!this.dialogs.openFile) return null;
    const path = await this.dialogs.openFile();
    if (path === null) return null;
    try {
      // The larger limit, a ZIP's: a JSON file between the two is read and refused by its own.
      if (statSync(path).size > MAX_IMPORT_ARCHIVE_BYTES) {
        return { status: 'rejected', message: message('importPlan.archive.tooLarge', { max: MAX_IMPORT_ARCHIVE_BYTES / MB }) };
      }
      return { bytes: readFileSync(path) };
    } catch {
      return { status: 'rejected', message: message('importPlan.unreadable') };
    }
  }
}

/** "The file was not imported: one of its images is not one Kanalplan takes." and the attach's own words, which name it. */
function refusedMedia(why: Message): { ok: false; message: Message } {
  return { ok: false, message: lineList([message('importPlan.archive.mediaRefused'), why]) };
}
