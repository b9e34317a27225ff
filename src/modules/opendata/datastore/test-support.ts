import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../../kernel/db';
import { storageKeyFor } from '../../../kernel/files';
import type { ModuleDeps, ModuleManifest } from '../../../kernel/module';
import { MODULES } from '../../../registry';
import { PROJECT_ROOT } from '../../../kernel/config';
import type { TestApp } from '../../../../tests/support/test-app';
import { datasets, organizations, resources } from '../tables/catalogue';
import { datastoreTables } from '../tables/datastore';
import { DATASTORE_LOAD_JOB, datastoreJobs } from './job';

export const fixture = (name: string): Buffer => readFileSync(resolve(PROJECT_ROOT, 'src/modules/opendata/datastore/fixtures', name));

/** The registry with the DataStore's job and settings in the opendata manifest, as the integrator wires them. */
export function modulesWithDatastore(options: { chunkRows?: number } = {}): ModuleManifest[] {
  return MODULES.map((module) =>
    module.id === 'opendata'
      ? {
          ...module,
          jobs: (deps: ModuleDeps) => [...datastoreJobs(deps, options), ...(module.jobs?.(deps) ?? []).filter((job) => job.kind !== DATASTORE_LOAD_JOB)],
        }
      : module,
  );
}

/**
 * The test reset empties the public tables only: the DataStore's own schema is emptied here, so no
 * table of one test is seen by the next.
 */
export async function resetDatastore(t: TestApp): Promise<void> {
  await t.reset();
  await t.database.handle.execScript('drop schema datastore cascade; create schema datastore;');
}

/** What createResource writes to: a test app, or a database and file store of a measurement (measure-load.ts). */
interface Target {
  db: Database;
  deps: Pick<ModuleDeps, 'files'>;
}

/** A published dataset with one distribution; with `file`, the bytes are in the file store as an upload would put them. */
export async function createResource(t: Target, options: { file?: Buffer; format?: string; name?: string } = {}): Promise<string> {
  const suffix = randomUUID().slice(0, 8);
  const [organization] = await t.db
    .insert(organizations)
    .values({ name: `stadt-${suffix}`, title: 'Stadt', kind: 'city' })
    .returning({ id: organizations.id });
  const [dataset] = await t.db
    .insert(datasets)
    .values({
      name: `daten-${suffix}`,
      organizationId: organization!.id,
      title: 'Daten',
      licenseId: 'dl-by-de/2.0',
      contactName: 'Open Data',
      contactEmail: 'opendata@example.org',
      state: 'active',
    })
    .returning({ id: datasets.id });
  const id = randomUUID();
  const fileKey = options.file ? storageKeyFor(id) : null;
  if (options.file && fileKey) await t.deps.files.put(fileKey, options.file, { contentType: 'text/csv' });
  await t.db.insert(resources).values({
    id,
    datasetId: dataset!.id,
    position: 0,
    name: options.name ?? 'Tabelle',
    format: options.format ?? 'CSV',
    fileKey,
    fileName: fileKey ? 'tabelle.csv' : null,
    byteSize: options.file?.length ?? null,
  });
  return id;
}

/** Replaces a distribution's file, as an upload of a new version does. */
export async function replaceFile(t: TestApp, resourceId: string, file: Buffer): Promise<void> {
  const fileKey = `${storageKeyFor(resourceId)}-${randomUUID().slice(0, 8)}`;
  await t.deps.files.put(fileKey, file, { contentType: 'text/csv' });
  await t.db.update(resources).set({ fileKey, byteSize: file.length }).where(eq(resources.id, resourceId));
}

export async function statusOf(t: TestApp, resourceId: string) {
  const [row] = await t.db.select().from(datastoreTables).where(eq(datastoreTables.resourceId, resourceId));
  return row;
}

/** The table's rows as JSON, as datastore_search answers them. */
export async function tableRows(t: TestApp, resourceId: string): Promise<Array<Record<string, unknown>>> {
  // json, not jsonb: jsonb would reorder the keys, and the tests read the column order too.
  const rows = await queryRows<{ row: Record<string, unknown> }>(t.db, sql.raw(`select to_json(r) as row from datastore."${resourceId}" r order by _id`));
  return rows.map(({ row }) => row);
}

export async function datastoreTableNames(t: TestApp): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(t.db, sql`select tablename as name from pg_tables where schemaname = 'datastore' order by 1`);
  return rows.map((row) => row.name);
}
