import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/types';
import { claimJobs, completeJob, enqueue, failJob, rescheduleJob } from './queue';

export interface JobHandler {
  kind: string;
  run(payload: Record<string, unknown>): Promise<void>;
  /** Recurring: scheduled once per cluster (unique key) and re-run every so many seconds. */
  everySeconds?: number;
}

export interface Worker {
  /** Runs the due jobs once; returns how many ran. Tests call this instead of waiting for the timer. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

export async function scheduleRecurring(db: Database, handlers: JobHandler[]): Promise<void> {
  for (const handler of handlers) {
    if (handler.everySeconds) await enqueue(db, handler.kind, {}, { uniqueKey: `recurring:${handler.kind}`, maxAttempts: 1_000_000 });
  }
}

export function createWorker(db: Database, handlers: JobHandler[], logger: FastifyBaseLogger): Worker {
  const byKind = new Map(handlers.map((handler) => [handler.kind, handler]));

  async function runOne(job: Awaited<ReturnType<typeof claimJobs>>[number]): Promise<void> {
    const handler = byKind.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler.run(job.payload);
      if (handler.everySeconds) await rescheduleJob(db, job.id, new Date(Date.now() + handler.everySeconds * 1000));
      else await completeJob(db, job.id);
    } catch (error) {
      logger.warn({ job: job.id, kind: job.kind, attempt: job.attempts, err: error }, 'job failed');
      await failJob(db, job, error instanceof Error ? error.message : String(error));
    }
  }

  async function runOnce(): Promise<number> {
    const claimed = await claimJobs(db, 10);
    for (const job of claimed) await runOne(job);
    return claimed.length;
  }

  return { runOnce, stop: async () => {} };
}

/** Polls in the background until stopped; `stop()` waits for the batch in progress. */
export function startPolling(worker: Worker, logger: FastifyBaseLogger, intervalMs = 2000): Worker {
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    if (stopped) return;
    current = worker
      .runOnce()
      .catch((error: unknown) => logger.error({ err: error }, 'job polling failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 200);
  return {
    runOnce: worker.runOnce,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
