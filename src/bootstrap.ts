import { resolve } from 'node:path';
import { PROJECT_ROOT, type Config } from './kernel/config';
import { openDatabase, runMigrations, type DatabaseHandle, type MigrationSource } from './kernel/db';
import { createFileStore } from './kernel/files';
import type { ModuleDeps, ModuleManifest } from './kernel/module';
import { itemsUnder, type NavItem } from './kernel/views/context';

export const KERNEL_MIGRATIONS = resolve(PROJECT_ROOT, 'src/kernel/db/migrations');

export function migrationSources(modules: ModuleManifest[]): MigrationSource[] {
  return [
    { owner: 'kernel', folder: KERNEL_MIGRATIONS },
    ...modules.flatMap((module) => (module.migrationsDir ? [{ owner: module.id, folder: module.migrationsDir }] : [])),
  ];
}

/**
 * The main navigation: entries by `order`, each hub followed by the entries placed `under` it (so a
 * flat list, such as the search's areas, reads as the header does). An entry under an href no
 * top-level entry has loses its `under`: without its hub it must stay in the header.
 */
export function navigationOf(modules: readonly ModuleManifest[]): NavItem[] {
  const entries = modules.flatMap((module) => (module.navigation ? [module.navigation] : [])).sort((a, b) => a.order - b.order);
  const hubs = new Set(entries.filter((entry) => !entry.under).map((entry) => entry.href));
  const items = entries.map(({ href, label, description, under }) =>
    under && hubs.has(under) ? { href, label, description, under } : { href, label, description },
  );
  return items.filter((item) => !item.under).flatMap((item) => [item, ...itemsUnder(items, item.href)]);
}

/** The one set of module dependencies of a process: the server, its job worker and the test app share it. */
export function moduleDeps(config: Config, database: DatabaseHandle, modules: readonly ModuleManifest[]): ModuleDeps {
  return { config, db: database.db, database, navigation: navigationOf(modules), files: createFileStore(config), modules };
}

export async function seedDemo(deps: ModuleDeps, modules: ModuleManifest[]): Promise<void> {
  for (const module of modules) await module.seedDemo?.(deps);
}

/** Opens the configured database, applies pending migrations and, where enabled, the demo content. */
export async function openAndMigrate(config: Config, modules: ModuleManifest[]): Promise<{ database: DatabaseHandle; deps: ModuleDeps; applied: string[] }> {
  const database = await openDatabase(config.database);
  try {
    const applied = await runMigrations(database, migrationSources(modules));
    const deps = moduleDeps(config, database, modules);
    if (config.demoData) await seedDemo(deps, modules);
    return { database, deps, applied };
  } catch (error) {
    await database.close();
    throw error;
  }
}
