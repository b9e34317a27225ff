import { and, eq, ne } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { parseForm, refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { appointmentServices } from '../../tables';
import { authorizedService, requirePlanner, type PlannedService } from '../access';
import { listServices } from '../repository';
import { serviceSchema } from '../schemas';

export async function showServices(actor: Actor, { db }: Pick<ModuleDeps, 'db'>) {
  requirePlanner(actor);
  return { services: await listServices(db) };
}

export async function openServiceForm(actor: Actor, input: { id: string | undefined }, { db }: Pick<ModuleDeps, 'db'>) {
  const service: PlannedService | undefined = input.id ? (await authorizedService(actor, input.id, db)).service : undefined;
  requirePlanner(actor);
  return { service };
}

/**
 * Create a service or change one. Its address name (`slug`) is what a Leistung names, so it is unique
 * (a change breaks the Leistung's link: the form says so). A longer duration applies to new bookings.
 */
export async function saveService(
  actor: Actor,
  input: { id: string | undefined; body: unknown; ip?: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ id: string }>> {
  const existing = input.id ? (await authorizedService(actor, input.id, db)).service : undefined;
  requirePlanner(actor);
  const parsed = parseForm(serviceSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  const fields = parsed.data;
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ name: appointmentServices.name })
      .from(appointmentServices)
      .where(and(eq(appointmentServices.slug, fields.slug), existing ? ne(appointmentServices.id, existing.id) : undefined));
    if (taken) return refuse({ slug: `Diese Kurzbezeichnung hat schon die Dienstleistung „${taken.name}“.` });
    let id: string;
    if (existing) {
      await tx.update(appointmentServices).set(fields).where(eq(appointmentServices.id, existing.id));
      id = existing.id;
    } else {
      id = (await tx.insert(appointmentServices).values(fields).returning({ id: appointmentServices.id }))[0]!.id;
    }
    await audit(tx, actor, {
      action: existing ? 'appointments.service.updated' : 'appointments.service.created',
      objectType: 'appointment_service',
      objectId: id,
      details: { name: fields.name, slug: fields.slug, durationMinutes: fields.durationMinutes, active: fields.active },
      ip: input.ip,
    });
    return { ok: true as const, id };
  });
}
