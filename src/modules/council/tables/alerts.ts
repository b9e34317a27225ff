import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { councilOrganizations } from './bodies';
import { councilPapers } from './papers';

/** What an alert follows (council-search, `alerts/`). */
export const ALERT_KINDS = ['search', 'gremium', 'paper'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** A search an alert follows: the parameters of `/rat/suche` without page and order. */
export interface AlertSearch {
  q: string;
  art?: string | undefined;
  gremium?: string | undefined;
  von?: string | undefined;
  bis?: string | undefined;
}

/**
 * An e-mail alert (issue 13, point 5): an address, without an account, follows a search, a Gremium or
 * a paper and gets a daily digest of what is new. Unconfirmed until the link of the confirmation mail
 * is used (double opt-in; nothing else is sent before); unconfirmed rows are deleted after a few days,
 * and an unsubscribed one at once: the address is personal data and lives only here.
 */
export const councilAlertSubscriptions = pgTable(
  'council_alert_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    kind: text('kind', { enum: ALERT_KINDS }).notNull(),
    /** Equal alerts of one address share this key (`gremium:<id>`, `paper:<id>`, `search:<parameters>`): subscribing twice is one alert. */
    targetKey: text('target_key').notNull(),
    search: jsonb('search').$type<AlertSearch>(),
    organizationId: uuid('organization_id').references(() => councilOrganizations.id, { onDelete: 'cascade' }),
    paperId: uuid('paper_id').references(() => councilPapers.id, { onDelete: 'cascade' }),
    /** What it follows in the mails' words ("Suche „Radweg“", "Rat der Stadt Iserlohn"), fixed when subscribing. */
    label: text('label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    /** Changes up to this moment have been reported (or were older than the confirmation): the next digest reports what came after. */
    reportedUntil: timestamp('reported_until', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('council_alert_subscriptions_target_key').on(t.email, t.targetKey),
    index('council_alert_subscriptions_unconfirmed_idx')
      .on(t.createdAt)
      .where(sql`confirmed_at is null`),
    check(
      'council_alert_subscriptions_target_check',
      sql`(kind = 'search' and search is not null) or (kind = 'gremium' and organization_id is not null) or (kind = 'paper' and paper_id is not null)`,
    ),
  ],
);
