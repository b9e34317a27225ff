import { requireThat, type Actor, type CurrentUser } from '../../../kernel/auth';
import { errors } from '../../../kernel/http';
import { mayEditForms } from '../policies';

/**
 * The editor exists only for staff with `forms.edit`: anyone else logged in gets the same 404 as
 * for a missing page (the back office does not reveal itself); visitors are asked to log in.
 */
export function requireEditor(actor: Actor): asserts actor is CurrentUser {
  requireThat(actor, () => true);
  if (!mayEditForms(actor)) throw errors.notFound();
}
