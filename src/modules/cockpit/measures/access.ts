import { requireSection, type Actor, type CurrentUser } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { errors, isUuid } from '../../../kernel/http';
import { mayCoordinate, mayEditMeasure, mayOpenCockpit } from '../policies';
import type { Measure } from '../tables';
import { findMeasure } from './repository';

/**
 * A measure as the staff section opens it: whoever may open the section sees every measure
 * (unpublished ones too); anyone else, and a malformed or unknown id, gets 404.
 */
export async function measureForStaff(actor: Actor, id: string, db: Executor): Promise<{ user: CurrentUser; measure: Measure }> {
  requireSection(actor, mayOpenCockpit);
  const measure = isUuid(id) ? await findMeasure(db, id) : undefined;
  if (!measure) throw errors.notFound('Die Maßnahme');
  return { user: actor, measure };
}

/** A measure to change: the coordinator, or `cockpit.edit` staff of its owner Fachbereich; others see it read-only (403). */
export async function measureToEdit(actor: Actor, id: string, db: Executor): Promise<{ user: CurrentUser; measure: Measure }> {
  const found = await measureForStaff(actor, id, db);
  if (!mayEditMeasure(found.user, found.measure)) throw errors.forbidden();
  return found;
}

/** Creating, publishing and deleting measures: the coordinator only (403 for the rest of the section). */
export function requireCoordinator(actor: Actor): asserts actor is CurrentUser {
  requireSection(actor, mayOpenCockpit);
  if (!mayCoordinate(actor)) throw errors.forbidden();
}
