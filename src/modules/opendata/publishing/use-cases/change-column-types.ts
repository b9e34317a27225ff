import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { changeFieldTypes } from '../../datastore';
import { openResource } from './open-resource';

/**
 * The publisher corrects the guessed types of a distribution's table (editors of its organisation): the
 * chosen types are kept with the fields and the file is loaded again with them (datastore/job.ts).
 * `types` holds only the columns whose type changes, by field id.
 */
export async function changeColumnTypes(
  actor: Actor,
  input: { id: string; resourceId: string; types: Record<string, string>; ip?: string },
  { db, modules }: Pick<ModuleDeps, 'db' | 'modules'>,
): Promise<Outcome> {
  const { actor: publisher, dataset, resource } = await openResource(actor, input, { db, modules });
  return changeFieldTypes(resource.id, input.types, { db }, (tx) =>
    audit(tx, publisher, {
      action: 'opendata.datastore.types_changed',
      objectType: 'dataset',
      objectId: dataset.id,
      details: { resource: resource.name, types: input.types },
      ip: input.ip,
    }),
  );
}
