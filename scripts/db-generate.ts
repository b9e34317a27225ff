/**
 * Generates SQL migrations for the kernel and every module with a tables.ts, each into its own
 * migrations folder (drizzle-kit, one owner at a time). Review the SQL before committing it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const owners = ['kernel', ...readdirSync('src/modules').filter((name) => existsSync(`src/modules/${name}/tables.ts`))];
for (const owner of owners) {
  console.log(`\n== ${owner}`);
  execFileSync('npx', ['drizzle-kit', 'generate', '--config', 'drizzle.config.ts', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, MIGRATIONS_OWNER: owner },
  });
}
