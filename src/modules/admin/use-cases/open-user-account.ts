import type { Actor } from '../../../kernel/auth';
import { errors, isUuid } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { canManageUsers, requireSection } from '../policies';
import { findUserDetail, historyOf, type AuditRow, type UserDetail } from '../repository';
import type { AccessOptions } from '../views';
import { loadAccessOptions } from './access-choices';

export interface UserAccount {
  user: UserDetail;
  options: AccessOptions;
  /** The latest audit entries about the account. */
  history: AuditRow[];
}

/** One account with what its page shows beside it; unknown and malformed ids are 404. */
export async function openUserAccount(actor: Actor, userId: string, deps: Pick<ModuleDeps, 'db' | 'modules'>): Promise<UserAccount> {
  requireSection(actor, canManageUsers);
  const user = isUuid(userId) ? await findUserDetail(deps.db, userId) : undefined;
  if (!user) throw errors.notFound('Das Konto');
  const [options, history] = await Promise.all([loadAccessOptions(actor, deps), historyOf(deps.db, 'user', user.id)]);
  return { user, options, history };
}
