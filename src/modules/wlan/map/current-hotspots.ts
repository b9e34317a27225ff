import { asc, isNull } from 'drizzle-orm';
import { cachedQuery, type Executor } from '../../../kernel/db';
import { wlanHotspots, type HotspotKind } from '../tables';

/** What the map, the list and the exports show of a hotspot: nothing about a node's owner. */
export interface PublicHotspot {
  slug: string;
  kind: HotspotKind;
  name: string;
  operator: string;
  address: string;
  /** [longitude, latitude], or null for a hotspot without a position (listed, not drawn). */
  position: [number, number] | null;
  insideArea: boolean;
  online: boolean;
  clients: number;
  lastSeenAt: Date | null;
  firstSeenAt: Date | null;
}

/** The columns anyone may see: none about a node's owner, nor the feed's ids. */
export const PUBLIC_COLUMNS = {
  slug: wlanHotspots.slug,
  kind: wlanHotspots.kind,
  name: wlanHotspots.name,
  operator: wlanHotspots.operator,
  address: wlanHotspots.address,
  latitude: wlanHotspots.latitude,
  longitude: wlanHotspots.longitude,
  insideArea: wlanHotspots.insideArea,
  online: wlanHotspots.online,
  clients: wlanHotspots.clients,
  lastSeenAt: wlanHotspots.lastSeenAt,
  firstSeenAt: wlanHotspots.firstSeenAt,
};

/**
 * Every hotspot not removed from its feed, by name, kept in memory until `wlan_hotspots` changes.
 * A town has hundreds of them (the benchmark: 5,000), a few hundred kilobytes: filtering, distances
 * and paging in JS over this list answer /wlan and the exports without a query per request, and the
 * nearest 20 to any place cost one pass over it.
 */
export const currentHotspots = cachedQuery({ tables: ['wlan_hotspots'], maxEntries: 1 }, async (db: Executor): Promise<readonly PublicHotspot[]> => {
  const rows = await db.select(PUBLIC_COLUMNS).from(wlanHotspots).where(isNull(wlanHotspots.removedAt)).orderBy(asc(wlanHotspots.name), asc(wlanHotspots.slug));
  return rows.map(({ latitude, longitude, ...row }) => ({
    ...row,
    position: latitude === null || longitude === null ? null : [longitude, latitude],
  }));
});
