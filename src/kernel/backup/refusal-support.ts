/** For the refusal tests: small installations, archives made foreign or damaged, and the checks that nothing was written. */
import assert from 'node:assert/strict';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pgliteTemplate } from '../../../tests/support/database';
import { openAndMigrate } from '../../bootstrap';
import { MODULES } from '../../registry';
import type { Config } from '../config';
import { BackupError, restoreBackup } from '.';
import { installation, MIGRATIONS, rewriteArchive, tempDir } from './test-support';

const dirs: string[] = [];

/** A temporary directory, removed by `removeMade` (the test file's `after`). */
export function made(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}

export function removeMade(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A migrated installation (no demo data) with one user and one file: small, so each refusal is quick. */
export async function smallInstallation(url?: string): Promise<Config> {
  const dir = made('small');
  if (!url) cpSync(join(await pgliteTemplate(MODULES), 'pglite'), join(dir, 'pglite'), { recursive: true });
  const config = installation(dir, { url });
  const { database, deps } = await openAndMigrate(config, MODULES);
  try {
    await database.execScript(`insert into departments (id, name) values ('buergerbuero', 'Bürgerbüro ${dir.slice(-6)}')`);
    await deps.files.put('aa/bb/aabb-file', Buffer.from(`Datei von ${dir}`), { contentType: 'text/plain' });
  } finally {
    await database.close();
  }
  return config;
}

export function restoreInto(config: Config, archive: string, force = false) {
  return restoreBackup(config, archive, { force, migrations: MIGRATIONS });
}

export async function refused(promise: Promise<unknown>, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof BackupError, String(error));
    assert.match(error.message, message);
    return true;
  });
}

/** The archive as if another town had written it. */
export async function foreign(archive: string): Promise<string> {
  const file = join(made('bad'), 'elsewhere.tar.gz');
  await rewriteArchive(archive, file, { manifest: (manifest) => (manifest.municipality = { key: '05958044', name: 'Stadt Menden (Sauerland)' }) });
  return file;
}

/** The archive with a manifest that counts 7 departments where there is 1: the restored rows do not match. */
export async function wrongRows(archive: string): Promise<string> {
  const file = join(made('bad'), 'rows.tar.gz');
  await rewriteArchive(archive, file, { manifest: (manifest) => ((manifest.database as { tables: Record<string, number> }).tables['public.departments'] = 7) });
  return file;
}

export function untouched(config: Config): void {
  assert.equal(existsSync(join(config.dataDir, 'pglite', 'PG_VERSION')), false, 'no database was created');
  assert.equal(existsSync(join(config.dataDir, 'files')), false, 'no file was written');
}
