import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { TableChanges } from './changes';

/** The Drizzle handle: the same type whether PGlite or node-postgres sits underneath. */
export type Database = PgDatabase<PgQueryResultHKT>;
export type Transaction = PgTransaction<PgQueryResultHKT>;
/** Repositories take either, so a use case decides where the transaction boundary is. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Runs a script of several statements (migrations, TRUNCATE lists, test resets). */
  execScript(sql: string): Promise<void>;
  /** True when the database answers within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  /** PostgreSQL only: the connection pool's clients (for /metrics); PGlite has one session and no pool. */
  poolStats?(): { total: number; idle: number; waiting: number };
  /** Committed changes of tables with the change trigger, as this process hears them (changes.ts). */
  changes: TableChanges;
  close(): Promise<void>;
}

/** Rows of a raw SQL query. Both drivers return `{ rows }`; Drizzle types the result as unknown. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
