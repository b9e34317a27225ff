import type { FastifyInstance } from 'fastify';
import type { Actor } from './auth/actor';
import type { Config } from './config';
import type { Database, DatabaseHandle } from './db/types';
import type { FileStore } from './files';
import type { JobHandler } from './jobs/worker';
import type { NavItem } from './views/context';

/** What the kernel hands each module: configuration and the database, nothing domain-specific. */
export interface ModuleDeps {
  config: Config;
  db: Database;
  database: DatabaseHandle;
  /** Main navigation of all registered modules (the start page presents it). */
  navigation: NavItem[];
  /** Uploaded and generated files (disk below DATA_DIR or S3), created once per process. */
  files: FileStore;
}

export interface PermissionDefinition {
  /** `<module>.<verb>`, e.g. `admin.feedback`. */
  id: string;
  label: string;
}

/**
 * A module's manifest, exported from its index.ts: the only thing the kernel knows about it.
 * Adding a module means writing one of these and listing it in src/modules.ts.
 */
export interface ModuleManifest {
  id: string;
  /** Entry in the main navigation; modules without one add no menu item. */
  navigation?: NavItem & { order: number; description: string };
  /** Links in the header's account area for a logged-in actor (e.g. "Verwaltung" for staff). */
  accountLinks?: (actor: Actor) => NavItem[];
  permissions?: PermissionDefinition[];
  /** Absolute path of the module's drizzle-kit migrations folder. */
  migrationsDir?: string;
  routes?: (app: FastifyInstance, deps: ModuleDeps) => void | Promise<void>;
  jobs?: (deps: ModuleDeps) => JobHandler[];
  /** Fills demo content (Iserlohn) into an empty installation; must be idempotent. */
  seedDemo?: (deps: ModuleDeps) => Promise<void>;
  /** Tables emptied by `demo:reset`, children before parents. */
  demoTables?: string[];
}
