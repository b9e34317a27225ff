import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { wlanFeedSources, wlanHotspotDays, wlanHotspots, wlanImportRuns, type FeedFormat, type WlanFeedSource } from '../tables';
import type { FeedNode } from './node-checks';
import type { SkippedNode } from './parse-feed';

export async function findSourceById(db: Executor, id: string): Promise<WlanFeedSource | undefined> {
  const [source] = await db.select().from(wlanFeedSources).where(eq(wlanFeedSources.id, id));
  return source;
}

export async function findSourceByUrl(db: Executor, url: string): Promise<WlanFeedSource | undefined> {
  const [source] = await db.select().from(wlanFeedSources).where(eq(wlanFeedSources.url, url));
  return source;
}

export async function insertSource(db: Executor, values: typeof wlanFeedSources.$inferInsert): Promise<WlanFeedSource> {
  const [source] = await db.insert(wlanFeedSources).values(values).returning();
  return source!;
}

/** Enabled sources whose interval has passed since their last run (or that never ran). */
export function dueSources(db: Executor, now: Date): Promise<WlanFeedSource[]> {
  return db
    .select()
    .from(wlanFeedSources)
    .where(
      and(
        eq(wlanFeedSources.enabled, true),
        sql`(${wlanFeedSources.lastRunAt} is null or ${wlanFeedSources.lastRunAt} + ${wlanFeedSources.intervalMinutes} * interval '1 minute' <= ${now})`,
      ),
    );
}

/** How many nodes the source's last good run took: the yardstick for a feed that suddenly shrinks. */
export async function lastGoodCount(db: Executor, sourceId: string): Promise<number | undefined> {
  const [run] = await db
    .select({ taken: wlanImportRuns.nodesTaken })
    .from(wlanImportRuns)
    .where(and(eq(wlanImportRuns.sourceId, sourceId), eq(wlanImportRuns.outcome, 'succeeded')))
    .orderBy(desc(wlanImportRuns.startedAt))
    .limit(1);
  return run?.taken;
}

export async function startRun(db: Executor, source: WlanFeedSource, startedAt: Date): Promise<string> {
  const [run] = await db.insert(wlanImportRuns).values({ sourceId: source.id, location: source.url, startedAt }).returning({ id: wlanImportRuns.id });
  await db.update(wlanFeedSources).set({ lastRunAt: startedAt }).where(eq(wlanFeedSources.id, source.id));
  return run!.id;
}

export interface RunResult {
  outcome: 'succeeded' | 'failed';
  format: FeedFormat | null;
  read: number;
  taken: number;
  skipped: SkippedNode[];
  error: string | null;
}

/** What a person reads to fix a feed: the first few hundred skipped nodes are enough. */
export const MAX_SKIPPED_STORED = 300;

export async function finishRun(db: Executor, runId: string, result: RunResult): Promise<void> {
  await db
    .update(wlanImportRuns)
    .set({
      finishedAt: new Date(),
      outcome: result.outcome,
      format: result.format,
      nodesRead: result.read,
      nodesTaken: result.taken,
      skipped: result.skipped.slice(0, MAX_SKIPPED_STORED),
      error: result.error,
    })
    .where(eq(wlanImportRuns.id, runId));
}

const slugPart = (nodeId: string) =>
  nodeId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'knoten';

/**
 * Readable, stable page names (`ff-<node id>`); a node id another source (or another node) already
 * uses gets the source's short id appended. Slugs are set on insert only, so a page's URL never changes.
 */
async function slugsFor(db: Executor, sourceId: string, nodes: FeedNode[]): Promise<string[]> {
  const wanted = nodes.map((node) => `ff-${slugPart(node.nodeId)}`);
  const taken = await queryRows<{ slug: string; owner: string }>(
    db,
    sql`select slug, concat(source_id, '/', external_id) as owner from ${wlanHotspots} where slug in (select jsonb_array_elements_text(${JSON.stringify(wanted)}::jsonb))`,
  );
  const owner = new Map(taken.map((row) => [row.slug, row.owner]));
  const used = new Set<string>();
  return wanted.map((slug, index) => {
    const holder = owner.get(slug);
    const mine = holder === undefined || holder === `${sourceId}/${nodes[index]!.nodeId}`;
    const unique = mine && !used.has(slug) ? slug : `${slug}-${sourceId.slice(0, 8)}-${index}`;
    used.add(unique);
    return unique;
  });
}

