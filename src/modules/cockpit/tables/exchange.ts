import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ExchangeFeed } from '../exchange/feed-types';

/**
 * Another town's exchange feed, imported for the side-by-side comparison (exchange/): read from its
 * URL (again daily and by the button) or uploaded as a file. Only a feed valid against schema v1 is
 * kept; a later failed read leaves the last good one and says what went wrong.
 */
export const cockpitPartnerFeeds = pgTable('cockpit_partner_feeds', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The town's Amtlicher Gemeindeschlüssel, from its feed: one entry per town. */
  ags: text('ags').notNull().unique('cockpit_partner_feeds_ags_key'),
  /** From the feed, shown as the comparison's column heading. */
  townName: text('town_name').notNull(),
  /** Where the feed is read; null for an uploaded file (no refresh). */
  sourceUrl: text('source_url'),
  /** The last good feed, only the fields schema v1 defines. */
  feed: jsonb('feed').$type<ExchangeFeed>().notNull(),
  /** When the last good feed was read. */
  fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
  /** The last read that failed: its message and the feed's problems (German), cleared by the next good read. */
  lastError: text('last_error'),
  problems: jsonb('problems').$type<string[]>().notNull().default([]),
  lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type PartnerFeed = typeof cockpitPartnerFeeds.$inferSelect;
