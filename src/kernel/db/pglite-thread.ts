import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Results } from '@electric-sql/pglite';
import { PROJECT_ROOT } from '../config';
import type { EmbeddedDatabase, NamedQueryOptions } from './pglite-client';

type Operation =
  | { op: 'open' }
  | { op: 'query'; sql: string; params?: unknown[]; rowMode?: 'array' | 'object'; name?: string; tx?: number }
  | { op: 'exec'; sql: string; tx?: number }
  | { op: 'begin' }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'listen'; channel: string }
  | { op: 'close' };

type Reply = { id: number; result?: unknown; error?: Record<string, unknown> & { message: string } } | { channel: string; payload: string };

/** An error of the database thread, with what PostgreSQL told about it (`code`, `constraint`, `detail`, …). */
export class PgliteThreadError extends Error {
  constructor(fields: Record<string, unknown> & { message: string }) {
    super(fields.message);
    Object.assign(this, fields);
  }
}

const WORKER_FILE = resolve(PROJECT_ROOT, 'src/kernel/db/pglite-worker.mjs');

/**
 * The database thread's objects live only as long as one statement's rows, but under load V8 grew
 * its young generation from 16 to 32 MB of resident memory that is never given back. A small one
 * costs more, cheaper scavenges and keeps that memory down (walking the DCAT catalogue, ADR 8's
 * memory goal; docs/performance.md).
 */
const WORKER_YOUNG_GENERATION_MB = 6;

/**
 * PGlite on a worker thread (ADR 17). On the request thread, each statement cost that thread about
 * 0.35 ms of CPU, and every request waited for every other's statements; here the request thread
 * spends about 0.05 ms per statement (the message and the copied rows) and the database works on
 * the other core. The thread is referenced only while a call is pending: like the LISTEN
 * connection on PostgreSQL, it never keeps a process alive by itself.
 */
export async function startPgliteThread(options: { dataDir: string | undefined; settings: string[]; textTypes: number[] }): Promise<EmbeddedDatabase> {
  const worker = new Worker(WORKER_FILE, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
  worker.unref();
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const channels = new Map<string, (payload: string) => void>();
  let ended: Error | undefined;
  let next = 0;

  const failAll = (error: Error) => {
    ended ??= error;
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    if ('channel' in reply) return channels.get(reply.channel)?.(reply.payload);
    const call = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (reply.error) call?.reject(new PgliteThreadError(reply.error));
    else call?.resolve(reply.result);
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`The database thread has ended (exit code ${code}).`)));

  const call = <T>(operation: Operation): Promise<T> => {
    if (ended) return Promise.reject(ended);
    const id = (next += 1);
    if (pending.size === 0) worker.ref();
    return new Promise<T>((resolveCall, rejectCall) => {
      pending.set(id, { resolve: resolveCall as (value: unknown) => void, reject: rejectCall });
      worker.postMessage({ ...operation, id });
    });
  };

  const queryable = (tx?: number) => ({
    query: <T>(sql: string, params?: unknown[], queryOptions?: NamedQueryOptions) =>
      call<Results<T>>({ op: 'query', sql, params, rowMode: queryOptions?.rowMode, name: queryOptions?.name, tx }),
  });

  await call({ op: 'open' });
  return {
    ...queryable(),
    transaction: async (callback) => {
      // The begin message's id names the transaction.
      const tx = await call<number>({ op: 'begin' });
      let result;
      try {
        result = await callback(queryable(tx));
      } catch (error) {
        await call({ op: 'end', tx, commit: false });
        throw error;
      }
      await call({ op: 'end', tx, commit: true });
      return result;
    },
    exec: (script) => call({ op: 'exec', sql: script }),
    listen: async (channel, callback) => {
      channels.set(channel, callback);
      await call({ op: 'listen', channel });
    },
    close: async () => {
      if (ended) return;
      await call({ op: 'close' });
      await worker.terminate();
    },
  };
}
