import { sql } from 'drizzle-orm';
import { check, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Where an expansion area stands: planned, being built, finished. */
export const BROADBAND_STATES = ['planned', 'building', 'finished'] as const;
export type BroadbandState = (typeof BROADBAND_STATES)[number];

/**
 * A planned broadband expansion area (Breitbandausbau, gigabit funding): its outline, state and dates.
 * Kept as rows (not a file) so the map on /wlan and the open-data dataset `breitbandausbau` always
 * show the same current state.
 */
export const wlanBroadbandAreas = pgTable(
  'wlan_broadband_areas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable, lower case with hyphens: the feature's id in the GeoJSON. */
    slug: text('slug').notNull().unique('wlan_broadband_areas_slug_key'),
    name: text('name').notNull(),
    state: text('state', { enum: BROADBAND_STATES }).notNull(),
    /** Who builds it (the network operator named in the funding decision). */
    builder: text('builder').notNull().default(''),
    /** Addresses (households and businesses) that get a connection. */
    addresses: integer('addresses').notNull().default(0),
    startedOn: date('started_on', { mode: 'string' }),
    /** Planned end while planned or building; the actual end once finished. */
    finishedOn: date('finished_on', { mode: 'string' }),
    /** The outline: one or more rings of [longitude, latitude], a GeoJSON Polygon's coordinates. */
    outline: jsonb('outline').$type<[number, number][][]>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('wlan_broadband_areas_addresses_check', sql`${t.addresses} >= 0`)],
);

export type WlanBroadbandArea = typeof wlanBroadbandAreas.$inferSelect;
