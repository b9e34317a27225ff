import { z } from 'zod';
import { defineSettings } from '../../../kernel/config';

export interface DatastoreSettings {
  /** datastore_search's and datastore_search_sql's most rows per answer (CKAN's `ckan.datastore.search.rows_max`). */
  rowsMax: number;
  /** datastore_search_sql is off unless switched on (and never on PGlite, which cannot stop a running statement). */
  sqlEnabled: boolean;
  /** How long one datastore_search_sql statement may run. */
  sqlTimeoutMs: number;
}

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** The DataStore's settings from the environment. */
export const datastoreSettings = defineSettings('opendata.datastore', {
  env: z.object({
    DATASTORE_ROWS_MAX: z.coerce.number().int().min(1).max(1_000_000).default(32_000),
    DATASTORE_SQL_ENABLED: flag.default(false),
    DATASTORE_SQL_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  }),
  resolve: ({ env }): DatastoreSettings => ({
    rowsMax: env.DATASTORE_ROWS_MAX,
    sqlEnabled: env.DATASTORE_SQL_ENABLED,
    sqlTimeoutMs: env.DATASTORE_SQL_TIMEOUT_MS,
  }),
});
