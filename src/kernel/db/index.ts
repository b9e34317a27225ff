export { openDatabase, openPglite, openPostgres } from './open';
export { runMigrations, MigrationError, type MigrationSource } from './migrate';
export { DataDirLockedError } from './lock';
export { queryRows, type Database, type Executor, type DatabaseHandle } from './types';
export { traceQueries, type TracedQuery } from './query-trace';
export type { TableChanges } from './changes';
export { ChangeTracker, type ChangeTicket } from './change-tracker';
export { cachedQuery } from './query-cache';
export { preparedPerDatabase } from './prepared';
