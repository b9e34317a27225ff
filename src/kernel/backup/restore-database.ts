import type { MigrationSource } from '../db';
import type { RestoreConfig } from './restore-backup';
import type { Manifest } from './manifest';
import { fromDataDirTarball, restorePglite } from './pglite';
import { restorePgliteIntoPostgres } from './pglite-to-postgres';
import { restorePostgres } from './postgres';
import { fromSqlDump } from './sql-dump';

interface DatabaseRestore {
  manifest: Manifest;
  /** The backup's database entry, unpacked. */
  dumpFile: string;
  workDir: string;
  /** The target holds data (`--force` was given): replace it. */
  replace: boolean;
  stamp: string;
  migrations: readonly MigrationSource[];
}

/**
 * The database part of a restore, all or nothing, for each pair of backup and target: the same kind
 * with its own tool, a PostgreSQL dump into a fresh PGlite, a PGlite backup into PostgreSQL through
 * the migrator and a copy of the rows (ADR 21). Returns where a replaced PGlite directory went.
 */
export async function restoreDatabase(database: RestoreConfig['database'], restore: DatabaseRestore): Promise<string | undefined> {
  const { manifest, dumpFile, workDir, replace } = restore;
  if (database.kind === 'pglite') {
    const fill = manifest.database.kind === 'pglite' ? fromDataDirTarball(dumpFile) : fromSqlDump(dumpFile);
    return restorePglite(database.dataDir, fill, manifest, restore.stamp);
  }
  if (manifest.database.kind === 'postgres') await restorePostgres(database.url, dumpFile, manifest, workDir, replace);
  else await restorePgliteIntoPostgres(database.url, dumpFile, manifest, workDir, replace, restore.migrations);
  return undefined;
}
