import { bigint, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { resources } from './catalogue';

export const DATASTORE_STATES = ['pending', 'loading', 'active', 'failed'] as const;
/** CKAN's DataStore field types this portal stores (datastore_create accepts their aliases, write-fields.ts). */
export const DATASTORE_FIELD_TYPES = ['text', 'int', 'numeric', 'bool', 'date', 'timestamp'] as const;

/** A DataStore column as CKAN describes it (`datastore_search`'s `fields`). */
export interface DatastoreField {
  id: string;
  type: (typeof DATASTORE_FIELD_TYPES)[number];
  /** `type_override`: the type the publisher chose (CKAN's Data Dictionary); reloads of the file keep it. */
  info?: { label?: string; notes?: string; type_override?: DatastoreField['type'] };
}

/**
 * A distribution's DataStore table: its rows live in the `datastore` schema in a table of its own
 * (`table_name`), loaded from the file by a job in chunks or written through `datastore_create`/`_upsert`.
 */
export const datastoreTables = pgTable('opendata_datastore_tables', {
  resourceId: uuid('resource_id')
    .primaryKey()
    .references(() => resources.id, { onDelete: 'cascade' }),
  tableName: text('table_name').notNull().unique('opendata_datastore_tables_table_key'),
  fields: jsonb('fields').$type<DatastoreField[]>().notNull(),
  primaryKey: text('primary_key').array().notNull().default([]),
  status: text('status', { enum: DATASTORE_STATES }).notNull().default('pending'),
  rowCount: bigint('row_count', { mode: 'number' }).notNull().default(0),
  /** Progress of a running load: bytes of the file read so far, of its size (XLSX: the share of the whole load, datastore/xlsx/progress.ts). */
  loadedBytes: bigint('loaded_bytes', { mode: 'number' }).notNull().default(0),
  totalBytes: bigint('total_bytes', { mode: 'number' }),
  /** Why the last load failed, in plain German (line and column where possible). */
  error: text('error'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
