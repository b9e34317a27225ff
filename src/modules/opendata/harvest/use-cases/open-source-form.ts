import type { Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import type { PublisherAccess } from '../../policies';
import { organizationChoices } from '../repository';
import { authorizedSource, harvestAccess } from './authorized-source';

function administered(access: PublisherAccess): string[] | null {
  if (access.sysadmin) return null;
  return [...access.capacities].filter(([, capacity]) => capacity === 'admin').map(([id]) => id);
}

/** What the source form needs: the organisations the person administers, and the source when editing one. */
export async function openSourceForm(actor: Actor, input: { id?: string }, { db }: Pick<ModuleDeps, 'db'>) {
  if (input.id) {
    const { source } = await authorizedSource(actor, input.id, 'manage', db);
    return { source, organizations: await organizationChoices(db, [source.organizationId]) };
  }
  const { access } = await harvestAccess(actor, db);
  const organizations = await organizationChoices(db, administered(access));
  // Only admins of an organisation add sources; for everyone else the form does not exist.
  if (organizations.length === 0) throw errors.notFound();
  return { source: undefined, organizations };
}
