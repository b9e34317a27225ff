import { hasPermission, type Actor } from '../../../kernel/auth';

/** Library staff who enter and cancel the library's events; admins hold it implicitly. */
export const EVENTS_PERMISSION = 'library.events';

export function mayManageLibraryEvents(actor: Actor): boolean {
  return hasPermission(actor, EVENTS_PERMISSION);
}
