import { errors } from '../http/errors';
import type { Actor, CurrentUser } from './actor';

/** A rule: may this actor do this to this object? Modules declare theirs in `policies.ts`. */
export type Policy<T> = (actor: Actor, object: T) => boolean;

/**
 * Loads an object and checks the policy in one step, so no code path reads an object without the
 * check. Missing and forbidden objects answer alike (404): IDs cannot be probed.
 */
export async function loadAuthorized<T>(actor: Actor, load: () => Promise<T | undefined | null>, policy: Policy<T>, what = 'Der Eintrag'): Promise<T> {
  const object = await load();
  if (object === undefined || object === null || !policy(actor, object)) throw errors.notFoundOrForbidden(what);
  return object;
}

/**
 * For the pages of a workspace section (kernel/module.ts `StaffSection.allowed`): visitors are asked
 * to log in; anyone else without the right gets the same 404 as for a page that does not exist, so
 * the section is not there for them, as it is not in their navigation.
 */
export function requireSection(actor: Actor, allowed: (actor: Actor) => boolean): asserts actor is CurrentUser {
  if (!actor) throw errors.loginRequired();
  if (!allowed(actor)) throw errors.pageNotFound();
}

/** For actions without an object (lists, create forms): 401 for anonymous, 403 for the rest. */
export function requireThat(actor: Actor, allowed: (actor: Actor) => boolean): asserts actor is CurrentUser {
  if (!actor) throw errors.loginRequired();
  if (!allowed(actor)) throw errors.forbidden();
}
