import type { Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { canManageUsers, requireSection } from '../policies';
import { listUsers, type Paged, type UserListFilter, type UserListRow } from '../repository';
import { PAGE_SIZE } from '../schemas';

/** The account list for admins: search, role filter, 50 per page. */
export async function showUsers(actor: Actor, input: UserListFilter & { page: number }, deps: Pick<ModuleDeps, 'db'>): Promise<Paged<UserListRow>> {
  requireSection(actor, canManageUsers);
  const { page, ...filter } = input;
  return listUsers(deps.db, filter, { page, pageSize: PAGE_SIZE });
}
