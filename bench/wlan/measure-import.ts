/**
 * The import half of one database's part of `npm run bench -- wlan`, run as a child process (PGlite admits one process):
 * migrations, then `wlan:import`'s use case on the generated meshviewer.json (time, CPU, RSS before and
 * at its highest), the same feed again (idempotent), and then the feed vanishing and turning into
 * garbage: each run must fail and leave every hotspot as it was (checked by a digest of the rows).
 * Prints one JSON line for the runner. Environment: BENCH_WLAN_FILE and the portal's own (DATA_DIR or DATABASE_URL).
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openAndMigrate } from '../../src/bootstrap';
import { loadConfig } from '../../src/kernel/config';
import { queryRows } from '../../src/kernel/db';
import { importFeedLocation } from '../../src/modules/wlan';
import { MODULES } from '../../src/registry';

const file = process.env.BENCH_WLAN_FILE!;
const rssMb = () => process.memoryUsage().rss / 1024 / 1024;
const actor = { id: null, label: 'bench' };

const config = loadConfig({ ...process.env, DEMO_DATA: '0' } as Record<string, string>, MODULES);
const { database, deps } = await openAndMigrate(config, MODULES);

async function digest(): Promise<{ count: number; digest: string }> {
  const [row] = await queryRows<{ count: number; digest: string }>(
    deps.db,
    sql`select count(*)::int as count, md5(string_agg(concat_ws('|', external_id, name, latitude, longitude, online, clients, removed_at, updated_at), ',' order by external_id)) as digest from wlan_hotspots`,
  );
  return row!;
}

try {
  const size = statSync(file).size;
  const rssBefore = rssMb();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb())), 20);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const first = await importFeedLocation(actor, { location: file }, deps);
  const importSeconds = (performance.now() - started) / 1000;
  const cpuUsed = process.cpuUsage(cpu);
  clearInterval(sampler);
  const again = performance.now();
  const second = await importFeedLocation(actor, { location: file }, deps);
  const secondSeconds = (performance.now() - again) / 1000;
  const good = await digest();
  const original = readFileSync(file);
  writeFileSync(file, '<html><body><h1>502 Bad Gateway</h1></body></html>');
  const garbage = await importFeedLocation(actor, { location: file }, deps);
  const afterGarbage = await digest();
  writeFileSync(file, original.subarray(0, Math.floor(original.length / 2)));
  const truncated = await importFeedLocation(actor, { location: file }, deps);
  const afterTruncated = await digest();
  rmSync(file);
  const vanished = await importFeedLocation(actor, { location: file }, deps);
  const afterVanished = await digest();
  writeFileSync(file, original);
  process.stdout.write(
    `${JSON.stringify({
      fileMb: size / 1024 / 1024,
      nodes: first.read,
      taken: first.taken,
      outcome: first.outcome,
      importSeconds,
      importCpuSeconds: (cpuUsed.user + cpuUsed.system) / 1e6,
      rssBeforeMb: rssBefore,
      rssPeakMb: rssPeak,
      reimport: { outcome: second.outcome, seconds: secondSeconds },
      badFeeds: [
        { name: 'garbage (HTML, not JSON)', outcome: garbage.outcome, kept: afterGarbage.digest === good.digest && afterGarbage.count === good.count },
        { name: 'cut off', outcome: truncated.outcome, kept: afterTruncated.digest === good.digest && afterTruncated.count === good.count },
        { name: 'vanished', outcome: vanished.outcome, kept: afterVanished.digest === good.digest && afterVanished.count === good.count },
      ],
      hotspots: good.count,
    })}\n`,
  );
} finally {
  await database.close();
}
