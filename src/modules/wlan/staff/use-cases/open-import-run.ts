import type { Actor } from '../../../../kernel/auth';
import { errors, isUuid } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { findRun, type RunRow } from '../repository';
import { requireWlanStaff } from './access';

/** One run: its outcome, counts, error and the skipped nodes with their reasons. */
export async function openImportRun(actor: Actor, input: { id: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<RunRow> {
  requireWlanStaff(actor);
  const row = isUuid(input.id) ? await findRun(db, input.id) : undefined;
  if (!row) throw errors.notFound('Der Import');
  return row;
}
