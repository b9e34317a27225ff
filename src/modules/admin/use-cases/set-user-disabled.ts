import { audit } from '../../../kernel/audit';
import { destroyUserSessions } from '../../../kernel/auth';
import { requireUserManagement, type AdminActor } from '../policies';
import { setDisabled } from '../repository';
import { loadForAdminChange } from './change-user-access';
import type { UseCaseContext } from './context';

/**
 * Disables or re-enables an account. A disabled account's sessions end at once; its data stays.
 * Returns false when the account already was in that state (nothing to audit).
 */
export async function setUserDisabled(actor: AdminActor, userId: string, disabled: boolean, context: UseCaseContext): Promise<boolean> {
  requireUserManagement(actor);
  return context.db.transaction(async (tx) => {
    const user = await loadForAdminChange(tx, userId, () => disabled);
    if ((user.disabledAt !== null) === disabled) return false;
    await setDisabled(tx, user.id, disabled);
    if (disabled) await destroyUserSessions(tx, user.id);
    await audit(tx, actor, {
      action: disabled ? 'admin.user_disabled' : 'admin.user_enabled',
      objectType: 'user',
      objectId: user.id,
      details: { email: user.email, before: disabled ? 'aktiv' : 'gesperrt', after: disabled ? 'gesperrt' : 'aktiv' },
      ip: context.ip,
    });
    return true;
  });
}
