import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { formatFileSize, keepUpload, type UploadedFile } from '../../../../kernel/files';
import { refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { enqueueDatastoreLoad } from '../../datastore';
import { formatOf, isFormatCode, type FormatCode } from '../../vocabularies/formats';
import { guessFormat, isDataContent } from '../format-guess';
import { authorizedDataset, enterPublishing } from '../guard';
import { appendResource } from '../repository/datasets';
import { findOrganization } from '../repository/organizations';
import { reviseDistributions } from '../revise';

/** Tables the DataStore loads from an uploaded file: the job reads them into `datastore_search`. */
const LOADED_INTO_DATASTORE: ReadonlySet<FormatCode> = new Set(['CSV', 'XLSX']);

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
 * Adds an uploaded file as a distribution. The organisation's upload limit is checked here, against
 * the size the store counted (see upload-limit.ts); a refused file is deleted at once. A table (CSV,
 * XLSX) is queued for its DataStore load in the same transaction.
 */
export async function addResourceUpload(actor: Actor, input: UploadInput, deps: Pick<ModuleDeps, 'db' | 'files'>): Promise<Outcome<{ resourceId: string }>> {
  const { db, files } = deps;
  const publisher = await enterPublishing(actor, db);
  const discard = async () => input.file && (await files.delete(input.file.storageKey));
  try {
    const dataset = await authorizedDataset(publisher, input.id, db, 'edit');
    const { file } = input;
    if (!file) return refuse({ file: 'Wählen Sie eine Datei aus.' });
    const organization = (await findOrganization(db, dataset.organizationId))!;
    if (file.size > organization.uploadLimitBytes) {
      await discard();
      return refuse({
        file: `Die Datei „${file.filename}“ ist zu groß. Für ${organization.title} darf eine Datei höchstens ${formatFileSize(organization.uploadLimitBytes)} groß sein.`,
      });
    }
    if (!isDataContent(file.detectedType)) {
      await discard();
      return refuse({
        file: `Der Inhalt der Datei „${file.filename}“ ist kein Datenformat der Liste (erkannt: ${file.detectedType}). Laden Sie die Daten als CSV, JSON, XLSX oder in einem anderen Format der Liste hoch.`,
      });
    }
    const code = input.format || guessFormat(file.filename, file.detectedType);
    if (!code || !isFormatCode(code)) {
      await discard();
      return refuse({ format: 'Das Format der Datei ließ sich nicht erkennen. Wählen Sie es aus der Liste aus und laden Sie die Datei erneut hoch.' });
    }
    const resource = await db.transaction(async (tx) => {
      const row = await appendResource(tx, dataset.id, {
        id: file.id,
        name: input.name ?? file.filename,
        description: input.description,
        format: code,
        mediaType: formatOf(code).mediaType,
        url: null,
        fileKey: file.storageKey,
        fileName: file.filename,
        byteSize: file.size,
        checksumAlgorithm: 'SHA-256',
        checksum: file.sha256,
        licenseId: null,
      });
      await reviseDistributions(tx, publisher.actor.id, dataset.id);
      if (LOADED_INTO_DATASTORE.has(code)) await enqueueDatastoreLoad(tx, row.id);
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
