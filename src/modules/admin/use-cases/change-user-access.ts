import { audit, type AuditEntry } from '../../../kernel/audit';
import type { Role } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { errors, refuse, type Outcome, isUuid } from '../../../kernel/http';
import { requireUserManagement, type AdminActor } from '../policies';
import { findUserDetail, lockActiveAdmins, replaceDepartments, replacePermissions, setRole, type UserDetail } from '../repository';
import { refuseUnknownChoices } from './access-choices';
import { sameSet, sorted, type CatalogueContext } from './context';

export const LAST_ADMIN_MESSAGE =
  'Es muss mindestens ein aktives Konto mit der Rolle Administration bleiben. Geben Sie zuerst einem anderen Konto diese Rolle.';

export interface AccessChange {
  role: Role;
  /** Undefined keeps the current ones (the CLI changes only the role). */
  departments?: readonly string[] | undefined;
  permissions?: readonly string[] | undefined;
}

export type ChangedAspect = 'role' | 'departments' | 'permissions';

/** Citizens keep no dormant departments or permissions that would come back on a later promotion. */
function nextAccess(user: UserDetail, change: AccessChange): { role: Role; departments: string[]; permissions: string[] } {
  if (change.role === 'citizen') return { role: 'citizen', departments: [], permissions: [] };
  return {
    role: change.role,
    departments: sorted(change.departments ?? user.departments),
    permissions: sorted(change.permissions ?? user.permissions),
  };
}

/**
 * Inside a transaction: loads the account with the active admins locked (see lockActiveAdmins) and
 * says whether the change would leave no active admin. Shared with setUserDisabled.
 */
export async function loadForAdminChange(
  tx: Executor,
  userId: string,
  losesAdmin: (user: UserDetail) => boolean,
): Promise<{ user: UserDetail; lastAdmin: boolean }> {
  const admins = await lockActiveAdmins(tx);
  const user = isUuid(userId) ? await findUserDetail(tx, userId) : undefined;
  if (!user) throw errors.notFound('Das Konto');
  return { user, lastAdmin: admins.includes(user.id) && admins.length <= 1 && losesAdmin(user) };
}

export type AccessOutcome = Outcome<{ changed: ChangedAspect[] }>;

/** Changes role, departments and permissions; each change is audited with before and after. */
export async function changeUserAccess(actor: AdminActor, userId: string, change: AccessChange, context: CatalogueContext): Promise<AccessOutcome> {
  requireUserManagement(actor);
  return context.db.transaction(async (tx): Promise<AccessOutcome> => {
    const { user, lastAdmin } = await loadForAdminChange(tx, userId, () => change.role !== 'admin');
    const unknown = await refuseUnknownChoices(tx, context.modules, change);
    if (unknown) return refuse(unknown);
    if (lastAdmin) return refuse({ role: LAST_ADMIN_MESSAGE });
    const next = nextAccess(user, change);
    const entry = (action: string, before: unknown, after: unknown): AuditEntry => ({
      action,
      objectType: 'user',
      objectId: user.id,
      details: { email: user.email, before, after },
      ip: context.ip,
    });
    const changed: ChangedAspect[] = [];
    if (next.role !== user.role) {
      await setRole(tx, user.id, next.role);
      await audit(tx, actor, entry('admin.role_changed', user.role, next.role));
      changed.push('role');
    }
    if (!sameSet(user.departments, next.departments)) {
      await replaceDepartments(tx, user.id, next.departments);
      await audit(tx, actor, entry('admin.departments_changed', user.departments, next.departments));
      changed.push('departments');
    }
    if (!sameSet(user.permissions, next.permissions)) {
      await replacePermissions(tx, user.id, next.permissions);
      await audit(tx, actor, entry('admin.permissions_changed', user.permissions, next.permissions));
      changed.push('permissions');
    }
    return { ok: true, changed };
  });
}
