import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createPgliteClient, lockDataDir } from '../db';
import { BackupError } from './errors';
import { appliedMigrations, rowCounts, serverVersion, type Queryable } from './inventory';
import type { Manifest } from './manifest';

/**
 * PGlite: PGlite's own `dumpDataDir()` (a tarball of the data directory) while this process holds
 * the data-dir lock, so the portal must be stopped; restored with `loadDataDir` into a fresh
 * directory beside the old one, checked, and only then swapped in (ADR 21).
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

/** Rows that differ from the manifest's, as lines for the message. */
function differences(expected: Record<string, number>, found: Record<string, number>): string[] {
  return [...new Set([...Object.keys(expected), ...Object.keys(found)])]
    .filter((table) => expected[table] !== found[table])
    .map((table) => `${table}: ${found[table] ?? 'fehlt'} statt ${expected[table] ?? 'keine'} Zeilen`);
}

/**
 * Loads the tarball into `<dataDir>.restoring-<pid>`, compares every table's rows with the manifest
 * and swaps it in. Returns the directory the previous database was moved to, if there was one.
 */
export async function restorePglite(dataDir: string, dumpFile: string, manifest: Manifest, stamp: string): Promise<string | undefined> {
  const release = lockDataDir(dataDir);
  const fresh = `${dataDir}.restoring-${process.pid}`;
  try {
    await rm(fresh, { recursive: true, force: true });
    const client = await createPgliteClient(fresh, { loadDataDir: new Blob([await readFile(dumpFile)]) });
    let found: Record<string, number>;
    try {
      found = await rowCounts(client as unknown as Queryable);
    } finally {
      await client.close();
    }
    const wrong = differences(manifest.database.tables, found);
    if (wrong.length > 0) throw new BackupError(`Die wiederhergestellte Datenbank stimmt nicht mit der Sicherung überein:\n  ${wrong.join('\n  ')}`);
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
