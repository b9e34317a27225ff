import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { FormDefinition } from './definition';

export const FORM_VERSION_STATUSES = ['draft', 'published', 'superseded'] as const;
export type FormVersionStatus = (typeof FORM_VERSION_STATUSES)[number];

/**
 * Versions of a form definition, one series per form key (the Leistung's slug). At most one draft
 * per key; publishing turns the draft into the published version and the previous one into
 * `superseded`. Published and superseded versions never change: applications point at them.
 */
export const formVersions = pgTable(
  'form_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    formKey: text('form_key').notNull(),
    version: integer('version').notNull(),
    status: text('status', { enum: FORM_VERSION_STATUSES }).notNull().default('draft'),
    definition: jsonb('definition').$type<FormDefinition>().notNull(),
    /** How the version came to be: written by hand (demo, editor) or imported from FIM. */
    source: text('source', { enum: ['manual', 'fim'] })
      .notNull()
      .default('manual'),
    /** FIM import: constructs the importer could not map, listed for staff. */
    importReport: jsonb('import_report').$type<string[]>(),
    createdBy: uuid('created_by'),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('form_versions_key_version').on(t.formKey, t.version),
    uniqueIndex('form_versions_one_draft')
      .on(t.formKey)
      .where(sql`${t.status} = 'draft'`),
    uniqueIndex('form_versions_one_published')
      .on(t.formKey)
      .where(sql`${t.status} = 'published'`),
    index('form_versions_key_idx').on(t.formKey, t.version),
    check('form_versions_status_check', sql`${t.status} in ('draft', 'published', 'superseded')`),
  ],
);
