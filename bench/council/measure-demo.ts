/**
 * The council demo's part of `npm run bench -- council`: what seeding a town's council adds to the first
 * start (goal: at most about 2 s, issue 13 point 9), on PGlite as the first start uses it. For each
 * town with a council pack, a fresh data directory is migrated (not timed), the demo logins are
 * seeded, then `seedCouncilDemo` is timed (wall clock, and the CPU of the process: both threads).
 * The PDFs render on this thread while the database thread inserts, so the wall clock is about the
 * longer of the two. Prints a table and returns the rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openAndMigrate } from '../../src/bootstrap';
import { loadConfig } from '../../src/kernel/config';
import { queryRows } from '../../src/kernel/db';
import { adminModule } from '../../src/modules/admin';
import { seedCouncilDemo } from '../../src/modules/council';
import { MODULES } from '../../src/registry';
import { fixed, renderTable } from '../lib/table';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const GOAL_SECONDS = 2;

export interface DemoSeeding {
  town: string;
  meetings: number;
  papers: number;
  files: number;
  seedSeconds: number;
  cpuSeconds: number;
}

async function measureTown(town: string): Promise<DemoSeeding> {
  const dataDir = mkdtempSync(join(tmpdir(), `stadtportal-bench-council-demo-${town}-`));
  const env = { ...process.env, DATA_DIR: dataDir, DEMO_DATA: '0', CONFIG_FILE: resolve(PROJECT_ROOT, `config/${town}.json`) };
  const config = loadConfig(env as Record<string, string>, MODULES);
  const { database, deps } = await openAndMigrate(config, MODULES);
  try {
    await adminModule.seedDemo!(deps);
    const cpu = process.cpuUsage();
    const started = performance.now();
    await seedCouncilDemo(deps);
    const seedSeconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const [counts] = await queryRows<{ meetings: number; papers: number; files: number }>(
      deps.db,
      sql`select (select count(*)::int from council_meetings) as meetings, (select count(*)::int from council_papers) as papers,
        (select count(*)::int from council_files) as files`,
    );
    return { town, ...counts!, seedSeconds, cpuSeconds: (used.user + used.system) / 1e6 };
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function measureDemo(out: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<DemoSeeding[]> {
  const results: DemoSeeding[] = [];
  for (const town of ['iserlohn', 'menden']) results.push(await measureTown(town));
  out(`\nCouncil demo seeding (PGlite, first start) — machine load (1-min average) ${(loadavg()[0] ?? 0).toFixed(1)}`);
  out(
    renderTable(
      ['town', 'meetings', 'papers', 'PDFs', 'seed s', 'CPU s (process)', 'goal'],
      results.map((row) => [
        row.town,
        fixed(row.meetings),
        fixed(row.papers),
        fixed(row.files),
        fixed(row.seedSeconds, 2),
        fixed(row.cpuSeconds, 2),
        `≤ ${GOAL_SECONDS} s: ${row.seedSeconds <= GOAL_SECONDS ? 'met' : 'MISSED'}`,
      ]),
    ),
  );
  return results;
}
