import { and, eq, inArray } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { errors, isUuid, parseForm, refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { appointmentCounters, appointmentServices } from '../../tables';
import { authorizedLocation } from '../access';
import { regenerateLocation } from '../generate-units';
import { countersOf, listServices, replaceCounterServices } from '../repository';
import { counterSchema } from '../schemas';

type Deps = Pick<ModuleDeps, 'db' | 'config'>;

/** The ticked services of the form: one value or several of the same name. */
function tickedServices(body: unknown): string[] {
  const value = (body as Record<string, unknown> | null)?.services;
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((entry): entry is string => typeof entry === 'string');
}

/** A counter of the location (404 for one of another location), or the form for a new one, with every service. */
export async function openCounterForm(actor: Actor, input: { locationId: string; counterId: string | undefined }, { db }: Pick<Deps, 'db'>) {
  const { location } = await authorizedLocation(actor, input.locationId, db);
  const counter = input.counterId ? (await countersOf(db, location.id)).find((row) => row.id === input.counterId) : undefined;
  if (input.counterId && !counter) throw errors.notFound('Der Platz');
  return { location, counter, services: await listServices(db) };
}

/**
 * Add a counter or change one: its name, whether it is in service, the services it offers. A counter
 * switched off loses its free units at once (its booked ones stay; the day plan shows them).
 */
export async function saveCounter(
  actor: Actor,
  input: { locationId: string; counterId: string | undefined; body: unknown; ip?: string },
  deps: Deps,
): Promise<Outcome<{ id: string }>> {
  const { location } = await authorizedLocation(actor, input.locationId, deps.db);
  if (input.counterId !== undefined && !isUuid(input.counterId)) throw errors.notFound('Der Platz');
  const parsed = parseForm(counterSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  const serviceIds = [...new Set(tickedServices(input.body))];
  const active = input.counterId === undefined || (input.body as Record<string, unknown> | null)?.active === 'ja';
  return deps.db.transaction(async (tx) => {
    const known = serviceIds.filter(isUuid).length
      ? await tx
          .select({ id: appointmentServices.id })
          .from(appointmentServices)
          .where(inArray(appointmentServices.id, serviceIds.filter(isUuid)))
      : [];
    if (known.length !== serviceIds.length) return refuse({ services: 'Wählen Sie Dienstleistungen aus der Liste.' });
    let id: string;
    if (input.counterId) {
      const [row] = await tx
        .update(appointmentCounters)
        .set({ name: parsed.data.name, active })
        .where(and(eq(appointmentCounters.id, input.counterId), eq(appointmentCounters.locationId, location.id)))
        .returning({ id: appointmentCounters.id });
      if (!row) throw errors.notFound('Der Platz');
      id = row.id;
    } else {
      const [row] = await tx.insert(appointmentCounters).values({ locationId: location.id, name: parsed.data.name }).returning({ id: appointmentCounters.id });
      id = row!.id;
    }
    await replaceCounterServices(tx, id, serviceIds);
    await regenerateLocation(tx, deps, location.id);
    await audit(tx, actor, {
      action: input.counterId ? 'appointments.counter.updated' : 'appointments.counter.created',
      objectType: 'appointment_counter',
      objectId: id,
      details: { location: location.name, name: parsed.data.name, active, services: serviceIds.length },
      ip: input.ip,
    });
    return { ok: true as const, id };
  });
}
