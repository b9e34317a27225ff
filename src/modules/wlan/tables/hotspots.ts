import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The feed formats the importer reads: the meshviewer's `meshviewer.json`, and the older ffmap/hopglass
 * `nodes.json` in its versions 1 (nodes as an object keyed by node id) and 2 (nodes as a list).
 */
export const FEED_FORMATS = ['meshviewer', 'nodes-v1', 'nodes-v2'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** A Freifunk community's node feed, imported on a schedule (or by `wlan:import`). */
export const wlanFeedSources = pgTable('wlan_feed_sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** An http(s) URL, or a file path for a feed the community delivers otherwise. */
  url: text('url').notNull().unique('wlan_feed_sources_url_key'),
  /** Null: recognised from the content at each import. */
  format: text('format', { enum: FEED_FORMATS }),
  enabled: boolean('enabled').notNull().default(true),
  intervalMinutes: integer('interval_minutes').notNull().default(15),
  lastRunAt: timestamp('last_run_at', { withTimezone: true }),
  /** When the feed last gave a good state; the hotspots keep that state until the next good one. */
  lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One import of a feed: what was read, taken and skipped (with the reasons), or why it failed. */
export const wlanImportRuns = pgTable(
  'wlan_import_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id').references(() => wlanFeedSources.id, { onDelete: 'cascade' }),
    /** The URL or file as given, for runs of `wlan:import` without a stored source. */
    location: text('location').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    outcome: text('outcome', { enum: ['running', 'succeeded', 'failed'] })
      .notNull()
      .default('running'),
    format: text('format', { enum: FEED_FORMATS }),
    nodesRead: integer('nodes_read').notNull().default(0),
    nodesTaken: integer('nodes_taken').notNull().default(0),
    /** `[{ nodeId, reason }]`, at most a few hundred: what a person reads to fix the feed. */
    skipped: jsonb('skipped').$type<{ nodeId: string; reason: string }[]>().notNull().default([]),
    /** Why the whole run failed (unreachable, not JSON, too large); the last good state stays. */
    error: text('error'),
  },
  (t) => [index('wlan_import_runs_source_idx').on(t.sourceId, t.startedAt)],
);

/** Freifunk nodes from a feed; `own`: the city's and its companies' hotspots, kept in the back office. */
export const HOTSPOT_KINDS = ['freifunk', 'own'] as const;
export type HotspotKind = (typeof HOTSPOT_KINDS)[number];

/**
 * A hotspot on the map and in the list. Freifunk nodes are identified by their feed and `node_id`;
 * nothing personal of a node's owner is kept (feeds may carry contact addresses: they are dropped at
 * import). A node that leaves its feed is kept with `removed_at` so statistics and links stay.
 */
export const wlanHotspots = pgTable(
  'wlan_hotspots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: HOTSPOT_KINDS }).notNull(),
    sourceId: uuid('source_id').references(() => wlanFeedSources.id, { onDelete: 'set null' }),
    /** The feed's node id (freifunk); null for own hotspots. */
    externalId: text('external_id'),
    /** The URL part of the hotspot page: readable and stable (node id or name). */
    slug: text('slug').notNull().unique('wlan_hotspots_slug_key'),
    name: text('name').notNull(),
    /** Who runs it: the community, the city or one of its companies ("Stadtwerke Iserlohn"). */
    operator: text('operator').notNull(),
    description: text('description').notNull().default(''),
    /** Street and number, postcode and place, where known (own hotspots; nodes rarely say). */
    address: text('address').notNull().default(''),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** Inside the municipality's outline (config `map.boundary`); outside ones are kept, marked. */
    insideArea: boolean('inside_area').notNull().default(true),
    online: boolean('online').notNull().default(false),
    clients: integer('clients').notNull().default(0),
    model: text('model'),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('wlan_hotspots_external_key').on(t.sourceId, t.externalId),
    index('wlan_hotspots_kind_idx').on(t.kind, t.online),
    check('wlan_hotspots_position_check', sql`(${t.latitude} is null) = (${t.longitude} is null)`),
    check('wlan_hotspots_latitude_check', sql`${t.latitude} between -90 and 90`),
    check('wlan_hotspots_longitude_check', sql`${t.longitude} between -180 and 180`),
    check('wlan_hotspots_clients_check', sql`${t.clients} >= 0`),
  ],
);

/**
 * One row per hotspot and Berlin day it was seen: whether it was online at some import that day and the
 * most clients. Enough for coverage growth and availability, small enough to keep for years.
 */
export const wlanHotspotDays = pgTable(
  'wlan_hotspot_days',
  {
    hotspotId: uuid('hotspot_id')
      .notNull()
      .references(() => wlanHotspots.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    online: boolean('online').notNull(),
    maxClients: integer('max_clients').notNull().default(0),
  },
  (t) => [uniqueIndex('wlan_hotspot_days_key').on(t.hotspotId, t.day), index('wlan_hotspot_days_day_idx').on(t.day)],
);

export type WlanFeedSource = typeof wlanFeedSources.$inferSelect;
export type WlanImportRun = typeof wlanImportRuns.$inferSelect;
export type WlanHotspot = typeof wlanHotspots.$inferSelect;
