import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { keepUpload, type UploadedFile } from '../../../../kernel/files';
import { refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { enqueueDatastoreLoad } from '../../datastore';
import { authorizedDataset, enterPublishing } from '../guard';
import { appendResource } from '../repository/datasets';
import { findOrganization } from '../repository/organizations';
import { reviseDistributions } from '../revise';
import { checkUpload, fileFields, loadsIntoDatastore } from '../upload-check';

export interface UploadInput {
  id: string;
  /** Already in the file store (streamed there by the kernel's multipart handling), with size and SHA-256. */
  file: UploadedFile | undefined;
  name?: string | undefined;
  description: string;
  /** Empty: guessed from the bytes and the file's name. */
  format?: string | undefined;
  ip?: string;
}

/**
 * Adds an uploaded file as a distribution, once it passed `checkUpload` (the organisation's limit, a
 * data format); a refused file is deleted at once. A table (CSV, XLSX) is queued for its DataStore
 * load in the same transaction.
 */
export async function addResourceUpload(
  actor: Actor,
  input: UploadInput,
  deps: Pick<ModuleDeps, 'db' | 'files' | 'modules'>,
): Promise<Outcome<{ resourceId: string }>> {
  const { db, files } = deps;
  const publisher = await enterPublishing(actor, db);
  const discard = async () => input.file && (await files.delete(input.file.storageKey));
  try {
    const dataset = await authorizedDataset(publisher, input.id, deps, 'edit');
    const { file } = input;
    if (!file) return refuse({ file: 'Wählen Sie eine Datei aus.' });
    const checked = checkUpload((await findOrganization(db, dataset.organizationId))!, file, input.format);
    if (!checked.ok) {
      await discard();
      return checked;
    }
    const code = checked.format;
    const resource = await db.transaction(async (tx) => {
      const row = await appendResource(tx, dataset.id, {
        id: file.id,
        name: input.name ?? file.filename,
        description: input.description,
        ...fileFields(file, code),
        licenseId: null,
      });
      await reviseDistributions(tx, publisher.actor.id, dataset.id);
      if (loadsIntoDatastore(code)) await enqueueDatastoreLoad(tx, row.id);
      await audit(tx, publisher.actor, {
        action: 'opendata.resource.added',
        objectType: 'dataset',
        objectId: dataset.id,
        details: { name: row.name, format: code, bytes: file.size },
        ip: input.ip,
      });
      return row;
    });
    keepUpload(file);
    return { ok: true as const, resourceId: resource.id };
  } catch (error) {
    await discard();
    throw error;
  }
}
