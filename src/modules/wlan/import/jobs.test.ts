import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { jobs } from '../../../kernel/jobs/tables';
import { berlinDay } from '../../../kernel/time';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { wlanFeedSources, wlanHotspotDays, wlanHotspots, wlanImportRuns } from '../tables';
import { IMPORT_SOURCE_JOB, queueDueImports } from './jobs';
import { createFeedSource, feedFixture } from './test-support';

describe('wlan import: the schedule', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  async function source(name: string, values: { enabled?: boolean; intervalMinutes?: number; lastRunMinutesAgo?: number }) {
    const created = await createFeedSource(t, {
      name,
      url: `${feedFixture('nodes-v1.json')}?${name}`,
      enabled: values.enabled ?? true,
      intervalMinutes: values.intervalMinutes ?? 15,
    });
    if (values.lastRunMinutesAgo !== undefined) {
      await t.deps.db
        .update(wlanFeedSources)
        .set({ lastRunAt: sql`now() - ${`${values.lastRunMinutesAgo} minutes`}::interval` })
        .where(eq(wlanFeedSources.id, created.id));
    }
    return created;
  }

  it('queues every enabled source whose interval has passed once, runs it, and then waits for the next interval', async () => {
    const never = await source('nie', {});
    const overdue = await source('ueberfaellig', { intervalMinutes: 15, lastRunMinutesAgo: 20 });
    await source('gerade', { intervalMinutes: 60, lastRunMinutesAgo: 10 });
    await source('aus', { enabled: false });
    assert.equal(await queueDueImports(t.deps.db), 2);
    assert.equal(await queueDueImports(t.deps.db), 2, 'still due until they ran');
    const queued = await t.deps.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, IMPORT_SOURCE_JOB));
    assert.deepEqual(queued.map((job) => job.payload.sourceId).sort(), [never.id, overdue.id].sort(), 'one job per source');
    // The file names carry a query for distinct URLs: the file cannot be read, so both runs fail and are logged.
    await t.worker.runOnce();
    const runs = await t.deps.db.select().from(wlanImportRuns);
    assert.deepEqual(runs.map((run) => run.sourceId).sort(), [never.id, overdue.id].sort());
    assert.equal(await queueDueImports(t.deps.db), 0, 'both ran just now');
  });

  it('runs a queued import end to end and writes the own hotspots’ day', async () => {
    const feed = await createFeedSource(t, { url: feedFixture('nodes-v2.json') });
    await t.deps.db
      .insert(wlanHotspots)
      .values({ kind: 'own', slug: 'rathaus', name: 'Rathaus', operator: 'Stadt Iserlohn', latitude: 51.3759, longitude: 7.6958, online: true, clients: 3 });
    assert.equal(await queueDueImports(t.deps.db), 1);
    await t.worker.runOnce();
    const [run] = await t.deps.db.select().from(wlanImportRuns).where(eq(wlanImportRuns.sourceId, feed.id));
    assert.equal(run!.outcome, 'succeeded');
    const days = await t.deps.db
      .select({ name: wlanHotspots.name, day: wlanHotspotDays.day, online: wlanHotspotDays.online })
      .from(wlanHotspotDays)
      .innerJoin(wlanHotspots, eq(wlanHotspots.id, wlanHotspotDays.hotspotId));
    const today = berlinDay(new Date());
    assert.deepEqual(days.map((day) => [day.name, day.day, day.online]).sort(), [
      ['Rathaus', today, true],
      ['ffmk-hagen-nachbar', today, true],
      ['ffmk-hennen-kirche', today, true],
    ]);
  });
});
