import { formatFileSize, type UploadedFile } from '../../../kernel/files';
import { refuse, type Outcome } from '../../../kernel/http';
import type { ResourceFields } from '../repository/datasets';
import type { Organization } from '../tables';
import { formatOf, isFormatCode, type FormatCode } from '../vocabularies/formats';
import { guessFormat, isDataContent } from './format-guess';

/** Tables the DataStore loads from an uploaded file: the job reads them into `datastore_search`. */
const LOADED_INTO_DATASTORE: ReadonlySet<FormatCode> = new Set(['CSV', 'XLSX']);

export function loadsIntoDatastore(format: string): boolean {
  return LOADED_INTO_DATASTORE.has(format as FormatCode);
}

/**
 * What every uploaded file passes before it becomes (or replaces) a distribution's file: the
 * organisation's limit against the size the store counted (upload-limit.ts), bytes of a data format,
 * and a format, chosen or guessed from the bytes and the name. The caller deletes a refused file.
 */
export function checkUpload(organization: Organization, file: UploadedFile, chosenFormat: string | undefined): Outcome<{ format: FormatCode }> {
  if (file.size > organization.uploadLimitBytes) {
    return refuse({
      file: `Die Datei „${file.filename}“ ist zu groß. Für ${organization.title} darf eine Datei höchstens ${formatFileSize(organization.uploadLimitBytes)} groß sein.`,
    });
  }
  if (!isDataContent(file.detectedType)) {
    return refuse({
      file: `Der Inhalt der Datei „${file.filename}“ ist kein Datenformat der Liste (erkannt: ${file.detectedType}). Laden Sie die Daten als CSV, JSON, XLSX oder in einem anderen Format der Liste hoch.`,
    });
  }
  const code = chosenFormat || guessFormat(file.filename, file.detectedType);
  if (!code || !isFormatCode(code)) {
    return refuse({ format: 'Das Format der Datei ließ sich nicht erkennen. Wählen Sie es aus der Liste aus und laden Sie die Datei erneut hoch.' });
  }
  return { ok: true, format: code };
}

/** A distribution's fields for its uploaded file: served from the portal (no link), with size and SHA-256. */
export function fileFields(
  file: UploadedFile,
  format: FormatCode,
): Pick<ResourceFields, 'format' | 'mediaType' | 'url' | 'fileKey' | 'fileName' | 'byteSize' | 'checksumAlgorithm' | 'checksum'> {
  return {
    format,
    mediaType: formatOf(format).mediaType,
    url: null,
    fileKey: file.storageKey,
    fileName: file.filename,
    byteSize: file.size,
    checksumAlgorithm: 'SHA-256',
    checksum: file.sha256,
  };
}
