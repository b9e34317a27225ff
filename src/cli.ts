import { openAndMigrate } from './bootstrap';
import { runCli } from './cli/run';
import { loadConfig } from './kernel/config';
import { MODULES } from './registry';

/** The command line on the database of DATA_DIR or DATABASE_URL; src/cli/run.ts does the work. */
process.exitCode = await runCli(
  process.argv.slice(2),
  { out: (text) => console.log(text), err: (text) => console.error(text) },
  async () => {
    const { database, deps, applied } = await openAndMigrate(loadConfig(process.env, MODULES), MODULES);
    return { deps, modules: MODULES, applied, close: () => database.close() };
  },
  () => ({ config: loadConfig(process.env, MODULES), modules: MODULES }),
);
