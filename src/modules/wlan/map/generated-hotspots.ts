import type { Config } from '../../../kernel/config';
import type { Database } from '../../../kernel/db';
import { insideRing } from '../../../kernel/geo';
import { wlanHotspots } from '../tables';

/** A small deterministic generator (mulberry32): the same hotspots on every run and database. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `count` generated Freifunk nodes for the benchmark (`npm run bench -- wlan`): positions spread over
 * the municipality's outline and a margin around it (about one in ten outside, marked), seven in ten
 * online. Written in chunks of 500 rows.
 */
export async function seedGeneratedHotspots(db: Database, config: Pick<Config, 'municipality'>, count: number): Promise<void> {
  const boundary = config.municipality.map?.boundary ?? [
    [7.55, 51.33],
    [7.78, 51.33],
    [7.78, 51.45],
    [7.55, 51.45],
  ];
  const lons = boundary.map(([lon]) => lon);
  const lats = boundary.map(([, lat]) => lat);
  const [west, east, south, north] = [Math.min(...lons) - 0.02, Math.max(...lons) + 0.02, Math.min(...lats) - 0.02, Math.max(...lats) + 0.02];
  const next = random(12);
  const now = Date.now();
  const rows: (typeof wlanHotspots.$inferInsert)[] = [];
  for (let index = 1; index <= count; index++) {
    const position: [number, number] = [west + next() * (east - west), south + next() * (north - south)];
    const online = next() < 0.7;
    rows.push({
      kind: 'freifunk',
      externalId: `bench${index}`,
      slug: `bench-knoten-${index}`,
      name: `Freifunk-Knoten ${index}`,
      operator: 'Freifunk (Benchmark)',
      latitude: position[1],
      longitude: position[0],
      insideArea: insideRing(position, boundary),
      online,
      clients: online ? Math.floor(next() * 12) : 0,
      firstSeenAt: new Date(now - next() * 400 * 86_400_000),
      lastSeenAt: new Date(now - (online ? 60_000 : next() * 30 * 86_400_000)),
    });
  }
  for (let start = 0; start < rows.length; start += 500) await db.insert(wlanHotspots).values(rows.slice(start, start + 500));
}
