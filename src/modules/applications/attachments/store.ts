import { randomUUID } from 'node:crypto';
import type { Config } from '../../../kernel/config';
import type { Database, Executor } from '../../../kernel/db';
import { cleanFilename, detectContentType, keepUpload, storageKeyFor, type FileStore, type UploadedFile } from '../../../kernel/files';
import { errors as httpErrors } from '../../../kernel/http';
import type { FieldDef } from '../../forms';
import type { ApplicationRow } from '../repository';
import type { FileKind } from '../tables';
import { checkUploads } from './checks';
import { countFieldFiles, deleteAllFileRows, deleteAnswerFileRow, insertFile, listApplicationFiles, type FileRow } from './repository';

/** What storing files needs; ModuleDeps and the apply helper's ApplyDeps both fit. */
export interface FileDeps {
  db: Database;
  config: Pick<Config, 'uploads'>;
  files: FileStore;
}

type ApplicationRef = Pick<ApplicationRow, 'id'>;

type RowInput = {
  applicationId: string;
  kind: FileKind;
  fieldId?: string;
  messageId?: string;
  filename: string;
  contentType: string;
  uploadedBy: string | null;
};

/**
 * Bytes first, then the row: a row never points to a missing blob. The key is derived from the
 * row id, so a blob whose row was never written (crash, rolled back transaction) is identifiable
 * and harmless — it is never served, because every download starts from a row.
 */
async function insertRow(
  deps: Pick<FileDeps, 'files'>,
  db: Executor,
  row: RowInput,
  stored: { id: string; storageKey: string; size: number; sha256: string },
): Promise<FileRow> {
  try {
    return await insertFile(db, {
      id: stored.id,
      applicationId: row.applicationId,
      kind: row.kind,
      fieldId: row.fieldId ?? null,
      messageId: row.messageId ?? null,
      filename: cleanFilename(row.filename),
      contentType: row.contentType,
      size: stored.size,
      sha256: stored.sha256,
      storageKey: stored.storageKey,
      uploadedBy: row.uploadedBy,
    });
  } catch (error) {
    await deps.files.delete(stored.storageKey);
    throw error;
  }
}

/** An upload is in the store already (streamed there by readMultipartForm): the row keeps it. */
async function keepUploaded(
  deps: Pick<FileDeps, 'files'>,
  db: Executor,
  row: Omit<RowInput, 'filename' | 'contentType'>,
  file: UploadedFile,
): Promise<FileRow> {
  const inserted = await insertRow(deps, db, { ...row, filename: file.filename, contentType: file.detectedType! }, file);
  keepUpload(file);
  return inserted;
}

/** Refused uploads leave nothing behind, whether or not a request's end would remove them too. */
async function discard(deps: Pick<FileDeps, 'files'>, files: readonly UploadedFile[]): Promise<void> {
  for (const file of files) await deps.files.delete(file.storageKey);
}

/**
 * Stores the uploads for one file field of an application. Each file is checked by its bytes
 * against the field's accepted types, the size limit and how many files the field takes
 * (`maxLength`, default the configured maximum); refused files come back as German messages for
 * the field. The caller adds the ids of `stored` to the answer.
 */
export async function storeAnswerFiles(
  deps: FileDeps,
  input: {
    application: ApplicationRef;
    fieldId: string;
    field: Pick<FieldDef, 'accept' | 'maxFileBytes' | 'maxLength'>;
    files: readonly UploadedFile[];
    uploadedBy: string | null;
  },
): Promise<{ stored: FileRow[]; errors: string[] }> {
  const configured = deps.config.uploads;
  const existing = await countFieldFiles(deps.db, input.application.id, input.fieldId);
  const { accepted, errors } = checkUploads(input.files, {
    accept: input.field.accept,
    maxFileBytes: Math.min(input.field.maxFileBytes ?? configured.maxBytes, configured.maxBytes),
    remaining: (input.field.maxLength ?? configured.maxFiles) - existing,
  });
  await discard(
    deps,
    input.files.filter((file) => !accepted.includes(file)),
  );
  const stored: FileRow[] = [];
  for (const file of accepted) {
    stored.push(
      await keepUploaded(deps, deps.db, { applicationId: input.application.id, kind: 'answer', fieldId: input.fieldId, uploadedBy: input.uploadedBy }, file),
    );
  }
  return { stored, errors };
}

/** Removes an uploaded answer file (row, then bytes); false if the application has no such answer file. */
export async function removeAnswerFile(deps: Pick<FileDeps, 'db' | 'files'>, input: { application: ApplicationRef; fileId: string }): Promise<boolean> {
  const row = await deleteAnswerFileRow(deps.db, input.application.id, input.fileId);
  if (!row) return false;
  await deps.files.delete(row.storageKey);
  return true;
}

/** Stores a PDF the portal produced (Eingangsbestätigung, Bescheid) inside the caller's transaction. */
export async function storeGeneratedFile(
  deps: Pick<FileDeps, 'files'>,
  tx: Executor,
  input: { application: ApplicationRef; kind: 'receipt' | 'bescheid'; filename: string; bytes: Buffer },
): Promise<FileRow> {
  const contentType = (await detectContentType(input.bytes)) ?? 'application/octet-stream';
  const id = randomUUID();
  const storageKey = storageKeyFor(id);
  const written = await deps.files.put(storageKey, input.bytes, { contentType });
  return insertRow(
    deps,
    tx,
    { applicationId: input.application.id, kind: input.kind, filename: input.filename, contentType, uploadedBy: null },
    { id, storageKey, ...written },
  );
}

/** Messages for attachments of a Postfach message; check before writing the message, show them at the field. */
export function checkMessageUploads(config: Pick<Config, 'uploads'>, files: readonly UploadedFile[]): string[] {
  return checkUploads(files, { maxFileBytes: config.uploads.maxBytes, remaining: config.uploads.maxFiles }).errors;
}

/**
 * Stores the attachments of a Postfach message inside the transaction that writes the message.
 * Call `checkMessageUploads` first: files that fail the checks here are a programming error (400).
 */
export async function storeMessageFiles(
  deps: FileDeps,
  tx: Executor,
  input: { application: ApplicationRef; messageId: string; files: readonly UploadedFile[]; uploadedBy: string | null },
): Promise<FileRow[]> {
  const problems = checkMessageUploads(deps.config, input.files);
  if (problems.length) {
    await discard(deps, input.files);
    throw httpErrors.validation({ attachments: problems.join(' ') });
  }
  const stored: FileRow[] = [];
  for (const file of input.files) {
    stored.push(
      await keepUploaded(deps, tx, { applicationId: input.application.id, kind: 'message', messageId: input.messageId, uploadedBy: input.uploadedBy }, file),
    );
  }
  return stored;
}

/**
 * The retention job: deletes the bytes of every file of an application, then the rows. Run before
 * deleting the application; a crash in between leaves rows whose bytes are gone, which the next
 * run removes (deleting a missing blob is not an error). Returns how many files were deleted.
 */
export async function deleteApplicationFiles(deps: Pick<FileDeps, 'db' | 'files'>, applicationId: string): Promise<number> {
  const rows = await listApplicationFiles(deps.db, applicationId);
  for (const row of rows) await deps.files.delete(row.storageKey);
  return (await deleteAllFileRows(deps.db, applicationId)).length;
}
