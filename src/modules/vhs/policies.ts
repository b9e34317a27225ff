import { hasPermission, type Actor } from '../../kernel/auth';

/** Staff who run the VHS programme (courses, bookings, participants); admins hold it implicitly. */
export const MANAGE_PERMISSION = 'vhs.manage';

export function mayManageVhs(actor: Actor): boolean {
  return hasPermission(actor, MANAGE_PERMISSION);
}
