import { eq } from 'drizzle-orm';
import { requireSection, type Actor, type CurrentUser } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { errors, isUuid } from '../../../kernel/http';
import { mayPlan } from '../policies';
import { appointmentLocations, appointmentServices } from '../tables';

/** Every planning page and action: appointments.plan (admins hold it); everyone else 404 (401 for visitors). */
export function requirePlanner(actor: Actor): asserts actor is CurrentUser {
  requireSection(actor, mayPlan);
}

export type PlannedLocation = typeof appointmentLocations.$inferSelect;
export type PlannedService = typeof appointmentServices.$inferSelect;

/** A location for a planner; a malformed or unknown id is a missing page. */
export async function authorizedLocation(actor: Actor, id: string, db: Executor): Promise<{ user: CurrentUser; location: PlannedLocation }> {
  requirePlanner(actor);
  const [location] = isUuid(id) ? await db.select().from(appointmentLocations).where(eq(appointmentLocations.id, id)) : [];
  if (!location) throw errors.notFound('Der Standort');
  return { user: actor, location };
}

export async function authorizedService(actor: Actor, id: string, db: Executor): Promise<{ user: CurrentUser; service: PlannedService }> {
  requirePlanner(actor);
  const [service] = isUuid(id) ? await db.select().from(appointmentServices).where(eq(appointmentServices.id, id)) : [];
  if (!service) throw errors.notFound('Die Dienstleistung');
  return { user: actor, service };
}
