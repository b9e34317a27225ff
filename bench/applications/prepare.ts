/**
 * Runs in a child process before the portal starts (PGlite admits one process): migrations and demo
 * data, the three-page benchmark form as a new published version of the Mängelmeldung, the
 * generated back-office load (BENCH_INBOX_ROWS applications) and a staff session for the inbox.
 * Prints one JSON line for the runner.
 */
import { sql } from 'drizzle-orm';
import { openAndMigrate } from '../../src/bootstrap';
import { createSession, createUser } from '../../src/kernel/auth';
import { loadConfig } from '../../src/kernel/config';
import { formDefinitionSchema } from '../../src/modules/forms';
import { findServiceForApplication } from '../../src/modules/services';
import { MODULES } from '../../src/registry';
import { seedApplications } from '../seed-applications';
import { BENCH_FORM_KEY, benchForm } from './bench-form';

const rows = Number(process.env.BENCH_INBOX_ROWS ?? 100_000);
const config = loadConfig(process.env, MODULES);
const { database } = await openAndMigrate(config, MODULES);
try {
  const { db } = database;
  const definition = formDefinitionSchema.parse(benchForm);
  await db.transaction(async (tx) => {
    await tx.execute(sql`update form_versions set status = 'superseded' where form_key = ${BENCH_FORM_KEY} and status = 'published'`);
    await tx.execute(sql`
      insert into form_versions (form_key, version, status, definition, source, published_at)
      select ${BENCH_FORM_KEY}, coalesce(max(version), 0) + 1, 'published', ${JSON.stringify(definition)}::jsonb, 'manual', now()
      from form_versions where form_key = ${BENCH_FORM_KEY}`);
  });
  const service = await findServiceForApplication(db, BENCH_FORM_KEY);
  if (!service?.guestAllowed) throw new Error(`${BENCH_FORM_KEY} must exist and allow guests`);
  const started = performance.now();
  await seedApplications(db, rows);
  const seedSeconds = (performance.now() - started) / 1000;
  const staff = await db.transaction((tx) =>
    createUser(tx, {
      email: `bench-staff-${Date.now()}@iserlohn.example`,
      displayName: 'Benchmark Sachbearbeitung',
      role: 'staff',
      emailVerified: true,
      departments: [service.departmentId],
      permissions: ['applications.process'],
    }),
  );
  const session = await createSession(db, staff.id);
  process.stdout.write(`${JSON.stringify({ session, departmentId: service.departmentId, rows, seedSeconds })}\n`);
} finally {
  await database.close();
}
