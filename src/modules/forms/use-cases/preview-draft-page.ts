import type { Actor } from '../../../kernel/auth';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import type { FormVersion } from '../repository';
import { openDraft } from './open-draft';

/** One page of the draft as applicants will see it (the first without `pageId`); editors only. */
export async function previewDraftPage(
  actor: Actor,
  input: { formKey: string; pageId: string | undefined },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<{ draft: FormVersion; page: FormVersion['definition']['pages'][number] }> {
  const draft = await openDraft(actor, { formKey: input.formKey }, deps);
  const page = input.pageId === undefined ? draft.definition.pages[0] : draft.definition.pages.find((candidate) => candidate.id === input.pageId);
  if (!page) throw errors.notFound('Die Seite');
  return { draft, page };
}
