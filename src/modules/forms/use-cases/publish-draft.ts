import { audit } from '../../../kernel/audit';
import type { Actor } from '../../../kernel/auth';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { findDraft, publishDraftVersion, type FormVersion } from '../repository';
import { definitionProblems } from './check-definition';
import { requireEditor } from './require-editor';

export type PublishResult = { ok: true; version: FormVersion } | { ok: false; problems: string[] };

/**
 * Publishes the form's draft: checked once more, the previous published version becomes superseded,
 * all in one transaction with the audit entry. Applications already started keep their version.
 */
export async function publishDraft(actor: Actor, input: { formKey: string; ip: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<PublishResult> {
  requireEditor(actor);
  return db.transaction(async (tx) => {
    const draft = await findDraft(tx, input.formKey, { forUpdate: true });
    if (!draft) throw errors.notFound('Der Entwurf');
    const problems = definitionProblems(draft.definition);
    if (problems.length > 0) return { ok: false, problems };
    const published = await publishDraftVersion(tx, draft.id, draft.formKey, actor.id);
    if (!published) throw errors.notFound('Der Entwurf');
    await audit(tx, actor, {
      action: 'forms.version.published',
      objectType: 'form_version',
      objectId: published.id,
      details: { formKey: input.formKey, version: published.version },
      ip: input.ip,
    });
    return { ok: true, version: published };
  });
}
