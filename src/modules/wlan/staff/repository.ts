import { and, desc, eq, getTableColumns, like, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { wlanFeedSources, wlanHotspots, wlanImportRuns, type WlanFeedSource, type WlanHotspot, type WlanImportRun } from '../tables';

const byName = sql`${wlanHotspots.name} collate "und-x-icu"`;

export function listOwnHotspots(db: Executor): Promise<WlanHotspot[]> {
  return db
    .select()
    .from(wlanHotspots)
    .where(eq(wlanHotspots.kind, 'own'))
    .orderBy(sql`${wlanHotspots.removedAt} is not null`, byName);
}

/** The imported nodes at a glance, for the own hotspots' page: how many, how many online, inside the area. */
export async function freifunkCounts(db: Executor): Promise<{ total: number; online: number; inside: number }> {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      online: sql<number>`count(*) filter (where ${wlanHotspots.online})::int`,
      inside: sql<number>`count(*) filter (where ${wlanHotspots.insideArea})::int`,
    })
    .from(wlanHotspots)
    .where(and(eq(wlanHotspots.kind, 'freifunk'), sql`${wlanHotspots.removedAt} is null`));
  return row ?? { total: 0, online: 0, inside: 0 };
}

export async function findOwnHotspot(db: Executor, id: string): Promise<WlanHotspot | undefined> {
  const [hotspot] = await db
    .select()
    .from(wlanHotspots)
    .where(and(eq(wlanHotspots.id, id), eq(wlanHotspots.kind, 'own')));
  return hotspot;
}

/** Slugs already used that start like this one, to pick the next free "-2", "-3". */
export async function slugsLike(db: Executor, slug: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: wlanHotspots.slug })
    .from(wlanHotspots)
    .where(or(eq(wlanHotspots.slug, slug), like(wlanHotspots.slug, `${slug}-%`)));
  return new Set(rows.map((row) => row.slug));
}

export async function insertHotspot(db: Executor, values: typeof wlanHotspots.$inferInsert): Promise<WlanHotspot> {
  const [hotspot] = await db.insert(wlanHotspots).values(values).returning();
  return hotspot!;
}

export async function updateHotspot(db: Executor, id: string, values: Partial<typeof wlanHotspots.$inferInsert>): Promise<void> {
  await db
    .update(wlanHotspots)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(wlanHotspots.id, id));
}

export async function deleteHotspot(db: Executor, id: string): Promise<void> {
  await db.delete(wlanHotspots).where(eq(wlanHotspots.id, id));
}

export interface SourceRow {
  source: WlanFeedSource;
  lastRun: Pick<WlanImportRun, 'id' | 'outcome' | 'startedAt' | 'nodesTaken'> | null;
  hotspots: number;
}

export async function listSources(db: Executor): Promise<SourceRow[]> {
  const rows = await db
    .select({
      ...getTableColumns(wlanFeedSources),
      lastRun: sql<SourceRow['lastRun']>`(select json_build_object('id', r.id, 'outcome', r.outcome, 'startedAt', r.started_at, 'nodesTaken', r.nodes_taken)
        from wlan_import_runs r where r.source_id = wlan_feed_sources.id order by r.started_at desc limit 1)`,
      hotspots: sql<number>`(select count(*)::int from wlan_hotspots h where h.source_id = wlan_feed_sources.id and h.removed_at is null)`,
    })
    .from(wlanFeedSources)
    .orderBy(sql`${wlanFeedSources.name} collate "und-x-icu"`);
  return rows.map(({ lastRun, hotspots, ...source }) => ({
    source,
    hotspots,
    lastRun: lastRun ? { ...lastRun, startedAt: new Date(lastRun.startedAt) } : null,
  }));
}

export async function updateSource(db: Executor, id: string, values: Partial<typeof wlanFeedSources.$inferInsert>): Promise<void> {
  await db.update(wlanFeedSources).set(values).where(eq(wlanFeedSources.id, id));
}

export interface RunRow {
  run: WlanImportRun;
  sourceName: string | null;
}

/** The latest runs, newest first; the skipped lists stay out of the list (the run's page shows them). */
export async function listRuns(db: Executor, limit: number, sourceId?: string): Promise<RunRow[]> {
  return db
    .select({ run: { ...getTableColumns(wlanImportRuns), skipped: sql<WlanImportRun['skipped']>`'[]'::jsonb` }, sourceName: wlanFeedSources.name })
    .from(wlanImportRuns)
    .leftJoin(wlanFeedSources, eq(wlanFeedSources.id, wlanImportRuns.sourceId))
    .where(sourceId ? eq(wlanImportRuns.sourceId, sourceId) : undefined)
    .orderBy(desc(wlanImportRuns.startedAt))
    .limit(limit);
}

export async function findRun(db: Executor, id: string): Promise<RunRow | undefined> {
  const [row] = await db
    .select({ run: wlanImportRuns, sourceName: wlanFeedSources.name })
    .from(wlanImportRuns)
    .leftJoin(wlanFeedSources, eq(wlanFeedSources.id, wlanImportRuns.sourceId))
    .where(eq(wlanImportRuns.id, id));
  return row;
}
