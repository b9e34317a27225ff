import type { Actor } from '../../../kernel/auth';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { listVersions, type VersionListEntry } from '../repository';
import { requireEditor } from './require-editor';

/** One form's versions, newest first, with the newest title; editors only, unknown form is 404. */
export async function showFormVersions(
  actor: Actor,
  input: { formKey: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<{ title: string; versions: VersionListEntry[] }> {
  requireEditor(actor);
  const versions = await listVersions(db, input.formKey);
  if (versions.length === 0) throw errors.notFound('Das Formular');
  return { title: versions[0]!.title, versions };
}
