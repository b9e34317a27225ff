import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { MODULES } from '../../registry';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import { queryRows } from '../db';
import { AppError } from './errors';
import { consumeRateLimit, pruneRateLimits } from './rate-limit';

const RULE = { limit: 3, windowSeconds: 600 };

async function attempt(database: TestDatabase, key: string, rule = RULE): Promise<'ok' | AppError> {
  try {
    await consumeRateLimit(database.handle.db, key, rule);
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('database rate limit', () => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase(MODULES);
  });
  after(() => database.close());
  beforeEach(() => database.emptyAll());

  it('lets `limit` hits through and refuses the next with 429 and a German message', async () => {
    for (let i = 0; i < RULE.limit; i++) assert.equal(await attempt(database, 'login:ip:1'), 'ok', `hit ${i + 1}`);
    const refused = await attempt(database, 'login:ip:1');
    assert.ok(refused instanceof AppError, 'the hit over the limit is refused');
    assert.equal(refused.status, 429);
    assert.equal(refused.code, 'rate_limited');
    assert.match(refused.userMessage, /Zu viele Versuche\. Bitte warten Sie 10 Minuten/);
    assert.ok((await attempt(database, 'login:ip:1')) instanceof AppError, 'stays refused within the window');
  });

  it('counts each key separately', async () => {
    for (let i = 0; i < RULE.limit; i++) await attempt(database, 'login:ip:1');
    assert.ok((await attempt(database, 'login:ip:1')) instanceof AppError);
    assert.equal(await attempt(database, 'login:ip:2'), 'ok');
    assert.equal(await attempt(database, 'login:mail:a@example.org'), 'ok');
  });

  it('starts a new window once the old one has passed', async () => {
    for (let i = 0; i <= RULE.limit; i++) await attempt(database, 'k');
    assert.ok((await attempt(database, 'k')) instanceof AppError);
    // Let the window end without waiting ten minutes: move its start into the past.
    await database.handle.db.execute(sql`update rate_limits set window_start = now() - interval '601 seconds' where key = 'k'`);
    assert.equal(await attempt(database, 'k'), 'ok', 'the first hit of the new window passes');
    const [row] = await queryRows<{ count: number; fresh: boolean }>(
      database.handle.db,
      sql`select count, window_start > now() - interval '5 seconds' as fresh from rate_limits where key = 'k'`,
    );
    assert.deepEqual(row, { count: 1, fresh: true }, 'count and window start reset');
    for (let i = 1; i < RULE.limit; i++) assert.equal(await attempt(database, 'k'), 'ok');
    assert.ok((await attempt(database, 'k')) instanceof AppError, 'the new window has the same limit');
  });

  it('resets in real time with a short window', async () => {
    const rule = { limit: 1, windowSeconds: 2 };
    const started = Date.now();
    assert.equal(await attempt(database, 'short', rule), 'ok');
    const second = await attempt(database, 'short', rule);
    if (Date.now() - started < 1900) assert.ok(second instanceof AppError, 'refused within the window');
    await new Promise((resolveWait) => setTimeout(resolveWait, 2100));
    assert.equal(await attempt(database, 'short', rule), 'ok', 'passes again after the window');
  });

  it('prunes windows that ended long ago and keeps current ones', async () => {
    await attempt(database, 'old');
    await attempt(database, 'current');
    await database.handle.db.execute(sql`update rate_limits set window_start = now() - interval '2 days' where key = 'old'`);
    await pruneRateLimits(database.handle.db);
    const keys = await queryRows<{ key: string }>(database.handle.db, sql`select key from rate_limits order by key`);
    assert.deepEqual(keys, [{ key: 'current' }]);
  });

  // On PGlite this passes trivially (one query at a time); on PostgreSQL it proves the upsert is atomic.
  it(`lets exactly 10 of 40 parallel hits on one key through (${TEST_DATABASE_URL ? 'PostgreSQL, 10 connections' : 'PGlite: serialised, races cannot show'})`, async () => {
    const rule = { limit: 10, windowSeconds: 600 };
    const results = await Promise.all(Array.from({ length: 40 }, () => attempt(database, 'parallel', rule)));
    assert.equal(results.filter((result) => result === 'ok').length, 10);
    assert.equal(results.filter((result) => result instanceof AppError && result.status === 429).length, 30);
    const [row] = await queryRows<{ count: number }>(database.handle.db, sql`select count from rate_limits where key = 'parallel'`);
    assert.equal(row?.count, 40, 'every hit was counted, none lost');
  });
});