/**
 * Inserts new nodes and updates known ones (by source and node id) in one statement: the rows travel
 * as one JSON parameter (5,000 nodes would be 75,000 bind parameters otherwise, beyond PostgreSQL's
 * limit and slow to build). A node back in the feed is no longer removed.
 */
export async function upsertNodes(db: Executor, sourceId: string, operator: string, nodes: FeedNode[], now: Date): Promise<void> {
  if (nodes.length === 0) return;
  const slugs = await slugsFor(db, sourceId, nodes);
  const rows = JSON.stringify(
    nodes.map((node, index) => ({
      external_id: node.nodeId,
      slug: slugs[index],
      name: node.name,
      latitude: node.latitude,
      longitude: node.longitude,
      inside_area: node.insideArea,
      online: node.online,
      clients: node.clients,
      model: node.model,
      first_seen_at: node.firstSeenAt,
      last_seen_at: node.lastSeenAt,
    })),
  );
  await db.execute(sql`
    insert into ${wlanHotspots} (kind, source_id, external_id, slug, name, operator, latitude, longitude, inside_area, online, clients, model, first_seen_at, last_seen_at, updated_at)
    select 'freifunk', ${sourceId}::uuid, external_id, slug, name, ${operator}, latitude, longitude, inside_area, online, clients, model, first_seen_at, last_seen_at, ${now}::timestamptz
    from jsonb_to_recordset(${rows}::jsonb) as node(external_id text, slug text, name text, latitude float8, longitude float8, inside_area boolean,
      online boolean, clients int, model text, first_seen_at timestamptz, last_seen_at timestamptz)
    on conflict (source_id, external_id) do update set
      name = excluded.name, operator = excluded.operator, latitude = excluded.latitude, longitude = excluded.longitude,
      inside_area = excluded.inside_area, online = excluded.online, clients = excluded.clients, model = excluded.model,
      first_seen_at = coalesce(${wlanHotspots}.first_seen_at, excluded.first_seen_at), last_seen_at = excluded.last_seen_at,
      removed_at = null, updated_at = excluded.updated_at`);
}

/** Nodes of the source this import did not touch have left the feed: kept, marked removed and offline. */
export async function markRemoved(db: Executor, sourceId: string, now: Date): Promise<number> {
  const removed = await db
    .update(wlanHotspots)
    .set({ removedAt: now, online: false, clients: 0 })
    .where(and(eq(wlanHotspots.sourceId, sourceId), isNull(wlanHotspots.removedAt), lt(wlanHotspots.updatedAt, now)))
    .returning({ id: wlanHotspots.id });
  return removed.length;
}

/** The day's history row of every node in the feed: online if it was at any import that day, the most clients. */
export async function recordFeedDay(db: Executor, sourceId: string, day: string): Promise<void> {
  await db.execute(sql`
    insert into ${wlanHotspotDays} (hotspot_id, day, online, max_clients)
    select id, ${day}::date, online, clients from ${wlanHotspots} where source_id = ${sourceId} and removed_at is null
    on conflict (hotspot_id, day) do update
      set online = ${wlanHotspotDays}.online or excluded.online, max_clients = greatest(${wlanHotspotDays}.max_clients, excluded.max_clients)`);
}

/** The own hotspots' row of the day (they have no feed: their state is what staff entered). */
export async function recordOwnDay(db: Executor, day: string): Promise<void> {
  await db.execute(sql`
    insert into ${wlanHotspotDays} (hotspot_id, day, online, max_clients)
    select id, ${day}::date, online, clients from ${wlanHotspots} where kind = 'own' and removed_at is null
    on conflict (hotspot_id, day) do update set online = excluded.online, max_clients = greatest(${wlanHotspotDays}.max_clients, excluded.max_clients)`);
}

export async function markSourceSucceeded(db: Executor, sourceId: string, at: Date): Promise<void> {
  await db.update(wlanFeedSources).set({ lastSuccessAt: at }).where(eq(wlanFeedSources.id, sourceId));
}
