import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { listRuns, type RunRow } from '../repository';
import { requireWlanStaff } from './access';

/** How many runs the log shows: at every 15 minutes, about the last day of one source. */
const LOG_LENGTH = 100;

/** The section "Import-Protokoll": the latest runs of every source. */
export async function showImportRuns(actor: Actor, { db }: Pick<ModuleDeps, 'db'>): Promise<RunRow[]> {
  requireWlanStaff(actor);
  return listRuns(db, LOG_LENGTH);
}
