import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A report's way through triage; every state but `new` is shown publicly on the heat map. */
export const GAP_STATES = ['new', 'confirmed', 'planned', 'resolved', 'rejected'] as const;
export type GapState = (typeof GAP_STATES)[number];

/**
 * A citizen's report of a place that needs WiFi, without an account. Publicly only the place, the state and
 * the staff's public answer are shown; the reporter's optional e-mail (for news on the report) and the
 * description stay with staff.
 */
export const wlanGapReports = pgTable(
  'wlan_gap_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Given to the reporter ("WLAN-2026-0042"), unique per municipality. */
    reference: text('reference').notNull().unique('wlan_gap_reports_reference_key'),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    /** The address or place as typed (or found from the map pin). */
    place: text('place').notNull(),
    description: text('description').notNull().default(''),
    /** A photo in the kernel file store (its key; the type checked by content at upload), or none. */
    photoKey: text('photo_key'),
    photoContentType: text('photo_content_type'),
    contactEmail: text('contact_email'),
    state: text('state', { enum: GAP_STATES }).notNull().default('new'),
    /** What staff answer publicly (plain German), shown with the state. */
    publicNote: text('public_note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * When staff closed it (resolved or rejected); the reporter's e-mail and photo are deleted a
     * configurable time after this (gaps/retention.ts). Null while open; cleared when reopened.
     */
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('wlan_gap_reports_state_idx').on(t.state, t.createdAt),
    check('wlan_gap_reports_latitude_check', sql`${t.latitude} between -90 and 90`),
    check('wlan_gap_reports_longitude_check', sql`${t.longitude} between -180 and 180`),
  ],
);

export type WlanGapReport = typeof wlanGapReports.$inferSelect;

/** The last reference number given per year ("WLAN-2026-0042"), counted up by one atomic upsert. */
export const wlanGapReferenceCounters = pgTable('wlan_gap_reference_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});
