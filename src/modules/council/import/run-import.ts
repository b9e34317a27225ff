/**
 * One import run of a source (issue 13, point 2): walk its lists, resolve what waited, fetch the
 * files, and record the run. Incremental: a source with a complete run before is asked only for what
 * changed since that run's start (`modified_since`). A run that stopped is continued by the next
 * one where it stopped. Nothing is ever deleted: objects the source marks deleted are soft-deleted.
 */
import type { ModuleDeps } from '../../../kernel/module';
import type { ImportSkip, ImportTypeCounts } from '../tables';
import { downloadFiles } from './download-files';
import { SourceError } from './http-get';
import { DEFAULT_LIMITS, type ImportLimits } from './limits';
import { resolvePending } from './resolve-pending';
import {
  finishRun,
  lastRunOf,
  loadKnownObjects,
  loadPendingHolders,
  markAbandoned,
  markSourceSucceeded,
  saveProgress,
  startRun,
  type CouncilSource,
  type RunProgress,
} from './run-repository';
import { RunState } from './run-state';
import { claimSource, ImportAlreadyRunning, type SourceClaim } from './source-claim';
import { inStore } from './store-object';
import { walkSource, type WalkOutcome } from './walk-source';

export interface ImportOptions {
  limits?: Partial<ImportLimits>;
  /** Ignore the last complete run and read every list whole. */
  full?: boolean;
  /** Skip the files' bytes (the benchmark measures the lists alone). */
  skipFiles?: boolean;
  clock?: () => Date;
}

export interface ImportReport {
  runId: string;
  outcome: 'succeeded' | 'failed';
  /** This run continued one that stopped. */
  resumed: boolean;
  modifiedSince: Date | null;
  counts: Record<string, ImportTypeCounts>;
  skipped: ImportSkip[];
  skippedCount: number;
  errors: ImportSkip[];
  pagesRead: number;
  filesStored: number;
  filesFailed: number;
}

/**
 * Imports the source if no other run holds it; a second run at the same time throws
 * ImportAlreadyRunning at once, having changed nothing. The claim goes at the end, also on failure.
 */
export async function runSourceImport(source: CouncilSource, deps: Pick<ModuleDeps, 'db' | 'files'>, options: ImportOptions = {}): Promise<ImportReport> {
  const claimed = await claimSource(deps.db, source.id);
  if (!('claim' in claimed)) throw new ImportAlreadyRunning(claimed.heldSince);
  try {
    return await runClaimedImport(source, claimed.claim, deps, options);
  } finally {
    await claimed.claim.release();
  }
}

async function runClaimedImport(
  source: CouncilSource,
  claim: SourceClaim,
  deps: Pick<ModuleDeps, 'db' | 'files'>,
  options: ImportOptions,
): Promise<ImportReport> {
  const { db } = deps;
  const limits: ImportLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const clock = options.clock ?? (() => new Date());
  const startedAt = clock();
  const previous = await lastRunOf(db, source.id);
  if (previous?.outcome === 'running') await markAbandoned(db, previous.id);
  const resume = previous && previous.outcome !== 'succeeded' && previous.position ? { ...previous, position: previous.position } : undefined;
  const windowStart = resume?.windowStart ?? startedAt;
  const modifiedSince = resume ? resume.modifiedSince : options.full ? null : source.lastSuccessAt;
  const runId = await startRun(db, { sourceId: source.id, startedAt, windowStart, modifiedSince, resumedFromId: resume?.id ?? null });
  const state = new RunState(source.id, await loadKnownObjects(db, source.id), await loadPendingHolders(db, source.id));
  const progress: RunProgress = { lists: resume?.lists ?? [], position: resume?.position ?? null, pagesRead: 0, errors: [] };
  const walk = { db, state, limits, runId, sourceUrl: source.url, modifiedSince, resume, progress, clock, claim };
  let outcome: WalkOutcome;
  let files = { stored: 0, failed: 0 };
  try {
    outcome = await walkSource(walk);
    if (outcome !== 'stopped') {
      await db.transaction((tx) => inStore(tx, state, clock(), resolvePending));
      state.commit();
    }
    if (outcome !== 'stopped' && !options.skipFiles) files = await downloadFiles(deps, state, limits, clock, () => claim.renew());
  } catch (error) {
    state.rollback();
    const message =
      error instanceof SourceError ? error.message : 'Der Import ist an einem unerwarteten Fehler gescheitert; gespeichert ist, was bis dahin gelesen war.';
    progress.errors.push({ url: source.url, reason: message });
    await saveProgress(db, runId, state, progress);
    await finishRun(db, runId, { outcome: 'failed', finishedAt: clock(), filesStored: files.stored, filesFailed: files.failed });
    if (!(error instanceof SourceError)) throw error;
    return report(runId, 'failed', resume !== undefined, modifiedSince, state, progress, files);
  }
  await saveProgress(db, runId, state, progress);
  const succeeded = outcome === 'complete';
  await finishRun(db, runId, { outcome: succeeded ? 'succeeded' : 'failed', finishedAt: clock(), filesStored: files.stored, filesFailed: files.failed });
  if (succeeded) await markSourceSucceeded(db, source.id, windowStart);
  return report(runId, succeeded ? 'succeeded' : 'failed', resume !== undefined, modifiedSince, state, progress, files);
}

function report(
  runId: string,
  outcome: 'succeeded' | 'failed',
  resumed: boolean,
  modifiedSince: Date | null,
  state: RunState,
  progress: RunProgress,
  files: { stored: number; failed: number },
): ImportReport {
  return {
    runId,
    outcome,
    resumed,
    modifiedSince,
    counts: state.counts,
    skipped: state.skipped,
    skippedCount: state.skippedCount,
    errors: progress.errors,
    pagesRead: progress.pagesRead,
    filesStored: files.stored,
    filesFailed: files.failed,
  };
}
