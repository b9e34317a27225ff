import { hasPermission, type Actor } from '../../kernel/auth';

/** Library staff: catalogue, lending desk and fees; admins hold it implicitly. */
export const LEND_PERMISSION = 'library.lend';

/** Importing MARC records replaces what the catalogue shows: library staff and admins. */
export const canImportCatalogue = (actor: Actor): boolean => hasPermission(actor, LEND_PERMISSION);

/** The lending desk (section /verwaltung/buecherei) and every change it makes to readers, loans and fees. */
export function mayLend(actor: Actor): boolean {
  return hasPermission(actor, LEND_PERMISSION);
}
