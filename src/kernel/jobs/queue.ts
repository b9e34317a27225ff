import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/types';
import { jobs } from './tables';

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
  /** A job with this key exists at most once (recurring jobs, de-duplicated triggers). */
  uniqueKey?: string;
}

/** Adds a job in the caller's transaction: it runs only if the change that caused it commits. */
export async function enqueue(db: Executor, kind: string, payload: Record<string, unknown>, options: EnqueueOptions = {}): Promise<void> {
  await db
    .insert(jobs)
    .values({
      kind,
      payload,
      runAt: options.runAt ?? sql`now()`,
      maxAttempts: options.maxAttempts ?? 8,
      uniqueKey: options.uniqueKey ?? null,
    })
    .onConflictDoNothing();
}

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

/**
 * Claims due jobs atomically: `FOR UPDATE SKIP LOCKED` lets several processes poll one table
 * without taking the same job; the lease (`locked_until`) frees jobs of a process that died.
 */
export async function claimJobs(db: Executor, limit: number, leaseSeconds = 300): Promise<ClaimedJob[]> {
  const rows = await queryRows<{ id: string; kind: string; payload: Record<string, unknown>; attempts: number; max_attempts: number }>(
    db,
    sql`
    update jobs set locked_until = now() + ${`${leaseSeconds} seconds`}::interval, attempts = attempts + 1
    where id in (
      select id from jobs
      where run_at <= now() and (locked_until is null or locked_until < now()) and attempts < max_attempts
      order by run_at
      limit ${limit}
      for update skip locked
    )
    returning id, kind, payload, attempts, max_attempts`,
  );
  return rows.map((row) => ({ id: Number(row.id), kind: row.kind, payload: row.payload, attempts: row.attempts, maxAttempts: row.max_attempts }));
}

export async function completeJob(db: Executor, id: number): Promise<void> {
  await db.execute(sql`delete from jobs where id = ${id}`);
}

/** Exponential backoff: 30 s, 1 min, 2 min, ... capped at 6 h. */
export async function failJob(db: Executor, job: ClaimedJob, error: string): Promise<void> {
  const delaySeconds = Math.min(30 * 2 ** (job.attempts - 1), 6 * 3600);
  await db.execute(sql`
    update jobs set locked_until = null, last_error = ${error.slice(0, 2000)},
      run_at = now() + ${`${delaySeconds} seconds`}::interval
    where id = ${job.id}`);
}

/** Recurring jobs re-schedule themselves under their unique key. */
export async function rescheduleJob(db: Executor, id: number, runAt: Date): Promise<void> {
  await db.execute(sql`update jobs set locked_until = null, attempts = 0, last_error = null, run_at = ${runAt.toISOString()}::timestamptz where id = ${id}`);
}
