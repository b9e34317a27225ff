import { sql } from 'drizzle-orm';
import { boolean, check, customType, index, integer, jsonb, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { departments } from '../../kernel/auth';
import { PAYMENT_POLICIES } from './payment-policies';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** A legal basis as shown under "Rechtsgrundlagen"; the link is optional (not every Satzung is online). */
export interface LegalBasis {
  title: string;
  url?: string;
}

/**
 * A Leistung of the municipality (one entry of "Leistungen A–Z"), described the way the LeiKa /
 * FIM Stammtexte do: who may apply, documents, fees, duration, legal basis, who is responsible.
 * `online_application` says whether a form exists at /leistungen/<slug>/antrag (applications module).
 */
export const services = pgTable(
  'services',
  {
    slug: text('slug').primaryKey(),
    /** Leistungsschlüssel of the LeiKa (14 digits); null where no key is known rather than a guessed one. */
    leikaKey: text('leika_key'),
    name: text('name').notNull(),
    summary: text('summary').notNull(),
    description: text('description').notNull(),
    eligibility: text('eligibility').notNull(),
    requiredDocuments: text('required_documents')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    fees: text('fees').notNull(),
    /** The amount charged when the fee is paid online; null where it depends on the case. */
    feeCents: integer('fee_cents'),
    processingTime: text('processing_time').notNull(),
    /** Deadline for the back office (overdue markers), in days after submission. */
    processingDays: integer('processing_days').notNull(),
    legalBases: jsonb('legal_bases')
      .$type<LegalBasis[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'restrict' }),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    /** Address and room, e.g. "Rathaus I, Schillerplatz 7, Erdgeschoss, Zimmer 012". */
    contactAddress: text('contact_address'),
    contactHours: text('contact_hours'),
    personalAppearance: boolean('personal_appearance').notNull().default(false),
    /** Why the person has to come in person (e.g. fingerprints, signature in front of staff). */
    appearanceReason: text('appearance_reason'),
    appearanceBring: text('appearance_bring')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * The slug of the Termine service (appointments module) a visit for this Leistung is booked as; its
     * page then offers "Termin online buchen" (`SERVICE_PATHS.appointment`). Null: no online booking.
     */
    appointmentService: text('appointment_service'),
    /** Procedures that are applied for in another portal (Bauportal.NRW, ELSTER, ...). */
    externalPortalName: text('external_portal_name'),
    externalPortalUrl: text('external_portal_url'),
    /** OZG Reifegrad 0–4 (0: no information online … 4: fully digital including the Bescheid). */
    ozgLevel: smallint('ozg_level').notNull().default(0),
    onlineApplication: boolean('online_application').notNull().default(false),
    guestAllowed: boolean('guest_allowed').notNull().default(false),
    paymentPolicy: text('payment_policy', { enum: PAYMENT_POLICIES }).notNull().default('none'),
    retentionDays: integer('retention_days').notNull().default(365),
    /** Slugs of LIFE_SITUATIONS (Lebenslagen). */
    lifeSituations: text('life_situations')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Words people search for that the texts do not contain (Synonyme: "Gewerbeanmeldung", "Hundemarke"). */
    keywords: text('keywords').notNull().default(''),
    /** German full-text document; prefix queries make singular and plural meet (docs/database.md, trap 7). */
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('german', name || ' ' || keywords), 'A') || setweight(to_tsvector('german', summary), 'B') || setweight(to_tsvector('german', description), 'C')`,
      ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // No pending list (fastupdate): PGlite has no autovacuum to flush it, and every search would scan it (docs/performance.md).
    index('services_search_idx').using('gin', t.search).with({ fastupdate: false }),
    // The A–Z order without sorting every row with ICU per request; slug makes pages of equal names stable.
    index('services_name_icu_idx').on(sql`${t.name} collate "und-x-icu"`, t.slug),
    index('services_life_situations_idx').using('gin', t.lifeSituations),
    index('services_department_idx').on(t.departmentId),
    check('services_ozg_level_check', sql`${t.ozgLevel} between 0 and 4`),
    check('services_payment_policy_check', sql`${t.paymentPolicy} in ('none', 'optional', 'before_submission', 'after_decision')`),
    check('services_processing_days_check', sql`${t.processingDays} > 0`),
    check('services_retention_days_check', sql`${t.retentionDays} > 0`),
    check('services_fee_cents_check', sql`${t.feeCents} is null or ${t.feeCents} >= 0`),
  ],
);

export type ServiceRow = typeof services.$inferSelect;
export type NewService = typeof services.$inferInsert;
