import { audit, type NamedActor } from '../../../kernel/audit';
import type { CurrentUser } from '../../../kernel/auth';
import { AppError } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import type { FormDefinition } from '../definition';
import { findDraft, insertDraft, updateDraft, type FormVersion } from '../repository';
import { FORM_KEY } from '../schemas';
import { requireEditor } from './require-editor';

/**
 * Stores a definition imported from FIM as the form's draft, in one transaction with its audit
 * entry: it replaces an existing draft, or becomes a new draft numbered after the newest version. Staff
 * review it in the editor and publish it like any other draft. Staff need `forms.edit`; the
 * command line passes a named operator (shell rights on the server), who is not checked.
 */
export async function saveImportedDraft(
  actor: CurrentUser | NamedActor,
  input: { formKey: string; definition: FormDefinition; importReport: string[]; ip?: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<FormVersion & { replaced: boolean }> {
  if ('role' in actor) requireEditor(actor);
  if (!FORM_KEY.test(input.formKey)) {
    throw new AppError('form_key_invalid', {
      status: 400,
      userMessage: 'Der Formularschlüssel darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten, zum Beispiel bewohnerparkausweis.',
    });
  }
  return db.transaction(async (tx) => {
    const existing = await findDraft(tx, input.formKey, { forUpdate: true });
    const draft = existing
      ? await updateDraft(tx, existing.id, { definition: input.definition, source: 'fim', importReport: input.importReport })
      : await insertDraft(tx, { formKey: input.formKey, definition: input.definition, source: 'fim', importReport: input.importReport, createdBy: actor.id });
    if (!draft) throw new Error('the draft was published while it was replaced');
    await audit(tx, actor, {
      action: 'forms.draft.imported',
      objectType: 'form_version',
      objectId: draft.id,
      details: { formKey: input.formKey, version: draft.version, replaced: existing !== null, reportLines: input.importReport.length },
      ...(input.ip ? { ip: input.ip } : {}),
    });
    return { ...draft, replaced: existing !== null };
  });
}
