export { openDatabase, openPglite, openPostgres } from './open';
export { runMigrations, MigrationError, type MigrationSource } from './migrate';
export { lockDataDir, DataDirLockedError } from './lock';
export { queryRows, type Database, type Transaction, type Executor, type DatabaseHandle } from './types';
