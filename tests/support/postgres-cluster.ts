import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { TEST_DATABASE_URL } from './database';

/** Why a PostgreSQL-only test is skipped; node:test prints it next to the test name. */
export const NEEDS_POSTGRES = TEST_DATABASE_URL
  ? false
  : 'needs real PostgreSQL: set TEST_DATABASE_URL (e.g. scripts/pg-test-cluster.sh run npm run test:unit); PGlite runs one query at a time and hides races';

export interface FreshDatabase {
  /** Connection URL of an empty database (no migrations applied). */
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** An empty database on the TEST_DATABASE_URL server, for tests that need to start from nothing. */
export async function createFreshDatabase(): Promise<FreshDatabase> {
  const name = `sp_fresh_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`create database ${name}`));
  const url = new URL(TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
