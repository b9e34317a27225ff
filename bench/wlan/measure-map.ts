/**
 * The map half of one database's part of `npm run bench -- wlan`, run as a child process (PGlite admits one process):
 * migrations, BENCH_WLAN_HOTSPOTS generated hotspots, then the portal's routes (in process, without
 * the network): the map data `/wlan/hotspots.geojson` and the no-JS list of the nearest 20
 * (`/wlan?breite=…&laenge=…`, a new position each time: never from the page cache). Each both warm
 * (the hotspots in memory, as between imports) and right after a change of `wlan_hotspots` (as after
 * each import: the database is read again). Prints one JSON line for the runner.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { createApp } from '../../src/app';
import { openAndMigrate } from '../../src/bootstrap';
import { loadConfig } from '../../src/kernel/config';
import { seedGeneratedHotspots } from '../../src/modules/wlan';
import { MODULES } from '../../src/registry';

const HOTSPOTS = Number(process.env.BENCH_WLAN_HOTSPOTS ?? 5000);
const ROUNDS = Number(process.env.BENCH_WLAN_ROUNDS ?? 200);

export interface Latency {
  name: string;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  bytes: number;
}

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;

const config = loadConfig({ ...process.env, DEMO_DATA: '0', JOBS: 'false', LOG_LEVEL: 'warn' } as Record<string, string>, MODULES);
const { database, deps } = await openAndMigrate(config, MODULES);
const app = await createApp(deps);
try {
  await seedGeneratedHotspots(database.db, config, HOTSPOTS);
  await database.execScript('analyze wlan_hotspots');
  await database.changes.settled();
  let seed = 1;
  const place = () => {
    seed = (seed * 48271) % 2_147_483_647;
    const lat = 51.34 + ((seed % 10_000) / 10_000) * 0.09;
    const lon = 7.58 + ((Math.floor(seed / 10_000) % 10_000) / 10_000) * 0.17;
    return `/wlan?breite=${lat.toFixed(4)}&laenge=${lon.toFixed(4)}`;
  };
  /** `rounds` requests of `path()`, each after `before()`; fails on any answer but 200. */
  async function measure(name: string, path: () => string, rounds: number, before?: () => Promise<void>): Promise<Latency> {
    const times: number[] = [];
    let bytes = 0;
    for (let round = 0; round < rounds; round++) {
      await before?.();
      const started = performance.now();
      const response = await app.inject(path());
      times.push(performance.now() - started);
      if (response.statusCode !== 200) throw new Error(`${name}: ${response.statusCode}`);
      bytes = response.rawPayload.length;
    }
    const sorted = times.sort((a, b) => a - b);
    return { name, requests: rounds, p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), bytes };
  }
  let change = 0;
  /** What an import does to the table: a hotspot's clients change, every cache of the table is dropped. */
  const importChange = async () => {
    change += 1;
    await database.db.execute(sql`update wlan_hotspots set clients = ${change % 10} where slug = 'bench-knoten-1'`);
    await database.changes.settled();
  };
  await app.inject('/wlan/hotspots.geojson');
  const results = [
    await measure('map data (GeoJSON)', () => '/wlan/hotspots.geojson', ROUNDS),
    await measure('map data after an import', () => '/wlan/hotspots.geojson', Math.ceil(ROUNDS / 4), importChange),
    await measure('nearest 20 (no JS)', place, ROUNDS),
    await measure('nearest 20 after an import', place, Math.ceil(ROUNDS / 4), importChange),
  ];
  process.stdout.write(`${JSON.stringify({ hotspots: HOTSPOTS, results })}\n`);
} finally {
  await app.close();
  await database.close();
}
