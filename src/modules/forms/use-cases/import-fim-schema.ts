import type { Actor } from '../../../kernel/auth';
import { AppError, refuse, type Outcome } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { importFimFile } from '../fim';
import { slug } from '../fim/ids';
import { checkFimUpload, type FimUploadForm } from '../fim/upload-checks';
import type { FormVersion } from '../repository';
import { requireEditor } from './require-editor';
import { saveImportedDraft } from './save-imported-draft';

/**
 * Back office: an uploaded XDatenfelder schema (and its code lists) becomes the form's draft.
 * Editors only; problems of the files or the key come back at their fields.
 */
export async function importFimSchema(
  actor: Actor,
  input: { form: FimUploadForm; ip: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ version: FormVersion }>> {
  requireEditor(actor);
  const upload = checkFimUpload(input.form);
  if (!upload.ok) return upload;
  let result: ReturnType<typeof importFimFile>;
  try {
    result = importFimFile(upload.schema.bytes, Object.fromEntries(upload.codeLists.map((file) => [file.filename, file.bytes])));
  } catch (error) {
    // The schema itself is not readable (wrong standard, broken structure): said at the file field.
    if (error instanceof AppError && error.status === 400) return refuse({ schema: error.userMessage });
    throw error;
  }
  const formKey = upload.formKey || slug(result.schema.name);
  const version = await saveImportedDraft(actor, { formKey, definition: result.definition, importReport: result.unsupported, ip: input.ip }, deps);
  return { ok: true, version };
}
