import { boolean, index, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { councilSources } from './sources';

/**
 * The columns every OParl object shares (spec 3.1: id, created, modified, deleted, keyword, web,
 * license), plus where an imported copy came from.
 *
 * `created` and `modified` are what our OParl server publishes. For an object entered here they are
 * ours; for an imported one `created` is the source's and `modified` moves to the time of the import
 * whenever the copy changes (never backwards), so a client syncing from us with `modified_since` never
 * misses an object that reached us after its source changed it. `sourceModified` keeps the source's own
 * value. Deleted objects stay as rows with `deleted` (the API answers them with 200 and `deleted: true`).
 */
export function oparlColumns() {
  return {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The import source; null when entered in the back office (the portal is then the OParl source). */
    sourceId: uuid('source_id').references(() => councilSources.id, { onDelete: 'set null' }),
    /** The object's `id` URL at its source, unique per source: the importer's key. */
    externalUrl: text('external_url'),
    sourceModified: timestamp('source_modified', { withTimezone: true }),
    created: timestamp('created', { withTimezone: true }).notNull().defaultNow(),
    modified: timestamp('modified', { withTimezone: true }).notNull().defaultNow(),
    deleted: boolean('deleted').notNull().default(false),
    keyword: text('keyword').array().notNull().default([]),
    /** The object's page at the source (HTML), if it has one. */
    web: text('web'),
    license: text('license'),
  };
}

/**
 * The indexes every OParl table needs: the importer's key, and the API's external lists, which page
 * by `modified` within a body (`modified_since` first pages at 100,000 papers).
 */
export function oparlIndexes(
  table: string,
  t: { sourceId: AnyPgColumn; externalUrl: AnyPgColumn; modified: AnyPgColumn; id: AnyPgColumn },
  scope?: AnyPgColumn,
) {
  return [
    uniqueIndex(`${table}_source_key`).on(t.sourceId, t.externalUrl),
    scope ? index(`${table}_modified_idx`).on(scope, t.modified, t.id) : index(`${table}_modified_idx`).on(t.modified, t.id),
  ];
}
