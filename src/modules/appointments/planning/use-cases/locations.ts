import { and, eq, ne } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { departments } from '../../../../kernel/auth/tables';
import { parseForm, refuse, type Outcome } from '../../../../kernel/http';
import { moduleSettings } from '../../../../kernel/config';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { appointmentSettings } from '../../settings';
import { appointmentLocations, appointmentServices } from '../../tables';
import { authorizedLocation, requirePlanner, type PlannedLocation } from '../access';
import { regenerateLocation } from '../generate-units';
import { countersOf, hoursFrom, listDepartments, listLocations, upcomingClosures, wavesOf } from '../repository';
import { locationSchema } from '../schemas';

type Deps = Pick<ModuleDeps, 'db' | 'config'>;

/** The planning's start: the locations, with links to the services and the closures. */
export async function showPlanning(actor: Actor, { db }: Pick<Deps, 'db'>) {
  requirePlanner(actor);
  return { locations: await listLocations(db) };
}

/** One location's plan: its data, counters with their services, opening hours, release waves (with the booking window), closures. */
export async function showLocation(actor: Actor, input: { id: string }, deps: Deps) {
  const { db } = deps;
  const { location } = await authorizedLocation(actor, input.id, db);
  const today = berlinDay(new Date());
  const [department] = await db.select({ name: departments.name }).from(departments).where(eq(departments.id, location.departmentId));
  const services = await db.select({ id: appointmentServices.id, name: appointmentServices.name }).from(appointmentServices);
  return {
    location,
    departmentName: department?.name ?? location.departmentId,
    counters: await countersOf(db, location.id),
    serviceNames: new Map(services.map((service) => [service.id, service.name])),
    hours: await hoursFrom(db, location.id, today),
    waves: await wavesOf(db, location.id),
    windowDays: moduleSettings(deps, appointmentSettings).windowDays,
    closures: await upcomingClosures(db, today, location.id),
  };
}

export async function openLocationForm(actor: Actor, input: { id: string | undefined }, { db }: Pick<Deps, 'db'>) {
  const location: PlannedLocation | undefined = input.id ? (await authorizedLocation(actor, input.id, db)).location : undefined;
  requirePlanner(actor);
  return { location, departments: await listDepartments(db) };
}

/**
 * Create a location or change one. The address name (`slug`) is unique; the Fachbereich must exist.
 * A new unit length or switching the location off or on remakes its units at once (generate-units.ts).
 */
export async function saveLocation(actor: Actor, input: { id: string | undefined; body: unknown; ip?: string }, deps: Deps): Promise<Outcome<{ id: string }>> {
  const existing = input.id ? (await authorizedLocation(actor, input.id, deps.db)).location : undefined;
  requirePlanner(actor);
  const parsed = parseForm(locationSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  const fields = { ...parsed.data, directions: parsed.data.directions ?? '', accessibility: parsed.data.accessibility ?? '' };
  return deps.db.transaction(async (tx) => {
    const [department] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, fields.departmentId));
    if (!department) return refuse({ departmentId: 'Wählen Sie einen Fachbereich aus der Liste.' });
    const [taken] = await tx
      .select({ name: appointmentLocations.name })
      .from(appointmentLocations)
      .where(and(eq(appointmentLocations.slug, fields.slug), existing ? ne(appointmentLocations.id, existing.id) : undefined));
    if (taken) return refuse({ slug: `Diese Kurzbezeichnung hat schon der Standort „${taken.name}“.` });
    let id: string;
    if (existing) {
      await tx
        .update(appointmentLocations)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(appointmentLocations.id, existing.id));
      id = existing.id;
    } else {
      const [row] = await tx.insert(appointmentLocations).values(fields).returning({ id: appointmentLocations.id });
      id = row!.id;
    }
    await regenerateLocation(tx, deps, id);
    await audit(tx, actor, {
      action: existing ? 'appointments.location.updated' : 'appointments.location.created',
      objectType: 'appointment_location',
      objectId: id,
      details: { name: fields.name, slug: fields.slug, slotMinutes: fields.slotMinutes, active: fields.active },
      ip: input.ip,
    });
    return { ok: true as const, id };
  });
}
