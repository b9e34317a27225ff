import { requireSection, type Actor, type CurrentUser } from '../../../kernel/auth';
import { mayEditForms } from '../policies';

/** The editor is a workspace section: it exists only for staff with `forms.edit` (404 for anyone else, login for visitors). */
export function requireEditor(actor: Actor): asserts actor is CurrentUser {
  requireSection(actor, mayEditForms);
}
