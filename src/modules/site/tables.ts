import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
