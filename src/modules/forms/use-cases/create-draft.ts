import { audit } from '../../../kernel/audit';
import type { Actor } from '../../../kernel/auth';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { findDraft, findLatestVersion, insertDraft, type FormVersion } from '../repository';
import { requireEditor } from './require-editor';

/** Starts a draft from the form's newest version (the published one); an existing draft is returned as it is. */
export async function createDraft(actor: Actor, input: { formKey: string; ip: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<FormVersion> {
  requireEditor(actor);
  return db.transaction(async (tx) => {
    const existing = await findDraft(tx, input.formKey);
    if (existing) return existing;
    const latest = await findLatestVersion(tx, input.formKey);
    if (!latest) throw errors.notFound('Das Formular');
    const draft = await insertDraft(tx, { formKey: input.formKey, definition: latest.definition, source: 'manual', importReport: null, createdBy: actor.id });
    await audit(tx, actor, {
      action: 'forms.draft.created',
      objectType: 'form_version',
      objectId: draft.id,
      details: { formKey: input.formKey, version: draft.version, from: latest.version },
      ip: input.ip,
    });
    return draft;
  });
}
