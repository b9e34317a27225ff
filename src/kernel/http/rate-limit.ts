import { sql } from 'drizzle-orm';
import { reusedStatement } from '../db/reused-statements';
import { queryRows, type Executor } from '../db/types';
import { errors } from './errors';

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one hit against `key` in a fixed window, atomically in the database so that all app
 * processes share the count. Throws a 429 AppError when the limit is exceeded.
 */
export async function consumeRateLimit(db: Executor, key: string, rule: RateLimitRule): Promise<void> {
  const interval = `${rule.windowSeconds} seconds`;
  const [row] = await queryRows<{ count: number; retry_after: number }>(
    db,
    reusedStatement(sql`
    insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start <= now() - ${interval}::interval then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start <= now() - ${interval}::interval then now() else rate_limits.window_start end
    returning count, ceil(extract(epoch from (window_start + ${interval}::interval - now())))::int as retry_after`),
  );
  if (row && row.count > rule.limit) throw errors.tooManyRequests(Math.max(row.retry_after, 1));
}

/** Gives hits back (e.g. a successful login), so only failures use up an allowance. */
export async function refundRateLimit(db: Executor, keys: string[]): Promise<void> {
  for (const key of keys) await db.execute(sql`update rate_limits set count = greatest(count - 1, 0) where key = ${key}`);
}

/** Removes windows that ended; run by a recurring job. */
export async function pruneRateLimits(db: Executor, olderThanSeconds = 86_400): Promise<void> {
  await db.execute(sql`delete from rate_limits where window_start < now() - ${`${olderThanSeconds} seconds`}::interval`);
}
