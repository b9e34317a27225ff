import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { deleteResource } from '../repository/datasets';
import { reviseDistributions } from '../revise';
import { openResource } from './open-resource';

/** Removes a distribution (after the confirmation page); an uploaded file leaves the store once the removal is committed. */
export async function removeResource(
  actor: Actor,
  input: { id: string; resourceId: string; ip?: string },
  { db, files, modules }: Pick<ModuleDeps, 'db' | 'files' | 'modules'>,
): Promise<{ name: string }> {
  const { actor: publisher, dataset, resource } = await openResource(actor, input, { db, modules });
  await db.transaction(async (tx) => {
    await deleteResource(tx, resource.id);
    await reviseDistributions(tx, publisher.id, dataset.id);
    await audit(tx, publisher, {
      action: 'opendata.resource.removed',
      objectType: 'dataset',
      objectId: dataset.id,
      details: { name: resource.name },
      ip: input.ip,
    });
  });
  if (resource.fileKey) await files.delete(resource.fileKey);
  return { name: resource.name };
}
