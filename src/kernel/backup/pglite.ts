import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';
import { createPgliteClient, lockDataDir } from '../db';
import { BackupError } from './errors';
import { appliedMigrations, assertRowsMatch, rowCounts, serverVersion, type Queryable } from './inventory';
import type { Manifest } from './manifest';

/**
 * PGlite: PGlite's own `dumpDataDir()` (a tarball of the data directory) while this process holds
 * the data-dir lock, so the portal must be stopped; restored into a fresh directory beside the old
 * one, checked, and only then swapped in (ADR 21).
 */

export function hasPgliteDatabase(dataDir: string): boolean {
  return existsSync(`${dataDir}/PG_VERSION`);
}

export async function dumpPglite(dataDir: string, dumpFile: string): Promise<Manifest['database']> {
  if (!hasPgliteDatabase(dataDir)) throw new BackupError(`In ${dataDir} liegt keine Datenbank: es gibt nichts zu sichern.`);
  const release = lockDataDir(dataDir);
  try {
    const client = await createPgliteClient(dataDir);
    try {
      const db = client as unknown as Queryable;
      const facts: Manifest['database'] = {
        kind: 'pglite',
        serverVersion: await serverVersion(db),
        migrations: await appliedMigrations(db),
        tables: await rowCounts(db),
      };
      const tarball = await client.dumpDataDir('gzip');
      await writeFile(dumpFile, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
      return facts;
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/** Opens a new PGlite in `dir` filled from the backup's database entry. */
export type PgliteFiller = (dir: string) => Promise<PGlite>;

/** A PGlite backup's tarball (`dumpDataDir`) loaded into `dir`. */
export function fromDataDirTarball(dumpFile: string): PgliteFiller {
  return async (dir) => createPgliteClient(dir, { loadDataDir: new Blob([await readFile(dumpFile)]) });
}

/**
 * Fills `<dataDir>.restoring-<pid>`, compares every table's rows with the manifest and swaps it in.
 * Returns the directory the previous database was moved to, if there was one.
 */
export async function restorePglite(dataDir: string, fill: PgliteFiller, manifest: Manifest, stamp: string): Promise<string | undefined> {
  const release = lockDataDir(dataDir);
  const fresh = `${dataDir}.restoring-${process.pid}`;
  try {
    await rm(fresh, { recursive: true, force: true });
    const client = await fill(fresh);
    let found: Record<string, number>;
    try {
      found = await rowCounts(client as unknown as Queryable);
    } finally {
      await client.close();
    }
    assertRowsMatch(manifest.database.tables, found);
    let previous: string | undefined;
    if (hasPgliteDatabase(dataDir)) {
      previous = `${dataDir}.before-restore-${stamp}`;
      await rename(dataDir, previous);
      await rm(`${previous}/.lock`, { force: true });
    } else {
      await rm(dataDir, { recursive: true, force: true }); // only the lock file we made
    }
    await rename(fresh, dataDir);
    return previous;
  } finally {
    await rm(fresh, { recursive: true, force: true });
    release();
  }
}
