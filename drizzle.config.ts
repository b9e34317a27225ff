import { defineConfig } from 'drizzle-kit';

/**
 * One migrations folder per owner (kernel or module): `MIGRATIONS_OWNER=kernel` or the module id.
 * Run through `npm run db:generate`, which loops over all owners.
 */
const owner = process.env.MIGRATIONS_OWNER ?? 'kernel';
const base = owner === 'kernel' ? 'src/kernel/db' : `src/modules/${owner}`;

export default defineConfig({
  dialect: 'postgresql',
  schema: owner === 'kernel' ? `${base}/schema.ts` : `${base}/tables.ts`,
  out: `${base}/migrations`,
  migrations: { prefix: 'timestamp' },
});
