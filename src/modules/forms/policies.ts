import { hasPermission, type Actor, type CurrentUser } from '../../kernel/auth';

export const EDIT_FORMS_PERMISSION = 'forms.edit';

/** Staff who edit, import and publish form definitions (all forms: definitions are not personal data). */
export function mayEditForms(actor: Actor): actor is CurrentUser {
  return hasPermission(actor, EDIT_FORMS_PERMISSION);
}
