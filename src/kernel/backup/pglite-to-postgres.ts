import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { runMigrations, type DatabaseHandle, type Database, type MigrationSource } from '../db';
import { migrationsOfBackup } from './backup-migrations';
import { copyRows } from './copy-rows';
import { assertRowsMatch, rowCounts, tableNames, type Queryable } from './inventory';
import type { Manifest } from './manifest';
import { fromDataDirTarball } from './pglite';
import { WIPE, withClient } from './postgres';
import { createTablesLike } from './table-ddl';

/**
 * A PGlite backup into PostgreSQL (ADR 21, amendment). PGlite is PostgreSQL 18 and the target may be
 * 15, so no dump of PGlite's would load there; instead, in one transaction of the target: the wipe
 * (with --force), the portal's own migrator up to the backup's migrations, the tables no migration
 * makes (the DataStore's) as the backup has them, every table's rows and sequences from the backup's
 * data directory opened in a temporary PGlite, and the rows compared with the manifest. Any error
 * rolls all of it back.
 */
export async function restorePgliteIntoPostgres(
  url: string,
  dumpFile: string,
  manifest: Manifest,
  workDir: string,
  replace: boolean,
  sources: readonly MigrationSource[],
): Promise<void> {
  const migrations = await migrationsOfBackup(sources, manifest, workDir);
  const source = await fromDataDirTarball(dumpFile)(join(workDir, 'source'));
  const from = source as unknown as Queryable;
  try {
    await withClient(url, (client) =>
      drizzle(client).transaction(async (tx) => {
        const target = client as unknown as Queryable;
        if (replace) await client.query(WIPE);
        // The migrator opens a transaction of its own: inside this one it becomes a savepoint.
        await runMigrations({ db: tx as unknown as Database } as DatabaseHandle, migrations);
        const made = new Set(await tableNames(target));
        await createTablesLike(
          from,
          target,
          (await tableNames(from)).filter((table) => !made.has(table)),
        );
        await copyRows(source, client);
        assertRowsMatch(manifest.database.tables, await rowCounts(target));
      }),
    );
  } finally {
    await source.close();
  }
}
