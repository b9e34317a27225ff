import { AsyncLocalStorage } from 'node:async_hooks';

/** One statement as the database driver sent it, with its time to the result. */
export interface TracedQuery {
  sql: string;
  ms: number;
}

const current = new AsyncLocalStorage<TracedQuery[]>();

/**
 * Runs `work` so that every query it causes, on either driver, is appended to `queries`
 * (TRACE_QUERIES=true: the HTTP layer traces each request; `npm run profile` prints them).
 */
export function traceQueries<T>(queries: TracedQuery[], work: () => T): T {
  return current.run(queries, work);
}

/**
 * Wraps a driver's query function. Outside a trace it costs one lookup per query; a deployment
 * without TRACE_QUERIES never starts a trace.
 */
export function tracing<F extends (...args: never[]) => unknown>(query: F, sqlOf: (...args: Parameters<F>) => string): F {
  return ((...args: Parameters<F>) => {
    const queries = current.getStore();
    if (!queries) return query(...args);
    const started = performance.now();
    const record = () => queries.push({ sql: sqlOf(...args), ms: performance.now() - started });
    const result = query(...args);
    if (result instanceof Promise) result.then(record, record);
    else record();
    return result;
  }) as F;
}
