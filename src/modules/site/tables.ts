import { sql } from 'drizzle-orm';
import { check, index, pgTable, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** "Aktuelles" on the start page: short announcements of the municipality. */
export const siteNews = pgTable(
  'site_news',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('site_news_published_idx').on(t.publishedAt)],
);

export const ACCESSIBILITY_REPORT_STATUSES = ['open', 'answered', 'closed'] as const;
export type AccessibilityReportStatus = (typeof ACCESSIBILITY_REPORT_STATUSES)[number];

/**
 * "Barriere melden" (§ 10b Abs. 2 Nr. 2 BGG NRW, § 5 BITVNRW): feedback on barriers of the portal.
 * Staff with `site.accessibility_reports` work through it at /verwaltung/barrieren. `number` gives
 * the person a short reference (ISN-BF-2026-000042) instead of the uuid.
 */
export const accessibilityReports = pgTable(
  'accessibility_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: serial('number').notNull().unique('accessibility_reports_number_key'),
    page: text('page'),
    description: text('description').notNull(),
    contactEmail: text('contact_email'),
    name: text('name'),
    status: text('status', { enum: ACCESSIBILITY_REPORT_STATUSES }).notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('accessibility_reports_created_idx').on(t.createdAt),
    index('accessibility_reports_status_idx').on(t.status, t.createdAt),
    check('accessibility_reports_status_check', sql`${t.status} in ('open', 'answered', 'closed')`),
  ],
);
