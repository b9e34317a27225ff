import { requireSection, type Actor, type CurrentUser } from '../../../../kernel/auth';
import { errors, isUuid } from '../../../../kernel/http';
import type { Executor } from '../../../../kernel/db';
import { findSourceById } from '../../import/repository';
import { mayManageWlan } from '../../policies';
import type { WlanFeedSource, WlanHotspot } from '../../tables';
import { findOwnHotspot } from '../repository';

/** Every staff page and action of import/ and staff/: wlan.manage (admins hold it); others get 404 (401 for visitors). */
export function requireWlanStaff(actor: Actor): asserts actor is CurrentUser {
  requireSection(actor, mayManageWlan);
}

/** An own hotspot by id for someone who may manage them; a Freifunk node or a malformed id is missing. */
export async function authorizedHotspot(actor: Actor, id: string, db: Executor): Promise<{ user: CurrentUser; hotspot: WlanHotspot }> {
  requireWlanStaff(actor);
  const hotspot = isUuid(id) ? await findOwnHotspot(db, id) : undefined;
  if (!hotspot) throw errors.notFound('Der Hotspot');
  return { user: actor, hotspot };
}

export async function authorizedSource(actor: Actor, id: string, db: Executor): Promise<{ user: CurrentUser; source: WlanFeedSource }> {
  requireWlanStaff(actor);
  const source = isUuid(id) ? await findSourceById(db, id) : undefined;
  if (!source) throw errors.notFound('Die Feed-Quelle');
  return { user: actor, source };
}
