import { eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { cockpitPartnerFeeds, type PartnerFeed } from '../tables';
import type { ExchangeFeed } from './feed-types';

export function listPartnerFeeds(db: Executor): Promise<PartnerFeed[]> {
  return db
    .select()
    .from(cockpitPartnerFeeds)
    .orderBy(sql`${cockpitPartnerFeeds.townName} collate "und-x-icu"`);
}

export async function findPartnerFeed(db: Executor, id: string): Promise<PartnerFeed | undefined> {
  const [row] = await db.select().from(cockpitPartnerFeeds).where(eq(cockpitPartnerFeeds.id, id));
  return row;
}

/** The feeds read from a URL, for the daily refresh. */
export function feedsWithUrl(db: Executor): Promise<PartnerFeed[]> {
  return db.select().from(cockpitPartnerFeeds).where(isNotNull(cockpitPartnerFeeds.sourceUrl));
}

/**
 * Keeps a good feed: one row per town (its AGS), so reading a town again, or uploading its file, replaces
 * the last one. An upload (no URL) keeps the URL a town already has, so the daily refresh goes on.
 */
export async function storeFeed(db: Executor, feed: ExchangeFeed, sourceUrl: string | null, at: Date): Promise<string> {
  const values = { ags: feed.municipality.ags, townName: feed.municipality.name, feed, fetchedAt: at, lastAttemptAt: at, lastError: null, problems: [] };
  const [row] = await db
    .insert(cockpitPartnerFeeds)
    .values({ ...values, sourceUrl })
    .onConflictDoUpdate({
      target: cockpitPartnerFeeds.ags,
      set: { ...values, sourceUrl: sql`coalesce(${sourceUrl}, ${cockpitPartnerFeeds.sourceUrl})` },
    })
    .returning({ id: cockpitPartnerFeeds.id });
  return row!.id;
}

/** A read that failed: the last good feed stays, the failure is shown beside it. */
export async function recordFailure(db: Executor, id: string, failure: { message: string; problems: string[] }, at: Date): Promise<void> {
  await db.update(cockpitPartnerFeeds).set({ lastError: failure.message, problems: failure.problems, lastAttemptAt: at }).where(eq(cockpitPartnerFeeds.id, id));
}

export async function deletePartnerFeed(db: Executor, id: string): Promise<void> {
  await db.delete(cockpitPartnerFeeds).where(eq(cockpitPartnerFeeds.id, id));
}
