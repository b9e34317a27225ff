import type { PGlite, ParserOptions, QueryOptions, Results } from '@electric-sql/pglite';
import { tracing } from './query-trace';

/**
 * The parsers Drizzle's PGlite driver hands to every query: timestamps, dates, intervals and their
 * arrays stay text, and Drizzle maps them itself (OIDs as in `drizzle-orm/pglite/session`).
 */
export const DRIZZLE_TEXT_TYPES = [1114, 1184, 1186, 1082, 1231, 1115, 1185, 1187, 1182];
const TEXT_AS_IS = (value: string) => value;
const DRIZZLE_PARSERS: ParserOptions = Object.fromEntries(DRIZZLE_TEXT_TYPES.map((oid) => [oid, TEXT_AS_IS]));

/** A query's options, with the name of Drizzle's prepared query (the database thread runs it as a named statement). */
export type NamedQueryOptions = QueryOptions & { name?: string };

interface Queryable {
  query<T>(query: string, params?: unknown[], options?: NamedQueryOptions): Promise<Results<T>>;
}

/** What Drizzle's PGlite session calls on its client. */
export interface DrizzlePgliteClient extends Queryable {
  transaction<T>(callback: (tx: Queryable) => Promise<T>): Promise<T>;
}

/** The embedded database as the portal uses it, on this thread or its own: Drizzle's client, scripts, notifications, the end. */
export interface EmbeddedDatabase extends DrizzlePgliteClient {
  exec(script: string): Promise<void>;
  listen(channel: string, callback: (payload: string) => void): Promise<void>;
  close(): Promise<void>;
}

function withoutParsers(target: Queryable): Queryable {
  return {
    query: tracing(
      (query: string, params?: unknown[], options?: NamedQueryOptions) =>
        target.query(query, params, options?.rowMode || options?.name ? { rowMode: options.rowMode, name: options.name } : undefined),
      (query) => query,
    ) as Queryable['query'],
  };
}

/**
 * PGlite copies its whole parser table for a query that brings its own parsers — about 90 µs per
 * query, ten times in one submission (measured with bench/applications). The adapter installs
 * Drizzle's parsers in the client's table once (after PGlite has added its array parsers, which
 * would replace them if given at creation) and drops the per-query copy: the same results.
 */
export function inlineDatabase(client: PGlite): EmbeddedDatabase {
  Object.assign(client.parsers, DRIZZLE_PARSERS);
  return {
    query: (query, params, options) => client.query(query, params, options),
    transaction: (callback) => client.transaction(callback),
    exec: async (script) => {
      await client.exec(script);
    },
    listen: async (channel, callback) => {
      await client.listen(channel, callback);
    },
    close: () => client.close(),
  };
}

/** Drizzle's client with every statement traced (TRACE_QUERIES), without per-query parsers. */
export function tracedClient(client: DrizzlePgliteClient): DrizzlePgliteClient {
  return {
    ...withoutParsers(client),
    transaction: (callback) => client.transaction((tx) => callback(withoutParsers(tx))),
  };
}

interface PreparedPgliteQuery {
  queryConfig: NamedQueryOptions;
  rawQueryConfig: NamedQueryOptions;
}

/** The parts of Drizzle's PGlite session (and its transactions') that name prepared queries. */
export interface PgliteSession {
  prepareQuery(query: unknown, fields: unknown, name: string | undefined, ...rest: unknown[]): PreparedPgliteQuery;
  transaction<T>(callback: (tx: { session: PgliteSession }) => Promise<T>, config?: unknown): Promise<T>;
}

/**
 * Drizzle's PGlite session drops the name of `.prepare(name)`; this puts it into the options its
 * prepared query sends with every execution, so the database thread can keep the statement (ADR 17).
 * A transaction gets a session of its own, named the same way; its savepoints share it.
 */
export function namePreparedQueries(session: PgliteSession): void {
  const prepareQuery = session.prepareQuery;
  session.prepareQuery = (query, fields, name, ...rest) => {
    const prepared = prepareQuery.call(session, query, fields, name, ...rest);
    if (name) {
      prepared.queryConfig = { ...prepared.queryConfig, name };
      prepared.rawQueryConfig = { ...prepared.rawQueryConfig, name };
    }
    return prepared;
  };
  const transaction = session.transaction;
  session.transaction = <T>(callback: (tx: { session: PgliteSession }) => Promise<T>, config?: unknown) =>
    transaction.call(
      session,
      (tx) => {
        namePreparedQueries(tx.session);
        return callback(tx);
      },
      config,
    ) as Promise<T>;
}
