import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrationTags, type MigrationSource } from '../db';
import type { Manifest } from './manifest';

/**
 * The migration sources as far as the backup had applied them: each owner's folder copied to
 * `workDir` with only those migrations in its journal. The portal's migrator then builds exactly
 * the schema the backup's rows were written in; the server applies the newer ones at its next start.
 */
export async function migrationsOfBackup(sources: readonly MigrationSource[], manifest: Manifest, workDir: string): Promise<MigrationSource[]> {
  const tags = migrationTags(sources);
  const result: MigrationSource[] = [];
  for (const source of sources) {
    const applied = new Set(manifest.database.migrations[source.owner] ?? []);
    const entries = (tags.get(source.owner) ?? []).map((tag, idx) => ({ idx, tag })).filter(({ tag }) => applied.has(tag));
    const folder = join(workDir, 'migrations', source.owner);
    await mkdir(join(folder, 'meta'), { recursive: true });
    await writeFile(join(folder, 'meta', '_journal.json'), JSON.stringify({ entries }));
    for (const { tag } of entries) await copyFile(join(source.folder, `${tag}.sql`), join(folder, `${tag}.sql`));
    result.push({ owner: source.owner, folder });
  }
  return result;
}
