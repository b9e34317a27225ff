/**
 * One run of a harvest source: one `opendata_harvest_runs` row, the source read page by page, each
 * dataset written on its own (a failure is logged and the run goes on), then deletions, but only
 * after every page answered well and the source listed all its datasets. A page that cannot be
 * read ends the run as `failed` (nothing written yet) or `partial`, and deletes nothing.
 */
import { audit, type NamedActor } from '../../../kernel/audit';
import type { ModuleDeps } from '../../../kernel/module';
import { ckanReader } from './ckan-source';
import { dcatReader } from './dcat-source';
import { DEFAULT_LIMITS, RemoteError, type FetchLimits } from './fetch-remote';
import { importDataset, markDeleted, type ImportContext } from './import';
import {
  addLog,
  finishRun,
  findOrganizationById,
  lastSucceededStart,
  liveHarvested,
  openRun,
  runLog,
  type HarvestLogEntry,
  type HarvestRun,
  type HarvestSource,
  type RunCounts,
} from './repository';
import type { SourceReader } from './source-reader';

/** Who starts a run: the CLI, the scheduler or a person's "Jetzt ernten" (checked when queued). */
export const HARVEST_ACTOR: NamedActor = Object.freeze({ id: null, label: 'harvest' });

export interface HarvestOptions {
  limits?: FetchLimits;
  rows?: number;
  maxPages?: number;
}

/** `problems`: the run's errors and warnings, for the command line's summary. */
export type RunHarvestResult = { started: false } | { started: true; run: HarvestRun; problems: HarvestLogEntry[] };

function readerFor(source: HarvestSource, modifiedSince: Date | null, options: HarvestOptions): SourceReader {
  const common = { url: source.url, maxPages: options.maxPages ?? 1000, limits: options.limits ?? DEFAULT_LIMITS };
  return source.kind === 'ckan' ? ckanReader({ ...common, modifiedSince, rows: options.rows ?? 100 }) : dcatReader(common);
}

async function harvestPages(db: ModuleDeps['db'], runId: string, reader: SourceReader, context: ImportContext, counts: RunCounts): Promise<boolean> {
  let everyRefKnown = true;
  for await (const page of reader.pages()) {
    for (const { ref, message } of page.unreadable) {
      counts.failed++;
      everyRefKnown &&= ref !== null;
      await addLog(db, runId, 'error', message, ref);
    }
    for (const remote of page.datasets) {
      const result = await importDataset(db, remote, context).catch((error: unknown) => ({
        outcome: 'failed' as const,
        message: `Der Datensatz konnte nicht gespeichert werden (${(error as Error).message.slice(0, 300)}).`,
      }));
      if (result.outcome === 'failed') {
        counts.failed++;
        await addLog(db, runId, 'error', result.message, remote.ref);
        continue;
      }
      if (result.outcome !== 'unchanged') counts[result.outcome]++;
      for (const warning of result.warnings) await addLog(db, runId, 'warning', warning, remote.ref);
    }
  }
  return everyRefKnown;
}

/** Datasets of this source missing from its complete listing become `deleted`; an empty listing deletes nothing. */
async function propagateDeletions(db: ModuleDeps['db'], runId: string, sourceId: string, reader: SourceReader, counts: RunCounts): Promise<void> {
  const refs = await reader.allRefs();
  const live = await liveHarvested(db, sourceId);
  if (refs.size === 0 && live.length > 0) {
    await addLog(db, runId, 'warning', 'Die Quelle meldet keinen einzigen Datensatz; vorsichtshalber wird nichts gelöscht.');
    return;
  }
  for (const dataset of live) {
    if (dataset.originRef !== null && refs.has(dataset.originRef)) continue;
    await markDeleted(db, dataset.id);
    counts.deleted++;
    await addLog(db, runId, 'info', 'Die Quelle führt den Datensatz nicht mehr; er ist hier als gelöscht markiert.', dataset.originRef);
  }
}

export async function runHarvest(
  actor: NamedActor,
  input: { source: HarvestSource; options?: HarvestOptions },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<RunHarvestResult> {
  const { source, options = {} } = input;
  const modifiedSince = source.kind === 'ckan' ? await lastSucceededStart(db, source.id) : null;
  const run = await openRun(db, source.id);
  if (!run) return { started: false };
  const organization = (await findOrganizationById(db, source.organizationId))!;
  const counts: RunCounts = { created: 0, updated: 0, deleted: 0, failed: 0 };
  let status: HarvestRun['status'];
  try {
    await addLog(db, run.id, 'info', modifiedSince ? `Ernte der Änderungen seit ${modifiedSince.toISOString()}.` : 'Vollständige Ernte.');
    const reader = readerFor(source, modifiedSince, options);
    const everyRefKnown = await harvestPages(db, run.id, reader, { source, organization }, counts);
    if (everyRefKnown) await propagateDeletions(db, run.id, source.id, reader, counts);
    else await addLog(db, run.id, 'warning', 'Nicht jeder Datensatz der Quelle hat eine Kennung; Löschungen werden diesmal nicht übernommen.');
    status = counts.failed > 0 ? 'partial' : 'succeeded';
  } catch (error) {
    const message = error instanceof RemoteError ? error.message : `Die Ernte ist abgebrochen (${(error as Error).message.slice(0, 300)}).`;
    await addLog(db, run.id, 'error', `${message} Es wurde nichts gelöscht.`);
    status = counts.created + counts.updated > 0 ? 'partial' : 'failed';
  }
  const finished = await finishRun(db, run.id, status, counts);
  await audit(db, actor, { action: 'opendata.harvest.run', objectType: 'harvest_source', objectId: source.id, details: { run: run.id, status, ...counts } });
  const problems = (await runLog(db, run.id)).filter((entry) => entry.level !== 'info');
  return { started: true, run: finished, problems };
}
