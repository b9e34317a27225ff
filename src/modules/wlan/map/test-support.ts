import type { Database } from '../../../kernel/db';
import { wlanHotspots } from '../tables';

type HotspotRow = typeof wlanHotspots.$inferInsert;

let counter = 0;

/**
 * A hotspot written directly (until the import's code is merged, tests of the map make their own):
 * a Freifunk node at the given position, online, seen a minute ago, unless `fields` say otherwise.
 */
export async function insertHotspot(db: Database, fields: Partial<HotspotRow> & { position?: [number, number] | null } = {}): Promise<HotspotRow> {
  counter += 1;
  const { position = [7.6958, 51.3759], ...rest } = fields;
  const row: HotspotRow = {
    kind: 'freifunk',
    externalId: `node${counter}`,
    slug: `ff-node-${counter}`,
    name: `Freifunk-Knoten ${counter}`,
    operator: 'Freifunk Märkischer Kreis',
    latitude: position ? position[1] : null,
    longitude: position ? position[0] : null,
    online: true,
    clients: 2,
    firstSeenAt: new Date(Date.now() - 30 * 86_400_000),
    lastSeenAt: new Date(Date.now() - 60_000),
    ...rest,
  };
  await db.insert(wlanHotspots).values(row);
  return row;
}

/** The names a /wlan page lists, in order. */
export const listedNames = (html: string) =>
  [...html.matchAll(/<h3 class="hotspot-list__name">\s*<a href="\/wlan\/hotspots\/[^"]+">([^<]+)<\/a>/g)].map((match) => match[1]!);
