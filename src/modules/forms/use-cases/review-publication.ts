import type { Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { findPublishedForm, type FormVersion } from '../repository';
import { definitionProblems } from './check-definition';
import { openDraft } from './open-draft';

/** What publishing the draft would replace, and what still stops it; editors only. */
export async function reviewPublication(
  actor: Actor,
  input: { formKey: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<{ draft: FormVersion; publishedVersion: number | null; problems: string[] }> {
  const draft = await openDraft(actor, input, deps);
  const published = await findPublishedForm(deps.db, draft.formKey);
  return { draft, publishedVersion: published?.version ?? null, problems: definitionProblems(draft.definition) };
}
