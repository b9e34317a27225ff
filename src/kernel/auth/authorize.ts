import { errors } from '../http/errors';
import type { Actor, CurrentUser } from './actor';

/** A rule: may this actor do this to this object? Modules declare theirs in `policies.ts`. */
export type Policy<T> = (actor: Actor, object: T) => boolean;

/**
 * Loads an object and checks the policy in one step, so no code path reads an object without the
 * check. Missing and forbidden objects answer alike (404): IDs cannot be probed.
 */
export async function loadAuthorized<T>(
  actor: Actor,
  load: () => Promise<T | undefined | null>,
  policy: Policy<T>,
  what = 'Der Eintrag',
): Promise<T> {
  const object = await load();
  if (object === undefined || object === null || !policy(actor, object)) throw errors.notFoundOrForbidden(what);
  return object;
}

/** For actions without an object (lists, create forms): 401 for anonymous, 403 for the rest. */
export function requireThat(actor: Actor, allowed: (actor: Actor) => boolean): asserts actor is CurrentUser {
  if (!actor) throw errors.loginRequired();
  if (!allowed(actor)) throw errors.forbidden();
}
