/**
 * Runs in a child process before the portal starts (PGlite admits one process): migrations, then
 * BENCH_VHS_COURSES published courses with BENCH_VHS_SEATS seats each, open for booking now, and
 * BENCH_VHS_PARTICIPANTS citizen accounts with a session each (no password: hashing is not what the
 * rush measures). Prints one JSON line for the runner: the session tokens and the course slugs.
 */
import { sql } from 'drizzle-orm';
import { openAndMigrate } from '../../src/bootstrap';
import { createSession } from '../../src/kernel/auth';
import { loadConfig } from '../../src/kernel/config';
import { queryRows } from '../../src/kernel/db';
import { MODULES } from '../../src/registry';

const participants = Number(process.env.BENCH_VHS_PARTICIPANTS ?? 2000);
const courses = Number(process.env.BENCH_VHS_COURSES ?? 50);
const seats = Number(process.env.BENCH_VHS_SEATS ?? 20);
const run = Date.now();

const config = loadConfig(process.env, MODULES);
const { database } = await openAndMigrate(config, MODULES);
try {
  const { db } = database;
  await db.execute(sql`insert into vhs_programme_areas (id, name, position) values ('bench', 'Benchmark', 99) on conflict do nothing`);
  const slugs = (
    await queryRows<{ slug: string }>(
      db,
      sql`insert into vhs_courses (slug, number, term, area_id, title, summary, description, format, instructor, fee_cents,
            min_participants, max_participants, starts_at, ends_at, booking_opens_at, booking_closes_at, cancellable_until, state)
          select 'ansturm-' || ${run} || '-' || n, 'B-' || ${run} || '-' || n, '2027-1', 'bench', 'Ansturmkurs ' || n, 'Benchmark', 'Benchmark',
                 'online', 'Kursleitung', 5000, 1, ${seats}, now() + interval '30 days', now() + interval '60 days',
                 now() - interval '1 minute', now() + interval '20 days', now() + interval '10 days', 'published'
          from generate_series(1, ${courses}) n
          returning slug`,
    )
  ).map((row) => row.slug);
  const ids = await queryRows<{ id: string }>(
    db,
    sql`insert into users (email, display_name, role, email_verified_at)
        select 'ansturm-' || ${run} || '-' || n || '@example.org', 'Teilnehmerin ' || n, 'citizen', now() from generate_series(1, ${participants}) n
        returning id`,
  );
  const sessions: string[] = [];
  for (const { id } of ids) sessions.push(await createSession(db, id));
  process.stdout.write(`${JSON.stringify({ sessions, slugs })}\n`);
} finally {
  await database.close();
}
