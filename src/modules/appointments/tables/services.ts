import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appointmentCounters } from './locations';

/**
 * A service one can book a visit for (Termine-Dienstleistung): "Personalausweis beantragen". A Leistung
 * of the catalogue names it by slug (services module, `appointment_service`), so its page offers the booking.
 */
export const appointmentServices = pgTable(
  'appointment_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique('appointment_services_slug_key'),
    name: text('name').notNull(),
    /** Minutes at the counter for one person; the units a booking takes are the sum, rounded up. */
    durationMinutes: smallint('duration_minutes').notNull(),
    /** For how many persons one booking may ask it ("Personalausweis für 3 Personen"). */
    maxQuantity: smallint('max_quantity').notNull().default(1),
    /** What to bring, one item per entry (the confirmation mail and the reminder list them). */
    bring: text('bring')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Anything else to know before the visit (fees, who must come in person). */
    note: text('note').notNull().default(''),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    check('appointment_services_duration_check', sql`duration_minutes between 1 and 480`),
    check('appointment_services_quantity_check', sql`max_quantity between 1 and 10`),
  ],
);

/** Which counters offer a service (a counter without the Standesamt's software cannot take a marriage). */
export const appointmentServiceCounters = pgTable(
  'appointment_service_counters',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => appointmentServices.id, { onDelete: 'cascade' }),
    counterId: uuid('counter_id')
      .notNull()
      .references(() => appointmentCounters.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.counterId] }), index('appointment_service_counters_counter_idx').on(t.counterId)],
);
