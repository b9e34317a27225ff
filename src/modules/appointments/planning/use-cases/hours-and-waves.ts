import { and, eq } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { refuse, type Outcome } from '../../../../kernel/http';
import { moduleSettings } from '../../../../kernel/config';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { appointmentSettings } from '../../settings';
import { appointmentOpeningHours, appointmentReleaseWaves } from '../../tables';
import { authorizedLocation } from '../access';
import { regenerateLocation } from '../generate-units';
import { parseHoursForm, parseWavesForm } from '../plan-forms';
import { bookingsOutsideHours, hoursFrom, wavesOf } from '../repository';

type Deps = Pick<ModuleDeps, 'db' | 'config'>;

/** The opening hours form of a location, filled with the latest set (the one in force, or one that starts later). */
export async function openHoursForm(actor: Actor, input: { locationId: string }, { db }: Pick<Deps, 'db'>) {
  const { location } = await authorizedLocation(actor, input.locationId, db);
  const today = berlinDay(new Date());
  const sets = await hoursFrom(db, location.id, today);
  const latest = sets.at(-1)?.validFrom;
  return { location, today, hours: sets.filter((row) => row.validFrom === latest), sets };
}

/**
 * A new set of opening hours from a day on (issue 14: opening hours; "valid from" keeps the past as
 * it was): a set with the same first day is replaced. The units are remade at once: free units
 * outside the new hours go, booked ones stay (the day plan shows them; a closure cancels them), and
 * their number comes back, so the planner learns of them (`outsideHours`).
 */
export async function saveHours(
  actor: Actor,
  input: { locationId: string; body: unknown; ip?: string },
  deps: Deps,
): Promise<Outcome<{ outsideHours: number }>> {
  const { location } = await authorizedLocation(actor, input.locationId, deps.db);
  const parsed = parseHoursForm((input.body ?? {}) as Record<string, unknown>, berlinDay(new Date()));
  if (!parsed.ok) return refuse(parsed.errors);
  return deps.db.transaction(async (tx) => {
    await tx
      .delete(appointmentOpeningHours)
      .where(and(eq(appointmentOpeningHours.locationId, location.id), eq(appointmentOpeningHours.validFrom, parsed.validFrom)));
    if (parsed.spans.length > 0) {
      await tx.insert(appointmentOpeningHours).values(parsed.spans.map((span) => ({ ...span, locationId: location.id, validFrom: parsed.validFrom })));
    }
    await regenerateLocation(tx, deps, location.id);
    await audit(tx, actor, {
      action: 'appointments.hours.saved',
      objectType: 'appointment_location',
      objectId: location.id,
      details: { location: location.name, validFrom: parsed.validFrom, spans: parsed.spans.map((span) => `${span.weekday} ${span.opens}–${span.closes}`) },
      ip: input.ip,
    });
    return { ok: true, outsideHours: await bookingsOutsideHours(tx, location.id, parsed.validFrom, new Date()) };
  });
}

/** The release waves form, with the booking window its days ahead are measured against. */
export async function openWavesForm(actor: Actor, input: { locationId: string }, deps: Deps) {
  const { location } = await authorizedLocation(actor, input.locationId, deps.db);
  return { location, waves: await wavesOf(deps.db, location.id), windowDays: moduleSettings(deps, appointmentSettings).windowDays };
}

/**
 * The location's release waves, replaced as a whole (shares add up to 100). Units not yet released
 * move to their new wave at once; a unit already on sale stays on sale.
 */
export async function saveWaves(actor: Actor, input: { locationId: string; body: unknown; ip?: string }, deps: Deps): Promise<Outcome> {
  const { location } = await authorizedLocation(actor, input.locationId, deps.db);
  const parsed = parseWavesForm((input.body ?? {}) as Record<string, unknown>);
  if (!parsed.ok) return refuse(parsed.errors);
  await deps.db.transaction(async (tx) => {
    await tx.delete(appointmentReleaseWaves).where(eq(appointmentReleaseWaves.locationId, location.id));
    if (parsed.waves.length > 0) await tx.insert(appointmentReleaseWaves).values(parsed.waves.map((wave) => ({ ...wave, locationId: location.id })));
    await regenerateLocation(tx, deps, location.id);
    await audit(tx, actor, {
      action: 'appointments.waves.saved',
      objectType: 'appointment_location',
      objectId: location.id,
      details: { location: location.name, waves: parsed.waves },
      ip: input.ip,
    });
  });
  return { ok: true };
}
