import { eq } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { errors, isUuid } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { appointmentClosures } from '../../tables';
import { requirePlanner } from '../access';
import { regenerateLocation } from '../generate-units';
import { closurePlaces, upcomingClosures } from '../repository';

/** The closures not yet over, and the places the form may close. */
export async function showClosures(actor: Actor, { db }: Pick<ModuleDeps, 'db'>) {
  requirePlanner(actor);
  return { closures: await upcomingClosures(db, berlinDay(new Date())), places: await closurePlaces(db) };
}

/**
 * Lifts a closure: its units come back (free, released as their waves say). Bookings it cancelled
 * stay cancelled; those people already have their link to choose a new time.
 */
export async function liftClosure(actor: Actor, input: { id: string; ip?: string }, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<{ reason: string }> {
  requirePlanner(actor);
  if (!isUuid(input.id)) throw errors.notFound('Der Schließtag');
  return deps.db.transaction(async (tx) => {
    const [closure] = await tx.delete(appointmentClosures).where(eq(appointmentClosures.id, input.id)).returning();
    if (!closure) throw errors.notFound('Der Schließtag');
    await regenerateLocation(tx, deps, closure.locationId);
    await audit(tx, actor, {
      action: 'appointments.closure.lifted',
      objectType: 'appointment_closure',
      objectId: closure.id,
      details: { firstDay: closure.firstDay, lastDay: closure.lastDay, reason: closure.reason },
      ip: input.ip,
    });
    return { reason: closure.reason };
  });
}
