import { hasPermission, type Actor } from '../../kernel/auth';

/** Staff who manage Wlan; admins hold it implicitly. */
export const MANAGE_PERMISSION = 'wlan.manage';

export function mayManageWlan(actor: Actor): boolean {
  return hasPermission(actor, MANAGE_PERMISSION);
}
