import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * An OParl endpoint (a council information system's `System` URL) imported on a schedule or by
 * `oparl:import`. The source's System object is not a row of its own: what the portal shows of it
 * (name, version, vendor, product) is kept here, and our own System is built from the configuration.
 */
export const councilSources = pgTable('council_sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** The System URL (entry point), or a file path for a local dump. */
  url: text('url').notNull().unique('council_sources_url_key'),
  enabled: boolean('enabled').notNull().default(true),
  intervalMinutes: integer('interval_minutes').notNull().default(60),
  /** From the source's System object at the last good run. */
  oparlVersion: text('oparl_version'),
  systemName: text('system_name'),
  vendor: text('vendor'),
  product: text('product'),
  lastRunAt: timestamp('last_run_at', { withTimezone: true }),
  /** The start of the last complete run: the next run asks for `modified_since` this time. */
  lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
  /**
   * The claim of the run importing this source now (the scheduled job, "Jetzt importieren" and the CLI
   * never run two at once): when it began, cleared at its end. `running_renewed_at` is its last sign of
   * life (each list page, each file); a claim silent for long is a run whose process died.
   */
  runningSince: timestamp('running_since', { withTimezone: true }),
  runningRenewedAt: timestamp('running_renewed_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
