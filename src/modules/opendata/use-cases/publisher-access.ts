import type { Actor } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { ANONYMOUS, publisherAccess, type PublisherAccess } from '../policies';
import { capacitiesOf } from '../repository/people';

/** The actor's capacities in the organisations, read once per request or API call. */
export async function loadPublisherAccess(actor: Actor, db: Executor): Promise<PublisherAccess> {
  if (!actor) return ANONYMOUS;
  return publisherAccess(actor, await capacitiesOf(db, actor.id));
}
