import { requireSection, type Actor, type CurrentUser } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import { errors, isUuid } from '../../../../kernel/http';
import { mayCoordinate } from '../../policies';
import type { PartnerFeed } from '../../tables';
import { findPartnerFeed } from '../repository';

/** The comparison and its imports are the coordinator's: others get 404 (visitors 401). */
export function requireCoordinator(actor: Actor): asserts actor is CurrentUser {
  requireSection(actor, mayCoordinate);
}

export async function authorizedPartnerFeed(actor: Actor, id: string, db: Executor): Promise<{ user: CurrentUser; partner: PartnerFeed }> {
  requireCoordinator(actor);
  const partner = isUuid(id) ? await findPartnerFeed(db, id) : undefined;
  if (!partner) throw errors.notFound('Der Feed');
  return { user: actor, partner };
}
