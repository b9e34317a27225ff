import type { Executor } from '../../../kernel/db';
import { findFormVersion, validateAnswers, type Answers } from '../../forms';
import { PATHS } from '../paths';

/**
 * Where a draft continues: the first visible page with missing or invalid answers, or the check
 * page when everything is given (the check page then lists what is left).
 */
export async function continueHref(db: Executor, draft: { id: string; formVersionId: string; answers: Answers }): Promise<string> {
  const version = await findFormVersion(db, draft.formVersionId);
  if (!version) return PATHS.check(draft.id);
  const [incomplete] = validateAnswers(version.definition, draft.answers);
  return incomplete ? PATHS.page(draft.id, incomplete.pageId) : PATHS.check(draft.id);
}
