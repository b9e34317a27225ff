import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { keepUpload, type UploadedFile } from '../../../../kernel/files';
import type { Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { enqueueDatastoreLoad } from '../../datastore';
import { changeResource } from '../repository/datasets';
import { findOrganization } from '../repository/organizations';
import { reviseDistributions } from '../revise';
import { checkUpload, fileFields, loadsIntoDatastore } from '../upload-check';
import { openResource } from './open-resource';

/**
 * Gives a distribution a new file (CKAN's resource_update with an upload; a link becomes an upload):
 * the checks of a new upload, the same id, a table loaded again; the old file leaves the store once
 * the change is committed, a refused new one at once.
 */
export async function replaceResourceFile(
  actor: Actor,
  input: { id: string; resourceId: string; file: UploadedFile; format?: string; ip?: string },
  deps: Pick<ModuleDeps, 'db' | 'files' | 'modules'>,
): Promise<Outcome> {
  const { db, files, modules } = deps;
  const discard = () => files.delete(input.file.storageKey);
  try {
    const { actor: publisher, dataset, resource } = await openResource(actor, input, { db, modules });
    const checked = checkUpload((await findOrganization(db, dataset.organizationId))!, input.file, input.format);
    if (!checked.ok) {
      await discard();
      return checked;
    }
    await db.transaction(async (tx) => {
      await changeResource(tx, resource.id, fileFields(input.file, checked.format));
      await reviseDistributions(tx, publisher.id, dataset.id);
      if (loadsIntoDatastore(checked.format)) await enqueueDatastoreLoad(tx, resource.id);
      await audit(tx, publisher, {
        action: 'opendata.resource.updated',
        objectType: 'dataset',
        objectId: dataset.id,
        details: { name: resource.name, format: checked.format, bytes: input.file.size },
        ip: input.ip,
      });
    });
    keepUpload(input.file);
    if (resource.fileKey) await files.delete(resource.fileKey);
    return { ok: true };
  } catch (error) {
    await discard();
    throw error;
  }
}
