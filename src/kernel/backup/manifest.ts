import { z } from 'zod';

/**
 * The first entry of every backup, `manifest.json`: what the archive holds and what a restore must
 * check before it touches anything. A reader refuses a format it does not know.
 */
export const BACKUP_FORMAT = 'stadtportal-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const SECRET_ENTRY = 'app-secret';
export const CHECKSUMS_ENTRY = 'files.sha256';
export const FILES_PREFIX = 'files/';
export const DATABASE_ENTRY = { postgres: 'database/postgres.sql', pglite: 'database/pglite.tar.gz' } as const;

const count = z.number().int().min(0);

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  /** The portal's version (package.json) that wrote it. */
  portalVersion: z.string(),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    /** `server_version` of the source, e.g. "15.18" or PGlite's "18.1". */
    serverVersion: z.string(),
    /** Applied migrations per owner, in the order they were applied. */
    migrations: z.record(z.string(), z.array(z.string())),
    /** Rows per table (`schema.table`) at the moment of the dump; a restore checks them. */
    tables: z.record(z.string(), count),
  }),
  municipality: z.object({ key: z.string(), name: z.string() }),
  files: z.object({ store: z.enum(['disk', 's3']), count, bytes: count }),
  /** Whether `app-secret` is in the archive (the secret generated into DATA_DIR) or APP_SECRET must be kept apart. */
  secret: z.enum(['included', 'environment']),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Migrations in the backup that this code does not have: the backup comes from a newer release. */
export function unknownMigrations(backup: Manifest, known: ReadonlyMap<string, readonly string[]>): string[] {
  return Object.entries(backup.database.migrations).flatMap(([owner, tags]) => {
    const ours = new Set(known.get(owner) ?? []);
    return tags.filter((tag) => !ours.has(tag)).map((tag) => `${owner}/${tag}`);
  });
}

/** Migrations this code has that the backup had not applied yet: the server applies them at its next start. */
export function pendingMigrations(backup: Manifest, known: ReadonlyMap<string, readonly string[]>): string[] {
  return [...known].flatMap(([owner, tags]) => {
    const applied = new Set(backup.database.migrations[owner] ?? []);
    return tags.filter((tag) => !applied.has(tag)).map((tag) => `${owner}/${tag}`);
  });
}
