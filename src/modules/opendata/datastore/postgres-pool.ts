import type pg from 'pg';
import type { DatabaseHandle } from '../../../kernel/db';

/**
 * The node-postgres pool under Drizzle (`$client`), for what Drizzle has no words for: COPY FROM
 * STDIN (loads) and the extended query protocol (datastore_search_sql). PostgreSQL only.
 */
export function postgresPool(database: Pick<DatabaseHandle, 'db' | 'kind'>): pg.Pool {
  if (database.kind !== 'postgres') throw new Error('the DataStore asked for the PostgreSQL pool on PGlite');
  return (database.db as unknown as { $client: pg.Pool }).$client;
}
