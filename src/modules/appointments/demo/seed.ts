import { inArray } from 'drizzle-orm';
import { departments } from '../../../kernel/auth/tables';
import { moduleSettings } from '../../../kernel/config';
import type { Executor } from '../../../kernel/db';
import type { ModuleDeps } from '../../../kernel/module';
import { addDays, berlinDay, berlinDayStart } from '../../../kernel/time';
import { generateUnits } from '../planning/generate-units';
import { appointmentSettings } from '../settings';
import {
  appointmentCounters,
  appointmentLocations,
  appointmentOpeningHours,
  appointmentReleaseWaves,
  appointmentServiceCounters,
  appointmentServices,
} from '../tables';
import { seedDemoBookings, type DemoCounter } from './demo-bookings';
import { readAppointmentsPack, type AppointmentsPack } from './pack';

/**
 * The Termine of the demo pack (`appointments.json`): services, locations with counters, opening
 * hours and release waves, the units of the past days and of the booking window (the generator),
 * and bookings: about a third of the window booked, and past days with appointments done, missed
 * and cancelled and walk-ins, so /termine is lively and the statistics show something. Idempotent:
 * seeds only into an installation without any location.
 */
export async function seedAppointmentsDemo(deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<void> {
  const pack = readAppointmentsPack(deps.config);
  if (!pack || pack.locations.length === 0) return;
  const { windowDays, localHolidays } = moduleSettings(deps, appointmentSettings);
  await deps.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: appointmentLocations.id }).from(appointmentLocations).limit(1);
    if (existing) return;
    const now = new Date();
    const today = berlinDay(now);
    const counters = await seedPlan(tx, pack, addDays(today, -pack.pastDays - 7));
    const calendar = { state: deps.config.municipality.state, localHolidays };
    // The past days first (their units exist only from this run), then the window from now on.
    if (pack.pastDays > 0) await generateUnits(tx, { ...calendar, windowDays: pack.pastDays, now: berlinDayStart(addDays(today, -pack.pastDays)) });
    await generateUnits(tx, { ...calendar, windowDays, now });
    await seedDemoBookings(tx, { pack, counters, now, secret: deps.config.secret });
  });
}

/** Services, locations, counters (with the services they offer), opening hours from `validFrom`, waves. */
async function seedPlan(tx: Executor, pack: AppointmentsPack, validFrom: string): Promise<DemoCounter[]> {
  const departmentIds = [...new Set(pack.locations.map((location) => location.departmentId))];
  const known = new Set((await tx.select({ id: departments.id }).from(departments).where(inArray(departments.id, departmentIds))).map((row) => row.id));
  // A pack whose admin.json lacks the Fachbereich still seeds: the Bürgerbüro's own.
  const missing = departmentIds.filter((id) => !known.has(id));
  if (missing.length > 0) await tx.insert(departments).values(missing.map((id) => ({ id, name: 'Bürgerservice' })));
  const services = await tx
    .insert(appointmentServices)
    .values(pack.services)
    .returning({ id: appointmentServices.id, slug: appointmentServices.slug, durationMinutes: appointmentServices.durationMinutes });
  const seeded: DemoCounter[] = [];
  for (const { counters, services: offered, hours, waves, walkInsPerDay, ...fields } of pack.locations) {
    const [location] = await tx.insert(appointmentLocations).values(fields).returning({ id: appointmentLocations.id });
    const rows = await tx
      .insert(appointmentCounters)
      .values(counters.map((name) => ({ locationId: location!.id, name })))
      .returning({ id: appointmentCounters.id });
    const offeredServices = services.filter((service) => !offered || offered.includes(service.slug));
    await tx
      .insert(appointmentServiceCounters)
      .values(rows.flatMap((counter) => offeredServices.map((service) => ({ serviceId: service.id, counterId: counter.id }))));
    await tx
      .insert(appointmentOpeningHours)
      .values(
        hours.flatMap((span) => span.weekdays.map((weekday) => ({ locationId: location!.id, weekday, opens: span.opens, closes: span.closes, validFrom }))),
      );
    if (waves.length > 0) await tx.insert(appointmentReleaseWaves).values(waves.map((wave) => ({ ...wave, locationId: location!.id })));
    for (const counter of rows) {
      seeded.push({
        id: counter.id,
        locationId: location!.id,
        slotMinutes: fields.slotMinutes,
        ticketPrefix: fields.ticketPrefix,
        walkInsPerDay,
        services: offeredServices,
      });
    }
  }
  return seeded;
}
