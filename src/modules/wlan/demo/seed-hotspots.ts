import { relative, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { PROJECT_ROOT } from '../../../kernel/config';
import { demoPackDir, readDemoPack } from '../../../kernel/config/demo-pack';
import type { Executor } from '../../../kernel/db';
import { insideRing, type LonLat } from '../../../kernel/geo';
import type { ModuleDeps } from '../../../kernel/module';
import { addDays, berlinDay } from '../../../kernel/time';
import { findSourceByUrl, lastGoodCount } from '../import/repository';
import { runImport } from '../import/run-import';
import { wlanFeedSources, wlanHotspots } from '../tables';
import { hotspotsPackSchema } from './hotspots-pack';

const DAY_MS = 86_400_000;

/**
 * Invented history for hotspots that have none before today: a day row every third day since each one
 * was first seen, mostly online, with a few devices. Deterministic (a hash of hotspot and day), so the
 * statistics look the same after every reset.
 */
async function inventHistory(db: Executor, from: string, today: string): Promise<void> {
  await db.execute(sql`
    insert into wlan_hotspot_days (hotspot_id, day, online, max_clients)
    select id, day, online, case when online then abs(hashtext(day::text || id::text)) % (case when kind = 'own' then 30 else 12 end) else 0 end
    from (
      select h.id, h.kind, d::date as day, abs(hashtext(h.id::text || d::text)) % 100 >= (case when h.kind = 'own' then 2 else 10 end) as online
      from wlan_hotspots h
      cross join generate_series(${from}::date, ${addDays(today, -1)}::date, interval '3 days') d
      where h.removed_at is null and d >= coalesce(h.first_seen_at, now())
        and not exists (select 1 from wlan_hotspot_days x where x.hotspot_id = h.id and x.day < ${today}::date)
    ) days
    on conflict (hotspot_id, day) do nothing`);
}

/** A file location as stored: relative to the project where it lies inside it, so a moved checkout keeps working. */
const storedLocation = (file: string) => {
  const path = relative(PROJECT_ROOT, file);
  return path.startsWith('..') ? file : path;
};

/**
 * Import part of the demo (import/, staff/): the town's own hotspots, its Freifunk feed as a source
 * that reads a file of the pack, imported once, and invented history so /wlan/statistik shows growth.
 * Idempotent: existing hotspots and sources stay as they are, a source with a good import is not read again.
 */
export async function seedHotspotsDemo(deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<void> {
  const pack = readDemoPack(deps.config, 'wlan-hotspots', hotspotsPackSchema);
  if (!pack) return;
  const { db, config } = deps;
  const dir = demoPackDir(config)!;
  const now = new Date();
  const today = berlinDay(now);
  const boundary = config.municipality.map?.boundary as readonly LonLat[] | undefined;
  for (const own of pack.ownHotspots) {
    const { sinceDays, ...fields } = own;
    const insideArea = boundary ? insideRing([own.longitude, own.latitude], boundary) : true;
    const firstSeenAt = new Date(now.getTime() - sinceDays * DAY_MS);
    await db
      .insert(wlanHotspots)
      .values({ ...fields, kind: 'own', insideArea, online: true, firstSeenAt, lastSeenAt: now })
      .onConflictDoNothing({ target: wlanHotspots.slug });
  }
  let historyDays = 0;
  for (const feed of pack.feeds) {
    const url = storedLocation(resolve(dir, feed.file));
    await db
      .insert(wlanFeedSources)
      .values({ name: feed.name, url, intervalMinutes: feed.intervalMinutes })
      .onConflictDoNothing({ target: wlanFeedSources.url });
    const source = (await findSourceByUrl(db, url))!;
    if ((await lastGoodCount(db, source.id)) === undefined) await runImport(source, deps, { now });
    historyDays = Math.max(historyDays, feed.historyDays);
  }
  await inventHistory(db, addDays(today, -historyDays), today);
}
