import { z } from 'zod';
import { readDemoPack } from '../../../kernel/config/demo-pack';
import type { Config } from '../../../kernel/config';

const clock = z.string().regex(/^\d{2}:\d{2}$/);

/** `appointments.json` of the demo pack: the services, the locations with their plan, how busy the demo is. */
export const appointmentsPackSchema = z.object({
  services: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      durationMinutes: z.number().int().min(1).max(480),
      maxQuantity: z.number().int().min(1).max(10),
      bring: z.array(z.string().min(1)),
      note: z.string(),
    }),
  ),
  locations: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      /** A Fachbereich of the pack's admin.json. */
      departmentId: z.string().min(1),
      street: z.string().min(1),
      postalCode: z.string().regex(/^\d{5}$/),
      city: z.string().min(1),
      latitude: z.number(),
      longitude: z.number(),
      directions: z.string(),
      accessibility: z.string(),
      slotMinutes: z.number().int().min(5).max(60),
      ticketPrefix: z.string().regex(/^[A-Z]$/),
      counters: z.array(z.string().min(1)).min(1),
      /** Slugs of the services its counters offer; all of them when left out. */
      services: z.array(z.string()).optional(),
      hours: z.array(z.object({ weekdays: z.array(z.number().int().min(1).max(7)), opens: clock, closes: clock })),
      waves: z.array(z.object({ daysAhead: z.number().int().min(0).max(365), atTime: clock, sharePercent: z.number().int().min(1).max(100) })),
      /** Walk-ins served on each past day (the statistics). */
      walkInsPerDay: z.number().int().min(0).max(50),
    }),
  ),
  /** Share of the released future units that are booked, 0–1. */
  bookedShare: z.number().min(0).max(1),
  /** Days back with appointments done, missed and cancelled, and walk-ins (the statistics). */
  pastDays: z.number().int().min(0).max(60),
});
export type AppointmentsPack = z.output<typeof appointmentsPackSchema>;

export function readAppointmentsPack(config: Pick<Config, 'municipality' | 'configDir'>): AppointmentsPack | undefined {
  return readDemoPack(config, 'appointments', appointmentsPackSchema);
}
