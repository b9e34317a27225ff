import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { findOrganizationById, recentRuns } from '../repository';
import { authorizedSource } from './authorized-source';

/** A source's page: its settings, its latest runs, and whether the person may edit it and start a run. */
export async function openHarvestSource(actor: Actor, input: { id: string }, { db }: Pick<ModuleDeps, 'db'>) {
  const { source, mayManage } = await authorizedSource(actor, input.id, 'read', db);
  const [organization, runs] = await Promise.all([findOrganizationById(db, source.organizationId), recentRuns(db, source.id)]);
  return { source, organization: organization!.title, runs, mayManage };
}
