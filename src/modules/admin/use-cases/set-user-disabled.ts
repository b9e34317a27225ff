import { audit } from '../../../kernel/audit';
import { destroyUserSessions } from '../../../kernel/auth';
import { refuse, type Outcome } from '../../../kernel/http';
import { requireUserManagement, type AdminActor } from '../policies';
import { setDisabled } from '../repository';
import { LAST_ADMIN_MESSAGE, loadForAdminChange } from './change-user-access';
import type { UseCaseContext } from './context';

/**
 * Disables or re-enables an account. A disabled account's sessions end at once; its data stays.
 * `changed` is false when the account already was in that state (nothing to audit).
 */
export async function setUserDisabled(actor: AdminActor, userId: string, disabled: boolean, context: UseCaseContext): Promise<Outcome<{ changed: boolean }>> {
  requireUserManagement(actor);
  return context.db.transaction(async (tx): Promise<Outcome<{ changed: boolean }>> => {
    const { user, lastAdmin } = await loadForAdminChange(tx, userId, () => disabled);
    if ((user.disabledAt !== null) === disabled) return { ok: true, changed: false };
    if (lastAdmin) return refuse({ form: LAST_ADMIN_MESSAGE });
    await setDisabled(tx, user.id, disabled);
    if (disabled) await destroyUserSessions(tx, user.id);
    await audit(tx, actor, {
      action: disabled ? 'admin.user_disabled' : 'admin.user_enabled',
      objectType: 'user',
      objectId: user.id,
      details: { email: user.email, before: disabled ? 'aktiv' : 'gesperrt', after: disabled ? 'gesperrt' : 'aktiv' },
      ip: context.ip,
    });
    return { ok: true, changed: true };
  });
}
