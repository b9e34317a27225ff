import { audit } from '../../../kernel/audit';
import type { Actor } from '../../../kernel/auth';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { formDefinitionSchema } from '../definition';
import { findDraft, updateDraft, type FormVersion } from '../repository';
import { applyEdit, type DraftEdit } from './draft-edits';
import { requireEditor } from './require-editor';

/** Applies one editor change to the form's draft (locked meanwhile) and writes it to the audit log. */
export async function editDraft(actor: Actor, input: { formKey: string; edit: DraftEdit; ip: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<FormVersion> {
  requireEditor(actor);
  return db.transaction(async (tx) => {
    const draft = await findDraft(tx, input.formKey, { forUpdate: true });
    if (!draft) throw errors.notFound('Der Entwurf');
    const parsed = formDefinitionSchema.safeParse(applyEdit(draft.definition, input.edit));
    if (!parsed.success) throw errors.validation({ form: 'Die Änderung passt nicht zur Formulardefinition. Prüfen Sie die Angaben.' });
    const saved = await updateDraft(tx, draft.id, { definition: parsed.data });
    if (!saved) throw errors.notFound('Der Entwurf');
    const { op } = input.edit;
    const target = op === 'page' ? input.edit.pageId : op === 'item' ? input.edit.itemId : op === 'move' ? input.edit.id : undefined;
    await audit(tx, actor, {
      action: 'forms.draft.edited',
      objectType: 'form_version',
      objectId: draft.id,
      details: { formKey: input.formKey, version: draft.version, op, target },
      ip: input.ip,
    });
    return saved;
  });
}
