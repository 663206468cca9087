// The export channel's logic in main: build the package from the plan main holds (never from
// what the renderer sends), write it where the user chooses, and say in plain words what failed.
import { buildExportPackage } from '../../src-shared/export';
import { DomainError, message } from '../../src-shared/ipc/errors';
import type { Message } from '../../src-shared/i18n/messages';
import type { ExportProgress, ExportResult, ParsedInputOf } from '../../src-shared/ipc/contract';
import type { ExportFolder } from './export-folder';
import { join } from 'node:path';
import {
  ExportWriteError,
  packageExists,
  writeExportPackage,
  type ExportFs,
  type ExportTarget,
  type Progress,
} from './export-writer';
import { zipPackage } from './export-zip';
import type { PlanService } from './plan-service';
import { withMediaFiles, type ReadMedia } from '../media/export-media';

export class ExportService {
  /**
   * The folder and package of the last write refused because the package existed. Only that one
   * is replaced on "Ersätt", in that folder, without a second folder dialog: `overwrite` alone
   * never replaces anything the user was not asked about.
   */
  private pending: { dir: string; folderName: string } | null = null;
  private lastWritten: string | null = null;
  /** The write under way, if any: main goes on serving while it runs, and a second write is refused. */
  private writing: Promise<unknown> | null = null;

  constructor(
    private readonly plan: PlanService,
    private readonly folder: ExportFolder,
    private readonly fs?: ExportFs,
    /** Reads a media file by its stored name; without one, a package with images cannot be made. */
    private readonly readMedia: ReadMedia = (file) => {
      throw new DomainError('export-failed', message('media.refused.missingFile', { file }));
    },
    /** Tells the window how far the write has come (the `export:progress` event). */
    private readonly tell: (progress: ExportProgress) => void = () => undefined,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async write(request: ParsedInputOf<'export:write'>): Promise<ExportResult> {
    // Two writes at once could both find the package missing and one replace the other unasked.
    if (this.writing !== null) throw new DomainError('export-failed', message('exportPackage.errors.busy'));
    const written = this.writeOnce(request);
    this.writing = written;
    try {
      return await written;
    } finally {
      this.writing = null;
    }
  }

  /** Settles once no package is being written: quitting waits for it, so no half-written stage is left. */
  async whenIdle(): Promise<void> {
    while (this.writing !== null) await this.writing.catch(() => undefined);
  }

  get busy(): boolean {
    return this.writing !== null;
  }

  private async writeOnce(request: ParsedInputOf<'export:write'>): Promise<ExportResult> {
    const asked = request.overwrite ? this.pending : null;
    this.pending = null;
    const dir = asked?.dir ?? (await this.folder.choose());
    if (dir === null) return { status: 'cancelled' };
    const { plan } = this.plan.current();
    const language = plan.settings.language;
    const pkg = withMediaFiles(buildExportPackage(plan, { ...request, language }), this.readMedia);
    const overwrite = asked !== null && asked.folderName === pkg.folderName;
    // Asked before the ZIP is made (a year's takes a second), since the answer may be to keep the
    // old package; the writer asks again, in case one came meanwhile.
    const there = !overwrite && packageExists(join(dir, pkg.folderName), this.fs);
    const outcome = there
      ? ({ status: 'exists', folder: join(dir, pkg.folderName) } as const)
      : await this.zipAndWrite({ dir, pkg, zip: null, overwrite }, request);
    if (outcome.status === 'exists') {
      this.pending = { dir, folderName: pkg.folderName };
      return { status: 'exists', folderName: pkg.folderName, folder: outcome.folder };
    }
    this.lastWritten = outcome.folder;
    return { ...outcome, canReveal: this.folder.reveal !== undefined };
  }

  reveal(): null {
    if (!this.folder.reveal || this.lastWritten === null)
      throw new DomainError('export-failed', message('errors.nothingExported'));
    this.folder.reveal(this.lastWritten);
    return null;
  }

  private async zipAndWrite(target: ExportTarget, request: ParsedInputOf<'export:write'>) {
    const progress = (step: ExportProgress['step']) => seldom(this.now, (done, total) => this.tellQuietly({ step, done, total }));
    const zip = request.zip ? await zipPackage(target.pkg, request.from, progress('zip')) : null;
    return this.writeOrExplain({ ...target, zip, onWritten: progress('files') });
  }

  /** Progress is told as it comes, and a listener that fails must not fail the write it tells of. */
  private tellQuietly(progress: ExportProgress): void {
    try {
      this.tell(progress);
    } catch {
      // Nothing to do: the next count, or the write's answer, says where it stands.
    }
  }

  private async writeOrExplain(target: ExportTarget) {
    try {
      return await writeExportPackage(target, this.fs);
    } catch (error) {
      throw new DomainError('export-failed', exportErrorMessage(error));
    }
  }
}

/** How often the window hears of progress: often enough to see it move, not a message per file. */
export const PROGRESS_EVERY_MS = 100;

/** `progress`, passed on at the start, at the end and at most once every PROGRESS_EVERY_MS between. */
export function seldom(now: () => number, progress: Progress): Progress {
  let told = Number.NEGATIVE_INFINITY;
  return (done, total) => {
    if (done !== 0 && done !== total && now() - told < PROGRESS_EVERY_MS) return;
    told = now();
    progress(done, total);
  };
}

/** A plain sentence for the dialog: what went wrong and what to do, not an errno. */
export function exportErrorMessage(error: unknown): Message {
  if (!(error instanceof ExportWriteError)) {
    return message('exportPackage.errors.other', { message: error instanceof Error ? error.message : String(error) });
  }
  if (error.problem === 'too-long') return message('exportPackage.errors.tooLong');
  if (error.problem === 'unsafe-path') return message('exportPackage.errors.unsafePath', { path: error.message });
  if (error.problem === 'other') return message('exportPackage.errors.other', { message: error.message });
  return message(`exportPackage.errors.${error.problem}`);
}
