import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { formatOf, isFormatCode } from '../../vocabularies/formats';
import { changeResource } from '../repository/datasets';
import { reviseDistributions } from '../revise';
import { openResource } from './open-resource';

/** Changes a distribution's name, description, format and licence (and a link's address). */
export async function updateResource(
  actor: Actor,
  input: { id: string; resourceId: string; name: string; description: string; format: string; licenseId: string | null; url?: string; ip?: string },
  { db, modules }: Pick<ModuleDeps, 'db' | 'modules'>,
): Promise<void> {
  const { actor: publisher, dataset, resource } = await openResource(actor, input, { db, modules });
  await db.transaction(async (tx) => {
    await changeResource(tx, resource.id, {
      name: input.name,
      description: input.description,
      format: input.format,
      mediaType: isFormatCode(input.format) ? formatOf(input.format).mediaType : null,
      licenseId: input.licenseId,
      // An upload's address is the portal's own; only a link's can change.
      ...(resource.fileKey === null && input.url ? { url: input.url } : {}),
    });
    await reviseDistributions(tx, publisher.id, dataset.id);
    await audit(tx, publisher, {
      action: 'opendata.resource.updated',
      objectType: 'dataset',
      objectId: dataset.id,
      details: { name: input.name },
      ip: input.ip,
    });
  });
}
