/**
 * The OParl server's part of `npm run bench -- council` (the lead wires `measureOparlApi` into
 * bench/council/run.ts): run in a child process per database (PGlite admits one process), with the
 * portal's own environment (DATA_DIR or DATABASE_URL). Generates BENCH_COUNCIL_PAPERS (100,000) papers of
 * one body in bulk with SQL, each with a consultation and a main file (5 % non-public), then asks the
 * portal's routes in process: the first page of `/oparl/v1/body/<id>/paper?modified_since=…` (the
 * goal: p95 < 50 ms), the first page without a filter (its total counts every paper), and a page deep
 * in the list by its `after` cursor. A measurement, not a test.
 *
 * Alone: `node --import tsx bench/council/measure-api.ts` prints the rows as one JSON line.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { createApp } from '../../src/app';
import { openAndMigrate } from '../../src/bootstrap';
import { loadConfig } from '../../src/kernel/config';
import { queryRows, type DatabaseHandle } from '../../src/kernel/db';
import { MODULES } from '../../src/registry';

export interface ApiLatency {
  name: string;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  kb: number;
  /** CPU time of the process (all its threads: PGlite's worker too) per request: what the load of a busy machine does not inflate. */
  cpuMs: number;
  /** The goal for this row, if it has one. */
  goalMs?: number;
}

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;

/** One body with `papers` papers, modified 5 minutes apart over the past year, each with a consultation and a main file. */
async function seedPapers(database: DatabaseHandle, papers: number): Promise<string> {
  const [body] = await queryRows<{ id: string }>(
    database.db,
    sql`insert into council_bodies (name, short_name, ags) values ('Stadt Benchhausen', 'Benchhausen', '05962999') returning id`,
  );
  const bodyId = body!.id;
  await database.db.execute(sql`
    insert into council_files (body_id, name, file_name, mime_type, public, created, modified)
    select ${bodyId}, 'Vorlage ' || g, 'vorlage-' || g || '.pdf', 'application/pdf', g % 20 <> 0,
           now() - make_interval(mins => g * 5), now() - make_interval(mins => g * 5)
    from generate_series(1, ${papers}) g`);
  await database.db.execute(sql`
    insert into council_papers (body_id, name, reference, date, paper_type, main_file_id, public, created, modified)
    select ${bodyId}, 'Vorlage ' || f.name, 'V/' || row_number() over (order by f.id), (f.created at time zone 'UTC')::date,
           'Beschlussvorlage', f.id, f.public, f.created, f.modified
    from council_files f where f.body_id = ${bodyId}`);
  await database.db.execute(sql`
    insert into council_consultations (body_id, paper_id, authoritative, role, created, modified)
    select ${bodyId}, p.id, true, 'Entscheidung', p.created, p.modified from council_papers p where p.body_id = ${bodyId}`);
  await database.execScript('analyze council_files; analyze council_papers; analyze council_consultations');
  return bodyId;
}

export async function measureOparlApi(env: Record<string, string | undefined> = process.env): Promise<ApiLatency[]> {
  const papers = Number(env.BENCH_COUNCIL_PAPERS ?? 100_000);
  const rounds = Number(env.BENCH_COUNCIL_ROUNDS ?? 100);
  const config = loadConfig({ ...env, DEMO_DATA: '0', JOBS: 'false', LOG_LEVEL: 'warn' } as Record<string, string>, MODULES);
  const { database, deps } = await openAndMigrate(config, MODULES);
  const app = await createApp(deps);
  try {
    const bodyId = await seedPapers(database, papers);
    const list = `/oparl/v1/body/${bodyId}/paper`;
    const since = encodeURIComponent(new Date(Date.now() - 7 * 86_400_000).toISOString().replace(/\.\d+Z$/, '+00:00'));
    const deep = (await app.inject(`${list}?after=${encodeURIComponent(await cursorAt(database, bodyId, Math.floor(papers / 2)))}`)).json<{
      links: { self: string };
    }>();
    async function measure(name: string, path: string, goalMs?: number): Promise<ApiLatency> {
      const times: number[] = [];
      let bytes = 0;
      await app.inject(path);
      const cpu = process.cpuUsage();
      for (let round = 0; round < rounds; round += 1) {
        const started = performance.now();
        const response = await app.inject(path);
        times.push(performance.now() - started);
        if (response.statusCode !== 200) throw new Error(`${name}: ${response.statusCode} ${response.body.slice(0, 200)}`);
        bytes = response.rawPayload.length;
      }
      const used = process.cpuUsage(cpu);
      const sorted = times.sort((a, b) => a - b);
      const cpuMs = (used.user + used.system) / 1000 / rounds;
      return { name, requests: rounds, p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), kb: bytes / 1024, cpuMs, goalMs };
    }
    return [
      await measure('paper list, first page, modified_since 7 days', `${list}?modified_since=${since}`, 50),
      await measure('paper list, first page, no filter', list),
      await measure('paper list, a page in the middle (after)', deep.links.self.replace(config.baseUrl, '')),
      await measure('one paper', `/oparl/v1/paper/${await middlePaper(database, bodyId)}`),
    ];
  } finally {
    await app.close();
    await database.close();
  }
}

async function cursorAt(database: DatabaseHandle, bodyId: string, offset: number): Promise<string> {
  const [row] = await queryRows<{ cursor: string }>(
    database.db,
    sql`select to_char(modified at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z_"') || id as cursor from council_papers
        where body_id = ${bodyId} and public and not deleted order by modified, id offset ${offset} limit 1`,
  );
  return row!.cursor;
}

async function middlePaper(database: DatabaseHandle, bodyId: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    database.db,
    sql`select id from council_papers where body_id = ${bodyId} and public order by reference limit 1 offset 1000`,
  );
  return row!.id;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await measureOparlApi())}\n`);
}
