/**
 * The data half of one database's part of `npm run bench -- cockpit`, run as a child process while no
 * portal runs (PGlite admits one process): migrations, then in a few generate_series statements
 * BENCH_COCKPIT_APPLICATIONS (100,000) Anträge over two years (bench/seed-applications.ts),
 * BENCH_COCKPIT_DATASETS (10,000) published datasets of four publishers with a year of daily use for a
 * tenth of them, BENCH_COCKPIT_HOTSPOTS (1,000) generated hotspots each with a year of day history, and
 * six published measures with milestones; then the figures job, timed twice (the first run reads cold
 * tables). Prints one JSON line for the runner.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openAndMigrate } from '../../src/bootstrap';
import { loadConfig } from '../../src/kernel/config';
import { queryRows } from '../../src/kernel/db';
import { computeFigures } from '../../src/modules/cockpit';
import { seedGeneratedHotspots } from '../../src/modules/wlan';
import { MODULES } from '../../src/registry';
import { seedApplications } from '../seed-applications';

const APPLICATIONS = Number(process.env.BENCH_COCKPIT_APPLICATIONS ?? 100_000);
const DATASETS = Number(process.env.BENCH_COCKPIT_DATASETS ?? 10_000);
const HOTSPOTS = Number(process.env.BENCH_COCKPIT_HOTSPOTS ?? 1000);

export interface Seeded {
  seedSeconds: number;
  /** The figures job: cold (first run after seeding) and warm. */
  jobSeconds: [number, number];
  figures: number;
  failed: string[];
  rows: { applications: number; datasets: number; usageDays: number; hotspotDays: number };
}

const config = loadConfig({ ...process.env, DEMO_DATA: 'false', JOBS: 'false', LOG_LEVEL: 'warn' } as Record<string, string>, MODULES);
const { database, deps } = await openAndMigrate(config, MODULES);
const { db } = database;
const count = async (table: string) => (await queryRows<{ n: number }>(database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n ?? 0;
try {
  const started = performance.now();
  await seedApplications(db, APPLICATIONS, { year: 2025 });
  await db.execute(sql`
    insert into opendata_organizations (name, title, kind)
    select 'bench-herausgeber-' || n, 'Herausgeber ' || n, 'city' from generate_series(1, 4) n on conflict do nothing`);
  await db.execute(sql`
    insert into opendata_datasets (name, organization_id, title, state, license_id, contact_name, contact_email, metadata_created)
    select 'bench-datensatz-' || n, (select id from opendata_organizations where name = 'bench-herausgeber-' || (1 + n % 4)),
      'Datensatz ' || n, 'active', 'dl-by-de/2.0', 'Open-Data-Stelle', 'opendata@example.org', now() - (n % 700) * interval '1 day'
    from generate_series(1, ${DATASETS}) n on conflict do nothing`);
  await db.execute(sql`
    insert into opendata_usage_daily (dataset_id, day, page_views, downloads, api_calls)
    select d.id, current_date - g, 1 + (g * 7 + length(d.name)) % 20, (g + length(d.name)) % 5, 0
    from (select id, name from opendata_datasets where name like 'bench-datensatz-%' order by name limit ${Math.ceil(DATASETS / 10)}) d,
      generate_series(0, 364) g
    on conflict do nothing`);
  await seedGeneratedHotspots(db, config, HOTSPOTS);
  await db.execute(sql`
    insert into wlan_hotspot_days (hotspot_id, day, online, max_clients)
    select h.id, current_date - g, (g + length(h.slug)) % 9 <> 0, (g + length(h.slug)) % 12
    from wlan_hotspots h, generate_series(0, 364) g
    on conflict do nothing`);
  await db.execute(
    sql`insert into departments (id, name, email) values ('digitales', 'Digitalisierung und IT', 'digitales@example.org') on conflict do nothing`,
  );
  await db.execute(sql`
    insert into cockpit_measures (slug, title, goal, owner_department_id, status, progress_percent, starts_on, published)
    select 'massnahme-' || n, 'Maßnahme ' || n, 'Ein Ziel der Digitalstrategie.', 'digitales', 'in_progress', n * 15, date '2025-01-01', true
    from generate_series(1, 6) n on conflict do nothing`);
  await db.execute(sql`
    insert into cockpit_milestones (measure_id, title, due_on, done_on)
    select m.id, 'Meilenstein ' || g, date '2025-03-01' + g * 90, case when g < 3 then date '2025-03-01' + g * 90 end
    from cockpit_measures m, generate_series(1, 5) g`);
  await database.execScript('analyze');
  const seedSeconds = (performance.now() - started) / 1000;
  const timed = async () => {
    const begun = performance.now();
    const run = await computeFigures(deps);
    return { seconds: (performance.now() - begun) / 1000, run };
  };
  const cold = await timed();
  const warm = await timed();
  const seeded: Seeded = {
    seedSeconds,
    jobSeconds: [cold.seconds, warm.seconds],
    figures: warm.run.computed,
    failed: warm.run.failed.map((failure) => `${failure.module}: ${failure.error}`),
    rows: {
      applications: await count('applications'),
      datasets: await count('opendata_datasets'),
      usageDays: await count('opendata_usage_daily'),
      hotspotDays: await count('wlan_hotspot_days'),
    },
  };
  process.stdout.write(`${JSON.stringify(seeded)}\n`);
} finally {
  await database.close();
}
