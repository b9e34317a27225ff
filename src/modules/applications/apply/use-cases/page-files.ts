import { rejectionMessage, type MultipartForm } from '../../../../kernel/files';
import type { FieldErrors } from '../../../../kernel/http';
import type { FieldDef } from '../../../forms';
import { listApplicationFiles, removeAnswerFile, storeAnswerFiles } from '../../attachments';
import type { ModuleDeps } from '../../../../kernel/module';

export interface PageFiles {
  /** Attachment ids per file field of the page, after this request's uploads and removals. */
  ids: Record<string, string[]>;
  errors: FieldErrors;
  /** A file was removed: the page is shown again, the person decides what comes next. */
  removed: boolean;
}

/**
 * Applies the file part of a page post: `_removeFile` removes one of the application's answer
 * files, uploads are stored per file field (refused ones become messages at the field).
 */
export async function applyPageFiles(
  deps: Pick<ModuleDeps, 'db' | 'config' | 'files'>,
  applicationId: string,
  fileFields: FieldDef[],
  form: MultipartForm,
  uploadedBy: string | null,
): Promise<PageFiles> {
  const application = { id: applicationId };
  const removeId = form.fields._removeFile;
  const removed = typeof removeId === 'string' && (await removeAnswerFile(deps, { application, fileId: removeId }));
  const errors: FieldErrors = {};
  // Refused while streaming (over the route's limits): nothing of these files was kept.
  for (const rejected of form.rejected) errors[rejected.fieldName] ??= rejectionMessage(rejected);
  for (const field of fileFields) {
    const files = form.files.filter((file) => file.fieldName === field.id);
    if (files.length === 0) continue;
    const result = await storeAnswerFiles(deps, { application, fieldId: field.id, field, files, uploadedBy });
    if (result.errors[0]) errors[field.id] ??= result.errors[0];
  }
  const stored = await listApplicationFiles(deps.db, applicationId);
  const ids = Object.fromEntries(
    fileFields.map((field) => [field.id, stored.filter((file) => file.kind === 'answer' && file.fieldId === field.id).map((file) => file.id)]),
  );
  return { ids, errors, removed: Boolean(removed) };
}
