import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { MODULES } from '../../registry';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import { queryRows, type Database } from '../db';
import { enqueue } from './queue';
import { claimJobs } from './queue';
import { createWorker, scheduleRecurring, type JobHandler } from './worker';

const silentLogger = Fastify({ logger: false }).log;

interface JobRow {
  id: number;
  kind: string;
  attempts: number;
  last_error: string | null;
  locked: boolean;
  /** Seconds from now until run_at (negative: due). */
  due_in: number;
}

async function jobRows(db: Database, kind?: string): Promise<JobRow[]> {
  return queryRows<JobRow>(
    db,
    sql`select id::int as id, kind, attempts, last_error, locked_until is not null and locked_until > now() as locked,
          extract(epoch from run_at - now())::float8 as due_in
        from jobs ${kind ? sql`where kind = ${kind}` : sql``} order by id`,
  );
}

async function makeDue(db: Database, kind: string): Promise<void> {
  await db.execute(sql`update jobs set run_at = now() - interval '1 second' where kind = ${kind}`);
}

function assertAbout(actual: number, expected: number, message: string): void {
  assert.ok(Math.abs(actual - expected) < 10, `${message}: expected about ${expected} s, got ${actual}`);
}

describe('job queue', () => {
  let database: TestDatabase;
  let db: Database;
  before(async () => {
    database = await openTestDatabase(MODULES);
    db = database.handle.db;
  });
  after(() => database.close());
  beforeEach(() => database.emptyAll());

  it('keeps no job when the transaction that enqueued it rolls back, and one when it commits', async () => {
    await assert.rejects(
      db.transaction(async (tx) => {
        await enqueue(tx, 'test.rollback', { n: 1 });
        assert.equal((await queryRows(tx, sql`select 1 from jobs`)).length, 1, 'visible inside the transaction');
        throw new Error('use case failed');
      }),
      /use case failed/,
    );
    assert.deepEqual(await jobRows(db), []);

    await db.transaction(async (tx) => {
      await enqueue(tx, 'test.commit', { n: 2 });
    });
    assert.deepEqual(
      (await jobRows(db)).map((row) => row.kind),
      ['test.commit'],
    );
  });

  it('runs a due job once with its payload and deletes it; a job for later waits', async () => {
    const seen: unknown[] = [];
    const worker = createWorker(db, [{ kind: 'test.echo', run: async (payload) => void seen.push(payload) }], silentLogger);
    await enqueue(db, 'test.echo', { text: 'Grüße' });
    await enqueue(db, 'test.echo', { text: 'später' }, { runAt: new Date(Date.now() + 3_600_000) });
    assert.equal(await worker.runOnce(), 1);
    assert.deepEqual(seen, [{ text: 'Grüße' }]);
    const rows = await jobRows(db);
    assert.equal(rows.length, 1, 'the finished job is deleted, the later one stays');
    assert.ok(rows[0]!.due_in > 3500);
    assert.equal(await worker.runOnce(), 0);
  });

  it('backs failed jobs off exponentially, records last_error and gives up after max_attempts', async () => {
    let calls = 0;
    const worker = createWorker(
      db,
      [
        {
          kind: 'test.fails',
          run: async () => {
            calls++;
            throw new Error(`Zustellung fehlgeschlagen (${calls})`);
          },
        },
      ],
      silentLogger,
    );
    await enqueue(db, 'test.fails', {}, { maxAttempts: 3 });

    assert.equal(await worker.runOnce(), 1);
    let [row] = await jobRows(db, 'test.fails');
    assert.equal(row!.attempts, 1);
    assert.equal(row!.last_error, 'Zustellung fehlgeschlagen (1)');
    assert.equal(row!.locked, false, 'the lease is given back');
    assertAbout(row!.due_in, 30, 'first retry');
    assert.equal(await worker.runOnce(), 0, 'not retried before its time');

    await makeDue(db, 'test.fails');
    assert.equal(await worker.runOnce(), 1);
    [row] = await jobRows(db, 'test.fails');
    assert.equal(row!.attempts, 2);
    assert.equal(row!.last_error, 'Zustellung fehlgeschlagen (2)');
    assertAbout(row!.due_in, 60, 'second retry');

    await makeDue(db, 'test.fails');
    assert.equal(await worker.runOnce(), 1);
    await makeDue(db, 'test.fails');
    assert.equal(await worker.runOnce(), 0, 'no fourth attempt with max_attempts 3');
    assert.equal(calls, 3);
    [row] = await jobRows(db, 'test.fails');
    assert.equal(row!.last_error, 'Zustellung fehlgeschlagen (3)', 'the dead job stays with its last error for inspection');
  });

  it('fails a job without handler with a clear last_error instead of dropping it', async () => {
    const worker = createWorker(db, [], silentLogger);
    await enqueue(db, 'test.unknown', {});
    assert.equal(await worker.runOnce(), 1);
    const [row] = await jobRows(db, 'test.unknown');
    assert.equal(row!.last_error, 'no handler for job kind test.unknown');
  });

  it('schedules a recurring job once however often scheduled, and reschedules it after each run', async () => {
    let runs = 0;
    const handler: JobHandler = { kind: 'test.recurring', everySeconds: 600, run: async () => void runs++ };
    await scheduleRecurring(db, [handler]);
    await scheduleRecurring(db, [handler]); // a second process starting
    assert.equal((await jobRows(db, 'test.recurring')).length, 1);

    const worker = createWorker(db, [handler], silentLogger);
    assert.equal(await worker.runOnce(), 1);
    assert.equal(runs, 1);
    const [row] = await jobRows(db, 'test.recurring');
    assert.ok(row, 'a recurring job is kept, not deleted');
    assert.equal(row.attempts, 0, 'attempts reset, so it never runs out');
    assert.equal(row.locked, false);
    assertAbout(row.due_in, 600, 'next run');
    assert.equal(await worker.runOnce(), 0);

    await makeDue(db, 'test.recurring');
    assert.equal(await worker.runOnce(), 1);
    assert.equal(runs, 2);
    assert.equal((await jobRows(db, 'test.recurring')).length, 1);
  });

  it('de-duplicates jobs by unique key, and accepts the key again once the job is done', async () => {
    await enqueue(db, 'test.unique', { n: 1 }, { uniqueKey: 'report:42' });
    await enqueue(db, 'test.unique', { n: 2 }, { uniqueKey: 'report:42' });
    await enqueue(db, 'test.unique', { n: 3 }, { uniqueKey: 'report:43' });
    await enqueue(db, 'test.unique', { n: 4 });
    await enqueue(db, 'test.unique', { n: 4 });
    const payloads = await queryRows<{ payload: { n: number } }>(db, sql`select payload from jobs order by id`);
    assert.deepEqual(
      payloads.map((row) => row.payload.n),
      [1, 3, 4, 4],
      'the first job under a key wins; jobs without key are never merged',
    );

    const worker = createWorker(db, [{ kind: 'test.unique', run: async () => {} }], silentLogger);
    assert.equal(await worker.runOnce(), 4);
    await enqueue(db, 'test.unique', { n: 5 }, { uniqueKey: 'report:42' });
    assert.equal((await jobRows(db)).length, 1);
  });

  it('gives the job of a crashed worker to another one when its lease runs out', async () => {
    await enqueue(db, 'test.lease', {});
    const [first] = await claimJobs(db, 10, 300);
    assert.ok(first);
    assert.deepEqual(await claimJobs(db, 10, 300), [], 'leased: nobody else gets it');
    await db.execute(sql`update jobs set locked_until = now() - interval '1 second'`);
    const [again] = await claimJobs(db, 10, 300);
    assert.equal(again?.id, first.id);
    assert.equal(again.attempts, 2);
  });

  it(`never hands one job to two of 8 parallel claimers (${TEST_DATABASE_URL ? 'PostgreSQL: FOR UPDATE SKIP LOCKED under real concurrency' : 'PGlite: serialised, races cannot show'})`, async () => {
    const total = 200;
    await db.execute(sql`insert into jobs (kind, payload) select 'test.parallel', jsonb_build_object('n', n) from generate_series(1, ${total}) n`);
    const claimedBy = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const ids: number[] = [];
        for (;;) {
          const batch = await claimJobs(db, 5);
          if (batch.length === 0) return ids;
          ids.push(...batch.map((job) => job.id));
        }
      }),
    );
    const all = claimedBy.flat();
    assert.equal(new Set(all).size, all.length, 'a job was claimed twice');
    assert.equal(all.length, total, 'every job was claimed');
    const [counts] = await queryRows<{ once: number }>(db, sql`select count(*)::int as once from jobs where attempts = 1`);
    assert.equal(counts?.once, total, 'each job counted one attempt');
  });
});
