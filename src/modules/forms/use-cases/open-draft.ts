import type { Actor } from '../../../kernel/auth';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { findDraft, type FormVersion } from '../repository';
import { requireEditor } from './require-editor';

/** The form's draft for the editor; editors only, no draft is 404. */
export async function openDraft(actor: Actor, input: { formKey: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<FormVersion> {
  requireEditor(actor);
  const draft = await findDraft(db, input.formKey);
  if (!draft) throw errors.notFound('Der Entwurf');
  return draft;
}
