import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { PGlite as PGliteClient } from '@electric-sql/pglite';
import type { DatabaseConfig } from '../config';
import { pgliteChanges, postgresChanges } from './changes';
import { enableQueryCaches } from './query-cache';
import { lockDataDir } from './lock';
import { DRIZZLE_TEXT_TYPES, inlineDatabase, namePreparedQueries, tracedClient, type EmbeddedDatabase, type PgliteSession } from './pglite-client';
import { startPgliteThread } from './pglite-thread';
import { tracing } from './query-trace';
import { preparingReusedStatements } from './reused-statements';
import type { Database, DatabaseHandle } from './types';

/**
 * PGlite's default shared_buffers (128 MB) is sized for a server; one embedded process with a
 * small municipality's data runs as fast with 16 MB and keeps the idle RSS below 350 MB (bench/).
 */
const PGLITE_SETTINGS = ['-c', 'shared_buffers=16MB'];

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function pingWith(db: Database) {
  return async (timeoutMs = 2000) => {
    try {
      await withTimeout(db.execute(sql`select 1`), timeoutMs);
      return true;
    } catch {
      return false;
    }
  };
}

/**
 * A PGlite client on this thread with the portal's extensions and settings, without the data-dir
 * lock (the caller holds it). `loadDataDir`: start from a `dumpDataDir()` tarball (kernel/backup).
 */
export async function createPgliteClient(dataDir: string | undefined, options: { loadDataDir?: Blob } = {}): Promise<PGliteClient> {
  // Loaded on demand: deployments on PostgreSQL never pay PGlite's memory and start-up.
  const [{ PGlite }, { pg_trgm }, { unaccent }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
  ]);
  return PGlite.create({
    dataDir,
    // PGlite must reopen a directory with the extensions it was created with: always the same set.
    extensions: { pg_trgm, unaccent },
    startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS],
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
}

/** On this thread: PGlite loaded into the process (tests, which open many small databases). */
async function inlinePglite(dataDir: string | undefined): Promise<EmbeddedDatabase> {
  return inlineDatabase(await createPgliteClient(dataDir));
}

export interface PgliteOptions {
  /** PGlite on a worker thread of its own (ADR 17), as the portal and the CLI run it. */
  thread?: boolean;
}

/** Opens an embedded PGlite. `dataDir` undefined means in memory. */
export async function openPglite(dataDir: string | undefined, { thread = false }: PgliteOptions = {}): Promise<DatabaseHandle> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const [embedded, { drizzle: drizzlePglite }] = await Promise.all([
      thread ? startPgliteThread({ dataDir, settings: PGLITE_SETTINGS, textTypes: DRIZZLE_TEXT_TYPES }) : inlinePglite(dataDir),
      import('drizzle-orm/pglite'),
    ]);
    const db = drizzlePglite({ client: tracedClient(embedded) as unknown as PGliteClient }) as unknown as Database;
    namePreparedQueries((db as unknown as { session: PgliteSession }).session);
    const changes = await pgliteChanges(embedded);
    enableQueryCaches(db, changes);
    return {
      db,
      kind: 'pglite',
      changes,
      execScript: (script) => embedded.exec(script),
      ping: pingWith(db),
      close: async () => {
        await embedded.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export function openPostgres(url: string, poolSize: number): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000 });
  // An idle client that loses its connection emits 'error'; without a listener Node would crash.
  pool.on('error', () => {});
  // Every query, pooled or in a transaction, runs on a connected client: trace there (query-trace.ts),
  // and the statements marked as reused are prepared once per connection (reused-statements.ts).
  pool.on('connect', (client) => {
    const query = preparingReusedStatements(client.query.bind(client) as (...args: unknown[]) => unknown);
    client.query = tracing(query, (first) => sqlText(first)) as typeof client.query;
  });
  const db = drizzlePg(pool) as unknown as Database;
  const changes = postgresChanges(url);
  enableQueryCaches(db, changes);
  return {
    db,
    kind: 'postgres',
    changes,
    execScript: async (script) => {
      await pool.query(script);
    },
    ping: pingWith(db),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: async () => {
      await changes.close();
      await pool.end();
    },
  };
}

/** node-postgres takes a string or a query config object first. */
function sqlText(first: unknown): string {
  if (typeof first === 'string') return first;
  return typeof first === 'object' && first !== null && 'text' in first ? String(first.text) : '?';
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.kind === 'pglite' ? openPglite(config.dataDir, { thread: true }) : openPostgres(config.url, config.poolSize);
}
