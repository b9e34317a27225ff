import { date, index, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { datasets } from './catalogue';

/**
 * Usage per dataset and day, counted in memory and added here every few seconds: no IP address, no
 * cookie, no visitor id is stored, so the figures are open data themselves.
 */
export const usageDaily = pgTable(
  'opendata_usage_daily',
  {
    datasetId: uuid('dataset_id')
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    pageViews: integer('page_views').notNull().default(0),
    downloads: integer('downloads').notNull().default(0),
    apiCalls: integer('api_calls').notNull().default(0),
  },
  // By day too: "Meistgenutzt" and the usage dataset read recent days of every dataset.
  (t) => [primaryKey({ columns: [t.datasetId, t.day] }), index('opendata_usage_daily_day_idx').on(t.day)],
);
